import Memberwise

/// One problem in an import file (reported by the store's importer, shown by the command line
/// and the web's Invoer page), located as `FILE:ROW:COLUMN: message` (Dutch), ROW being
/// the spreadsheet row number (header = row 1).
@MemberwiseInit
public struct ImportProblem: Error, Sendable, Equatable, Comparable, CustomStringConvertible {
    public let bestand: String
    public let rij: Int?
    public let kolom: String?
    public let boodschap: String

    public var description: String {
        var location = bestand
        if let rij { location += ":\(rij)" }
        if let kolom { location += ":\(kolom)" }
        return "\(location): \(boodschap)"
    }

    public static func < (a: ImportProblem, b: ImportProblem) -> Bool {
        (a.bestand, a.rij ?? 0) < (b.bestand, b.rij ?? 0)
    }
}
