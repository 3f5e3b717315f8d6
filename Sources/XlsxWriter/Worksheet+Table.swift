import CXlsxWriter
import Memberwise

/// An Excel table ("Format as Table") over a worksheet range.
@MemberwiseInit
public struct TableOptions: Hashable, Sendable {
    /// The table's name (Excel's rules: starts with a letter or `_`, no spaces); default `Table1`, `Table2`, …
    public var name: String?
    public var style: TableStyle = .medium(9)
    /// Whether the first row of the range is a header row (default true).
    public var headerRow: Bool = true
    /// Whether the header row has filter buttons (default true).
    public var autofilter: Bool = true
    public var bandedRows: Bool = true
    public var bandedColumns: Bool = false
    public var firstColumn: Bool = false
    public var lastColumn: Bool = false
    /// Whether the last row of the range is a total row.
    public var totalRow: Bool = false
    /// Per-column settings, left to right; may be shorter than the range is wide.
    public var columns: [TableColumn] = []
}

/// Excel's built-in table styles: Light 0…21 (0 = none), Medium 1…28, Dark 1…11.
public enum TableStyle: Hashable, Sendable {
    case light(Int)
    case medium(Int)
    case dark(Int)

    var lxw: (type: UInt8, number: UInt8, valid: Bool) {
        switch self {
        case .light(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_LIGHT.rawValue), UInt8(clamping: n), (0...21).contains(n))
        case .medium(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_MEDIUM.rawValue), UInt8(clamping: n), (1...28).contains(n))
        case .dark(let n): return (UInt8(LXW_TABLE_STYLE_TYPE_DARK.rawValue), UInt8(clamping: n), (1...11).contains(n))
        }
    }
}

/// Settings of one table column.
@MemberwiseInit
public struct TableColumn: Hashable, Sendable {
    /// Header caption (default `Column1`, `Column2`, …). Must be unique within the table.
    public var header: String?
    /// A formula for the whole column, e.g. `=[@Amount]*2`.
    public var formula: String?
    /// A label in the total row (e.g. "Total"); use either this or `totalFunction`.
    public var totalLabel: String?
    public var totalFunction: TotalFunction?
    /// The cached value of the total row's formula, so that readers see it without recalculating.
    public var totalValue: Double?
    public var headerFormat: Format?
    /// Format of the column's data cells.
    public var format: Format?

    /// The functions Excel offers in a table's total row (SUBTOTAL codes).
    public enum TotalFunction: UInt8, Hashable, Sendable {
        case average = 101, countNumbers = 102, count = 103, max = 104, min = 105,
             standardDeviation = 107, sum = 109, variance = 110
    }
}

extension Worksheet {
    /// Adds a table over `range`. With a header row, the first row of the range holds the
    /// captions (libxlsxwriter writes them from `options.columns`); with a total row, the
    /// last row holds the totals. Write the data cells yourself, before or after.
    ///
    public func addTable(_ range: CellRange, options: TableOptions = TableOptions()) throws(XlsxError) {
        let context = at("addTable", range)
        let sheet = try sheet(context)
        let (r1, c1, r2, c2) = try cells(range, context)
        let width = Int(c2) - Int(c1) + 1
        if options.columns.count > width {
            throw XlsxError(code: .parameterValidation, context: context,
                            detail: "\(options.columns.count) column settings for a range \(width) columns wide")
        }
        let style = options.style.lxw
        if !style.valid {
            throw XlsxError(code: .parameterValidation, context: context, detail: "no such table style: \(options.style)")
        }
        var arena = CStringArena()
        var cOptions = lxw_table_options()
        cOptions.name = try arena.dup(options.name)
        cOptions.no_header_row = options.headerRow ? 0 : 1
        cOptions.no_autofilter = options.autofilter ? 0 : 1
        cOptions.no_banded_rows = options.bandedRows ? 0 : 1
        cOptions.banded_columns = options.bandedColumns ? 1 : 0
        cOptions.first_column = options.firstColumn ? 1 : 0
        cOptions.last_column = options.lastColumn ? 1 : 0
        cOptions.style_type = style.type
        cOptions.style_type_number = style.number
        cOptions.total_row = options.totalRow ? 1 : 0
        if !options.columns.isEmpty {
            let structs = try arena.allocate(lxw_table_column.self, count: options.columns.count)
            // NULL-terminated array of pointers to the column structs.
            let list = try arena.allocate(UnsafeMutablePointer<lxw_table_column>?.self, count: options.columns.count + 1)
            for (i, column) in options.columns.enumerated() {
                var c = lxw_table_column()
                c.header = try arena.dup(column.header.map(XMLText.spreadsheetString))
                c.formula = try arena.dup(column.formula)
                c.total_string = try arena.dup(column.totalLabel.map(XMLText.spreadsheetString))
                c.total_function = column.totalFunction?.rawValue ?? 0
                c.total_value = column.totalValue ?? 0
                c.header_format = try state.resolve(column.headerFormat, context)
                c.format = try state.resolve(column.format, context)
                structs[i] = c
                list[i] = structs + i
            }
            list[options.columns.count] = nil
            cOptions.columns = list
        }
        try check(worksheet_add_table(sheet, r1, c1, r2, c2, &cOptions), context,
                  detail: "check the table name (letters, digits, '_' and '.', starting with a letter or '_'), unique headers and overlaps with other tables")
    }
}
