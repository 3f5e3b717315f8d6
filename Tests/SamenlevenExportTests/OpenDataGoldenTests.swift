import Foundation
import SamenlevenExport
import SamenlevenModel
import Testing

/// The descriptors of the fixture's open-data package, byte for byte against
/// `Golden/opendata/`. They hold the size and SHA-256 of every data file, so a change in any
/// file of the package shows here too. Goldens change only on purpose:
///
///     SAMENLEVEN_GOLDEN_UPDATE=1 swift test --filter OpenDataGolden
///
/// rewrites them (and still fails, so an update is never silent); review with `git diff`.
@Suite("Golden open-datapakket: byte-identiek aan Tests/SamenlevenExportTests/Golden/opendata")
struct OpenDataGoldenTests {
    static let goldenMap = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/opendata")
    static let bijwerken = ProcessInfo.processInfo.environment["SAMENLEVEN_GOLDEN_UPDATE"] == "1"

    @Test(arguments: ["datapackage.json", "dcat.jsonld"])
    func descriptor(_ naam: String) throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input(datum: CalendarDate(year: 2024, month: 9, day: 30)))
        let nieuw = try #require(files[naam])
        let golden = Self.goldenMap.appendingPathComponent(naam)
        if Self.bijwerken {
            try FileManager.default.createDirectory(at: Self.goldenMap, withIntermediateDirectories: true)
            try Data(nieuw.utf8).write(to: golden, options: .atomic)
            Issue.record("SAMENLEVEN_GOLDEN_UPDATE=1: \(golden.path) herschreven; controleer en commit het bestand, en draai de test opnieuw zonder de variabele.")
            return
        }
        let oud = try #require(try? String(contentsOf: golden, encoding: .utf8),
                               "Geen golden bestand \(golden.path). Maak het met SAMENLEVEN_GOLDEN_UPDATE=1 swift test --filter OpenDataGolden.")
        if oud == nieuw { return }
        let (a, b) = (oud.split(separator: "\n", omittingEmptySubsequences: false), nieuw.split(separator: "\n", omittingEmptySubsequences: false))
        let eerste = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record("\(naam) verschilt vanaf regel \(eerste + 1): golden \(a.count > eerste ? String(a[eerste]) : "(einde)") | nieuw \(b.count > eerste ? String(b[eerste]) : "(einde)")")
    }
}
