import SamenlevenQueries

/// The text formats an `AnswerTable` can be written in. Every format is written once, for
/// every question; the workbook (xlsx) has its own writer.
public enum ExportFormaat: String, CaseIterable, Sendable {
    /// Aligned terminal text with Belgian number notation.
    case tekst
    /// RFC 4180, UTF-8, comma-separated, machine numbers, with `soort` and `niveau` columns.
    case csv
    /// The AnswerTable itself (Codable), pretty printed with sorted keys.
    case json
    /// A pipe table with Belgian number notation, headings and footnotes.
    case md

    /// Accepts `tekst`, `text`, `csv`, `json`, `md`, `markdown`.
    public init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "tekst", "text", "txt": self = .tekst
        case "csv": self = .csv
        case "json": self = .json
        case "md", "markdown": self = .md
        default: return nil
        }
    }

    public func render(_ tabel: AnswerTable) throws -> String {
        switch self {
        case .tekst: return TextExport.render(tabel)
        case .csv: return CSVExport.render(tabel)
        case .json: return JSONExport.render(tabel)
        case .md: return MarkdownExport.render(tabel)
        }
    }

    /// File extension for files in this format.
    public var bestandsextensie: String {
        switch self {
        case .tekst: return "txt"
        case .csv: return "csv"
        case .json: return "json"
        case .md: return "md"
        }
    }
}
