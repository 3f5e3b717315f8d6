import Foundation
import Testing
import SamenlevenModel
import SamenlevenStore

@Suite("De ingebouwde databank")
struct StoreTests {
    func temporaryPath() -> String {
        NSTemporaryDirectory() + "samenleven-store-\(UUID().uuidString)/sub/samenleven.sqlite"
    }

    @Test func createsMigratesAndSeedsOnFirstUse() throws {
        let path = temporaryPath()
        #expect(!FileManager.default.fileExists(atPath: path))
        let store = try Store.open(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.appliedMigrations() == ["v1-schema", "v1-referentiegegevens", "v2-standaardgegevens", "v3-indicatoren", "v4-ingebouwde-gegevens", "v5-ingelezen-op"])
        // The embedded default dataset: published year-1 lists and labelled example data.
        let gegevens = try store.gegevens()
        #expect(gegevens.samenwerkingen.contains { $0.projectjaar == 1 && !$0.herkomst.voorbeelddata })
        #expect(gegevens.toekenningen.allSatisfy { $0.herkomst.voorbeelddata })
        #expect(gegevens.mentorschappen.filter { $0.projectjaar == 1 }.count == 12)
        #expect(try store.besturen(geldigOp: CalendarDate(year: 2024, month: 6, day: 1)).count == 302)
        #expect(try store.besturen(geldigOp: CalendarDate(year: 2025, month: 6, day: 1)).count == 287)
        #expect(try store.acties().acties.count == 24)
    }

    @Test func limburgBeforeAndAfterTheMergers() throws {
        let store = try Store.inMemory()
        #expect(try store.besturen(geldigOp: CalendarDate(year: 2024, month: 6, day: 1), provincie: .limburg).count == 42)
        let na = try store.besturen(geldigOp: CalendarDate(year: 2025, month: 6, day: 1), provincie: .limburg)
        #expect(na.count == 38)
        #expect(na.contains { $0.code == "73111" && $0.naam == "Tongeren-Borgloon" })
        let brussel = try store.besturen(geldigOp: CalendarDate(year: 2025, month: 6, day: 1), provincie: .brusselHoofdstad)
        #expect(brussel.map(\.code) == ["VGC"])
    }

    @Test func storedReferenceEqualsTheBuiltInReference() throws {
        let store = try Store.inMemory()
        let stored = try store.besturen(geldigOp: CalendarDate(year: 2024, month: 12, day: 31))
        let builtIn = Referentie.ingebouwd.besturen(geldigOp: CalendarDate(year: 2024, month: 12, day: 31))
        #expect(Set(stored) == Set(builtIn))
        #expect(try store.acties() == Referentie.ingebouwd.acties)
    }

    @Test func reopeningLeavesTheFileByteForByteUnchanged() throws {
        let path = temporaryPath()
        _ = try Store.open(path: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let again = try Store.open(path: path)
        _ = try again.besturen(geldigOp: CalendarDate(year: 2024, month: 1, day: 1))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func defaultLocationAndItsOverrides() {
        #expect(Store.defaultPath(environment: ["SAMENLEVEN_DB": "/x/y.sqlite", "HOME": "/home/a"]) == "/x/y.sqlite")
        #expect(Store.defaultPath(environment: ["HOME": "/home/a"]) == "/home/a/.local/share/samenleven/samenleven.sqlite")
        #expect(Store.defaultPath(environment: ["HOME": "/home/a", "XDG_DATA_HOME": "/data"]) == "/data/samenleven/samenleven.sqlite")
    }

    @Test func aFileThatIsNotADatabaseIsAClearError() throws {
        let path = temporaryPath()
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("dit is geen databank, maar een tekstbestand dat lang genoeg is".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try Store.open(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("geen samenleven-databank") && "\(error)".contains("geen SQLite-bestand")
        }
    }
}
