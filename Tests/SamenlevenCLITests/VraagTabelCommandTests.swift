import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
import Testing

/// `samenleven vraag TABEL` with the parameters of a question file's `[[deelvraag]]`.
@Suite("CLI: vraag met de parameters van een vraagbestand")
struct VraagTabelCommandTests {
    /// One store with the default data, shared by the runs of a test.
    let db = CLI.temporaryDirectory().appendingPathComponent("standaard.sqlite")

    func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["vraag"] + arguments, db: db, standaardgegevens: true)
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try run(arguments + ["--formaat", "json"])
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
    }

    /// The detail rows (finest level, no subtotal or total) and their first cell's text.
    func details(_ object: [String: Any]) throws -> [[String: Any]] {
        try #require(object["rijen"] as? [[String: Any]]).filter { $0["soort"] as? String == "detail" }
    }

    /// The description (first column) of every detail row.
    func omschrijvingen(_ object: [String: Any]) throws -> [String] {
        try details(object).map { rij in (rij["waarden"] as? [String: Any])?["omschrijving"] as? String ?? "" }
    }

    /// The total row's amount in the column with this id, exact (the JSON writes euro as plain numbers).
    func totaal(_ object: [String: Any], kolom: String) throws -> Decimal {
        let kolommen = try #require(object["kolommen"] as? [[String: Any]])
        #expect(kolommen.contains { $0["id"] as? String == kolom }, "\(kolommen)")
        let rij = try #require((object["rijen"] as? [[String: Any]])?.last { $0["soort"] as? String == "totaal" })
        let cel = try #require((rij["waarden"] as? [String: Any])?[kolom] as? NSNumber, "\(rij)")
        return cel.decimalValue
    }

    @Test func groupedPerBestuurWithYearsSideBySideForTheCentrumsteden() throws {
        let object = try json(["toekenningen", "--per", "bestuur", "--naast", "projectjaar", "--maten", "subsidie,subsidie_per_inwoner",
                               "--groep", "centrumsteden"])
        #expect((object["titel"] as? String)?.contains("projectjaren 1, 2, 3 naast elkaar") == true, "\(object["titel"] ?? "")")
        let namen = try omschrijvingen(object)
        #expect(namen.count == 13, "\(namen)")
        #expect(namen.contains { $0.contains("Roeselare") } && !namen.contains { $0.contains("Zwevegem") })
    }

    @Test func groepAndBuitenGroepSplitTheTotal() throws {
        let basis = ["toekenningen", "--maten", "subsidie", "--projectjaren", "1-3"]
        let alles = try totaal(try json(basis), kolom: "subsidie")
        let binnen = try totaal(try json(basis + ["--groep", "centrumsteden"]), kolom: "subsidie")
        let buiten = try totaal(try json(basis + ["--buiten-groep", "centrumsteden"]), kolom: "subsidie")
        #expect(binnen > 0 && buiten > 0)
        #expect(binnen + buiten == alles)
    }

    @Test func projectjarenAsARangeAListOrOneYear() throws {
        let reeks = try run(["toekenningen", "--per", "provincie", "--projectjaren", "1-3", "--formaat", "csv"])
        let lijst = try run(["toekenningen", "--per", "provincie", "--projectjaren", "1,2,3", "--formaat", "csv"])
        let standaard = try run(["toekenningen", "--per", "provincie", "--formaat", "csv"])
        #expect(reeks.status == 0 && reeks.stdout == lijst.stdout && reeks.stdout == standaard.stdout, "\(reeks.stderr)")
        let eenJaar = try run(["toekenningen", "--per", "provincie", "--projectjaar", "2", "--formaat", "csv"])
        let jaren = try run(["toekenningen", "--per", "provincie", "--projectjaren", "2", "--formaat", "csv"])
        #expect(eenJaar.status == 0 && eenJaar.stdout == jaren.stdout)
        #expect(eenJaar.stdout != reeks.stdout)
    }

    @Test func filtersWithListsSelectExactlyTheirValues() throws {
        #expect(try omschrijvingen(try json(["toekenningen", "--per", "provincie", "--provincie", "Limburg,Antwerpen"])).count == 2)
        let arrondissementen = try omschrijvingen(try json(["toekenningen", "--per", "arrondissement", "--arrondissement", "Hasselt,maaseik"]))
        #expect(arrondissementen.sorted() == ["Arrondissement Hasselt", "Arrondissement Maaseik"], "\(arrondissementen)")
        let besturen = try omschrijvingen(try json(["toekenningen", "--per", "bestuur", "--bestuur", "Gent,11002"]))
        #expect(besturen.count == 2 && besturen.contains { $0.contains("Gent") } && besturen.contains { $0.contains("Antwerpen") }, "\(besturen)")
        #expect(try omschrijvingen(try json(["toekenningen", "--per", "doelstelling", "--doelstelling", "2,5"])).count == 2)
        #expect(try omschrijvingen(try json(["kpi", "--per", "actie", "--actie", "2,5"])).count == 2)
    }

    @Test func kpiMeasuresPerActie() throws {
        let object = try json(["kpi", "--per", "actie", "--maten", "kpi_vooropgesteld,kpi_behaald_12m,realisatiegraad", "--projectjaren", "1-2"])
        let kolommen = try #require(object["kolommen"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(kolommen.contains("realisatiegraad") && kolommen.contains("kpi_vooropgesteld"), "\(kolommen)")
    }

    @Test func wijzigingenWithVanNaarAndStatus() throws {
        let alle = try run(["wijzigingen", "--van", "2", "--naar", "3"])
        #expect(alle.status == 0, "\(alle.stderr)")
        #expect(alle.stdout.contains("\nKPI verlaagd\n") && alle.stdout.contains("\nKPI ongewijzigd\n"))
        #expect(alle.stdout.contains("\nTotaal KPI verlaagd ") && !alle.stdout.contains("kPI"), "an abbreviation keeps its capitals in a subtotal")
        let verlaagd = try run(["wijzigingen", "--van", "2", "--naar", "3", "--status", "kpi_verlaagd"])
        #expect(verlaagd.status == 0, "\(verlaagd.stderr)")
        #expect(verlaagd.stdout.contains("van projectjaar 2 naar projectjaar 3"))
        #expect(verlaagd.stdout.contains("\nKPI verlaagd\n") && !verlaagd.stdout.contains("KPI ongewijzigd"))
        let vanEenNaarDrie = try run(["wijzigingen", "--van", "1", "--naar", "3"])
        #expect(vanEenNaarDrie.stdout.contains("van projectjaar 1 naar projectjaar 3"), "\(vanEenNaarDrie.stderr)")
    }

    @Test func geografie2025ResolvesTheMergedGemeente() throws {
        let nieuw = try run(["toekenningen", "--per", "provincie", "--bestuur", "Beveren-Kruibeke-Zwijndrecht,Gent", "--geografie", "2025"])
        #expect(nieuw.status == 0, "\(nieuw.stderr)")
        let oud = try run(["toekenningen", "--per", "provincie", "--bestuur", "Beveren-Kruibeke-Zwijndrecht,Gent"])
        #expect(oud.status == 2)
        #expect(oud.stderr.contains("--bestuur: "), "\(oud.stderr)")
    }

    @Test func everyFormatForATable() throws {
        for formaat in ["tekst", "csv", "json", "md"] {
            let result = try run(["toekenningen", "--per", "provincie,bestuur", "--maten", "subsidie,besturen", "--formaat", formaat])
            #expect(result.status == 0, "\(formaat): \(result.stderr)")
            #expect(result.stdout.contains("Limburg"), "\(formaat)")
        }
    }

    @Test func standardQuestionsKeepTheirTable() throws {
        let standaard = try run(["toekenningen", "--actie", "5", "--formaat", "json"])
        #expect(standaard.stdout.contains("Toegekende subsidie per bestuur en actie, per provincie en doelstelling"))
    }

    @Test func errorsNameTheOptionWithSuggestionsAndExit2() throws {
        let cases: [([String], String)] = [
            (["toekenningen", "--maten", "subsidie_per_inwonner"], "fout: --maten: onbekende maat 'subsidie_per_inwonner'; bedoelde u subsidie_per_inwoner?"),
            (["toekenningen", "--maten", "realisatiegraad"], "--maten: de maat 'realisatiegraad' past niet bij de tabel toekenningen; ze hoort bij tabel = \"kpi\""),
            (["toekenningen", "--per", "gemeentee"], "--per: onbekende dimensie 'gemeentee'"),
            (["toekenningen", "--per", "provincie,provincie"], "--per: 'provincie' staat twee keer in per"),
            (["toekenningen", "--naast", "provincie"], "--naast: naast kan enkel \"projectjaar\" zijn, niet 'provincie'"),
            (["toekenningen", "--naast", "projectjaar", "--projectjaar", "1"], "--naast: naast = \"projectjaar\" zet projectjaren naast elkaar en vraagt er minstens twee"),
            (["toekenningen", "--groep", "centrumstedne"], "--groep: onbekende groep 'centrumstedne'; bedoelde u centrumsteden?"),
            (["toekenningen", "--buiten-groep", "steden"], "--buiten-groep: onbekende groep 'steden'"),
            (["toekenningen", "--groep", "centrumsteden", "--buiten-groep", "centrumsteden"], "--buiten-groep: groep en buiten_groep samen selecteren niets"),
            (["toekenningen", "--arrondissement", "Hasselts"], "--arrondissement: onbekend arrondissement 'Hasselts'; bedoelde u Hasselt?"),
            (["toekenningen", "--provincie", "Limburg,Limburgg"], "--provincie: onbekende provincie 'Limburgg'; bedoelde u Limburg?"),
            (["toekenningen", "--bestuur", "Gentt,Aalst"], "--bestuur: onbekend bestuur 'Gentt'; bedoelde u Gent (44021)"),
            (["toekenningen", "--status", "gestopt"], "--status: de filter status hoort enkel bij tabel = \"wijzigingen\""),
            (["wijzigingen", "--status", "gestop"], "--status: onbekende status 'gestop'; bedoelde u gestopt?"),
            (["wijzigingen", "--van", "3", "--naar", "2"], "van (3) moet een vroeger projectjaar zijn dan naar (2)"),
            (["toekenningen", "--van", "1"], "--van: 'van' hoort enkel bij tabel = \"wijzigingen\""),
            (["kpi", "--per", "provincie"], "--per: zonder maten toont de tabel kpi"),
            (["toekenningen", "--projectjaar", "1", "--projectjaren", "1-2"], "--projectjaar en --projectjaren sluiten elkaar uit"),
            (["toekenningen", "--projectjaren", "3-1"], "--projectjaren: '3-1' loopt achteruit"),
            (["toekenningen", "--projectjaren", "1,4"], "--projectjaren: '4' is geen projectjaar"),
            (["toekenningen", "--actie", "2,,5"], "--actie: '2,,5' bevat een lege waarde"),
            (["toekenningen", "--doelstelling", "2,9"], "--doelstelling: '9' is geen doelstelling"),
            (["wijzigingenn", "--per", "bestuur"], "onbekende soort vraag 'wijzigingenn'. Geldige soorten: toekenningen, samenwerking, weigeringen, aanvragen, budget, mentorschap, sio, kpi, wijzigingen."),
            (["budget", "--per", "provincie"], "--per: per kan enkel bij de tabellen toekenningen en kpi"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(["vraag"] + arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    /// `--als-deelvraag` prints lines that, pasted into a question file, read back as the same table.
    @Test(arguments: [
        (["toekenningen", "--per", "provincie,bestuur", "--naast", "projectjaar", "--maten", "subsidie,subsidie_per_inwoner",
          "--groep", "centrumsteden"],
         Tabelvraag(tabel: .toekenningen, projectjaren: [1, 2, 3], per: [.provincie, .bestuur], naast: .projectjaar,
                    maten: [.subsidie, .subsidiePerInwoner], filter: Vraagfilter(groep: .centrumsteden))),
        (["kpi", "--per", "actie", "--projectjaren", "1,3", "--arrondissement", "Hasselt", "--bestuur", "Gent,44021,Aalst",
          "--doelstelling", "2", "--actie", "5,2", "--buiten-groep", "centrumsteden"],
         Tabelvraag(tabel: .kpi, projectjaren: [1, 3], per: [.actie],
                    filter: Vraagfilter(arrondissementen: ["Hasselt"], besturen: ["44021", "41002"], doelstellingen: [2], acties: [5, 2],
                                        buitenGroep: .centrumsteden))),
        (["wijzigingen", "--van", "1", "--naar", "3", "--status", "kpi_verlaagd", "--provincie", "Limburg,West-Vlaanderen"],
         Tabelvraag(tabel: .wijzigingen, projectjaren: [1, 2, 3], filter: Vraagfilter(provincies: [.limburg, .westVlaanderen], status: .kpiVerlaagd),
                    van: 1, naar: 3)),
    ])
    func alsDeelvraagReadsBackAsTheSameTable(arguments: [String], verwacht: Tabelvraag) throws {
        let result = try CLI.run(["vraag"] + arguments + ["--als-deelvraag"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("[[deelvraag]]\n"))
        let bestand = "nummer = 7\ndatum = 2025-03-05\nvraagsteller = \"Test\"\n\n" + result.stdout
        let vraag = try Vraagbestand.lees(tekst: bestand, bestandsnaam: "vraag-7.toml")
        #expect(vraag.deelvragen.count == 1)
        #expect(vraag.deelvragen.first?.tabelvraag == verwacht, "\(result.stdout)")
    }

    @Test func alsDeelvraagNotesTheGeografieOfTheHead() throws {
        let result = try CLI.run(["vraag", "toekenningen", "--per", "provincie", "--geografie", "2025", "--als-deelvraag"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# Zet geografie = \"2025\" in het hoofd"))
        let bestand = "nummer = 7\ndatum = 2025-03-05\nvraagsteller = \"Test\"\ngeografie = \"2025\"\n\n" + result.stdout
        let vraag = try Vraagbestand.lees(tekst: bestand, bestandsnaam: "vraag-7.toml")
        #expect(vraag.deelvragen.first?.tabelvraag == Tabelvraag(tabel: .toekenningen, projectjaren: [1, 2, 3], per: [.provincie], geografie: .gemeenten2025))
    }
}
