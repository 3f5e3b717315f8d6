import Foundation
import SamenlevenModel
@testable import SamenlevenStore
import SamenlevenVoorbeelddata
import Testing

@Suite struct HergebruikteLadingTests {
    /// Two connections to one store file, as samenleven web has them (pages, imports).
    static func twee() throws -> (lezer: Store, schrijver: Store) {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("samenleven-lading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        let pad = map.appendingPathComponent("s.sqlite").path
        return (try Store.open(path: pad, standaardgegevens: false), try Store.open(path: pad, standaardgegevens: false))
    }

    @Test func anUnchangedStoreIsNotReadAgainAndAnImportOnAnotherConnectionIsSeenAtOnce() throws {
        let (lezer, schrijver) = try Self.twee()
        let lading = HergebruikteLading(store: lezer)
        let leeg = try lading.laad()
        #expect(leeg.gegevens.toekenningen.isEmpty)
        let versie = try lezer.dataVersie()
        _ = try lading.laad()
        #expect(try lezer.dataVersie() == versie)

        let csv = "projectjaar,bestuur,actie,kpi_huidig_bereik,kpi_vooropgesteld,subsidie,toelichting\n1,Antwerpen,5,0,1000,50.000,\n"
        _ = try Importer(store: schrijver).importeer([ImportBestand(naam: "toekenningen.csv", csv: Data(csv.utf8))])
        #expect(try lezer.dataVersie() != versie)
        let na = try lading.laad()
        #expect(na.gegevens.toekenningen.count == 1)
        #expect(na.bronbestanden.map(\.bestand) == ["toekenningen.csv"])
    }
}
