import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenVraagbestand

struct VraagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vraag",
        abstract: "Beantwoordt een standaardvraag of een tabel zoals in een vraagbestand, uit de databank.",
        discussion: """
            Soorten:
            \(StandaardVraag.allCases.map { "  \($0.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\($0.titel)" }.joined(separator: "\n"))

            Met --per, --naast, --maten, --projectjaren, --groep, --arrondissement, --status, \
            --van/--naar, of met meer dan één waarde bij --provincie, --bestuur, --doelstelling of \
            --actie, is SOORT een tabel van een vraagbestand (\(Tabel.allCases.map(\.rawValue).joined(separator: ", "))) \
            en geldt elke regel van het vraagbestand (Vragen/README.md); --als-deelvraag toont de \
            regels om in een vraagbestand te plakken in plaats van het antwoord.

            Voorbeelden:
              samenleven vraag toekenningen --projectjaar 1 --provincie West-Vlaanderen
              samenleven vraag toekenningen --per bestuur --naast projectjaar --maten subsidie,subsidie_per_inwoner --groep centrumsteden
              samenleven vraag kpi --per actie --maten kpi_vooropgesteld,realisatiegraad --projectjaren 1-2
              samenleven vraag wijzigingen --van 2 --naar 3 --status gestopt --formaat csv
              samenleven vraag toekenningen --per arrondissement --provincie Limburg,Antwerpen --als-deelvraag
              samenleven vraag samenwerking --projectjaar 1 --formaat md
              samenleven vraag kpi --actie 5 --formaat csv > kpi-actie-5.csv
              samenleven vraag toekenningen --bestuur Zwijndrecht --geografie 2025
              samenleven vraag toekenningen --projectjaar 1 --uit Exports/toekenningen.xlsx

            Met --vraagnummer NNN noemt het antwoord de schriftelijke vraag; staat haar \
            vraagbestand Vragen/vraag-NNN.toml (of in de map uit --vragen of SAMENLEVEN_VRAGEN), \
            dan komen de vraag (datum, vraagsteller) en de deelvraag die om deze tabel vraagt \
            daaruit. Zonder --vraagnummer noemt het antwoord geen vraag.

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

    @Argument(help: ArgumentHelp("De standaardvraag (\(StandaardVraag.lijst)) of de tabel (\(Tabel.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "soort"))
    var soort: String

    @Option(help: ArgumentHelp("Alleen dit projectjaar (1, 2 of 3).", valueName: "N"), transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(help: ArgumentHelp("Deze projectjaren: een reeks (1-3) of een lijst (1,3).", valueName: "jaren"),
            transform: Projectjaren.parser("--projectjaren"))
    var projectjaren: Projectjaren?

    @Option(help: ArgumentHelp("Rijen per deze dimensies, buitenste eerst: projectjaar, provincie, arrondissement, bestuur, doelstelling, actie (bv. provincie,bestuur).", valueName: "a,b"),
            transform: Lijst<Naam>.parser("--per"))
    var per: Lijst<Naam>?

    @Option(help: ArgumentHelp("De projectjaren naast elkaar, met verschil en evolutie: projectjaar.", valueName: "projectjaar"),
            transform: Naam.parser("--naast"))
    var naast: Naam?

    @Option(help: ArgumentHelp("De maten: subsidie, toekenningen, besturen, kpi_vooropgesteld, kpi_behaald_6m, kpi_behaald_12m, realisatiegraad, subsidie_per_inwoner.", valueName: "m1,m2"),
            transform: Lijst<Naam>.parser("--maten"))
    var maten: Lijst<Naam>?

    @Option(help: ArgumentHelp("Alleen deze provincie(s) (bv. Limburg of Limburg,Antwerpen).", valueName: "provincie"),
            transform: Lijst<Naam>.parser("--provincie"))
    var provincie: Lijst<Naam>?

    @Option(help: ArgumentHelp("Alleen deze arrondissement(en), zoals in de referentiegegevens (bv. Hasselt).", valueName: "naam"),
            transform: Lijst<Naam>.parser("--arrondissement"))
    var arrondissement: Lijst<Naam>?

    @Option(help: ArgumentHelp("Alleen de besturen van deze groep: centrumsteden.", valueName: "groep"), transform: Naam.parser("--groep"))
    var groep: Naam?

    @Option(name: .customLong("buiten-groep"), help: ArgumentHelp("Alleen de besturen buiten deze groep: centrumsteden.", valueName: "groep"),
            transform: Naam.parser("--buiten-groep"))
    var buitenGroep: Naam?

    @Option(help: ArgumentHelp("Alleen acties van deze doelstelling(en) (1 tot 7; bv. 2 of 2,5).", valueName: "D"),
            transform: Lijst<Doelstelling>.parser("--doelstelling"))
    var doelstelling: Lijst<Doelstelling>?

    @Option(help: ArgumentHelp("Alleen deze actie(s) (nummer 1 tot 24; bv. 5 of 2,5).", valueName: "A"),
            transform: Lijst<Actienummer>.parser("--actie"))
    var actie: Lijst<Actienummer>?

    @Option(help: ArgumentHelp("Alleen dit bestuur of deze besturen: naam of NIS-code (bv. Gent, 44021, VGC, De Rand; of Gent,Aalst).", valueName: "bestuur"),
            transform: Lijst<Naam>.parser("--bestuur"))
    var bestuur: Lijst<Naam>?

    @Option(help: ArgumentHelp("Tabel wijzigingen: alleen deze status (nieuw, gestopt, kpi_verlaagd, kpi_verhoogd, ongewijzigd).", valueName: "status"),
            transform: Naam.parser("--status"))
    var status: Naam?

    @Option(help: ArgumentHelp("Tabel wijzigingen: het projectjaar waarmee vergeleken wordt (standaard het voorlaatste van --projectjaren).", valueName: "N"),
            transform: Projectjaar.parser("--van"))
    var van: Projectjaar?

    @Option(help: ArgumentHelp("Tabel wijzigingen: het projectjaar dat vergeleken wordt (standaard het laatste van --projectjaren).", valueName: "N"),
            transform: Projectjaar.parser("--naar"))
    var naar: Projectjaar?

    @Flag(name: .customLong("als-deelvraag"), help: "Toon de tabel als [[deelvraag]] voor een vraagbestand in plaats van het antwoord.")
    var alsDeelvraag = false

    @OptionGroup var indeling: GeografieOptions

    @Option(help: ArgumentHelp("Uitvoer: tekst, csv, json, md of xlsx (standaard tekst, of volgens de extensie van --uit).", valueName: "formaat"), transform: OutputFormat.parser("--formaat"))
    var formaat: OutputFormat?

    @Option(help: ArgumentHelp("Schrijf het antwoord naar dit bestand in plaats van naar het scherm (nodig voor xlsx).", valueName: "bestand"))
    var uit: String?

    @Option(help: ArgumentHelp("Nummer van de schriftelijke vraag die het antwoord noemt; de vraag en de deelvraag komen uit haar vraagbestand, als dat bestaat.", valueName: "nummer"))
    var vraagnummer: Int?

    @OptionGroup var vragenmap: VragenOptions

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let naam = soort.trimmingCharacters(in: .whitespaces).lowercased()
        if let vraag = StandaardVraag(rawValue: naam), !vraagtTabel {
            try beantwoordStandaard(vraag)
            return
        }
        guard Tabel(rawValue: naam) != nil else {
            throw InvalidInput("onbekende soort vraag '\(soort)'. Geldige soorten: \(StandaardVraag.lijst), \(Tabel.wijzigingen.rawValue).")
        }
        let vraag = try tabelvraag(naam)
        if alsDeelvraag {
            print(Vraagbestand.deelvraagregels(vraag), terminator: "")
            return
        }
        let uitvoer = try self.uitvoer()
        let (parlementaireVraag, deelvraag) = try self.parlementaireVraag(tabel: naam)
        let store = try opslag.open()
        let context = QueryContext(try store.laad())
        let antwoord: Tabelantwoord
        do throws(Tabelvraagfout) {
            antwoord = try vraag.beantwoord(context, vraagnummer: vraagnummer, deelvraag: deelvraag)
        } catch {
            throw InvalidInput(error.problemen.joined(separator: "\n"))
        }
        try schrijf(antwoord.tabel, uitvoer, bladnaam: vraag.tabel.rawValue, vraag: parlementaireVraag, gegevens: context.gegevens)
    }

    /// The question of --vraagnummer from its question file, and the label of its first
    /// deelvraag with table `tabel`; nil without --vraagnummer or without a question file (the
    /// answer then names the number only). A question file that cannot be read is an error.
    func parlementaireVraag(tabel: String) throws -> (ParlementaireVraag?, deelvraag: String?) {
        guard let vraagnummer, let bestand = try? Vraagbestand.zoek(nummer: vraagnummer, map: vragenmap.map) else { return (nil, nil) }
        let vraagbestand: Vraagbestand
        do {
            vraagbestand = try Vraagbestand.lees(bestand)
        } catch {
            throw InvalidInput(error.description)
        }
        let deelvraag = vraagbestand.deelvragen.first { $0.tabelvraag?.tabel.rawValue == tabel }
        return (vraagbestand.parlementaireVraag, deelvraag?.nummer)
    }

    /// A standard question as before the question files: the same table and output.
    func beantwoordStandaard(_ vraag: StandaardVraag) throws {
        let uitvoer = try self.uitvoer()
        let (parlementaireVraag, deelvraag) = try self.parlementaireVraag(tabel: vraag.rawValue)
        var opties = try self.opties()
        opties.deelvraag = deelvraag
        let store = try opslag.open()
        let context = QueryContext(try store.laad())
        if let actie = opties.actie, context.acties[actie] == nil {
            throw InvalidInput("--actie: actie \(actie) staat niet in de actiecatalogus.")
        }
        let tabel = vraag.beantwoord(context, opties: opties)
        let gegevens = opties.projectjaar.map { context.gegevens.projectjaar($0) } ?? context.gegevens
        try schrijf(tabel, uitvoer, bladnaam: vraag.bladnaam, vraag: parlementaireVraag, gegevens: gegevens)
    }

    func schrijf(_ tabel: AnswerTable, _ uitvoer: Uitvoervorm, bladnaam: String, vraag: ParlementaireVraag? = nil,
                 gegevens: Gegevens) throws {
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
            try CommandOutput.writeWorkbook(to: pad) { tijdelijk in
                let instellingen = WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: gegevens))
                try AntwoordWerkboek.schrijf(tabel, bladnaam: bladnaam, vraag: vraag, naar: tijdelijk, instellingen: instellingen)
            }
            print("Geschreven: \(pad) (blad \(bladnaam), \(BelgianNumber.format(tabel.rijen.count)) rijen)")
        }
        if tabel.voorbeelddata && uit != nil {
            printError("Let op: dit antwoord bevat voorbeelddata (\(Herkomst.voorbeelddataLabel)).")
        }
    }

    /// Whether the options ask for a table of a question file rather than a standard question.
    var vraagtTabel: Bool {
        let eenOfMeer = [provincie?.waarden.count, bestuur?.waarden.count, doelstelling?.waarden.count, actie?.waarden.count]
        return per != nil || naast != nil || maten != nil || projectjaren != nil || groep != nil || buitenGroep != nil
            || arrondissement != nil || status != nil || van != nil || naar != nil || alsDeelvraag
            || eenOfMeer.contains { ($0 ?? 0) > 1 }
    }

    /// The options as the keys of a `[[deelvraag]]`, checked by the question file's rules.
    func tabelvraag(_ tabel: String) throws -> Tabelvraag {
        if projectjaar != nil && projectjaren != nil {
            throw InvalidInput("--projectjaar en --projectjaren sluiten elkaar uit: kies er één.")
        }
        var p = Tabelparameters(tabel: tabel, geografie: indeling.geografie ?? .gemeenten2019)
        if let jaren = projectjaren?.jaren ?? projectjaar.map({ [$0] }) { p.projectjaren = jaren.map(\.nummer) }
        p.per = per?.waarden.map(\.tekst)
        p.naast = naast?.tekst
        p.maten = maten?.waarden.map(\.tekst)
        p.provincie = provincie?.waarden.map(\.tekst)
        p.arrondissement = arrondissement?.waarden.map(\.tekst)
        p.bestuur = bestuur?.waarden.map(\.tekst)
        p.doelstelling = doelstelling?.waarden.map(\.nummer)
        p.actie = actie?.waarden.map(\.nummer)
        p.groep = groep?.tekst
        p.buitenGroep = buitenGroep?.tekst
        p.status = status?.tekst
        p.van = van?.nummer
        p.naar = naar?.nummer
        do throws(Parameterfout) {
            return try Vraagbestand.tabelvraag(p)
        } catch {
            throw InvalidInput(error.problemen.map { probleem in
                probleem.sleutel.flatMap(Self.optie).map { "\($0): \(probleem.boodschap)" } ?? probleem.boodschap
            }.joined(separator: "\n"))
        }
    }

    /// The option behind a key of a `[[deelvraag]]`.
    static func optie(_ sleutel: String) -> String? {
        switch sleutel {
        case "tabel": return "soort"
        case "filter.buiten_groep": return "--buiten-groep"
        case "filter": return nil
        default: return "--" + (sleutel.hasPrefix("filter.") ? String(sleutel.dropFirst("filter.".count)) : sleutel)
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

    func opties() throws -> QueryOptions {
        var opties = QueryOptions(vraagnummer: vraagnummer)
        opties.projectjaar = projectjaar?.nummer
        opties.provincie = try provincie?.waarden.first.map { try Provincie.parse($0.tekst, option: "--provincie") }
        opties.doelstelling = doelstelling?.waarden.first?.nummer
        opties.actie = actie?.waarden.first?.nummer
        opties.geografie = indeling.geografie
        if let bestuur = bestuur?.waarden.first { opties.bestuur = try resolve(bestuur.tekst, geografie: opties.effectieveGeografie).code }
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
