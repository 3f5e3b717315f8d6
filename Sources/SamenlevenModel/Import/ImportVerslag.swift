import Memberwise

/// What an import did (or, dry, would do): the counts per kind, the warnings and the number of
/// rows read. The command line prints it, the web's Invoer page shows it.
@MemberwiseInit
public struct ImportVerslag: Sendable, Equatable {
    public let tellingen: [ImportTelling]
    public let waarschuwingen: [String]
    public let rijen: Int
    public let droog: Bool
}

/// How an import changed the store, for one kind.
public struct ImportTelling: Sendable, Equatable {
    public var soort: Soort
    public var toegevoegd = 0
    public var vervangen = 0
    public var ongewijzigd = 0
    /// Stored records of the file's project years that the file no longer contains.
    public var verwijderd = 0

    public init(soort: Soort) { self.soort = soort }

    public var changesSomething: Bool { toegevoegd + vervangen + verwijderd > 0 }
}
