import Foundation
import GRDB
import SamenlevenModel

/// The toolkit's embedded SQLite store.
///
/// Opening a store creates it when it does not exist yet and brings its schema up to date
/// with named migrations; a new store is seeded with the built-in reference data.
public final class Store: Sendable {
    /// Where the store lives on disk.
    public let path: String
    let queue: DatabaseQueue

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// The environment variable that overrides the default location.
    public static let environmentVariable = "SAMENLEVEN_DB"

    /// The store used when neither `--db` nor `SAMENLEVEN_DB` says otherwise:
    /// `$XDG_DATA_HOME/samenleven/samenleven.sqlite`, by default
    /// `~/.local/share/samenleven/samenleven.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment[environmentVariable], !explicit.isEmpty { return explicit }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/samenleven/samenleven.sqlite"
    }

    /// Opens (and if needed creates, migrates and seeds) the store at `path`. A new store gets
    /// the embedded default dataset unless `standaardgegevens` is false.
    public static func open(path: String, standaardgegevens: Bool = true) throws -> Store {
        let url = URL(fileURLWithPath: path)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "map kan niet aangemaakt worden (\(error.localizedDescription))")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.label = "samenleven"
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let migrator = Schema.migrator(standaardgegevens: standaardgegevens)
            // Reading the migration state leaves an up-to-date store byte-for-byte untouched.
            if try queue.read({ try migrator.hasCompletedMigrations($0) }) == false {
                try migrator.migrate(queue)
            }
            return Store(path: path, queue: queue)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StoreError.cannotOpen(path: path, reason: "dit is geen samenleven-databank (geen SQLite-bestand)")
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "\(error)")
        }
    }

    /// An in-memory store (for tests and dry runs), by default without the default dataset.
    public static func inMemory(standaardgegevens: Bool = false) throws -> Store {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try Schema.migrator(standaardgegevens: standaardgegevens).migrate(queue)
        return Store(path: ":memory:", queue: queue)
    }

    /// The names of the migrations applied to this store, in order.
    public func appliedMigrations() throws -> [String] {
        try queue.read { try Schema.migrator().appliedMigrations($0) }
    }
}

/// Problems with the store itself. Messages are Dutch.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason): return "kan de databank '\(path)' niet openen: \(reason)"
        }
    }
}
