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

    @Test func anotherNumberUsesTheStandardTemplateWithThatNumber() throws {
        let dir = CLI.temporaryDirectory()
        let uit = dir.appendingPathComponent("vraag-1234")
        let result = try CLI.run(["antwoord", "1234", "--uit", uit.path, "--sjablonen", Self.templates.path,
                                  "--vraagsteller", "Jan Peeters", "--projectjaar", "2"], standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        let md = try lees(uit.appendingPathComponent("antwoord.md"))
        #expect(md.contains("**ANTWOORD** op vraag nr. 1234 van [datum] van Jan Peeters"))
        #expect(md.contains("Projectjaar 2"))
    }

    @Test func aTemplateNamedAfterTheQuestionWins() throws {
        let dir = CLI.temporaryDirectory()
        let sjablonen = dir.appendingPathComponent("sjablonen")
        try FileManager.default.createDirectory(at: sjablonen, withIntermediateDirectories: true)
        try Data("standaard {{vraag.nummer}}\n".utf8).write(to: sjablonen.appendingPathComponent("standaard.mustache"))
        try Data("Eigen tekst voor vraag {{vraag.nummer}}: {{samenwerking.indieners}} indieners.\n".utf8)
            .write(to: sjablonen.appendingPathComponent("vraag-77.mustache"))
        let result = try CLI.run(["antwoord", "77", "--uit", dir.appendingPathComponent("uit").path, "--sjablonen", sjablonen.path])
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
