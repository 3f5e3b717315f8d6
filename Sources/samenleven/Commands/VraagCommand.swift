import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

struct VraagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vraag",
        abstract: "Beantwoordt een standaardvraag (naar vraag 492) met een tabel uit de databank.",
        discussion: """
            Soorten:
            \(StandaardVraag.allCases.map { "  \($0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\($0.omschrijving)" }.joined(separator: "\n"))

            Voorbeelden:
              samenleven vraag toekenningen --projectjaar 1 --provincie West-Vlaanderen
              samenleven vraag samenwerking --projectjaar 1 --formaat md
              samenleven vraag kpi --actie 5 --formaat csv > kpi-actie-5.csv
              samenleven vraag toekenningen --bestuur Zwijndrecht --geografie 2025
              samenleven vraag toekenningen --projectjaar 1 --uit Exports/toekenningen.xlsx

            Met --uit komt het antwoord in een bestand in plaats van op het scherm; het formaat \
            volgt dan uit de extensie (.xlsx, .csv, .json, .md, .txt) tenzij --formaat het zegt. \
            Een werkboek (xlsx) heeft altijd --uit nodig: één blad met titel, vraag, \
            gegevensstand, uitklapbare groepen (provincie > bestuur > doelstelling > actie), \
            subtotalen als formules, een kolom Bron en de voetnoten; klaar om af te drukken \
            (A4 liggend). Een bestaand bestand wordt pas vervangen als het nieuwe volledig is.

            Elk cijfer is herleidbaar: de voetnoten noemen het bronbestand en de rijen, csv en json \
            geven per rij de herkomst (bestand:rij). Antwoorden op voorbeelddata dragen het label \
            "\(Herkomst.voorbeelddataLabel)".
            """)

    @Argument(help: ArgumentHelp("De standaardvraag: \(StandaardVraag.lijst).", valueName: "soort"))
    var soort: String

    @Option(help: ArgumentHelp("Alleen dit projectjaar (1, 2 of 3).", valueName: "N"), transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @OptionGroup var selectie: ProvincieOption

    @Option(help: ArgumentHelp("Alleen acties van deze doelstelling (1 tot 7).", valueName: "D"), transform: Doelstelling.parser("--doelstelling"))
    var doelstelling: Doelstelling?

    @Option(help: ArgumentHelp("Alleen deze actie (nummer 1 tot 24).", valueName: "A"), transform: Actienummer.parser("--actie"))
    var actie: Actienummer?

    @Option(help: ArgumentHelp("Alleen dit bestuur: naam of NIS-code (bv. Gent, 44021, VGC, De Rand).", valueName: "bestuur"))
    var bestuur: String?

    @Option(help: ArgumentHelp(
        "Gemeentelijke indeling: 2019 (300 gemeenten) of 2025 (285 gemeenten, na de fusies).",
        discussion: "Standaard de indeling die gold bij de start van het projectjaar. Met 2025 staan besturen onder de gemeente waarin ze opgingen, in de provincie van die gemeente (Zwijndrecht onder Beveren-Kruibeke-Zwijndrecht, Oost-Vlaanderen).",
        valueName: "2019|2025"),
            transform: Geografie.parser("--geografie"))
    var geografie: Geografie?

    @Option(help: ArgumentHelp("Uitvoer: tekst, csv, json, md of xlsx (standaard tekst, of volgens de extensie van --uit).", valueName: "formaat"), transform: OutputFormat.parser("--formaat"))
    var formaat: OutputFormat?

    @Option(help: ArgumentHelp("Schrijf het antwoord naar dit bestand in plaats van naar het scherm (nodig voor xlsx).", valueName: "bestand"))
    var uit: String?

    @Option(help: ArgumentHelp("Nummer van de parlementaire vraag in de titel van het antwoord.", valueName: "nummer"))
    var vraagnummer: Int = 492

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        guard let vraag = StandaardVraag(rawValue: soort.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw InvalidInput("onbekende soort vraag '\(soort)'. Geldige soorten: \(StandaardVraag.lijst).")
        }
        let uitvoer = try self.uitvoer()
        let opties = try self.opties()
        let store = try opslag.open()
        let context = QueryContext(try store.laad())
        if let actie = opties.actie, context.acties[actie] == nil {
            throw InvalidInput("--actie: actie \(actie) staat niet in de actiecatalogus.")
        }
        let tabel = vraag.beantwoord(context, opties: opties)
        switch uitvoer {
        case .tekst(let formaat):
            let tekst = try formaat.render(tabel)
            if let uit {
                try CommandOutput.write(tekst, to: uit)
                print("Geschreven: \(uit)")
            } else {
                print(tekst, terminator: "")  // text and Markdown are made visible by their renderers; CSV and JSON keep the data
            }
        case .werkboek(let pad):
            let gegevens = opties.projectjaar.map { context.gegevens.projectjaar($0) } ?? context.gegevens
            try CommandOutput.writeWorkbook(to: pad) { tijdelijk in
                let instellingen = WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: gegevens))
                try AntwoordWerkboek.schrijf(tabel, bladnaam: vraag.bladnaam, vraag: vraag492(opties.vraagnummer),
                                             naar: tijdelijk, instellingen: instellingen)
            }
            print("Geschreven: \(pad) (blad \(vraag.bladnaam), \(BelgianNumber.format(tabel.rijen.count)) rijen)")
        }
        if tabel.voorbeelddata && uit != nil {
            printError("Let op: dit antwoord bevat voorbeelddata (\(Herkomst.voorbeelddataLabel)).")
        }
    }

    enum Uitvoervorm {
        case tekst(ExportFormaat)
        case werkboek(String)
    }

    /// The output: --formaat, else the extension of --uit, else text on the screen.
    func uitvoer() throws -> Uitvoervorm {
        switch formaat ?? uit.flatMap(OutputFormat.volgensExtensie) ?? .tekst(.tekst) {
        case .xlsx:
            guard let uit else {
                throw InvalidInput("--formaat xlsx schrijft een werkboek: geef ook --uit BESTAND.xlsx (een werkboek gaat niet naar het scherm).")
            }
            try CommandOutput.checkWorkbook(uit)
            return .werkboek(uit)
        case .tekst(let formaat):
            if let uit { try CommandOutput.check(uit) }
            return .tekst(formaat)
        }
    }

    func vraag492(_ nummer: Int) -> ParlementaireVraag? {
        nummer == ParlementaireVraag.vraag492.nummer ? .vraag492 : nil
    }

    func opties() throws -> QueryOptions {
        var opties = QueryOptions(vraagnummer: vraagnummer)
        opties.projectjaar = projectjaar?.nummer
        opties.provincie = selectie.provincie
        opties.doelstelling = doelstelling?.nummer
        opties.actie = actie?.nummer
        opties.geografie = geografie
        if let bestuur { opties.bestuur = try resolve(bestuur, geografie: opties.effectieveGeografie).code }
        return opties
    }

    /// A name or code, looked up in the chosen geography first and then in the other one
    /// (Zwijndrecht exists only before 2025, Beveren-Kruibeke-Zwijndrecht only after).
    func resolve(_ text: String, geografie: Geografie) throws -> Bestuur {
        let resolver = BestuurResolver()
        let volgorde = [geografie] + Geografie.allCases.filter { $0 != geografie }
        var eerste: BestuurResolver.Failure?
        for g in volgorde {
            switch resolver.resolve(text, op: g.peildatum) {
            case .success(let bestuur): return bestuur
            case .failure(let failure): eerste = eerste ?? failure
            }
        }
        throw InvalidInput("--bestuur: \(eerste?.description ?? "onbekend bestuur '\(text)'").")
    }
}
