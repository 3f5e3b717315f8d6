import Foundation
import GRDB
import Memberwise
import SamenlevenModel

/// The toolkit's embedded SQLite store.
///
/// Opening a store creates it when it does not exist yet, brings its schema up to date with
/// named migrations and its built-in data (reference tables, catalogue, default dataset) with
/// `StandaardGegevens.werkBij`; the administration's imported data are never touched. A database
/// that is not a samenleven store, or one written by a newer version, is refused before
/// anything is written to it.
public final class Store: Sendable {
    /// Where the store lives on disk.
    public let path: String
    private let queue: DatabaseQueue
    private let wachten: Wachten
    /// A store made by a version before the application id: marked as ours on its first write.
    private let ongemarkeerd: Bool

    private init(path: String, queue: DatabaseQueue, wachten: Wachten, ongemarkeerd: Bool) {
        self.path = path
        self.queue = queue
        self.wachten = wachten
        self.ongemarkeerd = ongemarkeerd
    }

    /// `PRAGMA application_id` of every samenleven store: "SMLV" in ASCII.
    public static let applicationID: Int32 = 0x534D_4C56

    /// The environment variable that overrides the default location.
    public static let environmentVariable = "SAMENLEVEN_DB"

    /// How long a command waits for another one that holds the store's write lock.
    @MemberwiseInit
    public struct Wachten: Sendable {
        /// After this many seconds the wait ends in `StoreError.bezet`.
        public var maximum: TimeInterval = Wachten.standaardMaximum
        /// `melding` is called once, after this many seconds of waiting (the CLI prints a notice).
        public var meldingNa: TimeInterval = 1
        public var melding: (@Sendable () -> Void)?

        public static let standaardMaximum: TimeInterval = 60

        /// Time between two attempts to get the lock.
        static let interval: TimeInterval = 0.02

        /// SQLite's busy handler: sleeps between attempts, tells once that it waits, and
        /// gives up after `maximum` seconds (SQLITE_BUSY, reported as `StoreError.bezet`).
        var busyMode: Database.BusyMode {
            let maximum = maximum, meldingNa = meldingNa, melding = melding
            return .callback { pogingen in
                let gewacht = Double(pogingen) * Wachten.interval
                if gewacht >= maximum { return false }
                if pogingen == Int((meldingNa / Wachten.interval).rounded()) { melding?() }
                Thread.sleep(forTimeInterval: Wachten.interval)
                return true
            }
        }
    }

    /// The store used when neither `--db` nor `SAMENLEVEN_DB` says otherwise:
    /// `$XDG_DATA_HOME/samenleven/samenleven.sqlite`, by default
    /// `~/.local/share/samenleven/samenleven.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/samenleven/samenleven.sqlite"
    }

    /// Opens (and if needed creates, migrates and brings up to date) the store at `path`. A new
    /// store gets the embedded default dataset unless `standaardgegevens` is false; a store
    /// whose built-in data are of another version gets this version's (see
    /// `StandaardGegevens.werkBij`), all in one transaction.
    ///
    /// Refused without writing a byte: an empty path, a file that is not SQLite, a database
    /// of another application, a store of a newer version.
    public static func open(path: String, standaardgegevens: Bool = true, wachten: Wachten = Wachten()) throws -> Store {
        guard !path.isEmpty else { throw StoreError.geenPad }
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) { try controleerKop(path) }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.omgeving(path: path, reden: "de map \(url.deletingLastPathComponent().path) kan niet gemaakt worden: "
                                      + Systeemfout.melding(van: error))
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "samenleven"
        configuration.busyMode = wachten.busyMode
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let toestand = try queue.read { try Toestand(db: $0) }
            let ongemarkeerd: Bool
            switch toestand.identity() {
            case .nieuw:
                try werkBij(queue, standaardgegevens: standaardgegevens)
                ongemarkeerd = false
            case .samenleven(let vroeger):
                // Reading the migration state and the data version leaves an up-to-date store
                // byte-for-byte untouched.
                if try queue.read({ try Schema.toegepast($0) == Schema.namen && StandaardGegevens.isActueel($0) }) {
                    ongemarkeerd = vroeger
                } else {
                    try werkBij(queue, standaardgegevens: standaardgegevens)
                    ongemarkeerd = false
                }
            case .nieuwereVersie(let onbekend, let versie):
                throw StoreError.nieuwereVersie(path: path, migraties: onbekend, versie: versie)
            case .vreemd(let reden):
                throw StoreError.nietVanSamenleven(path: path, reden: reden)
            }
            return Store(path: path, queue: queue, wachten: wachten, ongemarkeerd: ongemarkeerd)
        } catch let error as StoreError {
            throw error
        } catch let fout as BijwerkFout {
            throw StoreError.nietBijgewerkt(path: path, reden: fout.reden)
        } catch {
            // A creation or migration that failed was rolled back whole: the next open starts again.
            throw StoreError(error, path: path, wachten: wachten)
        }
    }

    /// A file that exists must be a regular file, empty (a new store) or starting with
    /// SQLite's header; anything else is refused before SQLite touches it.
    private static func controleerKop(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG {
            let wat = (info.st_mode & S_IFMT) == S_IFDIR ? "het is een map" : "het is geen gewoon bestand (maar bv. een apparaat)"
            throw StoreError.nietVanSamenleven(path: path, reden: wat)
        }
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw StoreError.omgeving(path: path, reden: "het bestand kan niet gelezen worden: " + Systeemfout.melding(van: error))
        }
        defer { try? handle.close() }
        let kop = (try? handle.read(upToCount: 16)) ?? Data()
        if kop.isEmpty { return }
        if kop != Data("SQLite format 3\0".utf8) {
            throw StoreError.nietVanSamenleven(path: path, reden: "het is geen SQLite-bestand")
        }
    }

    /// Creates, migrates or refreshes: WAL first (it persists in the file), then every missing
    /// migration, the built-in data and the marks in one transaction. A command that waited for
    /// another one doing the same finds nothing left to do and writes nothing.
    private static func werkBij(_ queue: DatabaseQueue, standaardgegevens: Bool) throws {
        try zetWAL(queue)
        try queue.inTransaction(.immediate) { db in
            guard try werkBij(db, standaardgegevens: standaardgegevens) else { return .rollback }
            try markeer(db)
            return .commit
        }
    }

    /// The migrations, then the built-in data, inside the caller's transaction. Returns
    /// whether anything was written.
    private static func werkBij(_ db: Database, standaardgegevens: Bool) throws -> Bool {
        let gemigreerd = try Schema.werkBij(db)
        let bijgewerkt = try StandaardGegevens.werkBij(db, standaardgegevens: standaardgegevens)
        return gemigreerd || bijgewerkt
    }

    /// WAL, unless the store has it already (changing the mode needs the database to itself;
    /// a store another command is creating at the same moment has it from the start).
    private static func zetWAL(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            func wal() throws -> Bool { try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() == "wal" }
            guard try !wal() else { return }
            do {
                try db.execute(sql: "PRAGMA journal_mode = WAL")
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                // Another command is creating the store and has just set it.
                guard try wal() else { throw error }
            }
        }
    }

    /// Marks the store as samenleven's and records the schema version; inside a write.
    private static func markeer(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(Schema.versie)")
    }

    /// What an opened database is, read without writing.
    private struct Toestand {
        var applicationID: Int32
        var userVersion: Int
        var objecten: Int
        var migraties: [String]?

        init(db: Database) throws {
            applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            objecten = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
            migraties = try Schema.opgetekend(db)
        }

        /// What kind of database file this is (not a record kind: that is `SamenlevenModel.Soort`).
        enum Identity {
            case nieuw
            case samenleven(ongemarkeerd: Bool)
            case nieuwereVersie(onbekend: [String], versie: Int)
            case vreemd(reden: String)
        }

        func identity(bekend: [String] = Schema.namen) -> Identity {
            let eigen = applicationID == Store.applicationID
            // Stores of earlier versions have no application id, but our migrations and tables.
            let vroeger = applicationID == 0 && (migraties ?? []).contains(bekend[0])
            if !eigen && !vroeger {
                if applicationID == 0 && objecten == 0 { return .nieuw }
                if applicationID != 0 {
                    let hex = String(UInt32(bitPattern: applicationID), radix: 16, uppercase: true)
                    return .vreemd(reden: "de databank hoort bij een ander programma (application_id 0x\(hex))")
                }
                return .vreemd(reden: "de databank bevat al tabellen van een ander programma")
            }
            let onbekend = (migraties ?? []).filter { !bekend.contains($0) }
            if !onbekend.isEmpty || userVersion > Schema.versie {
                return .nieuwereVersie(onbekend: onbekend, versie: userVersion)
            }
            return .samenleven(ongemarkeerd: !eigen)
        }
    }

    /// An in-memory store (for tests and dry runs), by default without the default dataset.
    public static func inMemory(standaardgegevens: Bool = false) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        do {
            try queue.inTransaction(.immediate) { db in
                _ = try werkBij(db, standaardgegevens: standaardgegevens)
                return .commit
            }
        } catch let fout as BijwerkFout {
            throw StoreError.nietBijgewerkt(path: ":memory:", reden: fout.reden)
        }
        return Store(path: ":memory:", queue: queue, wachten: Wachten(), ongemarkeerd: false)
    }

    /// The names of the migrations applied to this store, in order.
    public func appliedMigrations() throws -> [String] {
        try lees(Schema.toegepast)
    }

    /// Every read of the store: SQLite's errors become `StoreError`s naming the store.
    func lees<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, wachten: wachten)
        }
    }

    /// Every write to the store: one IMMEDIATE transaction, committed only when `body` says
    /// it wrote something (rolling back a transaction that wrote nothing leaves the file
    /// untouched). A store of an earlier version is marked as ours (application id, schema
    /// version, WAL) with its first write.
    func schrijf<T>(_ body: (Database) throws -> (resultaat: T, geschreven: Bool)) throws -> T {
        do {
            var resultaat: T?
            var geschreven = false
            try queue.inTransaction(.immediate) { db in
                (resultaat, geschreven) = try body(db)
                if geschreven && ongemarkeerd { try Store.markeer(db) }
                return geschreven ? .commit : .rollback
            }
            // The data is committed; WAL follows when no other command has the store open (else
            // with a later write): a failure here must not report the write as failed.
            if geschreven && ongemarkeerd { try? Store.zetWAL(queue) }
            return resultaat!
        } catch let error as DatabaseError {
            throw StoreError(error, path: path, wachten: wachten)
        }
    }
}

/// Problems with the store itself. Messages are Dutch.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// An empty path (SQLite would silently use a temporary database).
    case geenPad
    /// Not SQLite, or another application's database: never used, never changed.
    case nietVanSamenleven(path: String, reden: String)
    /// Written by a newer version of the toolkit: unknown migrations or schema version.
    case nieuwereVersie(path: String, migraties: [String], versie: Int)
    /// Another command held the write lock longer than the maximum wait.
    case bezet(path: String, seconden: TimeInterval)
    /// The built-in data could not be brought up to this version's; the store was left as it was.
    case nietBijgewerkt(path: String, reden: String)
    /// The environment stops the store from being read or written: rights, a read-only
    /// file or file system, a full disk, a missing folder.
    case omgeving(path: String, reden: String)
    /// An SQLite error that should not happen: a bug.
    case intern(path: String, systeemmelding: String)

    /// Everything but `intern` is a problem of the input or the environment (exit status 2).
    public var isIntern: Bool {
        if case .intern = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .geenPad: return "het pad naar de databank is leeg; geef een bestandsnaam (een leeg pad zou een tijdelijke databank geven die na het commando verdwijnt)."
        case let .nietVanSamenleven(path, reden):
            return "'\(path)' is geen samenleven-databank: \(reden). Ze wordt niet gebruikt en is niet gewijzigd; kies een ander bestand met --db."
        case let .nieuwereVersie(path, migraties, versie):
            let wat = migraties.isEmpty ? "schemaversie \(versie) (deze versie kent tot \(Schema.versie))"
                : "schemaversie \(versie), met de onbekende migratie\(migraties.count == 1 ? "" : "s") \(migraties.map { "'\($0)'" }.joined(separator: ", "))"
            return "de databank '\(path)' is gemaakt door een nieuwere versie van samenleven (\(wat)). Ze wordt niet gebruikt en is niet gewijzigd; gebruik de nieuwere versie."
        case let .bezet(path, seconden):
            return "de databank '\(path)' bleef \(Int(seconden.rounded())) seconden bezet door een andere samenleven-opdracht; er is niets veranderd. Probeer het opnieuw als die klaar is."
        case let .nietBijgewerkt(path, reden):
            return "de ingebouwde gegevens van de databank '\(path)' konden niet bijgewerkt worden naar die van deze versie: \(reden). Er is niets veranderd."
        case let .omgeving(path, reden):
            return "de databank '\(path)' kan niet gebruikt worden: \(reden); er is niets veranderd."
        case let .intern(path, systeemmelding):
            return "onverwachte fout in de databank '\(path)' (systeemmelding: \(systeemmelding))"
        }
    }
}

extension StoreError {
    /// SQLite's result codes in Dutch: the ones the environment causes are named, any other
    /// is an internal error.
    init(_ error: Error, path: String, wachten: Store.Wachten) {
        guard let error = error as? DatabaseError else {
            if let reden = Systeemfout.omschrijving(van: error) { self = .omgeving(path: path, reden: reden); return }
            self = .intern(path: path, systeemmelding: "\(error)")
            return
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .bezet(path: path, seconden: wachten.maximum)
        case .SQLITE_READONLY: self = .omgeving(path: path, reden: "ze is alleen-lezen (geen schrijfrechten op het bestand of de map, of een alleen-lezen bestandssysteem)")
        case .SQLITE_FULL: self = .omgeving(path: path, reden: "de schijf is vol")
        case .SQLITE_IOERR: self = .omgeving(path: path, reden: "lees- of schrijffout op de schijf (is de schijf vol?)")
        case .SQLITE_CANTOPEN: self = .omgeving(path: path, reden: "het bestand kan niet geopend of aangemaakt worden (bestaat de map, zijn er rechten?)")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .omgeving(path: path, reden: "geen toegang (onvoldoende rechten)")
        case .SQLITE_NOTADB: self = .nietVanSamenleven(path: path, reden: "het is geen SQLite-bestand")
        case .SQLITE_CORRUPT: self = .omgeving(path: path, reden: "het bestand is beschadigd")
        case .SQLITE_NOLFS: self = .omgeving(path: path, reden: "het bestandssysteem ondersteunt zo'n groot bestand niet")
        default: self = .intern(path: path, systeemmelding: "SQLite \(error.extendedResultCode.rawValue): \(error.message ?? "")")
        }
    }
}
