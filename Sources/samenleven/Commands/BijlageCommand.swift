import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenVraagbestand

struct BijlageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bijlage",
        abstract: "Schrijft de bijlage bij een schriftelijke vraag als Excel-werkboek, met alle standaardvragen.",
        discussion: """
            De vraag (nummer, datum, vraagsteller, minister, de tekst van de deelvragen) komt uit \
            haar vraagbestand Vragen/vraag-NNN.toml (of de map uit --vragen of SAMENLEVEN_VRAGEN); \
            elk blad staat onder de deelvraag die om zijn tabel vraagt. 'samenleven antwoord NNN' \
            schrijft de bijlage met een blad per deelvraag; deze opdracht geeft alle standaardvragen, \
            voor één projectjaar of één gemeentelijke indeling.

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
              samenleven bijlage 492
              samenleven bijlage 492 --projectjaar 1 --uit bijlage-projectjaar-1.xlsx
            """)

    @Argument(help: ArgumentHelp("Het nummer van de schriftelijke vraag.", valueName: "nummer"))
    var nummer: Int

    @OptionGroup var vragenmap: VragenOptions

    @Option(help: ArgumentHelp("Alleen dit projectjaar (1, 2 of 3); standaard alle projectjaren in de gegevens.", valueName: "N"),
            transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @OptionGroup var indeling: GeografieOptions

    @Option(help: ArgumentHelp("Het werkboek dat geschreven wordt; standaard Exports/vraag-NNN/bijlage.xlsx.", valueName: "bestand"))
    var uit: String?

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let vraagbestand = try AntwoordCommand.vraagbestand(nummer: nummer, vragen: vragenmap.map)
        let uit = self.uit ?? "Exports/vraag-\(nummer)/bijlage.xlsx"
        try CommandOutput.checkWorkbook(uit)
        let projectjaar = self.projectjaar?.nummer
        let store = try opslag.open()
        let dataset = try store.laad()
        let context = QueryContext(dataset)
        let bronbestanden = dataset.bronbestanden.filter { projectjaar == nil || $0.projectjaar == projectjaar }
        let bijlage = Bijlage(context: context, vraag: vraagbestand.parlementaireVraag, projectjaar: projectjaar, geografie: indeling.geografie, bronbestanden: bronbestanden)
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
