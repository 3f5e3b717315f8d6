import CXlsxWriter
import Memberwise

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A worksheet of a ``Workbook``. Obtained from ``Workbook/addWorksheet(_:)``.
///
/// Valid until the workbook is closed or deinitialised; after that every call throws
/// ``XlsxError/Code/workbookClosed``. Rows and columns are zero-based (`A1` is row 0,
/// column 0). Not thread-safe: see ``Workbook``.
public final class Worksheet {
    /// The sheet's name as shown on its tab.
    public let name: String
    /// Zero-based position in the workbook.
    public let index: Int

    let state: WorkbookState
    let pointer: UnsafeMutablePointer<lxw_worksheet>

    init(state: WorkbookState, pointer: UnsafeMutablePointer<lxw_worksheet>, name: String, index: Int) {
        self.state = state
        self.pointer = pointer
        self.name = name
        self.index = index
    }

    /// `'Sheet name'!` — the prefix to use in formulas referring to this sheet.
    public var formulaPrefix: String { CellReference.quoteSheetName(name) + "!" }

    // MARK: Checks shared by all calls

    /// Throws unless the workbook is open; returns the worksheet pointer.
    @inline(__always)
    func sheet(_ context: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_worksheet> {
        guard _fastPath(state.isOpen) else { throw XlsxError(code: .workbookClosed, context: context()) }
        return pointer
    }

    /// Checks that a cell is inside Excel's grid; returns the C row and column.
    @inline(__always)
    func cell(_ row: Int, _ column: Int, _ context: @autoclosure () -> String) throws(XlsxError) -> (lxw_row_t, lxw_col_t) {
        guard _fastPath(UInt(bitPattern: row) < UInt(CellReference.rowCount)
                        && UInt(bitPattern: column) < UInt(CellReference.columnCount)) else {
            throw XlsxError(code: .indexOutOfRange, context: context(),
                            detail: "row \(row), column \(column) is outside Excel's \(CellReference.rowCount) rows × \(CellReference.columnCount) columns (zero-based)")
        }
        return (lxw_row_t(truncatingIfNeeded: row), lxw_col_t(truncatingIfNeeded: column))
    }

    /// Checks a range: inside the grid and first ≤ last.
    func cells(_ range: CellRange, _ context: @autoclosure () -> String) throws(XlsxError)
        -> (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t)
    {
        let (r1, c1) = try cell(range.firstRow, range.firstColumn, context())
        let (r2, c2) = try cell(range.lastRow, range.lastColumn, context())
        guard r1 <= r2, c1 <= c2 else {
            throw XlsxError(code: .parameterValidation, context: context(),
                            detail: "the range's first row/column must not come after its last")
        }
        return (r1, c1, r2, c2)
    }

    /// Describes a cell for error messages, e.g. `write(number:) at 'My data'!B3`.
    func at(_ call: String, _ row: Int, _ column: Int) -> String {
        if row >= 0, column >= 0, row < CellReference.rowCount, column < CellReference.columnCount {
            return "\(call) at \(formulaPrefix)\(CellReference.cellName(row: row, column: column))"
        }
        return "\(call) at \(formulaPrefix)(row \(row), column \(column))"
    }

    func at(_ call: String, _ range: CellRange) -> String {
        "\(call) at \(formulaPrefix)\(range.firstRow >= 0 && range.firstColumn >= 0 && range.lastRow >= 0 && range.lastColumn >= 0 ? range.a1 : "(\(range.firstRow),\(range.firstColumn)):(\(range.lastRow),\(range.lastColumn))")"
    }

    /// Adds the constant-memory explanation to out-of-range errors from libxlsxwriter.
    func writeDetail(_ error: lxw_error) -> String? {
        guard error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, state.options.constantMemory else { return nil }
        return "in constant-memory mode rows must be written in increasing order; an earlier row was already flushed"
    }

    // MARK: Writing cells

    /// Writes a string (at most 32,767 characters).
    public func write(_ value: String, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        let sheet = try sheet(at("write(string:)", row, column))
        let (r, c) = try cell(row, column, at("write(string:)", row, column))
        let f = try state.resolve(format, at("write(string:)", row, column))
        let result = XMLText.spreadsheetString(value).withCString { worksheet_write_string(sheet, r, c, $0, f) }
        try check(result, at("write(string:)", row, column), detail: writeDetail(result))
    }

    /// Writes a number.
    public func write(_ value: Double, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        let sheet = try sheet(at("write(number:)", row, column))
        let (r, c) = try cell(row, column, at("write(number:)", row, column))
        let f = try state.resolve(format, at("write(number:)", row, column))
        let result = worksheet_write_number(sheet, r, c, value, f)
        try check(result, at("write(number:)", row, column), detail: writeDetail(result))
    }

    /// Writes a whole number (stored as Excel's double; exact up to 2^53).
    public func write(_ value: Int, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        try write(Double(value), row: row, column: column, format: format)
    }

    /// Writes TRUE or FALSE.
    public func write(_ value: Bool, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        let sheet = try sheet(at("write(bool:)", row, column))
        let (r, c) = try cell(row, column, at("write(bool:)", row, column))
        let f = try state.resolve(format, at("write(bool:)", row, column))
        let result = worksheet_write_boolean(sheet, r, c, value ? 1 : 0, f)
        try check(result, at("write(bool:)", row, column), detail: writeDetail(result))
    }

    /// Writes a formatted empty cell (libxlsxwriter ignores a blank without a format).
    public func writeBlank(row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        let sheet = try sheet(at("writeBlank", row, column))
        let (r, c) = try cell(row, column, at("writeBlank", row, column))
        let f = try state.resolve(format, at("writeBlank", row, column))
        let result = worksheet_write_blank(sheet, r, c, f)
        try check(result, at("writeBlank", row, column), detail: writeDetail(result))
    }

    /// Writes a formula such as `=SUM(B2:B3)` (the leading `=` is optional).
    ///
    /// libxlsxwriter does not calculate formulas. Pass the `cachedResult` so that
    /// viewers which do not recalculate (and readers of the XML) see the value;
    /// Excel recalculates on load anyway.
    public func writeFormula(_ formula: String, row: Int, column: Int, format: Format? = nil,
                             cachedResult: FormulaResult? = nil) throws(XlsxError) {
        let context = at("writeFormula", row, column)
        let sheet = try sheet(context)
        let (r, c) = try cell(row, column, context)
        let f = try state.resolve(format, context)
        let result: lxw_error = XMLText.sanitized(formula).withCString { cFormula in
            switch cachedResult {
            case nil:
                return worksheet_write_formula(sheet, r, c, cFormula, f)
            case .number(let number):
                return worksheet_write_formula_num(sheet, r, c, cFormula, f, number)
            case .string(let text):
                return XMLText.spreadsheetString(text).withCString { worksheet_write_formula_str(sheet, r, c, cFormula, f, $0) }
            case .bool(let flag):
                // libxlsxwriter 1.1.4 caches numbers and strings; Excel shows 1/0 until it recalculates.
                return worksheet_write_formula_num(sheet, r, c, cFormula, f, flag ? 1 : 0)
            }
        }
        try check(result, context, detail: writeDetail(result))
    }

    /// Writes a date and time as an Excel serial number. Give it a date `format`
    /// (e.g. `CellFormat(numberFormat: "yyyy-mm-dd")`) or Excel shows the number.
    public func write(_ value: DateTime, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        let context = at("write(dateTime:)", row, column)
        let sheet = try sheet(context)
        let (r, c) = try cell(row, column, context)
        let f = try state.resolve(format, context)
        try value.validate(context)
        var cValue = value.lxwValue
        let result = worksheet_write_datetime(sheet, r, c, &cValue, f)
        try check(result, context, detail: writeDetail(result))
    }

    /// Writes an instant as a UTC date-time serial number (see ``write(_:row:column:format:)-(DateTime,_,_,_)``).
    public func write(_ value: Date, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        // Serial days since 1899-12-30 (Excel's 1900 epoch including its leap-year quirk).
        let serial = value.timeIntervalSince1970 / 86_400 + 25_569
        guard serial >= 61 else {
            throw XlsxError(code: .parameterValidation, context: at("write(date:)", row, column),
                            detail: "dates before 1900-03-01 are not supported")
        }
        try write(serial, row: row, column: column, format: format)
    }

    /// Writes a hyperlink (`https://…`, `mailto:…`, `internal:Sheet2!A1`, `external:file.xlsx`).
    /// Without a format libxlsxwriter uses its blue, underlined hyperlink style.
    public func writeURL(_ url: String, row: Int, column: Int, text: String? = nil, tooltip: String? = nil,
                         format: Format? = nil) throws(XlsxError) {
        let context = at("writeURL", row, column)
        let sheet = try sheet(context)
        let (r, c) = try cell(row, column, context)
        let f = try state.resolve(format, context)
        var arena = CStringArena()
        let cText = try arena.dup(text.map(XMLText.spreadsheetString))
        let cTip = try arena.dup(tooltip.map(XMLText.spreadsheetString))
        let result = XMLText.sanitized(url).withCString { worksheet_write_url_opt(sheet, r, c, $0, f, cText, cTip) }
        try check(result, context, detail: writeDetail(result))
    }

    /// Writes any ``CellValue``.
    public func write(_ value: CellValue, row: Int, column: Int, format: Format? = nil) throws(XlsxError) {
        switch value {
        case .string(let text): try write(text, row: row, column: column, format: format)
        case .number(let number): try write(number, row: row, column: column, format: format)
        case .integer(let number): try write(Double(number), row: row, column: column, format: format)
        case .bool(let flag): try write(flag, row: row, column: column, format: format)
        case .dateTime(let dateTime): try write(dateTime, row: row, column: column, format: format)
        case .formula(let formula, let cached):
            try writeFormula(formula, row: row, column: column, format: format, cachedResult: cached)
        case .url(let url, let text): try writeURL(url, row: row, column: column, text: text, format: format)
        case .blank: try writeBlank(row: row, column: column, format: format)
        }
    }

    /// Writes `values` to consecutive columns of one row, starting at `column`.
    public func writeRow(_ values: [CellValue], row: Int, column: Int = 0, format: Format? = nil) throws(XlsxError) {
        for (offset, value) in values.enumerated() {
            try write(value, row: row, column: column + offset, format: format)
        }
    }
}

/// The value a formula is stored with (its cached result).
public enum FormulaResult: Hashable, Sendable {
    case number(Double)
    case string(String)
    case bool(Bool)
}

/// Any value a cell can hold.
public enum CellValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case dateTime(DateTime)
    case formula(String, cached: FormulaResult?)
    case url(String, text: String?)
    /// An empty cell (written only when it has a format).
    case blank
}

/// A calendar date and wall-clock time without a time zone, as Excel stores it.
@MemberwiseInit
public struct DateTime: Hashable, Sendable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int = 0
    public var minute: Int = 0
    public var second: Double = 0

    func validate(_ context: @autoclosure () -> String) throws(XlsxError) {
        guard (1900...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(hour), (0...59).contains(minute), second >= 0, second < 60 else {
            throw XlsxError(code: .parameterValidation, context: context(),
                            detail: "\(year)-\(month)-\(day) \(hour):\(minute):\(second) is not a valid Excel date-time (years 1900…9999)")
        }
    }

    var lxwValue: lxw_datetime {
        lxw_datetime(year: Int32(year), month: Int32(month), day: Int32(day),
                     hour: Int32(hour), min: Int32(minute), sec: second)
    }
}
