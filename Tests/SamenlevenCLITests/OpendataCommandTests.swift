import Foundation
import Testing

@Suite("CLI: opendata")
struct OpendataCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/OpenData")

    static func fixtureFiles(voorbeelddata: Bool) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .filter { $0.hasSuffix(".csv") && (voorbeelddata || !$0.contains("voorbeelddata")) }
            .sorted().map { fixtures.appendingPathComponent($0).path }
    }

    /// A fresh store with the fixture imported.
    func store(voorbeelddata: Bool = true) throws -> URL {
        let db = CLI.temporaryDirectory().appendingPathComponent("fixture.sqlite")
        let result = try CLI.run(["importeer"] + Self.fixtureFiles(voorbeelddata: voorbeelddata), db: db)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    func snapshot(_ directory: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        // The toolkit's manifest (.samenleven-manifest) is not part of the package.
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name != ".samenleven-manifest" {
            out[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return out
    }

    func object(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let db = try store()
        let dir = CLI.temporaryDirectory()
        let first = try CLI.run(["opendata", "--uit", dir.appendingPathComponent("a").path], db: db)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("toekenningen               10              2"))
        #expect(first.stdout.contains("Open-datapakket geschreven in \(dir.appendingPathComponent("a").path) (publicatiedatum 2024-09-30)."))
        #expect(first.stderr.contains("waarschuwing: VOORBEELDDATA - geen officiële cijfers."))
        let second = try CLI.run(["opendata", "--uit", dir.appendingPathComponent("b").path], db: db)
        #expect(second.status == 0)
        let a = try snapshot(dir.appendingPathComponent("a")), b = try snapshot(dir.appendingPathComponent("b"))
        #expect(a.count == 25)
        #expect(a == b)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a", "b"])
    }

    @Test func publicationDateFromDatumOrSourceDateEpoch() throws {
        let db = try store()
        let dir = CLI.temporaryDirectory()
        func issued(_ arguments: [String], _ environment: [String: String] = [:]) throws -> String? {
            let out = dir.appendingPathComponent(UUID().uuidString)
            let result = try CLI.run(["opendata", "--uit", out.path] + arguments, environment: environment, db: db)
            #expect(result.status == 0, "\(result.stderr)")
            return (try object(out.appendingPathComponent("dcat.jsonld"))["dct:issued"] as? [String: Any])?["@value"] as? String
        }
        #expect(try issued([]) == "2024-09-30T00:00:00Z")
        #expect(try issued([], ["SOURCE_DATE_EPOCH": "1700000000"]) == "2023-11-14T00:00:00Z")
        #expect(try issued(["--datum", "2025-01-31"], ["SOURCE_DATE_EPOCH": "1700000000"]) == "2025-01-31T00:00:00Z")
        #expect(try issued(["--projectjaar", "1"]) == "2023-09-30T00:00:00Z")
    }

    @Test func invalidOptionsExit2() throws {
        let dir = CLI.temporaryDirectory()
        let datum = try CLI.run(["opendata", "--uit", dir.appendingPathComponent("x").path, "--datum", "31/01/2025"])
        #expect(datum.status == 2 && datum.stderr.contains("--datum: '31/01/2025' is geen geldige datum; schrijf JJJJ-MM-DD"))
        let jaar = try CLI.run(["opendata", "--uit", dir.appendingPathComponent("x").path, "--projectjaar", "4"])
        #expect(jaar.status == 2 && jaar.stderr.contains("--projectjaar: '4' is geen projectjaar"))
        let epoch = try CLI.run(["opendata", "--uit", dir.appendingPathComponent("x").path], environment: ["SOURCE_DATE_EPOCH": "gisteren"])
        #expect(epoch.status == 2 && epoch.stderr.contains("SOURCE_DATE_EPOCH"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    @Test func aFolderThatIsNotAPackageIsNotReplaced() throws {
        let dir = CLI.temporaryDirectory()
        try Data("belangrijk".utf8).write(to: dir.appendingPathComponent("notities.txt"))
        let result = try CLI.run(["opendata", "--uit", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bevat wat de toolkit er niet (zo) schreef: notities.txt (1 in totaal)"))
        #expect(try snapshot(dir) == ["notities.txt": Data("belangrijk".utf8)])
    }

    /// A folder that cannot be made is a problem of the environment: a Dutch message naming
    /// the path, exit status 2.
    @Test func anUnwritableTargetExits2AndChangesNothing() throws {
        let dir = CLI.temporaryDirectory()
        let blocker = dir.appendingPathComponent("bestand")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("opendata").path
        let result = try CLI.run(["opendata", "--uit", target])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("kan '\(target)' niet schrijven: een deel van het pad is geen map; er is niets veranderd"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["bestand"])
    }

    /// `vraag --formaat json` without what legitimately changes on re-import: the data vintage,
    /// per-row provenance and the footnotes naming source files and rows.
    func answer(_ soort: String, _ extra: [String], db: URL, neutralise: Bool) throws -> NSDictionary {
        let result = try CLI.run(["vraag", soort, "--formaat", "json"] + extra, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        object["gegevensstand"] = nil
        object["voetnoten"] = (object["voetnoten"] as? [[String: Any]])?.filter { ($0["tekst"] as? String)?.hasPrefix("Bron: ") != true }
        object["rijen"] = (object["rijen"] as? [[String: Any]])?.map { row in
            var row = row
            row["herkomst"] = nil
            if neutralise {
                row["waarden"] = (row["waarden"] as? [String: Any])?.mapValues { value -> Any in
                    guard let text = value as? String,
                          let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
                    return "'" + text
                }
            }
            return row
        }
        return object as NSDictionary
    }

    @Test func importingThePackageIntoAnEmptyStoreGivesTheSameAnswers() throws {
        let db = try store(voorbeelddata: false)
        let dir = CLI.temporaryDirectory().appendingPathComponent("opendata")
        #expect(try CLI.run(["opendata", "--uit", dir.path], db: db).status == 0)

        let importable = ["toekenningen", "aanvragen", "samenwerkingsverbanden", "mentorschappen", "sio", "kpi_rapportering"]
            .map { dir.appendingPathComponent("\($0).csv").path }
        let leeg = CLI.temporaryDirectory().appendingPathComponent("leeg.sqlite")
        let imported = try CLI.run(["importeer"] + importable, db: leeg)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("waarschuwing: toekenningen.csv:1:subsidie_euro: onbekende kolom, wordt genegeerd"))

        for soort in ["toekenningen", "samenwerking", "weigeringen", "aanvragen", "budget", "mentorschap", "sio", "kpi"] {
            for extra in [[], ["--projectjaar", "1"], ["--provincie", "Antwerpen"], ["--geografie", "2025"]] {
                let before = try answer(soort, extra, db: db, neutralise: true)
                let after = try answer(soort, extra, db: leeg, neutralise: false)
                #expect(before == after, "\(soort) \(extra)")
            }
        }
    }
}
