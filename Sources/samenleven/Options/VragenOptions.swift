import ArgumentParser

/// `--vragen DIR`, the folder of question files, shared by every command that reads or writes
/// one (resolved by `Vraagbestand.vragenmap`: the option, else `$SAMENLEVEN_VRAGEN`, else `Vragen/`).
struct VragenOptions: ParsableArguments {
    @Option(name: .customLong("vragen"),
            help: ArgumentHelp("De map met vraagbestanden; standaard $SAMENLEVEN_VRAGEN, anders Vragen/.", valueName: "map"))
    var map: String?
}
