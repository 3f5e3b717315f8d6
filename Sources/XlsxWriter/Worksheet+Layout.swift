import CXlsxWriter

extension Worksheet {
    // MARK: Columns and rows

    /// Sets width, format, visibility and outline level of columns `first…last`.
    ///
    /// - Parameters:
    ///   - first: the first column (0-based).
    ///   - last: the last column; nil for `first` alone.
    ///   - width: in character units as Excel shows them; nil keeps the default (8.43).
    ///   - format: the columns' default format; nil for none.
    ///   - hidden: hides the columns.
    ///   - level: outline (grouping) level 0…7.
    ///   - collapsed: marks the column that carries the collapse button of a collapsed group.
    public func setColumn(_ first: Int, _ last: Int? = nil, width: Double? = nil, format: Format? = nil,
                          hidden: Bool = false, level: Int = 0, collapsed: Bool = false) throws(XlsxError) {
        let last = last ?? first
        let context = "setColumn(\(first)...\(last)) on \(formulaPrefix)"
        let sheet = try sheet(context)
        let (_, c1) = try cell(0, first, context)
        let (_, c2) = try cell(0, last, context)
        guard c1 <= c2 else {
            throw XlsxError(code: .parameterValidation, context: context, detail: "first column after last")
        }
        try Self.checkLevel(level, context)
        if let width, !(width >= 0 && width <= 255) {
            throw XlsxError(code: .parameterValidation, context: context, detail: "width \(width) is outside 0…255")
        }
        let f = try state.resolve(format, context)
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(level), collapsed: collapsed ? 1 : 0)
        try check(worksheet_set_column_opt(sheet, c1, c2, width ?? LXW_DEF_COL_WIDTH, f, &options), context)
    }

    /// Sets the width of one or more columns.
    public func setColumnWidth(_ column: Int, _ width: Double) throws(XlsxError) {
        try setColumn(column, width: width)
    }

    /// Sets height, format, visibility and outline level of a row.
    ///
    /// In constant-memory mode call this before writing the row's cells.
    ///
    /// - Parameters:
    ///   - row: the row (0-based).
    ///   - height: in points; nil keeps the default (15).
    ///   - format: the row's default format; nil for none.
    ///   - level: outline (grouping) level 0…7; rows with a level can be collapsed in Excel.
    ///   - hidden: hides the row.
    ///   - collapsed: marks the row that carries the collapse button of a collapsed group.
    public func setRow(_ row: Int, height: Double? = nil, format: Format? = nil, level: Int = 0,
                       hidden: Bool = false, collapsed: Bool = false) throws(XlsxError) {
        let context = at("setRow", row, 0)
        let sheet = try sheet(context)
        let (r, _) = try cell(row, 0, context)
        try Self.checkLevel(level, context)
        if let height, !(height >= 0 && height <= 409) {
            throw XlsxError(code: .parameterValidation, context: context, detail: "height \(height) is outside 0…409")
        }
        let f = try state.resolve(format, context)
        var options = lxw_row_col_options(hidden: hidden ? 1 : 0, level: UInt8(level), collapsed: collapsed ? 1 : 0)
        let result = worksheet_set_row_opt(sheet, r, height ?? LXW_DEF_ROW_HEIGHT, f, &options)
        try check(result, context, detail: writeDetail(result))
    }

    static func checkLevel(_ level: Int, _ context: String) throws(XlsxError) {
        guard (0...7).contains(level) else {
            throw XlsxError(code: .parameterValidation, context: context, detail: "outline level \(level) is outside 0…7")
        }
    }

    /// Where the outline (grouping) buttons go and whether outlines are shown.
    public func setOutlineSettings(visible: Bool = true, symbolsBelow: Bool = true, symbolsRight: Bool = true,
                                   autoStyle: Bool = false) throws(XlsxError) {
        let sheet = try sheet("setOutlineSettings on \(formulaPrefix)")
        worksheet_outline_settings(sheet, visible ? 1 : 0, symbolsBelow ? 1 : 0, symbolsRight ? 1 : 0, autoStyle ? 1 : 0)
    }

    // MARK: Ranges

    /// Merges a range and writes `text` into it (not available in constant-memory mode).
    public func mergeRange(_ range: CellRange, text: String = "", format: Format? = nil) throws(XlsxError) {
        let context = at("mergeRange", range)
        let sheet = try sheet(context)
        if state.options.constantMemory {
            throw XlsxError(code: .featureNotSupported, context: context,
                            detail: "libxlsxwriter does not merge ranges in constant-memory mode")
        }
        let (r1, c1, r2, c2) = try cells(range, context)
        if r1 == r2 && c1 == c2 {
            throw XlsxError(code: .parameterValidation, context: context, detail: "cannot merge a single cell")
        }
        let f = try state.resolve(format, context)
        try check(XMLText.spreadsheetString(text).withCString { worksheet_merge_range(sheet, r1, c1, r2, c2, $0, f) }, context)
    }

    /// Freezes the rows above `row` and the columns left of `column` (e.g. `freezePanes(row: 1, column: 0)` for a header row).
    public func freezePanes(row: Int, column: Int = 0) throws(XlsxError) {
        let context = at("freezePanes", row, column)
        let sheet = try sheet(context)
        let (r, c) = try cell(row, column, context)
        worksheet_freeze_panes(sheet, r, c)
    }

    /// Adds an autofilter (the drop-down buttons) to a range; its first row is the header.
    public func autofilter(_ range: CellRange) throws(XlsxError) {
        let context = at("autofilter", range)
        let sheet = try sheet(context)
        let (r1, c1, r2, c2) = try cells(range, context)
        try check(worksheet_autofilter(sheet, r1, c1, r2, c2), context)
    }

    // MARK: Sheet view

    /// Makes this the sheet shown when the workbook is opened.
    public func activate() throws(XlsxError) {
        worksheet_activate(try sheet("activate on \(formulaPrefix)"))
    }

    /// Selects the sheet's tab (several sheets may be selected).
    public func select() throws(XlsxError) {
        worksheet_select(try sheet("select on \(formulaPrefix)"))
    }

    /// Hides the sheet (the active sheet cannot be hidden).
    public func hide() throws(XlsxError) {
        worksheet_hide(try sheet("hide on \(formulaPrefix)"))
    }

    /// Which gridlines are shown on screen and printed.
    public enum Gridlines: UInt8, Sendable {
        case hideAll = 0, showScreen, showPrint, showAll
    }

    /// Sets screen and print gridlines; by default Excel shows them on screen and does not print them.
    public func setGridlines(_ gridlines: Gridlines) throws(XlsxError) {
        worksheet_gridlines(try sheet("setGridlines on \(formulaPrefix)"), gridlines.rawValue)
    }

    /// Hides the gridlines on screen (and in print).
    public func hideGridlines() throws(XlsxError) {
        try setGridlines(.hideAll)
    }

    /// Colours the sheet's tab.
    public func setTabColor(_ color: Color) throws(XlsxError) {
        worksheet_set_tab_color(try sheet("setTabColor on \(formulaPrefix)"), color.lxwColor)
    }

    /// Sets the zoom, 10…400 percent.
    public func setZoom(_ percent: Int) throws(XlsxError) {
        let context = "setZoom(\(percent)) on \(formulaPrefix)"
        let sheet = try sheet(context)
        guard (10...400).contains(percent) else {
            throw XlsxError(code: .parameterValidation, context: context, detail: "zoom must be 10…400")
        }
        worksheet_set_zoom(sheet, UInt16(percent))
    }
}
