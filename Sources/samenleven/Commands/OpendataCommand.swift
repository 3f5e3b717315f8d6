import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

struct OpendataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "opendata",
        abstract: "Schrijft de gegevens als open data: CSV en JSON per tabel, datapackage.json, dcat.jsonld en README.md.",
        discussion: """
            Tabellen: toekenningen, kpi (vooropgesteld en behaald na 6 en 12 maanden), \
            kpi_rapportering, aanvragen, samenwerkingsverbanden, mentorschappen, sio, en de \
            referentietabellen besturen (met NIS-code), acties, doelstellingen en projectjaren. \
            Elke rij noemt haar herkomst (bron_bestand, bron_rij) en of ze voorbeelddata is.

            datapackage.json beschrijft alles als Frictionless Data Package (types, verplichte \
            velden, primaire en vreemde sleutels); dcat.jsonld is de DCAT-AP-metadata voor het \
            open-dataportaal volgens DCAT-AP Vlaanderen 2.0. Uitgever, contactpunt en de plaats \
            waar de bestanden gepubliceerd worden komen uit --publicatie (zie README). Licentie: Modellicentie Gratis Hergebruik v1.0.

            De map wordt in één keer vervangen: eerst wordt alles in een tijdelijke map ernaast \
            geschreven, pas daarna komt die op de plaats van de oude. Een bestaande map wordt \
            alleen vervangen als ze leeg is of precies een eerdere uitvoer van de toolkit bevat \
            (volgens haar manifest .samenleven-manifest); anders wordt niets geschreven.

            Dezelfde databank geeft altijd dezelfde bestanden: de publicatiedatum komt uit \
            --datum, anders uit SOURCE_DATE_EPOCH, anders is het de laatste dag van het laatste \
            projectjaar in het pakket.

            Voorbeelden:
              samenleven opendata
              samenleven opendata --uit /tmp/opendata --projectjaar 1 --datum 2024-06-30
              samenleven opendata --publicatie publicatie.json
            """)

    @Option(help: ArgumentHelp("De map voor het pakket.", valueName: "map"))
    var uit: String = "Exports/opendata"

    @Option(help: ArgumentHelp("Alleen de gegevens van dit projectjaar (1, 2 of 3); de referentietabellen blijven volledig.", valueName: "N"),
            transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(help: ArgumentHelp("Publicatiedatum (dct:issued en dct:modified).", valueName: "JJJJ-MM-DD"), transform: CalendarDate.parser("--datum"))
    var datum: CalendarDate?

    @Option(help: ArgumentHelp("Publicatie-instellingen voor dcat.jsonld (JSON): uitgever, uitgeverURI, contactNaam, contactURL, contactEmail, basisURL. Zonder: Agentschap Binnenlands Bestuur met de pagina van het plan op vlaanderen.be als contactpunt.", valueName: "bestand"))
    var publicatie: String?

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let instellingen: OpenDataPublicatie
        do {
            instellingen = try publicatie.map { try OpenDataPublicatie.lees(URL(fileURLWithPath: $0)) } ?? .standaard
        } catch let error as OpenDataPublicatie.Fout {
            throw InvalidInput(error.description)
        }
        // A bad SOURCE_DATE_EPOCH is refused before the store is opened.
        do throws(WerkboekFout) {
            _ = try Aanmaakmoment.uitOmgeving(ProcessInfo.processInfo.environment)
        } catch {
            throw InvalidInput(error.description)
        }
        try CommandOutput.checkFolder(URL(fileURLWithPath: uit))
        let store = try opslag.open()
        let dataset = try store.laad()
        let input: OpenDataInput
        do throws(WerkboekFout) {
            input = try OpenDataInput(dataset: dataset, projectjaar: projectjaar?.nummer, datum: datum, publicatie: instellingen)
        } catch {
            throw InvalidInput(error.description)
        }
        let target = URL(fileURLWithPath: uit)
        do {
            try OpenDataPackage.write(input, to: target)
        } catch let error as OpenDataPackage.InvalidPackage {
            throw InvalidInput(error.description)
        }

        let resources = OpenDataPackage.resources(input)
        var table = TextTable(headers: ["Tabel", "Rijen", "Voorbeelddata"], alignments: [.left, .right, .right])
        table.rows = resources.map { [$0.name, BelgianNumber.format($0.rows.count), $0.hasProvenance ? BelgianNumber.format($0.voorbeelddataRows) : ""] }
        print(table.render())
        print("\nOpen-datapakket geschreven in \(target.standardizedFileURL.path) (publicatiedatum \(input.publicationDate.iso)).")
        if let warning = OpenDataMetadata.voorbeelddataWarning(resources) { printError("waarschuwing: \(warning)") }
    }
}
