import Memberwise

/// Helpers to convert zero-based (row, column) indices to and from Excel "A1" notation.
///
/// Rows and columns are zero-based everywhere in this API, as in libxlsxwriter:
/// row 0, column 0 is cell `A1`.
public enum CellReference {
    /// Excel's number of rows (1,048,576).
    public static let rowCount = 1_048_576
    /// Excel's number of columns (16,384, `A`…`XFD`).
    public static let columnCount = 16_384

    /// The column letters of a zero-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func columnName(_ column: Int, absolute: Bool = false) -> String {
        precondition(column >= 0, "column must be >= 0")
        var letters: [UInt8] = []
        var n = column + 1
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(UInt8(65 + remainder))
            n = (n - 1) / 26
        }
        let name = String(decoding: letters.reversed(), as: UTF8.self)
        return absolute ? "$" + name : name
    }

    /// The zero-based column of column letters (`A` → 0, `aa` → 26); nil if not letters.
    public static func columnIndex(_ name: some StringProtocol) -> Int? {
        var value = 0
        var count = 0
        for byte in name.utf8 {
            let upper = byte & ~0x20
            guard upper >= 65, upper <= 90 else { return nil }
            value = value * 26 + Int(upper - 64)
            count += 1
            if count > 3 { return nil }
        }
        return count == 0 ? nil : value - 1
    }

    /// `A1`-style name of a cell; with `absolute`, `$A$1`.
    public static func cellName(row: Int, column: Int, absolute: Bool = false) -> String {
        precondition(row >= 0, "row must be >= 0")
        let dollar = absolute ? "$" : ""
        return columnName(column, absolute: absolute) + dollar + String(row + 1)
    }

    /// Parses `A1`, `$B$12` or `c3` into a zero-based (row, column); nil if malformed or out of Excel's grid.
    public static func parseCell(_ text: some StringProtocol) -> (row: Int, column: Int)? {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "$") { i += 1 }
        let letterStart = i
        while i < bytes.count, (bytes[i] & ~0x20) >= 65, (bytes[i] & ~0x20) <= 90 { i += 1 }
        guard i > letterStart,
              let column = columnIndex(String(decoding: bytes[letterStart..<i], as: UTF8.self))
        else { return nil }
        if i < bytes.count, bytes[i] == UInt8(ascii: "$") { i += 1 }
        let digitStart = i
        var row = 0
        while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57 {
            row = row * 10 + Int(bytes[i] - 48)
            if row > rowCount { return nil }
            i += 1
        }
        guard i == bytes.count, i > digitStart, row >= 1, column < columnCount else { return nil }
        return (row - 1, column)
    }

    /// Quotes a sheet name for use in a formula when Excel requires it:
    /// `Data` → `Data`, `My data` → `'My data'`, `It's` → `'It''s'`.
    public static func quoteSheetName(_ name: String) -> String {
        if name.hasPrefix("'") && name.hasSuffix("'") && name.count >= 2 { return name }
        var needsQuotes = false
        var first = true
        for scalar in name.unicodeScalars {
            let isPlain = (scalar >= "A" && scalar <= "Z") || (scalar >= "a" && scalar <= "z")
                || (scalar >= "0" && scalar <= "9") || scalar == "_" || scalar == "." || scalar.value > 127
            if !isPlain || (first && scalar >= "0" && scalar <= "9") {
                needsQuotes = true
                break
            }
            first = false
        }
        // Names that look like cell references (e.g. "A1", "XFD10") or R1C1 references must be quoted.
        if !needsQuotes, parseCell(name) != nil { needsQuotes = true }
        if !needsQuotes, looksLikeR1C1(name) { needsQuotes = true }
        if name.isEmpty { needsQuotes = true }
        guard needsQuotes else { return name }
        return "'" + name.replacingAll("'", with: "''") + "'"
    }
}

extension CellReference {
    /// Whether `name` reads as an R1C1 reference (`R`, `C`, `R2`, `C3`, `R2C3`, `RC`…).
    static func looksLikeR1C1(_ name: String) -> Bool {
        let upper = Array(name.uppercased().utf8)
        var i = 0
        func digits() { while i < upper.count, upper[i] >= 48, upper[i] <= 57 { i += 1 } }
        if i < upper.count, upper[i] == UInt8(ascii: "R") { i += 1; digits() }
        if i < upper.count, upper[i] == UInt8(ascii: "C") { i += 1; digits() }
        return i > 0 && i == upper.count
    }
}

/// A rectangular range of cells, zero-based and inclusive.
@MemberwiseInit
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    /// A range from row and column ranges: `CellRange(rows: 0...9, columns: 0...2)` is `A1:C10`.
    public init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.init(firstRow: rows.lowerBound, firstColumn: columns.lowerBound,
                  lastRow: rows.upperBound, lastColumn: columns.upperBound)
    }

    /// A single-cell range.
    public init(row: Int, column: Int) {
        self.init(firstRow: row, firstColumn: column, lastRow: row, lastColumn: column)
    }

    /// Parses `A1:C10`, `$A$1:$C$10` or a single cell `B2`; nil if malformed.
    public init?(_ a1: String) {
        let parts = a1.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let first = CellReference.parseCell(parts[0]),
              let last = parts.count == 2 ? CellReference.parseCell(parts[1]) : first
        else { return nil }
        self.init(firstRow: min(first.row, last.row), firstColumn: min(first.column, last.column),
                  lastRow: max(first.row, last.row), lastColumn: max(first.column, last.column))
    }

    public var rowCount: Int { lastRow - firstRow + 1 }
    public var columnCount: Int { lastColumn - firstColumn + 1 }

    /// `A1:C10` (or `A1` for a single cell).
    public var a1: String { reference(absolute: false) }
    /// `$A$1:$C$10` (or `$A$1` for a single cell).
    public var absoluteA1: String { reference(absolute: true) }

    public func reference(absolute: Bool) -> String {
        let first = CellReference.cellName(row: firstRow, column: firstColumn, absolute: absolute)
        if firstRow == lastRow && firstColumn == lastColumn { return first }
        return first + ":" + CellReference.cellName(row: lastRow, column: lastColumn, absolute: absolute)
    }

    public var description: String { a1 }
}

/// A range on a named sheet, as used by charts, list validations and defined names.
@MemberwiseInit
public struct SheetRange: Hashable, Sendable, CustomStringConvertible {
    public var sheet: String
    public var range: CellRange

    public init(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.init(sheet: sheet, range: CellRange(firstRow: firstRow, firstColumn: firstColumn,
                                                  lastRow: lastRow, lastColumn: lastColumn))
    }

    /// `'Sheet name'!$A$1:$C$10`, quoting the sheet name where Excel requires it.
    public var formulaReference: String {
        CellReference.quoteSheetName(sheet) + "!" + range.absoluteA1
    }

    /// `='Sheet name'!$A$1:$C$10`.
    public var formula: String { "=" + formulaReference }

    public var description: String { formulaReference }
}

extension String {
    /// Replaces every occurrence of `target` (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
