import Memberwise

/// An aligned plain-text table: a header line, a rule of dashes, the rows; columns two spaces
/// apart, each left- or right-aligned, trailing spaces removed. The one text-table renderer of
/// the toolkit: the answers as text (`TextExport`) and the CLI's own tables use it.
///
/// Widths count characters as given: make cells visible (`withVisibleControlCharacters`) and
/// put them on one line before they go in.
@MemberwiseInit
public struct TextTable: Sendable {
    /// How a column's cells are aligned (numbers to the right).
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []
    /// Rows (by index) that get a rule above them, such as a total.
    public var rulesAbove: Set<Int> = []

    /// The table's lines, without line ends.
    public func lines() -> [String] {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, cell -> String in
                guard i < widths.count else { return cell }
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                return i < alignments.count && alignments[i] == .right ? pad + cell : cell + pad
            }
            var text = Substring(padded.joined(separator: "  "))
            while text.last == " " { text.removeLast() }
            return String(text)
        }
        let rule = line(widths.map { String(repeating: "-", count: $0) })
        var out = [line(headers), rule]
        for (index, row) in rows.enumerated() {
            if rulesAbove.contains(index) { out.append(rule) }
            out.append(line(row))
        }
        return out
    }

    /// The table as text, lines joined by a newline (no newline after the last).
    public func render() -> String {
        lines().joined(separator: "\n")
    }
}
