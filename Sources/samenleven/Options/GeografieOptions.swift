import ArgumentParser
import SamenlevenModel

/// `--geografie 2019|2025`, the municipal map an answer is given in, shared by the commands
/// that answer (`vraag`, `bijlage`). Nil: the map in force at the start of the project year
/// (`QueryOptions.effectieveGeografie`).
struct GeografieOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Gemeentelijke indeling: 2019 (300 gemeenten) of 2025 (285 gemeenten, na de fusies).",
        discussion: "Standaard de indeling die gold bij de start van het projectjaar. Met 2025 staan besturen onder de gemeente waarin ze opgingen, in de provincie van die gemeente (Zwijndrecht onder Beveren-Kruibeke-Zwijndrecht, Oost-Vlaanderen).",
        valueName: "2019|2025"),
            transform: Geografie.parser("--geografie"))
    var geografie: Geografie?
}
