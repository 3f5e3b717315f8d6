import SamenlevenModel

/// The CSV files of the package: RFC 4180 with CRLF line ends (also between the last record
/// and the end of the file), UTF-8 without BOM, comma-separated, a header row with the field
/// names, fields quoted only when they contain a comma, a quote or a line break (inner quotes
/// doubled). Numbers with a `.` decimal point and no thousands separator, dates ISO 8601,
/// booleans `true`/`false`, codes as text with their leading zeros, empty = no value.
///
/// Text cells that a spreadsheet would run as a formula (first character `=`, `+`, `-`, `@`,
/// tab or carriage return) get a single quote `'` in front (OWASP, "CSV injection"). Only text
/// fields: numbers, dates and booleans are never changed (and no number in the package is
/// negative). The JSON files keep such text verbatim.
public enum OpenDataCSV {
    public static let lineEnd = "\r\n"

    public static func render(_ resource: OpenDataResource) -> String {
        var out = resource.fields.map { field($0.name) }.joined(separator: ",") + lineEnd
        for row in resource.rows {
            out += row.map { field(cell($0)) }.joined(separator: ",") + lineEnd
        }
        return out
    }

    /// The text of one cell before quoting.
    static func cell(_ value: OpenDataValue) -> String {
        switch value {
        case .empty: return ""
        case .text(let t): return neutralised(t)
        case .integer(let n): return String(n)
        case .euro(let e): return e.plainDecimal
        case .euroImport(let e): return OpenDataValue.importNotation(e)
        case .date(let d): return d.iso
        case .boolean(let b): return b ? "true" : "false"
        }
    }

    /// `'=HYPERLINK(...)`: see `CSVField.neutralised`.
    public static func neutralised(_ text: String) -> String { CSVField.neutralised(text) }

    /// One field, quoted when needed (`CSVField.quoted`).
    public static func field(_ value: String) -> String { CSVField.quoted(value) }
}

/// The JSON files of the package: an array of objects, one per row, with the resource's field
/// names in schema order; numbers as JSON numbers written from whole numbers and euro cents
/// (`30000.50`, never a binary fraction), dates as `JJJJ-MM-DD` strings, booleans as
/// `true`/`false`, no value as `null`. Text is kept verbatim: JSON is read by programs, not
/// opened by spreadsheets, so there is no formula to neutralise.
public enum OpenDataJSON {
    public static func value(_ resource: OpenDataResource) -> JSONValue {
        .array(resource.rows.map { row in
            .object(zip(resource.fields, row).map { field, value in (field.name, json(value)) })
        })
    }

    public static func render(_ resource: OpenDataResource) -> String { value(resource).rendered() }

    static func json(_ value: OpenDataValue) -> JSONValue {
        switch value {
        case .empty: return .null
        case .text(let t): return .string(t)
        case .integer(let n): return .integer(n)
        case .euro(let e), .euroImport(let e): return .number(e.plainDecimal)
        case .date(let d): return .string(d.iso)
        case .boolean(let b): return .bool(b)
        }
    }
}
