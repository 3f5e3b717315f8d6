import Foundation
import Memberwise

// Shared types of the spreadsheet readers (CSV and XLSX).
//
// The readers turn a file into rows of raw cells with their true spreadsheet row numbers.
// They do no domain validation; every message they produce is in Dutch and names the file
// (and the row and column where possible).

/// One raw cell value as it was read from the file.
public enum CellValue: Equatable, Sendable {
    case empty
    /// A text cell. CSV fields are always `.text` (or `.empty` when the field is empty).
    case text(String)
    /// A numeric XLSX cell in the exact lexical form of its `<v>` (e.g. "30000.5", "3E-2").
    /// Never converted through `Double`.
    case number(String)
    case boolean(Bool)
    /// A serial number in a date-formatted XLSX cell (1900 or 1904 date system, already applied).
    case date(year: Int, month: Int, day: Int, secondsOfDay: Int)
    /// An XLSX error cell such as "#REF!".
    case error(String)

    /// True for `.empty` and for text that consists only of whitespace.
    public var isBlank: Bool {
        switch self {
        case .empty: return true
        case .text(let s): return s.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        default: return false
        }
    }

    /// The value as text, as a person would read it in the cell: text as is, numbers in their
    /// lexical form, booleans as WAAR/ONWAAR, dates as `JJJJ-MM-DD` (with ` UU:MM:SS` when the
    /// time is not midnight), errors as their code and empty as "".
    public var displayText: String {
        switch self {
        case .empty: return ""
        case .text(let s), .number(let s), .error(let s): return s
        case .boolean(let b): return b ? "WAAR" : "ONWAAR"
        case let .date(year, month, day, seconds):
            var s = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
            if seconds != 0 {
                s += " " + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
            }
            return s
        }
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// One data row of a sheet.
@MemberwiseInit
public struct SheetRow: Sendable, Equatable {
    /// The spreadsheet row number (the first line/row of the file is 1).
    public let number: Int
    /// The cells indexed by column (0 = A). Gaps are `.empty`. Rows are padded with `.empty` to
    /// the width of the header; cells beyond the header are kept up to the last non-empty one.
    public let cells: [CellValue]
}

/// One sheet: a CSV file or one worksheet of a workbook.
@MemberwiseInit
public struct Sheet: Sendable, Equatable {
    /// The file name as given by the caller (last path component), for messages.
    public let fileName: String
    /// The sheet name (XLSX) or the file name without extension (CSV).
    public let name: String
    /// The header cells as raw text (not trimmed, not lowercased). Trailing empty header cells
    /// are dropped. Empty when the sheet has no non-empty row at all.
    public let header: [String]
    /// The row number of the header: the first non-empty row (usually 1). 0 when the sheet is empty.
    public let headerRowNumber: Int
    /// The data rows after the header. Rows in which every cell is empty (or only whitespace)
    /// are skipped; the numbering of the remaining rows stays true.
    public let rows: [SheetRow]
    /// Problems of single rows found while reading (a CSV row with another number of fields
    /// than the header, bytes that are not UTF-8). The file stays readable; the importer reports
    /// each problem at its row and column and skips those rows.
    public var problems: [SheetProblem] = []

    /// True when the sheet has no header (and therefore no rows).
    public var isEmpty: Bool { headerRowNumber == 0 }

    /// Column letters for a zero-based column index: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnLetters(_ index: Int) -> String {
        precondition(index >= 0, "column index must not be negative")
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// Names a column for a message: the header name when it is known and not blank, else the letter(s).
    public func columnName(_ index: Int) -> String {
        if index < header.count {
            let h = header[index].trimmingWhitespace()
            if !h.isEmpty { return h }
        }
        return Sheet.columnLetters(index)
    }

    /// A data row as a dictionary from column name to the display text of its cell, for tables
    /// that are read by column name. `name` turns each header cell into its key (as given by
    /// default; e.g. trimmed and lower-cased), `text` each cell's display text into the value.
    /// Cells beyond the header are left out; when two header cells give the same key, the later
    /// column wins.
    public func values(of row: SheetRow, name: (String) -> String = { $0 },
                       text: (String) -> String = { $0 }) -> [String: String] {
        var values: [String: String] = [:]
        values.reserveCapacity(header.count)
        for (index, column) in header.enumerated() {
            values[name(column)] = text(index < row.cells.count ? row.cells[index].displayText : "")
        }
        return values
    }
}

/// A problem of one row found by a reader (Dutch message), located by row number and
/// zero-based column (nil: the row as a whole).
@MemberwiseInit
public struct SheetProblem: Sendable, Equatable {
    public let row: Int
    public let column: Int?
    public let message: String
}

/// A non-fatal remark of a reader (e.g. the Windows-1252 fallback).
@MemberwiseInit
public struct ReadWarning: Sendable, Equatable, CustomStringConvertible {
    public let fileName: String
    public var row: Int? = nil
    public let message: String

    /// `FILE:ROW: message` or `FILE: message`.
    public var description: String {
        if let row { return "\(fileName):\(row): \(message)" }
        return "\(fileName): \(message)"
    }
}

/// A problem that makes a file unreadable.
@MemberwiseInit
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public let fileName: String
    public var row: Int? = nil
    /// Column letter(s) such as "C", or the header name when known.
    public var column: String? = nil
    public let message: String

    /// `FILE:ROW:COLUMN: message`, `FILE:ROW: message` or `FILE: message`.
    public var description: String {
        switch (row, column) {
        case let (row?, column?): return "\(fileName):\(row):\(column): \(message)"
        case let (row?, nil): return "\(fileName):\(row): \(message)"
        case let (nil, column?): return "\(fileName): kolom \(column): \(message)"
        case (nil, nil): return "\(fileName): \(message)"
        }
    }
}

// MARK: - Helpers shared by both readers

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}

/// Builds sheets row by row: finds the header (first non-blank row), skips blank rows,
/// pads data rows to the header width and drops trailing empty cells beyond it.
struct SheetAssembler {
    let fileName: String
    let name: String
    private(set) var header: [String] = []
    private(set) var headerRowNumber: Int = 0
    private(set) var rows: [SheetRow] = []
    var problems: [SheetProblem] = []

    /// Adds a row; returns the number of cells it keeps (0 for a skipped row).
    @discardableResult
    mutating func add(number: Int, cells: [CellValue]) -> Int {
        var cells = cells
        if !cells.contains(where: { !$0.isBlank }) { return 0 }
        if headerRowNumber == 0 {
            while let last = cells.last, last.isBlank { cells.removeLast() }
            header = cells.map(\.displayText)
            headerRowNumber = number
            return header.count
        }
        while cells.count > header.count, cells.last == .empty { cells.removeLast() }
        if cells.count < header.count {
            cells.append(contentsOf: repeatElement(CellValue.empty, count: header.count - cells.count))
        }
        rows.append(SheetRow(number: number, cells: cells))
        return cells.count
    }

    var sheet: Sheet {
        Sheet(fileName: fileName, name: name, header: header, headerRowNumber: headerRowNumber, rows: rows,
              problems: problems)
    }
}

/// `Data.withUnsafeBytes` with a typed-throwing body.
func withBytes<T>(of data: Data, _ body: (UnsafeBufferPointer<UInt8>) throws(ReadError) -> T) throws(ReadError) -> T {
    let result: Result<T, ReadError> = data.withUnsafeBytes { raw in
        do throws(ReadError) {
            return .success(try body(raw.bindMemory(to: UInt8.self)))
        } catch {
            return .failure(error)
        }
    }
    return try result.get()
}

/// Formats a whole number with dots as thousands separators (10000000 → "10.000.000"), as the
/// readers' messages show counts.
public func dutchNumber(_ n: Int) -> String {
    let digits = Array(String(n.magnitude))
    var out = ""
    for (i, d) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(".") }
        out.append(d)
    }
    return n < 0 ? "-" + out : out
}

/// Formats a byte count as whole megabytes (MiB) for messages: "256 MB".
func megabytes(_ bytes: Int) -> String {
    let mb = Double(bytes) / 1_048_576
    if mb >= 1 { return "\(dutchNumber(Int(mb.rounded())) ) MB" }
    return "\(dutchNumber(bytes)) bytes"
}
