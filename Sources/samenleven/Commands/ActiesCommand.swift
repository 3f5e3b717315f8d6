import ArgumentParser
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore

struct ActiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acties",
        abstract: "Toont de actiecatalogus: doelstelling, indicatoren, bijdrage per eenheid, standaardbedrag p, zekerheid en bron.",
        discussion: """
            Een rij per actie en indicator, zoals het aanvraagformulier van projectjaar 1 (FORMULIER1) \
            ze opsomt. p is het standaardbedrag van de verdeelsleutel: twee keer de Vlaamse bijdrage per \
            eenheid (het bestuur investeert evenveel). Zekerheid per feit: zeker (een bron zegt het), \
            afgeleid (uit een bron afgeleid, bv. de volgorde van het formulier) of aanname (van de \
            toolkit, met de redenering in de opmerking). Een ingevoerde catalogus (samenleven importeer \
            acties.csv) gaat voor op de ingebouwde.

            Voorbeeld:
              samenleven acties
            """)

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let catalogus = try opslag.open().acties()
        print(Self.tabel(catalogus).render())
        print("\nHerkomst per feit (wat niet zeker is):")
        for actie in catalogus.acties {
            let onzeker = ActieFeit.allCases.compactMap { feit in actie.feiten[feit].map { (feit, $0) } }.filter { $0.1.zekerheid != .zeker }
            guard !onzeker.isEmpty else { continue }
            print("  actie \(actie.nummer): " + onzeker.map { "\(Self.feitNaam($0.0)) \($0.1.zekerheid.rawValue) (\($0.1.bron))" }.joined(separator: "; "))
            if let opmerking = actie.opmerking, onzeker.contains(where: { $0.1.zekerheid == .aanname }) { print("    \(opmerking)") }
        }
    }

    static func feitNaam(_ feit: ActieFeit) -> String { feit == .standaardbedrag ? "p" : feit.rawValue }

    static func tabel(_ catalogus: ActieCatalogus) -> TextTable {
        var table = TextTable(headers: ["Nr", "Actie", "Doelstelling", "Indicator", "Max. bereik", "Bijdrage/eenheid", "p", "Zekerheid", "Bron"],
                              alignments: [.right, .left, .left, .left, .right, .right, .right, .left, .left])
        for actie in catalogus.acties {
            let doel = actie.doelstelling.flatMap(Doelstelling.nummer).map(\.label) ?? "onbekend"
            let naam = actie.naam + (actie.gefinancierd ? "" : " (niet gefinancierd)") + (actie.vanafProjectjaar > 1 ? " (vanaf projectjaar \(actie.vanafProjectjaar))" : "")
            let eerste = ["\(actie.nummer)", naam, doel]
            let p = actie.standaardbedrag?.belgianNumber ?? ""
            if actie.indicatoren.isEmpty {
                table.rows.append(eerste + ["", "", "", p, actie.zekerheid.rawValue, actie.herleiding(.naam).bron])
            }
            for (i, indicator) in actie.indicatoren.enumerated() {
                table.rows.append((i == 0 ? eerste : ["", "", ""]) + [
                    indicator.naam, indicator.maxBereik.map { BelgianNumber.format($0) } ?? "", indicator.bijdragePerEenheid?.belgianNumber ?? "",
                    i == 0 ? p : "", i == 0 ? actie.zekerheid.rawValue : "", indicator.herleiding.bron,
                ])
            }
        }
        return table
    }
}
