/// A Markdown pipe table: `| a | b |` lines under a rule that says how each column aligns.
/// The one Markdown-table writer of the toolkit (answers as Markdown, the answer text and its
/// sources, the open-data README). It writes cells as given: escaping pipes (as `\|`, or
/// otherwise) is the caller's, since what a cell may contain differs per document.
public enum MarkdownTable {
    /// How the rule under the header is written.
    public enum Rule: Sendable {
        /// `| --- | ---: |`
        case spaced
        /// `|---|---:|`
        case compact
    }

    /// One row: `| a | b |`.
    public static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
    }

    /// The header row and the rule under it; right-aligned columns get `---:`.
    public static func header(_ headers: [String], alignments: [TextTable.Alignment] = [], rule: Rule = .spaced) -> [String] {
        let marks = headers.indices.map { i in i < alignments.count && alignments[i] == .right ? "---:" : "---" }
        let line = switch rule {
        case .spaced: row(marks)
        case .compact: "|" + marks.joined(separator: "|") + "|"
        }
        return [row(headers), line]
    }

    /// The whole table: header, rule and rows.
    public static func lines(headers: [String], alignments: [TextTable.Alignment] = [], rule: Rule = .spaced,
                             rows: [[String]]) -> [String] {
        header(headers, alignments: alignments, rule: rule) + rows.map(row)
    }
}
