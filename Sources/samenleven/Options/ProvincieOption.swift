import ArgumentParser
import SamenlevenModel

/// `--provincie`, one provincie, for `besturen` (the answering commands take a list: `vraag --provincie`).
struct ProvincieOption: ParsableArguments {
    @Option(help: ArgumentHelp("Alleen deze provincie (bv. Limburg, Oost-Vlaanderen, Brussel-Hoofdstad).", valueName: "provincie"),
            transform: Provincie.parser("--provincie"))
    var provincie: Provincie?
}
