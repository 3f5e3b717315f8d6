import Memberwise

/// Where a stored figure came from: an import file and its spreadsheet row, or a published
/// source. Every figure in an answer to parliament can be traced back through this.
@MemberwiseInit
public struct Herkomst: Hashable, Sendable, Codable, CustomStringConvertible {
    /// File name of the import (`toekenningen-2024.csv`, `data.xlsx#toekenningen`) or a
    /// published source code with its place (`S492 antwoord 7`).
    public let bron: String
    /// Spreadsheet row number (header = row 1); nil for published figures without rows.
    public let rij: Int?
    /// True when the row is synthetic example data, not an official figure.
    public var voorbeelddata: Bool = false

    /// `toekenningen.csv:12`, or `S492 antwoord 7` without a row.
    public var description: String { rij.map { "\(bron):\($0)" } ?? bron }

    /// The visible label every output made from synthetic rows carries.
    public static let voorbeelddataLabel = "VOORBEELDDATA - geen officiële cijfers"
}
