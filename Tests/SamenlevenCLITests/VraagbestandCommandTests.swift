import Foundation
import SamenlevenVraagbestand
import Testing

@Suite("CLI: vraagbestand")
struct VraagbestandCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let teksten = root.appendingPathComponent("Tests/SamenlevenVraagopstellerTests/Fixtures/vraagteksten")
    static let templates = root.appendingPathComponent("Templates")
    static let vragen = root.appendingPathComponent("Vragen")

    @Test func draftsTheQuestionFileAndRefusesToOverwriteWithoutVervang() throws {
        let dir = CLI.temporaryDirectory()
        let vragen = dir.appendingPathComponent("vragen")
        let tekst = Self.teksten.appendingPathComponent("vraag-492.txt").path
        let eerste = try CLI.run(["vraagbestand", "492", "--tekst", tekst, "--vragen", vragen.path])
        #expect(eerste.status == 0, "\(eerste.stderr)")
        let bestand = vragen.appendingPathComponent("vraag-492.toml")
        let geschreven = try String(contentsOf: bestand, encoding: .utf8)
        #expect(geschreven.contains("tabel = \"samenwerking\""))
        #expect(eerste.stdout.contains("9 deelvragen (5 met een tabel, 4 beleidsvragen)") || eerste.stdout.contains("9 deelvragen (6 met een tabel, 3 beleidsvragen)"))
        #expect(eerste.stdout.contains("  7: mentorschap"))
        #expect(try Vraagbestand.lees(bestand).deelvragen.count == 9)

        // An existing file stays unless --vervang.
        try Data("# eigen werk\n".utf8).write(to: bestand)
        let tweede = try CLI.run(["vraagbestand", "492", "--tekst", tekst, "--vragen", vragen.path])
        #expect(tweede.status == 2)
        #expect(tweede.stderr.contains("vraag-492.toml: het vraagbestand bestaat al; geef --vervang"))
        #expect(try String(contentsOf: bestand, encoding: .utf8) == "# eigen werk\n")
        let derde = try CLI.run(["vraagbestand", "492", "--tekst", tekst, "--vragen", vragen.path, "--vervang"])
        #expect(derde.status == 0, "\(derde.stderr)")
        #expect(try String(contentsOf: bestand, encoding: .utf8) == geschreven)
    }

    @Test func anUnusableTextIsRefusedNamingTheFileAndNothingIsWritten() throws {
        let dir = CLI.temporaryDirectory()
        let vragen = dir.appendingPathComponent("vragen")
        let leeg = dir.appendingPathComponent("leeg.txt")
        try Data().write(to: leeg)
        let binair = dir.appendingPathComponent("binair.txt")
        try Data([0x00, 0xFF, 0x10, 0x00]).write(to: binair)
        for (bestand, melding) in [(leeg, "leeg.txt: is leeg"), (binair, "binair.txt: is geen tekstbestand"),
                                   (dir.appendingPathComponent("weg.txt"), "weg.txt: het tekstbestand bestaat niet")] {
            let result = try CLI.run(["vraagbestand", "31", "--tekst", bestand.path, "--vragen", vragen.path])
            #expect(result.status == 2)
            #expect(result.stderr.contains(melding), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: vragen.appendingPathComponent("vraag-31.toml").path))
        let regels = dir.appendingPathComponent("regels.toml")
        try Data("[[tabel]]\nnaam = \"toekenning\"\nwoorden = [\"x\"]\n".utf8).write(to: regels)
        let result = try CLI.run(["vraagbestand", "31", "--tekst", Self.teksten.appendingPathComponent("vraag-1204-weigeringen.txt").path,
                                  "--vragen", vragen.path, "--regels", regels.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("regels.toml:2: [[tabel]]: onbekende naam 'toekenning'"), "\(result.stderr)")
    }

    /// The records of each deelvraag in antwoord.json, by number.
    func gegevens(_ map: URL) throws -> [String: [[String: Any]]] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: map.appendingPathComponent("antwoord.json"))) as! [String: Any]
        var uit: [String: [[String: Any]]] = [:]
        for deelvraag in json["deelvragen"] as! [[String: Any]] {
            if let records = deelvraag["gegevens"] as? [[String: Any]] { uit[deelvraag["nummer"] as! String] = records }
        }
        return uit
    }

    @Test func antwoordWithTekstDraftsFirstAndGivesTheFiguresOfTheHandWrittenFile() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let vragen = dir.appendingPathComponent("vragen")
        let opgesteld = dir.appendingPathComponent("opgesteld")
        let hand = dir.appendingPathComponent("hand")
        let tekst = Self.teksten.appendingPathComponent("vraag-492.txt").path
        let result = try CLI.run(["antwoord", "492", "--tekst", tekst, "--vragen", vragen.path, "--uit", opgesteld.path,
                                  "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Nog geen vraagbestand voor vraag 492"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: vragen.appendingPathComponent("vraag-492.toml").path))
        let handmatig = try CLI.run(["antwoord", "492", "--vragen", Self.vragen.path, "--uit", hand.path,
                                     "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        #expect(handmatig.status == 0, "\(handmatig.stderr)")

        // Every table deelvraag of the drafted file has the figures of the hand-written one, in
        // the columns both have (the hand-written 1 also lists the promised KPI).
        let a = try gegevens(opgesteld)
        let b = try gegevens(hand)
        for nummer in ["1", "2", "3", "7", "8"] {
            let ra = try #require(a[nummer], "deelvraag \(nummer) zonder tabel in het ontwerp")
            let rb = try #require(b[nummer])
            #expect(ra.count == rb.count, "deelvraag \(nummer)")
            // Every application was granted in project year 1: no refusals in either.
            if nummer == "3" { #expect(ra.isEmpty); continue }
            #expect(!ra.isEmpty, "deelvraag \(nummer)")
            let sleutels = Set(ra.first?.keys.map { $0 } ?? []).intersection(rb.first?.keys.map { $0 } ?? [])
            #expect(sleutels.count >= 2, "deelvraag \(nummer)")
            for (x, y) in zip(ra, rb) {
                for sleutel in sleutels {
                    #expect("\(x[sleutel] ?? "nil")" == "\(y[sleutel] ?? "nil")", "deelvraag \(nummer) \(sleutel)")
                }
            }
        }
        #expect(a["1"]?.first?["subsidie"] != nil)

        // A second run answers from the drafted file, without drafting again.
        let opnieuw = try CLI.run(["antwoord", "492", "--tekst", tekst, "--vragen", vragen.path, "--uit", opgesteld.path,
                                   "--sjablonen", Self.templates.path], db: db, standaardgegevens: true)
        #expect(opnieuw.status == 0, "\(opnieuw.stderr)")
        #expect(!opnieuw.stderr.contains("Nog geen vraagbestand"))
        #expect(opnieuw.stderr.contains("Het vraagbestand van vraag 492 bestaat al; --tekst"))
    }

    /// The text kept aside while the rules were tuned: its drafted file answers without edits.
    @Test func theNeverSeenTextIsAnsweredWithoutEdits() throws {
        let dir = CLI.temporaryDirectory()
        let tekst = Self.teksten.appendingPathComponent("vraag-1299-nooit-gezien.txt").path
        let result = try CLI.run(["antwoord", "1299", "--tekst", tekst, "--vragen", dir.appendingPathComponent("vragen").path,
                                  "--uit", dir.appendingPathComponent("uit").path, "--sjablonen", Self.templates.path],
                                 db: dir.appendingPathComponent("db.sqlite"), standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        let a = try gegevens(dir.appendingPathComponent("uit"))
        #expect(Set(a.keys) == ["1", "2", "3", "4", "5", "6"])
        #expect(a["6"]?.count == 13)
    }
}
