import Foundation
import Testing

@Suite("CLI: antwoord")
struct AntwoordCommandTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    func lees(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func answer492WritesTheWholeBundle() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let uit = dir.appendingPathComponent("vraag-492")
        let result = try CLI.run(["antwoord", "492", "--uit", uit.path, "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        for naam in ["antwoord.md", "antwoord.docx", "bijlage.xlsx", "controle.txt", "bronnen.md",
                     "opendata/datapackage.json", "opendata/dcat.jsonld", "opendata/toekenningen.csv"] {
            #expect(FileManager.default.fileExists(atPath: uit.appendingPathComponent(naam).path), "\(naam)")
        }
        #expect(result.stdout.contains("antwoord.docx"))
        let md = try lees(uit.appendingPathComponent("antwoord.md"))
        #expect(md.contains("22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen."))
        #expect(md.contains("**ANTWOORD** op vraag nr. 492 van 1 september 2023 van Brecht Warnez"))
        let controle = try lees(uit.appendingPathComponent("controle.txt"))
        #expect(controle.contains("het gepubliceerde antwoord zei 24 en 80"))
        #expect(controle.contains("Geel staat twee keer in de lijst"))
        let bronnen = try lees(uit.appendingPathComponent("bronnen.md"))
        #expect(bronnen.contains("samenwerkingsverbanden-projectjaar-1.csv:2-65"))

        // Same data, same bytes, and the folder is replaced as a whole.
        let eerste = try FileManager.default.subpathsOfDirectory(atPath: uit.path).sorted().map {
            ($0, try? Data(contentsOf: uit.appendingPathComponent($0)))
        }
        let opnieuw = try CLI.run(["antwoord", "492", "--uit", uit.path, "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        #expect(opnieuw.status == 0)
        let tweede = try FileManager.default.subpathsOfDirectory(atPath: uit.path).sorted().map {
            ($0, try? Data(contentsOf: uit.appendingPathComponent($0)))
        }
        #expect(eerste.map(\.0) == tweede.map(\.0))
        #expect(eerste.map(\.1) == tweede.map(\.1))
    }

    static let vragen = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Vragen")

    /// The example of `../shared/spec/vraagbestand.md`, as a staff member would copy it.
    static let voorbeeld = """
        nummer = 1234
        datum = 2025-03-05                       # TOML date
        vraagsteller = "Brecht Warnez"
        minister = "Gwendolyn Rutten"
        functie = "Vlaams minister van Binnenlands Bestuur, Bestuurszaken, Inburgering en Gelijke Kansen"
        titel = "Plan Samenleven - subsidies aan de centrumsteden"
        projectjaren = [1, 2, 3]                 # default for every deelvraag

        [[deelvraag]]
        nummer = "1"
        tekst = "Hoeveel ontving elke centrumstad per projectjaar, in totaal en per inwoner?"
        tabel = "toekenningen"
        per = ["bestuur"]
        naast = "projectjaar"
        maten = ["subsidie", "subsidie_per_inwoner"]
        filter = { groep = "centrumsteden" }

        [[deelvraag]]
        nummer = "2"
        tekst = "Welke samenwerkingsverbanden zijn er in Limburg?"
        tabel = "samenwerking"
        projectjaren = [2]
        filter = { provincie = "Limburg" }

        [[deelvraag]]
        nummer = "3"
        tekst = "Is de minister tevreden over de resultaten?"
        beleid = true

        """

    /// A folder with one question file.
    func vragenmap(_ naam: String, _ tekst: String) throws -> URL {
        let map = CLI.temporaryDirectory().appendingPathComponent("vragen")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        try Data(tekst.utf8).write(to: map.appendingPathComponent(naam))
        return map
    }

    /// The spec's example on a small store, checked against figures computed by hand: 2020
    /// populations Gent 263.927, Aalst 87.332 (gemeenten.csv); Lier is no centrumstad.
    @Test func theSpecsExampleIsAnsweredEndToEnd() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let invoer = dir.appendingPathComponent("toekenningen.csv")
        try Data("""
            projectjaar,bestuur,actie,indicator,kpi_huidig_bereik,kpi_vooropgesteld,subsidie
            1,Gent,9,,0,1000,527.854
            2,Gent,9,,0,500,263.927
            1,Aalst,9,,0,200,87.332
            3,Hasselt,9,,0,100,10.000
            1,Lier,9,,0,100,50.000

            """.utf8).write(to: invoer)
        let importeer = try CLI.run(["importeer", invoer.path], db: db)
        #expect(importeer.status == 0, "\(importeer.stderr)")
        let vragen = try vragenmap("vraag-1234.toml", Self.voorbeeld)
        let uit = dir.appendingPathComponent("vraag-1234")
        let result = try CLI.run(["antwoord", "1234", "--vragen", vragen.path, "--uit", uit.path, "--sjablonen", Self.templates.path], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        for naam in ["antwoord.md", "antwoord.docx", "bijlage.xlsx", "antwoord.json", "gegevens/deelvraag-1.csv",
                     "gegevens/deelvraag-2.csv", "controle.txt", "bronnen.md"] {
            #expect(FileManager.default.fileExists(atPath: uit.appendingPathComponent(naam).path), "\(naam)")
        }
        #expect(!FileManager.default.fileExists(atPath: uit.appendingPathComponent("gegevens/deelvraag-3.csv").path))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: uit.appendingPathComponent("antwoord.json"))) as? [String: Any])
        let vraag = try #require(json["vraag"] as? [String: Any])
        #expect(vraag["nummer"] as? Int == 1234 && vraag["datum"] as? String == "2025-03-05" && vraag["vraagsteller"] as? String == "Brecht Warnez")
        let deelvragen = try #require(json["deelvragen"] as? [[String: Any]])
        #expect(deelvragen.map { $0["nummer"] as? String } == ["1", "2", "3"])

        let een = deelvragen[0]
        #expect(een["tabel"] as? String == "toekenningen")
        #expect(een["blad"] as? String == "Deelvraag 1")
        let gegevens = try #require(een["gegevens"] as? [[String: Any]])
        func record(_ bestuur: String, _ jaar: Int) -> [String: Any]? {
            gegevens.first { $0["bestuur"] as? String == bestuur && $0["projectjaar"] as? Int == jaar && ($0["subsidie"] as? Double ?? 0) > 0 }
        }
        #expect(record("44021", 1)?["subsidie"] as? Double == 527_854)
        #expect(record("44021", 1)?["subsidie_per_inwoner"] as? Double == 2)     // 527.854 / 263.927
        #expect(record("44021", 2)?["subsidie_per_inwoner"] as? Double == 1)     // 263.927 / 263.927
        #expect(record("41002", 1)?["subsidie_per_inwoner"] as? Double == 1)     // 87.332 / 87.332
        #expect(record("71022", 3)?["subsidie"] as? Double == 10_000)
        #expect(!gegevens.contains { $0["bestuur"] as? String == "12021" }, "Lier is geen centrumstad")
        let som = gegevens.compactMap { $0["subsidie"] as? Double }.reduce(0, +)
        #expect(som == 889_113)                                                  // 527.854 + 263.927 + 87.332 + 10.000
        let totaal = try #require(een["totaal"] as? [String: Any])
        #expect(totaal["subsidie"] as? Double == 889_113)
        #expect(!(try #require(een["bronnen"] as? [String])).isEmpty)

        #expect(deelvragen[1]["tabel"] as? String == "samenwerking")
        #expect(deelvragen[2]["beleid"] as? Bool == true && deelvragen[2]["gegevens"] == nil)

        let tekst = try String(contentsOf: uit.appendingPathComponent("antwoord.json"), encoding: .utf8)
        #expect(!tekst.contains("Optional(") && !tekst.contains(".euro(") && !tekst.contains("geheelGetal"))
        let csv = try String(contentsOf: uit.appendingPathComponent("gegevens/deelvraag-1.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("bestuur,projectjaar,subsidie,subsidie_per_inwoner\r\n") || csv.hasPrefix("projectjaar,bestuur,"), "\(csv.prefix(80))")
        #expect(csv.contains(",527854.00,2.00\r\n") || csv.contains(",527854,2\r\n"), "\(csv)")

        let md = try String(contentsOf: uit.appendingPathComponent("antwoord.md"), encoding: .utf8)
        #expect(md.contains("**ANTWOORD** op vraag nr. 1234 van 5 maart 2025 van Brecht Warnez"))
        #expect(md.contains("## 1. Hoeveel ontving elke centrumstad per projectjaar, in totaal en per inwoner?"))
        #expect(md.contains("889.113 euro"), "\(md)")
        #expect(md.contains("## 3. Is de minister tevreden over de resultaten?\n\n[IN TE VULLEN DOOR HET KABINET]"), "\(md)")
    }

    @Test func aQuestionWithoutAQuestionFileIsAClearErrorNamingWhereItLooked() throws {
        let vragen = try vragenmap("vraag-1.toml", "nummer = 1\n")
        let uit = CLI.temporaryDirectory().appendingPathComponent("uit")
        let result = try CLI.run(["antwoord", "1234", "--vragen", vragen.path, "--uit", uit.path, "--sjablonen", Self.templates.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(vragen.path + "/vraag-1234.toml: geen vraagbestand voor vraag 1234"), "\(result.stderr)")
        #expect(result.stderr.contains("wel: vraag-1.toml"))
        #expect(!FileManager.default.fileExists(atPath: uit.path))
    }

    @Test func aFileWithAnUnknownMeasureIsRefusedWithFileAndLineAndNothingIsWritten() throws {
        let fout = Self.voorbeeld.replacingOccurrences(of: #"maten = ["subsidie", "subsidie_per_inwoner"]"#,
                                                      with: #"maten = ["subsidy", "subsidie_per_inwoner"]"#)
        let vragen = try vragenmap("vraag-1234.toml", fout)
        // An earlier answer in the output folder stays exactly as it was.
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let uit = dir.appendingPathComponent("uit")
        let eerste = try CLI.run(["antwoord", "492", "--vragen", Self.vragen.path, "--uit", uit.path, "--sjablonen", Self.templates.path], db: db)
        #expect(eerste.status == 0, "\(eerste.stderr)")
        let voor = try FileManager.default.subpathsOfDirectory(atPath: uit.path).sorted().map { try? Data(contentsOf: uit.appendingPathComponent($0)) }
        let result = try CLI.run(["antwoord", "1234", "--vragen", vragen.path, "--uit", uit.path, "--sjablonen", Self.templates.path], db: db)
        #expect(result.status == 2)
        #expect(result.stderr.contains("vraag-1234.toml:15: "), "\(result.stderr)")
        #expect(result.stderr.contains("subsidy"))
        let na = try FileManager.default.subpathsOfDirectory(atPath: uit.path).sorted().map { try? Data(contentsOf: uit.appendingPathComponent($0)) }
        #expect(voor == na)
    }

    static let figuren492 = [
        "**ANTWOORD** op vraag nr. 492 van 1 september 2023 van Brecht Warnez",
        "In projectjaar 1 ging 13.991.359 euro naar 50 indienende lokale besturen, verspreid over 335 acties.",
        "2. 22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen.",
        "   e. Limburg: Pelt (samen met Bocholt, Bree, Hamont-Achel, Hechtel-Eksel, Lommel, Oudsbergen, Peer)",
        "3. Elke aanvraag kon gehonoreerd worden.",
        "Ter informatie: 50 projectindieners, samen met de partners van hun samenwerkingsverband 106 lokale besturen, dienden 335 aanvragen in, waarvan er 335 goedgekeurd werden (gepubliceerd: 104 lokale besturen + VGC + vzw De Rand).",
        "5. In projectjaar 1 werd 14.136.359 euro toegekend: 13.991.359 euro voor de acties en 145.000 euro aan stimulansen (mentorschap en SIO). Voor projectjaar 2 wordt 16.907.780 euro voorzien.",
        "7. 12 mentorschappen werden opgenomen, elk met een stimulans van 10.000 euro (120.000 euro in totaal):",
        "8. Sint-Niklaas experimenteert met een stimulans van 25.000 euro.",
    ]

    /// Question 492 from Vragen/vraag-492.toml keeps the figures of the answer written before
    /// there were question files (the lines below are that answer's, on the default data).
    @Test func question492FromItsFileKeepsItsFigures() throws {
        let uit = CLI.temporaryDirectory().appendingPathComponent("vraag-492")
        let result = try CLI.run(["antwoord", "492", "--vragen", Self.vragen.path, "--uit", uit.path, "--sjablonen", Self.templates.path],
                                 standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        let md = try lees(uit.appendingPathComponent("antwoord.md"))
        for regel in Self.figuren492 { #expect(md.contains(regel), "\(regel)") }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: uit.appendingPathComponent("antwoord.json"))) as? [String: Any])
        let deelvragen = try #require(json["deelvragen"] as? [[String: Any]])
        #expect(deelvragen.count == 9)
        #expect(deelvragen[0]["blad"] as? String == "Antwerpen")
        #expect(((deelvragen[0]["totaal"] as? [String: Any])?["subsidie"] as? Double) == 13_991_359)
        #expect(deelvragen.filter { $0["beleid"] as? Bool == true }.map { $0["nummer"] as? String } == ["6", "9"])
    }

    @Test func aTemplateNamedAfterTheQuestionWins() throws {
        let dir = CLI.temporaryDirectory()
        let sjablonen = dir.appendingPathComponent("sjablonen")
        try FileManager.default.createDirectory(at: sjablonen, withIntermediateDirectories: true)
        try Data("standaard {{vraag.nummer}}\n".utf8).write(to: sjablonen.appendingPathComponent("standaard.mustache"))
        try Data("Eigen tekst voor vraag {{vraag.nummer}}: {{samenwerking.indieners}} indieners.\n".utf8)
            .write(to: sjablonen.appendingPathComponent("vraag-77.mustache"))
        let vragen = try vragenmap("vraag-77.toml", "nummer = 77\ndatum = 2024-01-05\nvraagsteller = \"X\"\n\n[[deelvraag]]\nnummer = \"1\"\ntekst = \"Y?\"\nbeleid = true\n")
        let result = try CLI.run(["antwoord", "77", "--vragen", vragen.path, "--uit", dir.appendingPathComponent("uit").path, "--sjablonen", sjablonen.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try lees(dir.appendingPathComponent("uit/antwoord.md")) == "Eigen tekst voor vraag 77: 0 indieners.\n")
    }

    @Test func aNameTheDataDoNotProvideIsAnErrorNamingTheLine() throws {
        let dir = CLI.temporaryDirectory()
        try Data("regel 1\nregel 2 {{samenwerking.aantal}}\n".utf8).write(to: dir.appendingPathComponent("standaard.mustache"))
        let uit = dir.appendingPathComponent("uit")
        let result = try CLI.run(["antwoord", "492", "--uit", uit.path, "--sjablonen", dir.path, "--sjabloon", "standaard"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("standaard.mustache:2: onbekende naam 'samenwerking.aantal'"))
        #expect(!FileManager.default.fileExists(atPath: uit.path), "bij een fout wordt niets geschreven")
    }

    static let huisstijl = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Huisstijl/huisstijl.docx")

    @Test func aHouseStyleFromLibreOfficeChangesOnlyTheWordDocument() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let standaard = dir.appendingPathComponent("standaard"), huis = dir.appendingPathComponent("huis")
        let a = try CLI.run(["antwoord", "492", "--uit", standaard.path, "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        let b = try CLI.run(["antwoord", "492", "--uit", huis.path, "--sjablonen", Self.templates.path, "--huisstijl", Self.huisstijl.path],
                            db: db, standaardgegevens: true)
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        let docx = try Data(contentsOf: huis.appendingPathComponent("antwoord.docx"))
        #expect(docx != (try Data(contentsOf: standaard.appendingPathComponent("antwoord.docx"))))
        #expect(try Data(contentsOf: huis.appendingPathComponent("antwoord.md")) == (try Data(contentsOf: standaard.appendingPathComponent("antwoord.md"))))
        let opnieuw = dir.appendingPathComponent("opnieuw")
        _ = try CLI.run(["antwoord", "492", "--uit", opnieuw.path, "--sjablonen", Self.templates.path, "--huisstijl", Self.huisstijl.path],
                        db: db, standaardgegevens: true)
        #expect(try Data(contentsOf: opnieuw.appendingPathComponent("antwoord.docx")) == docx, "zelfde huisstijl, zelfde bytes")
    }

    @Test func aHouseStyleThatIsNotAWordDocumentIsRefusedAndNothingIsWritten() throws {
        let dir = CLI.temporaryDirectory()
        let stijl = dir.appendingPathComponent("kabinet.docx")
        try Data("dit is geen Word-document".utf8).write(to: stijl)
        let uit = dir.appendingPathComponent("uit")
        let result = try CLI.run(["antwoord", "492", "--uit", uit.path, "--sjablonen", Self.templates.path, "--huisstijl", stijl.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--huisstijl \(stijl.path): geen bruikbare huisstijl (Word-document, .docx): het is geen .docx (geen zip-pakket)."),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: uit.path), "bij een fout wordt niets geschreven")
    }

    @Test func anUnknownTemplateNameIsAClearError() throws {
        let result = try CLI.run(["antwoord", "492", "--uit", CLI.temporaryDirectory().path + "/x",
                                  "--sjablonen", Self.templates.path, "--sjabloon", "bestaatniet"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("onbekend sjabloon 'bestaatniet'"))
        #expect(result.stderr.contains("standaard, vraag-492"))
    }

    @Test func aFolderThatIsNotAnEarlierAnswerIsNeverOverwritten() throws {
        let dir = CLI.temporaryDirectory()
        try Data("iets belangrijks".utf8).write(to: dir.appendingPathComponent("notities.txt"))
        let result = try CLI.run(["antwoord", "492", "--uit", dir.path, "--sjablonen", Self.templates.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("er wordt niets overschreven"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("notities.txt").path))
    }
}
