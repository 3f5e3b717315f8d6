import Foundation
import GRDB
import Testing
import SamenlevenModel
import SamenlevenStore

/// Databases that are not ours, or not ours yet: refused before a byte is written.
@Suite("Databanken die niet van ons zijn")
struct VreemdeDatabankTests {
    func temporaryPath() -> String {
        let map = NSTemporaryDirectory() + "samenleven-vreemd-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        return map + "/databank.sqlite"
    }

    func sha(_ path: String) throws -> String {
        try sha256Hex(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func pragma(_ name: String, _ path: String) throws -> String {
        try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA \(name)") ?? "" }
    }

    @Test func anotherApplicationsDatabaseIsRefusedAndLeftByteForByte() throws {
        let path = temporaryPath()
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE klant (id INTEGER PRIMARY KEY, naam TEXT); INSERT INTO klant (naam) VALUES ('Jansens')")
        }
        let voor = try sha(path)
        #expect {
            try Store.open(path: path)
        } throws: { error in
            guard case StoreError.nietVanSamenleven = error else { return false }
            return "\(error)".contains("geen samenleven-databank") && "\(error)".contains(path)
        }
        #expect(try sha(path) == voor)
        let tabellen = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tabellen == ["klant"])
    }

    @Test func aDatabaseWithAnotherApplicationIDIsRefusedEvenWhenEmpty() throws {
        let path = temporaryPath()
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA application_id = 1234") }
        let voor = try sha(path)
        #expect(throws: StoreError.self) { try Store.open(path: path) }
        #expect(try sha(path) == voor)
    }

    @Test func aNewStoreIsMarkedAsOursInWALMode() throws {
        let path = temporaryPath()
        _ = try Store.open(path: path, standaardgegevens: false)
        #expect(try pragma("application_id", path) == String(Store.applicationID))
        #expect(try pragma("user_version", path) == String(try Store.open(path: path).appliedMigrations().count))
        #expect(try pragma("journal_mode", path) == "wal")
    }

    @Test func anEmptyFileIsANewStore() throws {
        let path = temporaryPath()
        FileManager.default.createFile(atPath: path, contents: Data())
        let store = try Store.open(path: path, standaardgegevens: false)
        #expect(try store.appliedMigrations() == ["v1-schema", "v1-referentiegegevens", "v2-standaardgegevens", "v3-indicatoren", "v4-ingebouwde-gegevens", "v5-ingelezen-op"])
    }

    @Test func anEmptyPathIsAnError() {
        #expect {
            try Store.open(path: "")
        } throws: { error in
            guard case StoreError.geenPad = error else { return false }
            return true
        }
    }

    /// A store made before the application id existed: still used; a read leaves it as it
    /// was, the first write marks it.
    @Test func aStoreOfAnEarlierVersionIsUsedAndMarkedWithItsFirstWrite() throws {
        let path = temporaryPath()
        _ = try Store.open(path: path, standaardgegevens: true)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE; PRAGMA application_id = 0; PRAGMA user_version = 0")
        }
        let voor = try sha(path)
        let store = try Store.open(path: path)
        _ = try store.gegevens()
        #expect(try sha(path) == voor)
        #expect(try store.verwijderVoorbeelddata() > 0)
        #expect(try pragma("application_id", path) == String(Store.applicationID))
        #expect(try pragma("user_version", path) == String(try Store.open(path: path).appliedMigrations().count))
        #expect(try pragma("journal_mode", path) == "wal")
    }

    @Test func aStoreOfANewerVersionIsRefusedNamingItsMigration() throws {
        let path = temporaryPath()
        _ = try Store.open(path: path, standaardgegevens: false)
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v3-toekomst'); PRAGMA user_version = 4")
        }
        let voor = try sha(path)
        #expect {
            try Store.open(path: path)
        } throws: { error in
            guard case StoreError.nieuwereVersie = error else { return false }
            return "\(error)".contains("'v3-toekomst'") && "\(error)".contains("nieuwere versie")
        }
        #expect(try sha(path) == voor)
    }

    @Test func aStoreWithAHigherSchemaVersionIsRefusedNamingIt() throws {
        let path = temporaryPath()
        _ = try Store.open(path: path, standaardgegevens: false)
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 9") }
        let voor = try sha(path)
        #expect {
            try Store.open(path: path)
        } throws: { error in
            "\(error)".contains("schemaversie 9")
        }
        #expect(try sha(path) == voor)
    }

    @Test func aTextFileIsRefusedAndLeftAlone() throws {
        let path = temporaryPath()
        let inhoud = Data("naam,bedrag\nGent,100\n".utf8)
        try inhoud.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try Store.open(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == inhoud)
    }
}
