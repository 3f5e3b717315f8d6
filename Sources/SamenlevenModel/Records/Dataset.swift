import Foundation
import Memberwise

/// The import file each kind's records of a project year came from, as the store records it.
@MemberwiseInit
public struct Bronbestand: Sendable, Equatable {
    public let soort: String
    public let projectjaar: Int
    /// The file name(s), comma-separated.
    public let bestand: String
    public let sha256: String
    public let rijen: Int
    public var voorbeelddata: Bool = false
    /// When an import stored this file (its content: importing the same file again changes
    /// nothing, this time included); nil for the built-in data and for files imported before
    /// the store recorded it.
    public var ingelezenOp: Date? = nil
}

/// Everything a store holds that answers, checks and exports read, loaded once at the edge
/// (`Store.laad()`) and passed down as a value: the records, the action catalogue as stored,
/// the published figures and the import files the records came from.
@MemberwiseInit
public struct Dataset: Sendable, Equatable {
    public var gegevens: Gegevens
    public var acties: ActieCatalogus
    public var gepubliceerdeCijfers: [GepubliceerdCijfer]
    public var bronbestanden: [Bronbestand] = []

    /// Only the records and import files of one project year (nil: all); the catalogue and
    /// the published figures stay complete.
    public func projectjaar(_ jaar: Int?) -> Dataset {
        guard let jaar else { return self }
        return Dataset(gegevens: gegevens.projectjaar(jaar), acties: acties, gepubliceerdeCijfers: gepubliceerdeCijfers,
                       bronbestanden: bronbestanden.filter { $0.projectjaar == jaar })
    }
}
