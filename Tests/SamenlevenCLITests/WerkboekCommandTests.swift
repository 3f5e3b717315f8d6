import Foundation
import Testing

/// `vraag --formaat xlsx`, `--uit`, `bijlage` and `sjabloon`, run as a user would.
@Suite("CLI: werkboeken en bestanden")
struct WerkboekCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/checks/xlsx-fixture")

    /// A store with the fixture of scripts/checks/xlsx-fixture imported.
    func storeMetFixture() throws -> URL {
        let db = CLI.temporaryDirectory().appendingPathComponent("fixture.sqlite")
        let bestanden = try FileManager.default.contentsOfDirectory(atPath: Self.fixture.path).filter { $0.hasSuffix(".csv") }.sorted()
        let result = try CLI.run(["importeer"] + bestanden.map { Self.fixture.appendingPathComponent($0).path }, db: db)
        #expect(result.status == 0, "\(result.stderr)")
        return db
    }

    func isWerkboek(_ url: URL) -> Bool {
        (try? Data(contentsOf: url).prefix(4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    @Test func vraagAlsWerkboek() throws {
        let db = try storeMetFixture()
        let uit = CLI.temporaryDirectory().appendingPathComponent("sub/map/toekenningen.xlsx")
        let result = try CLI.run(["vraag", "toekenningen", "--projectjaar", "1", "--formaat", "xlsx", "--uit", uit.path], db: db)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Geschreven: \(uit.path) (blad Toekenningen, "))
        #expect(isWerkboek(uit))
        // The extension of --uit is enough.
        let tweede = uit.deletingLastPathComponent().appendingPathComponent("tweede.xlsx")
        #expect(try CLI.run(["vraag", "toekenningen", "--projectjaar", "1", "--uit", tweede.path], db: db).status == 0)
        #expect(try Data(contentsOf: uit) == Data(contentsOf: tweede))
        // No temporary files are left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: uit.deletingLastPathComponent().path).sorted() == ["toekenningen.xlsx", "tweede.xlsx"])
    }

    @Test func tekstformatenNaarEenBestand() throws {
        let db = try storeMetFixture()
        let uit = CLI.temporaryDirectory().appendingPathComponent("budget.csv")
        let naarBestand = try CLI.run(["vraag", "budget", "--uit", uit.path], db: db)
        #expect(naarBestand.status == 0, "\(naarBestand.stderr)")
        #expect(naarBestand.stdout == "Geschreven: \(uit.path)\n")
        let scherm = try CLI.run(["vraag", "budget", "--formaat", "csv"], db: db)
        #expect(try String(contentsOf: uit, encoding: .utf8) == scherm.stdout)
        let md = CLI.temporaryDirectory().appendingPathComponent("budget.txt")
        #expect(try CLI.run(["vraag", "budget", "--formaat", "md", "--uit", md.path], db: db).status == 0)
        #expect(try String(contentsOf: md, encoding: .utf8).contains("## Toegekend budget per projectjaar"))
    }

    @Test func ongeldigeUitvoerGeeftEenNederlandseMelding() throws {
        let dir = CLI.temporaryDirectory()
        let cases: [([String], String)] = [
            (["vraag", "sio", "--formaat", "xlsx", "--uit", dir.appendingPathComponent("sio.txt").path], "heeft niet de extensie .xlsx"),
            (["vraag", "sio", "--uit", dir.path], "is een map, geen gewoon bestand"),
            (["vraag", "sio", "--formaat", "xlsx", "--uit", "/proc/geen/map/sio.xlsx"], "kan '/proc/geen/map/sio.xlsx' niet schrijven: de map '/proc/geen' kan niet gemaakt worden (de map of het bestand bestaat niet)"),
            (["bijlage", "492", "--uit", dir.appendingPathComponent("bijlage.xls").path], "heeft niet de extensie .xlsx"),
            (["bijlage", "492", "--projectjaar", "7", "--uit", dir.appendingPathComponent("b.xlsx").path], "--projectjaar: '7' is geen projectjaar"),
            (["sjabloon", "--uit", dir.appendingPathComponent("s.csv").path], "heeft niet de extensie .xlsx"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        let epoch = try CLI.run(["sjabloon", "--uit", dir.appendingPathComponent("s.xlsx").path], environment: ["SOURCE_DATE_EPOCH": "morgen"])
        #expect(epoch.status == 2 && epoch.stderr.contains("SOURCE_DATE_EPOCH: 'morgen' is geen positief aantal seconden"))
    }

    @Test func bijlageIsDeterministisch() throws {
        let db = try storeMetFixture()
        let dir = CLI.temporaryDirectory()
        // Default path, relative to the working directory.
        let eerste = try CLI.run(["bijlage", "492", "--vragen", AntwoordCommandTests.vragen.path], db: db, directory: dir)
        #expect(eerste.status == 0, "\(eerste.stderr)")
        #expect(eerste.stdout.contains("Geschreven: Exports/vraag-492/bijlage.xlsx"))
        #expect(eerste.stdout.contains("Bladen: Toelichting, Grafieken, Antwerpen, Vlaams-Brabant, West-Vlaanderen, Oost-Vlaanderen, Limburg, Brussel-Hoofdstad, Samenwerkingsverbanden, Weigeringen, Aanvragen, Budget, Mentorschappen, SIO, KPI"))
        #expect(eerste.stderr.contains("VOORBEELDDATA"))
        let standaard = dir.appendingPathComponent("Exports/vraag-492/bijlage.xlsx")
        #expect(isWerkboek(standaard))

        let opnieuw = dir.appendingPathComponent("opnieuw.xlsx")
        #expect(try CLI.run(["bijlage", "492", "--uit", opnieuw.path], db: db).status == 0)
        #expect(try Data(contentsOf: standaard) == Data(contentsOf: opnieuw))

        let epoch = dir.appendingPathComponent("epoch.xlsx")
        #expect(try CLI.run(["bijlage", "492", "--uit", epoch.path], environment: ["SOURCE_DATE_EPOCH": "1700000000"], db: db).status == 0)
        #expect(try Data(contentsOf: standaard) != Data(contentsOf: epoch))

        let jaar1 = try CLI.run(["bijlage", "492", "--projectjaar", "1", "--uit", dir.appendingPathComponent("jaar1.xlsx").path], db: db)
        #expect(jaar1.status == 0 && !jaar1.stderr.contains("VOORBEELDDATA"), "\(jaar1.stderr)")
        // The question comes from its question file: without one, nothing is written.
        let zonder = try CLI.run(["bijlage", "1234", "--vragen", AntwoordCommandTests.vragen.path], db: db, directory: dir)
        #expect(zonder.status == 2 && zonder.stderr.contains("geen vraagbestand voor vraag 1234"), "\(zonder.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Exports/vraag-1234").path))
    }

    @Test func legeSjabloonHeeftNietsOmInTeLezen() throws {
        let dir = CLI.temporaryDirectory()
        let sjabloon = dir.appendingPathComponent("sjabloon.xlsx")
        let result = try CLI.run(["sjabloon", "--uit", sjabloon.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(isWerkboek(sjabloon))
        let importeer = try CLI.run(["importeer", sjabloon.path, "--droog"])
        #expect(importeer.status == 2)
        #expect(importeer.stderr.contains("sjabloon.xlsx: geen gegevens: elk blad van een soort is leeg (enkel de kopregel)"))
        #expect(importeer.stderr.contains("waarschuwing: sjabloon.xlsx: blad 'Instructies' genegeerd"))
    }
}
