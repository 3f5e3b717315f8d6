import Foundation
import GRDB
import SamenlevenModel

extension Store {
    /// SQLite's `PRAGMA data_version` of this store's connection: it changes whenever another
    /// connection (an import on a connection of its own, a command in another process) has
    /// committed a change since the last call.
    public func dataVersie() throws -> Int {
        try lees { try Int.fetchOne($0, sql: "PRAGMA data_version") ?? 0 }
    }
}

/// `Store.laad()` for a server that answers many requests on the same data: loads again only
/// when another connection has changed the store (``Store/dataVersie()``), else hands out the
/// last load. The version is read before the load, so a change during a load makes the next
/// call load again: a result is never older than the data at the time of the call.
/// Writes must go through another connection (another `Store`) to be seen.
public final class HergebruikteLading: @unchecked Sendable {
    private let store: Store
    private let slot = NSLock()
    private var laatste: (versie: Int, dataset: Dataset)?

    public init(store: Store) { self.store = store }

    public func laad() throws -> Dataset { try laadMetVersie().dataset }

    /// The load with the data version read before it: while the version stays, the data is the
    /// same, so what was computed from the dataset may be reused (the web's answer cache). A
    /// change during a load makes the next call read another version and load again, so
    /// nothing is reused past a change.
    public func laadMetVersie() throws -> (versie: Int, dataset: Dataset) {
        let versie = try store.dataVersie()
        if let laatste = slot.withLock({ laatste }), laatste.versie == versie { return laatste }
        let dataset = try store.laad()
        slot.withLock { laatste = (versie, dataset) }
        return (versie, dataset)
    }
}
