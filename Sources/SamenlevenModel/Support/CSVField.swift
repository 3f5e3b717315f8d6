/// Writing one CSV field (RFC 4180), shared by every CSV the toolkit writes.
public enum CSVField {
    /// The field, quoted when it holds a comma, quote or line break; inner quotes doubled.
    public static func quoted(_ value: String) -> String {
        // By scalar: "\r\n" is one Character in Swift and equals neither "\r" nor "\n".
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters that make a spreadsheet read a cell as a formula.
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `'=HYPERLINK(...)`: text that starts with a formula character gets a leading `'`, so a
    /// spreadsheet shows it as text instead of running it (OWASP's advice against CSV
    /// injection). For text only, never for numbers.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }
}
