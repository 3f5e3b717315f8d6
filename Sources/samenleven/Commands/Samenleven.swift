import ArgumentParser
import SamenlevenModel

struct Samenleven: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "samenleven",
        abstract: "Beantwoordt parlementaire vragen over de subsidies van het Plan Samenleven.",
        discussion: """
            Gegevens komen uit een ingebouwde databank (SQLite) met de referentiegegevens: alle \
            gemeenten met NIS-code (indeling 2019-2024 en vanaf 2025), de VGC, vzw De Rand, de \
            doelstellingen en acties van het plan.

            Afsluitcode: 0 gelukt, 2 ongeldige invoer of een probleem van de omgeving (rechten, volle schijf, een databank die niet van samenleven is), 3 bevindingen van controleer, 1 interne fout.
            """,
        version: "samenleven \(version)",
        subcommands: [BesturenCommand.self, ActiesCommand.self, SubsidieCommand.self, ImporteerCommand.self, VraagCommand.self,
                      ControleerCommand.self, VoorbeelddataCommand.self, BijlageCommand.self, SjabloonCommand.self,
                      OpendataCommand.self, AntwoordCommand.self, VraagbestandCommand.self, WebCommand.self, GebruikerCommand.self]
    )
}
