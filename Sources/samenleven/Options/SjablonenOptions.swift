import ArgumentParser

/// `--sjablonen DIR`, the folder of answer templates, shared by `antwoord` and `web` (resolved
/// by `SjablonenMap.zoek`: the option, else `$SAMENLEVEN_SJABLONEN`, else `Templates/`).
struct SjablonenOptions: ParsableArguments {
    @Option(name: .customLong("sjablonen"),
            help: ArgumentHelp("De map met sjablonen; standaard $SAMENLEVEN_SJABLONEN, anders Templates/.", valueName: "map"))
    var map: String?
}
