/// One block of a document of lines: the answer text (`antwoord.md` and `antwoord.docx`) and
/// the text sheets of the workbooks (the bijlage's Toelichting, the template's Instructies).
/// Three renderers read it: ``DocumentBlock/markdown(_:)``, ``DocxWriter`` and the worksheet
/// renderer (`Werkbladtekst`). ``parse(_:)`` reads the small Markdown subset the answer
/// templates use: headings, paragraphs, numbered answers ("1. ..."), bullets, pipe tables,
/// quotes and rules; inline `**bold**` and `*italic*` (``InlineSpan``).
public enum DocumentBlock: Equatable, Sendable {
    /// Level 1 is the title (Markdown `#`); 2 and 3 are sections.
    case heading(level: Int, text: String)
    /// Running text; on a worksheet, the line under the title.
    case paragraph(String)
    /// A labelled line, `level` 0 or 1: a numbered answer or sub-item ("1.", "a."), a step
    /// ("1", "Sleutel") or a field ("Minister"). `link`: on a worksheet, the label leads to
    /// that sheet (a table of contents).
    case item(label: String, text: String, level: Int = 0, link: String? = nil)
    case bullet(String, level: Int)
    case table(header: [String], rows: [[String]], rightAligned: [Bool])
    /// A boxed note (a Markdown quote; the Kader style in Word; the example-data warning on a
    /// worksheet), with an optional label ("Let op").
    case note(String, label: String? = nil)
    /// A break between parts: `---`, a ruled paragraph in Word, an empty worksheet row.
    case rule

    public static func parse(_ markdown: String) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "\r", with: "") }[...]
        var paragraph: [String] = []

        func flush() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: " "))) }
            paragraph = []
        }

        while let line = lines.popFirst() {
            let trimmed = line.trimmedWhitespaceForMarkdown
            let indent = line.prefix { $0 == " " }.count
            if trimmed.isEmpty { flush(); continue }
            if trimmed.hasPrefix("#") {
                flush()
                let level = trimmed.prefix { $0 == "#" }.count
                blocks.append(.heading(level: min(level, 3), text: String(trimmed.dropFirst(level)).trimmedWhitespaceForMarkdown))
            } else if trimmed == "---" || trimmed == "***" {
                flush()
                blocks.append(.rule)
            } else if trimmed.hasPrefix(">") {
                flush()
                var text = [String(trimmed.dropFirst()).trimmedWhitespaceForMarkdown]
                while let next = lines.first, next.trimmedWhitespaceForMarkdown.hasPrefix(">") {
                    text.append(String(lines.removeFirst().trimmedWhitespaceForMarkdown.dropFirst()).trimmedWhitespaceForMarkdown)
                }
                blocks.append(.note(text.joined(separator: " ")))
            } else if trimmed.hasPrefix("|") {
                flush()
                var tableLines = [trimmed]
                while let next = lines.first, next.trimmedWhitespaceForMarkdown.hasPrefix("|") {
                    tableLines.append(lines.removeFirst().trimmedWhitespaceForMarkdown)
                }
                blocks.append(table(tableLines))
            } else if let (label, text) = numberedItem(trimmed) {
                flush()
                var parts = [text]
                while let next = lines.first, !next.trimmedWhitespaceForMarkdown.isEmpty, next.hasPrefix("   "),
                      numberedItem(next.trimmedWhitespaceForMarkdown) == nil, !next.trimmedWhitespaceForMarkdown.hasPrefix("- "),
                      !next.trimmedWhitespaceForMarkdown.hasPrefix("|") {
                    parts.append(lines.removeFirst().trimmedWhitespaceForMarkdown)
                }
                blocks.append(.item(label: label, text: parts.joined(separator: " "), level: indent >= 2 ? 1 : 0))
            } else if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
                flush()
                blocks.append(.bullet(String(trimmed.dropFirst(2)), level: indent >= 2 ? 1 : 0))
            } else {
                paragraph.append(trimmed)
            }
        }
        flush()
        return blocks
    }

    /// "1. text", "12. text", "a. text" -> ("1.", "text")
    static func numberedItem(_ line: String) -> (String, String)? {
        guard let dot = line.firstIndex(of: "."), line.index(after: dot) < line.endIndex, line[line.index(after: dot)] == " " else { return nil }
        let label = line[..<dot]
        let isNumber = !label.isEmpty && label.count <= 3 && label.allSatisfy(\.isNumber)
        let isLetter = label.count == 1 && label.first!.isLetter && label.first!.isLowercase
        guard isNumber || isLetter else { return nil }
        return (String(label) + ".", String(line[line.index(dot, offsetBy: 2)...]))
    }

    static func table(_ lines: [String]) -> DocumentBlock {
        func cells(_ line: String) -> [String] {
            var parts = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmedWhitespaceForMarkdown }
            if parts.first == "" { parts.removeFirst() }
            if parts.last == "" { parts.removeLast() }
            return parts
        }
        let header = cells(lines[0])
        var rows = Array(lines.dropFirst()).map(cells)
        var right = [Bool](repeating: false, count: header.count)
        if let separator = rows.first, separator.allSatisfy({ $0.allSatisfy { "-:".contains($0) } && !$0.isEmpty }) {
            right = header.indices.map { $0 < separator.count && separator[$0].hasSuffix(":") }
            rows.removeFirst()
        }
        return .table(header: header, rows: rows, rightAligned: right)
    }
}

// MARK: Markdown

extension DocumentBlock {
    /// The blocks as Markdown, one blank line between blocks. ``parse(_:)`` reads it back to the
    /// same blocks, except an item whose label is not a number or letter ("Minister") and a
    /// link, which only a worksheet shows.
    public static func markdown(_ blocks: [DocumentBlock]) -> String {
        blocks.map(\.markdown).joined(separator: "\n\n") + "\n"
    }

    var markdown: String {
        switch self {
        case let .heading(level, text): String(repeating: "#", count: level) + " " + text
        case .paragraph(let text): text
        case let .item(label, text, level, _): String(repeating: " ", count: 3 * level) + label + " " + text
        case let .bullet(text, level): String(repeating: " ", count: 2 * level) + "- " + text
        case let .table(header, rows, right):
            MarkdownTable.lines(headers: header, alignments: right.map { $0 ? .right : .left }, rows: rows).joined(separator: "\n")
        case let .note(text, label): "> " + Self.text(text, label: label)
        case .rule: "---"
        }
    }

    /// A note's text with its label in bold before it.
    static func text(_ text: String, label: String?) -> String {
        label.map { "**\($0)** " + text } ?? text
    }
}

/// Inline spans of a line: plain, bold or italic text.
public struct InlineSpan: Equatable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool

    /// Splits `**bold**` and `*italic*` markers (no nesting needed by the templates).
    public static func parse(_ text: String) -> [InlineSpan] {
        var spans: [InlineSpan] = []
        var current = ""
        var bold = false, italic = false
        var i = text.startIndex
        while i < text.endIndex {
            if text[i...].hasPrefix("**") {
                if !current.isEmpty { spans.append(InlineSpan(text: current, bold: bold, italic: italic)) }
                current = ""
                bold.toggle()
                i = text.index(i, offsetBy: 2)
            } else if text[i] == "*" && (italic || text[text.index(after: i)...].contains("*")) {
                if !current.isEmpty { spans.append(InlineSpan(text: current, bold: bold, italic: italic)) }
                current = ""
                italic.toggle()
                i = text.index(after: i)
            } else {
                current.append(text[i])
                i = text.index(after: i)
            }
        }
        if !current.isEmpty { spans.append(InlineSpan(text: current, bold: bold, italic: italic)) }
        return spans
    }

    /// The text without markers (for plain-text uses).
    public static func plain(_ text: String) -> String { parse(text).map(\.text).joined() }
}

extension String {
    var trimmedWhitespaceForMarkdown: String {
        var s = Substring(self)
        while s.first?.isWhitespace == true { s = s.dropFirst() }
        while s.last?.isWhitespace == true { s = s.dropLast() }
        return String(s)
    }
}
