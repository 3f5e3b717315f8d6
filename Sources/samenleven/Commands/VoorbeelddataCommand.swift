import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore
import SamenlevenVoorbeelddata

struct VoorbeelddataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "voorbeelddata",
        abstract: "Schrijft synthetische voorbeelddata als invoerbestanden, of haalt ze uit de databank.",
        discussion: """
            Niet alle cijfers zijn openbaar (de bedragen per gemeente en per actie). Om elke vraag toch \
            te kunnen beantwoorden, bevat de ingebouwde databank voorbeelddata, duidelijk gemerkt: elke \
            uitvoer die erop steunt zegt "\(Herkomst.voorbeelddataLabel)".

            De generator is deterministisch (zelfde zaad, zelfde gegevens) en reproduceert exact de \
            gepubliceerde cijfers: de totalen per projectjaar, budget, aantal besturen en KPI's van \
            acties 2 en 5, de verdeelsleutel en de regels van projectjaar 3. Hij schrijft CSV-bestanden \
            in het invoerformaat (<soort>-voorbeelddata.csv), die 'samenleven importeer' inleest. \
            De map wordt in één keer geschreven; een bestaande map enkel als ze leeg is of een \
            eerdere uitvoer van de toolkit bevat.

            Voorbeelden:
              samenleven voorbeelddata --uit /tmp/voorbeeld
              samenleven voorbeelddata --zaad 7 --schaal 3 --uit /tmp/groot
              samenleven voorbeelddata --verwijder        (haalt alle voorbeelddata uit de databank)
            """)

    @Option(help: ArgumentHelp("Zaad van de toevalsgenerator (geheel getal).", valueName: "N"))
    var zaad: UInt64 = StandaardGegevens.opties.zaad

    @Option(help: ArgumentHelp("Ongeveer N keer zoveel acties per indiener (1 = realistisch); de totalen blijven exact.", valueName: "N"))
    var schaal: Int = 1

    @Option(help: ArgumentHelp("Map waarin de CSV-bestanden komen.", valueName: "map"))
    var uit: String?

    @Flag(help: "Verwijder alle voorbeelddata uit de databank (de echte, gepubliceerde gegevens blijven).")
    var verwijder = false

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        if verwijder {
            let aantal = try opslag.open().verwijderVoorbeelddata()
            print("\(BelgianNumber.format(aantal)) rijen voorbeelddata verwijderd.")
            return
        }
        guard let uit else { throw InvalidInput("geef een map met --uit, of gebruik --verwijder.") }
        guard (1...24).contains(schaal) else { throw InvalidInput("--schaal: kies een geheel getal van 1 tot 24, niet \(schaal).") }
        try CommandOutput.checkFolder(URL(fileURLWithPath: uit))
        let bestanden: [(naam: String, data: Data)]
        do {
            bestanden = try StandaardGegevens.generator().bestanden(VoorbeelddataGenerator.Opties(zaad: zaad, schaal: schaal))
        } catch let fout as VoorbeelddataGenerator.Fout {
            throw InvalidInput("met zaad \(zaad) en schaal \(schaal) lukt het niet: \(fout.description)")
        }
        // The folder as a whole, like every folder the toolkit writes: only an empty folder
        // or an earlier output of the toolkit (its manifest) is replaced.
        let map = URL(fileURLWithPath: uit)
        try AtomicDirectoryWriter.write(bestanden.map { AtomicDirectoryWriter.File(name: $0.naam, data: $0.data) }, to: map)
        for bestand in bestanden { print(map.appendingPathComponent(bestand.naam).path) }
    }
}
