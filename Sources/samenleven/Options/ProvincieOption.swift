import ArgumentParser
import SamenlevenModel

/// `--provincie`, shared by the commands that select one provincie (`besturen`, `vraag`).
struct ProvincieOption: ParsableArguments {
    @Option(help: ArgumentHelp("Alleen deze provincie (bv. Limburg, Oost-Vlaanderen, Brussel-Hoofdstad).", valueName: "provincie"),
            transform: Provincie.parser("--provincie"))
    var provincie: Provincie?
}
