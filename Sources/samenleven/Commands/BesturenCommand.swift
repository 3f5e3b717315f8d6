import ArgumentParser
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore

struct BesturenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "besturen",
        abstract: "Toont de lokale besturen die op een datum bestaan, met NIS-code en provincie.",
        discussion: """
            Voorbeelden:
              samenleven besturen --provincie Limburg --op 2025-06-01
              samenleven besturen --op 2024-06-01

            Vóór 1 januari 2025 zijn er 300 gemeenten, daarna 285 (fusies). De VGC en vzw De Rand \
            staan er ook bij.
            """)

    @OptionGroup var selectie: ProvincieOption

    @Option(help: ArgumentHelp("De datum (JJJJ-MM-DD); standaard vandaag.", valueName: "datum"), transform: CalendarDate.parser("--op"))
    var op: CalendarDate?

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let datum = op ?? CalendarDate.today()
        let besturen = try opslag.open().besturen(geldigOp: datum, provincie: selectie.provincie)

        var table = TextTable(headers: ["NIS-code", "Naam", "Provincie", "Arrondissement"],
                              alignments: [.left, .left, .left, .left])
        table.rows = besturen.map { [$0.code, $0.naam, $0.provincie.naam, $0.arrondissement ?? ""] }
        print(table.render())
        let gemeenten = besturen.filter { $0.soort == .gemeente }.count
        let andere = besturen.count - gemeenten
        var summary = "\(gemeenten) gemeenten"
        if andere > 0 { summary += " en \(andere) " + (andere == 1 ? "ander bestuur" : "andere besturen") }
        summary += " op \(datum.dutch)"
        if let provincie = selectie.provincie { summary += " in de provincie \(provincie.naam)" }
        print("\n" + summary + "; " + Geografie.geldig(op: datum).label + ".")
    }
}
