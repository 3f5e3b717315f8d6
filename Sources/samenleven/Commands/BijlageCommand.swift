import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

struct BijlageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bijlage",
        abstract: "Schrijft de bijlage bij vraag 492 als Excel-werkboek, met alle antwoorden.",
        discussion: """
            Bladen: Toelichting (de vraag, de minister, de gegevensstand, definities, bronnen en \
            inhoud), Grafieken (toegekende subsidie per provincie en per doelstelling), één blad \
            per provincie met de toekenningen per bestuur, geclusterd per doelstelling \
            (West-Vlaanderen met de inhoudelijke toelichting), en Samenwerkingsverbanden, \
            Weigeringen, Aanvragen, Budget, Mentorschappen, SIO en KPI.

            Elk blad is klaar om af te drukken (A4 liggend, één pagina breed, kopregel op elke \
            pagina, voettekst met het vraagnummer en 'Pagina x van y'). Subtotalen en totalen \
            zijn formules met de berekende waarde erin, de kolom Bron zegt per rij waar de \
            cijfers vandaan komen. Bladen met voorbeelddata dragen het label \
            "\(Herkomst.voorbeelddataLabel)".

            Dezelfde gegevens geven een byte-identiek bestand: de aanmaakdatum komt uit de \
            gegevens (einde van het laatste projectjaar) of uit SOURCE_DATE_EPOCH, nooit uit de klok.

            Voorbeelden:
              samenleven bijlage
              samenleven bijlage --projectjaar 1 --uit bijlage-projectjaar-1.xlsx
            """)

    static let standaardUitvoer = "Exports/vraag-492/bijlage.xlsx"

    @Option(help: ArgumentHelp("Alleen dit projectjaar (1, 2 of 3); standaard alle projectjaren in de gegevens.", valueName: "N"),
            transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(help: ArgumentHelp("Gemeentelijke indeling: 2019 (300 gemeenten) of 2025 (285 gemeenten, na de fusies).", valueName: "2019|2025"),
            transform: Geografie.parser("--geografie"))
    var geografie: Geografie?

    @Option(help: ArgumentHelp("Het werkboek dat geschreven wordt.", valueName: "bestand"))
    var uit: String = standaardUitvoer

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        try CommandOutput.checkWorkbook(uit)
        let projectjaar = self.projectjaar?.nummer
        let store = try opslag.open()
        let dataset = try store.laad()
        let context = QueryContext(dataset)
        let bronbestanden = dataset.bronbestanden.filter { projectjaar == nil || $0.projectjaar == projectjaar }
        let bijlage = Bijlage(context: context, projectjaar: projectjaar, geografie: geografie, bronbestanden: bronbestanden)
        let gegevens = projectjaar.map { context.gegevens.projectjaar($0) } ?? context.gegevens
        let bladen = try CommandOutput.writeWorkbook(to: uit) { tijdelijk in
            let instellingen = WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: gegevens))
            return try bijlage.schrijf(naar: tijdelijk, instellingen: instellingen)
        }
        print("Geschreven: \(uit)")
        print("Bladen: \(bladen.joined(separator: ", "))")
        if gegevens.bevatVoorbeelddata {
            printError("Let op: de bijlage bevat voorbeelddata (\(Herkomst.voorbeelddataLabel)); de bladen die ze gebruiken, dragen dat label.")
        }
    }
}
