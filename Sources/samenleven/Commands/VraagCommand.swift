import ArgumentParser
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

            Elk cijfer is herleidbaar: de voetnoten noemen het bronbestand en de rijen, csv en json \
            geven per rij de herkomst (bestand:rij). Antwoorden op voorbeelddata dragen het label \
            "\(Herkomst.voorbeelddataLabel)".
            """)

    @Argument(help: ArgumentHelp("De standaardvraag: \(StandaardVraag.lijst).", valueName: "soort"))
    var soort: String

    @Option(help: ArgumentHelp("Alleen dit projectjaar (1, 2 of 3).", valueName: "N"))
    var projectjaar: String?

    @Option(help: ArgumentHelp("Alleen deze provincie (bv. Limburg, Oost-Vlaanderen, Brussel-Hoofdstad).", valueName: "provincie"))
    var provincie: String?

    @Option(help: ArgumentHelp("Alleen acties van deze doelstelling (1 tot 7).", valueName: "D"))
    var doelstelling: String?

    @Option(help: ArgumentHelp("Alleen deze actie (nummer 1 tot 24).", valueName: "A"))
    var actie: String?

    @Option(help: ArgumentHelp("Alleen dit bestuur: naam of NIS-code (bv. Gent, 44021, VGC, De Rand).", valueName: "bestuur"))
    var bestuur: String?

    @Option(help: ArgumentHelp(
        "Gemeentelijke indeling: 2019 (300 gemeenten) of 2025 (285 gemeenten, na de fusies).",
        discussion: "Standaard de indeling die gold bij de start van het projectjaar. Met 2025 staan besturen onder de gemeente waarin ze opgingen, in de provincie van die gemeente (Zwijndrecht onder Beveren-Kruibeke-Zwijndrecht, Oost-Vlaanderen).",
        valueName: "2019|2025"))
    var geografie: String?

    @Option(help: ArgumentHelp("Uitvoer: tekst, csv, json of md.", valueName: "formaat"))
    var formaat: String = "tekst"

    @Option(help: ArgumentHelp("Nummer van de parlementaire vraag in de titel van het antwoord.", valueName: "nummer"))
    var vraagnummer: Int = 492

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        guard let vraag = StandaardVraag(rawValue: soort.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw InvalidInput("onbekende soort vraag '\(soort)'. Geldige soorten: \(StandaardVraag.lijst).")
        }
        guard let uitvoer = ExportFormaat(argument: formaat) else {
            throw InvalidInput("--formaat: onbekend formaat '\(formaat)'. Geldige formaten: tekst, csv, json, md.")
        }
        let opties = try self.opties()
        let store = try opslag.open()
        let context = try QueryContext(store: store)
        if let actie = opties.actie, context.acties[actie] == nil {
            throw InvalidInput("--actie: actie \(actie) staat niet in de actiecatalogus.")
        }
        let tabel = vraag.beantwoord(context, opties: opties)
        print(try uitvoer.render(tabel), terminator: "")
    }

    func opties() throws -> QueryOptions {
        var opties = QueryOptions(vraagnummer: vraagnummer)
        if let projectjaar {
            guard let n = Int(projectjaar.trimmingCharacters(in: .whitespaces)), Projectjaar.nummer(n) != nil else {
                throw InvalidInput("--projectjaar: '\(projectjaar)' is geen projectjaar; geldig: \(Projectjaar.alle.map { String($0.nummer) }.joined(separator: ", ")).")
            }
            opties.projectjaar = n
        }
        opties.provincie = try provincie.map(parseProvincie)
        if let doelstelling {
            guard let n = Int(doelstelling.trimmingCharacters(in: .whitespaces)), Doelstelling.nummer(n) != nil else {
                throw InvalidInput("--doelstelling: '\(doelstelling)' is geen doelstelling; geldig: 1 tot \(Doelstelling.alle.count) ("
                                   + Doelstelling.alle.map(\.label).joined(separator: ", ") + ").")
            }
            opties.doelstelling = n
        }
        if let actie {
            guard let n = Int(actie.trimmingCharacters(in: .whitespaces)), Actie.nummers.contains(n) else {
                throw InvalidInput("--actie: '\(actie)' is geen actienummer; geldig: \(Actie.nummers.lowerBound) tot \(Actie.nummers.upperBound).")
            }
            opties.actie = n
        }
        if let geografie {
            guard let g = Geografie(argument: geografie) else {
                throw InvalidInput("--geografie: '\(geografie)' is onbekend; geldig: 2019 of 2025.")
            }
            opties.geografie = g
        }
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
