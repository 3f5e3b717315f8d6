import Foundation
import GRDB
import SamenlevenModel
import Testing

/// Hostile databases and environments through the real executable: a Dutch message, the right
/// exit status and an unchanged store.
@Suite("CLI: vreemde databanken, sloten en de omgeving", .serialized)
struct DatabankCommandTests {
    func sha(_ url: URL) throws -> String {
        try sha256Hex(Data(contentsOf: url))
    }

    @Test func anotherApplicationsDatabaseIsRefusedEvenForAReadOnlyVraag() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("boekhouding.sqlite")
        try DatabaseQueue(path: db.path).write { db in
            try db.execute(sql: "CREATE TABLE factuur (nummer INTEGER PRIMARY KEY, bedrag INTEGER); INSERT INTO factuur VALUES (1, 100)")
        }
        let voor = try sha(db)
        for arguments in [["vraag", "toekenningen"], ["besturen"], ["voorbeelddata", "--verwijder"]] {
            let result = try CLI.run(arguments + ["--db", db.path])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("is geen samenleven-databank"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("interne fout"))
        }
        let result = try CLI.run(["vraag", "toekenningen", "--db", db.path])
        #expect(result.stderr.contains("'\(db.path)' is geen samenleven-databank"))
        #expect(try sha(db) == voor)
        let tabellen = try DatabaseQueue(path: db.path).read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master") }
        #expect(tabellen == ["factuur"])
    }

    @Test func aFileThatIsNotSQLiteIsRefusedUnchanged() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("notities.txt")
        let inhoud = Data("Dit is een tekstbestand, geen databank.\n".utf8)
        try inhoud.write(to: db)
        let result = try CLI.run(["besturen", "--db", db.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("geen SQLite-bestand"))
        #expect(try Data(contentsOf: db) == inhoud)
    }

    /// SQLite would open a device or try a folder, and leave a journal beside it.
    @Test func aFolderOrADeviceIsRefused() throws {
        let map = CLI.temporaryDirectory()
        for pad in [map.path, "/dev/null"] {
            let result = try CLI.run(["besturen", "--db", pad])
            #expect(result.status == 2, "\(pad)")
            #expect(result.stderr.contains("'\(pad)' is geen samenleven-databank: het is "), "\(pad): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: map.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-journal"))
        #expect(!FileManager.default.fileExists(atPath: "/dev/null-wal"))
    }

    @Test func aStoreOfANewerVersionIsRefusedNamingTheMigration() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["besturen"], db: db).status == 0)
        try DatabaseQueue(path: db.path).write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-toekomst')") }
        let voor = try sha(db)
        let result = try CLI.run(["voorbeelddata", "--verwijder"], db: db)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nieuwere versie van samenleven"))
        #expect(result.stderr.contains("'v9-toekomst'"))
        #expect(try sha(db) == voor)
    }

    @Test func anEmptyDbPathIsAnError() throws {
        let result = try CLI.run(["besturen", "--db", ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--db: het pad is leeg"))
        #expect(result.stdout.isEmpty)
    }

    /// Holds the store's write lock from the test, like another import in its transaction:
    /// a thread keeps a transaction open until `vrij()`.
    final class Slot: @unchecked Sendable {
        let queue: DatabaseQueue
        let vast = DispatchSemaphore(value: 0), vrijgeven = DispatchSemaphore(value: 0), klaar = DispatchSemaphore(value: 0)
        var vrijgegeven = false

        init(_ db: URL, _ kind: Database.TransactionKind = .immediate, _ sql: String? = nil) throws {
            queue = try DatabaseQueue(path: db.path)
            let queue = self.queue
            Thread { [self] in
                try? queue.inTransaction(kind) { db in
                    if let sql { try db.execute(sql: sql) }
                    self.vast.signal()
                    _ = self.vrijgeven.wait(timeout: .now() + 120)
                    return .rollback
                }
                self.klaar.signal()
            }.start()
            #expect(vast.wait(timeout: .now() + 30) == .success)
        }

        func vrij() {
            guard !vrijgegeven else { return }
            vrijgegeven = true
            vrijgeven.signal()
            _ = klaar.wait(timeout: .now() + 30)
        }
    }

    /// Waits for a started command, at most `seconden` (so the test cannot hang).
    func wacht(_ running: CLI.Running, hoogstens seconden: Double = 60) -> CLI.Result {
        let einde = Date().addingTimeInterval(seconden)
        while running.process.isRunning && Date() < einde { Thread.sleep(forTimeInterval: 0.05) }
        if running.process.isRunning { running.process.terminate() }
        return running.wait()
    }

    @Test func aSecondImportWaitsWithADutchNoticeAndThenSucceeds() throws {
        let map = CLI.temporaryDirectory()
        let db = map.appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["voorbeelddata", "--uit", map.appendingPathComponent("invoer").path], db: db).status == 0)
        #expect(try CLI.run(["besturen"], db: db).status == 0)
        let invoer = map.appendingPathComponent("invoer/toekenningen-voorbeelddata.csv")
        // The first import holds the write lock in its transaction (here: the test does).
        let slot = try Slot(db)
        let tweede = try CLI.start(["importeer", invoer.path], environment: ["SAMENLEVEN_WACHTTIJD": "30"], db: db)
        // The lock is released once the second command says it waits (or gave up, at most 30 s).
        var melding = Data()
        while !String(decoding: melding, as: UTF8.self).contains("wacht op") {
            let stuk = tweede.err.fileHandleForReading.availableData
            if stuk.isEmpty { break }
            melding += stuk
        }
        #expect(tweede.process.isRunning)
        slot.vrij()
        let result = wacht(tweede)
        let stderr = String(decoding: melding, as: UTF8.self) + result.stderr
        #expect(result.status == 0, "\(stderr)")
        #expect(stderr.hasPrefix("wacht op een andere samenleven-opdracht die de databank gebruikt (hoogstens 30 seconden)..."))
        #expect(result.stdout.contains("Opgeslagen in \(db.path)"))
        #expect(try CLI.run(["vraag", "toekenningen", "--projectjaar", "2"], db: db).stdout.contains("VOORBEELDDATA"))
    }

    /// Three commands that find no store yet: one creates it, the others wait and use it.
    @Test func commandsThatCreateTheSameStoreAtOnceAllSucceed() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        let gestart = try [["besturen"], ["vraag", "budget"], ["vraag", "mentorschap"]].map {
            try CLI.start($0, environment: ["SAMENLEVEN_WACHTTIJD": "30"], db: db, standaardgegevens: true)
        }
        for (i, running) in gestart.enumerated() {
            let result = wacht(running)
            #expect(result.status == 0, "\(i): \(result.stderr)")
        }
        let migraties = try DatabaseQueue(path: db.path).read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(migraties == ["v1-schema", "v1-referentiegegevens", "v2-standaardgegevens", "v3-indicatoren", "v4-ingebouwde-gegevens", "v5-ingelezen-op"])
    }

    @Test func aLockThatDoesNotClearIsADutchErrorAndChangesNothing() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["besturen"], db: db, standaardgegevens: true).status == 0)
        let voor = try sha(db)
        let slot = try Slot(db)
        defer { slot.vrij() }
        let result = wacht(try CLI.start(["voorbeelddata", "--verwijder"], environment: ["SAMENLEVEN_WACHTTIJD": "1.5"], db: db))
        #expect(result.status == 2)
        #expect(result.stderr.contains("bleef 2 seconden bezet door een andere samenleven-opdracht"))
        #expect(!result.stderr.contains("database is locked"))
        slot.vrij()
        #expect(try sha(db) == voor)
    }

    @Test func readersSucceedWhileAnotherCommandCommits() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["besturen"], db: db, standaardgegevens: true).status == 0)
        // An exclusive lock with a pending write: what a commit holds.
        let slot = try Slot(db, .exclusive, "DELETE FROM toekenning")
        defer { slot.vrij() }
        for arguments in [["besturen", "--provincie", "Limburg", "--op", "2024-06-01"], ["vraag", "toekenningen", "--projectjaar", "1"]] {
            let result = wacht(try CLI.start(arguments, environment: ["SAMENLEVEN_WACHTTIJD": "5"], db: db))
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("wacht op"))
        }
    }

    /// Runs the executable without root's rights, so that file permissions apply.
    var zonderRechten: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
    }

    @Test func aReadOnlyStoreIsReadableAndAWriteIsADutchErrorWithStatus2() throws {
        let map = URL(fileURLWithPath: "/tmp/samenleven-alleen-lezen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: map.path)
        let db = map.appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["besturen"], db: db, standaardgegevens: true).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db.path)
        let voor = try sha(db)

        let lezen = try CLI.run(["vraag", "mentorschap", "--projectjaar", "1"], db: db, via: zonderRechten)
        #expect(lezen.status == 0, "\(lezen.stderr)")
        let schrijven = try CLI.run(["voorbeelddata", "--verwijder"], db: db, via: zonderRechten)
        #expect(schrijven.status == 2)
        #expect(schrijven.stderr.contains("fout: de databank '\(db.path)' kan niet gebruikt worden: ze is alleen-lezen"), "\(schrijven.stderr)")
        #expect(schrijven.stderr.contains("er is niets veranderd"))
        #expect(!schrijven.stderr.contains("interne fout"))
        #expect(try sha(db) == voor)
    }

    @Test func anUnreadableInputFileIsDescribedInDutch() throws {
        let map = URL(fileURLWithPath: "/tmp/samenleven-onleesbaar-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: map.path)
        let db = map.appendingPathComponent("test.sqlite")
        let invoer = map.appendingPathComponent("samenwerkingsverbanden.csv")
        try Data("projectjaar,bestuur,actie\n".utf8).write(to: invoer)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: invoer.path)
        for arguments in [["controleer", "--gepubliceerde-samenwerkingsverbanden", invoer.path]] {
            let result = try CLI.run(arguments, db: db, via: zonderRechten)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("geen toegang (onvoldoende rechten)"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("permission"), "\(arguments): \(result.stderr)")
        }
    }

    @Test func aFullDiskIsADutchErrorWithStatus2AndTheStoreStaysWhole() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        #expect(try CLI.run(["besturen"], db: db, standaardgegevens: true).status == 0)
        let voor = try sha(db)
        // A file-size limit of 40 KiB (SIGXFSZ ignored): writes beyond it fail as on a full disk.
        let volleSchijf = ["/bin/bash", "-c", #"trap "" XFSZ; ulimit -f 40; exec "$@""#, "bash"]
        let result = try CLI.run(["voorbeelddata", "--verwijder"], db: db, via: volleSchijf)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("fout: de databank '\(db.path)' kan niet gebruikt worden: "), "\(result.stderr)")
        #expect(!result.stderr.contains("interne fout"))
        #expect(!result.stderr.contains("SQLite error"))
        #expect(try sha(db) == voor)
        // Nothing was lost: the example data is still there.
        let daarna = try CLI.run(["voorbeelddata", "--verwijder"], db: db)
        #expect(daarna.status == 0)
        #expect(!daarna.stdout.hasPrefix("0 "))

        // A new store that does not fit: the same message, and nothing half-made is left.
        let nieuw = db.deletingLastPathComponent().appendingPathComponent("nieuw.sqlite")
        let aanmaken = try CLI.run(["besturen"], db: nieuw, standaardgegevens: true, via: volleSchijf)
        #expect(aanmaken.status == 2)
        #expect(aanmaken.stderr.hasPrefix("fout: de databank '\(nieuw.path)' kan niet gebruikt worden: "), "\(aanmaken.stderr)")
        #expect(!aanmaken.stderr.contains("SQLite error"))
        let opnieuw = try CLI.run(["vraag", "mentorschap", "--projectjaar", "1"], db: nieuw, standaardgegevens: true)
        #expect(opnieuw.status == 0, "\(opnieuw.stderr)")
        #expect(opnieuw.stdout.contains("Sint-Niklaas"))
    }

    @Test func anOutputFolderThatCannotBeWrittenIsStatus2InEveryCommand() throws {
        let map = CLI.temporaryDirectory()
        let bestand = map.appendingPathComponent("gewoon-bestand")
        try Data("x".utf8).write(to: bestand)
        let db = map.appendingPathComponent("test.sqlite")
        for arguments in [["opendata", "--uit", bestand.path + "/opendata"],
                          ["antwoord", "492", "--uit", bestand.path + "/antwoord"],
                          ["vraag", "toekenningen", "--uit", bestand.path + "/antwoord.csv"],
                          ["bijlage", "492", "--uit", bestand.path + "/bijlage.xlsx"],
                          ["sjabloon", "--uit", bestand.path + "/sjabloon.xlsx"],
                          ["voorbeelddata", "--uit", bestand.path + "/voorbeeld"]] {
            let result = try CLI.run(arguments, db: db)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.hasPrefix("fout: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(bestand.path), "\(arguments): \(result.stderr)")
        }
    }
}
