import CXlsxWriter

/// Page setup for printing a worksheet. Unset fields keep Excel's defaults.
public struct PageSetup: Hashable, Sendable {
    public enum Orientation: Hashable, Sendable { case portrait, landscape }

    /// Paper size as Excel's code: 1 = Letter, 9 = A4, 8 = A3, 11 = A5, 5 = Legal…
    public struct PaperSize: Hashable, Sendable {
        public var code: UInt8
        public init(code: UInt8) { self.code = code }
        public static let letter = PaperSize(code: 1)
        public static let legal = PaperSize(code: 5)
        public static let a3 = PaperSize(code: 8)
        public static let a4 = PaperSize(code: 9)
        public static let a5 = PaperSize(code: 11)
    }

    /// Margins in inches.
    public struct Margins: Hashable, Sendable {
        public var left: Double, right: Double, top: Double, bottom: Double
        public init(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75) {
            self.left = left
            self.right = right
            self.top = top
            self.bottom = bottom
        }
    }

    public var orientation: Orientation?
    public var paperSize: PaperSize?
    /// Fit the printout to this many pages wide and tall; 0 means "as many as needed" in that direction.
    public var fitToPages: (width: Int, height: Int)? {
        get { fitWidth.map { ($0, fitHeight ?? 0) } }
        set { fitWidth = newValue?.width; fitHeight = newValue?.height }
    }
    private var fitWidth: Int?
    private var fitHeight: Int?
    /// Print scale in percent (10…400); ignored by Excel when fitting to pages.
    public var scale: Int?
    /// Rows repeated at the top of each printed page (zero-based, inclusive).
    public var repeatRows: ClosedRange<Int>?
    /// Columns repeated at the left of each printed page (zero-based, inclusive).
    public var repeatColumns: ClosedRange<Int>?
    public var printArea: CellRange?
    public var margins: Margins?
    public var centerHorizontally: Bool
    public var centerVertically: Bool
    public var printGridlines: Bool
    /// Print the pages across, then down (Excel's default is down, then across).
    public var printAcross: Bool

    public init(orientation: Orientation? = nil, paperSize: PaperSize? = nil,
                fitToPages: (width: Int, height: Int)? = nil, scale: Int? = nil,
                repeatRows: ClosedRange<Int>? = nil, repeatColumns: ClosedRange<Int>? = nil,
                printArea: CellRange? = nil, margins: Margins? = nil,
                centerHorizontally: Bool = false, centerVertically: Bool = false,
                printGridlines: Bool = false, printAcross: Bool = false) {
        self.orientation = orientation
        self.paperSize = paperSize
        self.fitWidth = fitToPages?.width
        self.fitHeight = fitToPages?.height
        self.scale = scale
        self.repeatRows = repeatRows
        self.repeatColumns = repeatColumns
        self.printArea = printArea
        self.margins = margins
        self.centerHorizontally = centerHorizontally
        self.centerVertically = centerVertically
        self.printGridlines = printGridlines
        self.printAcross = printAcross
    }
}

extension Worksheet {
    /// Applies a page setup for printing.
    public func setPageSetup(_ setup: PageSetup) throws(XlsxError) {
        let context = "setPageSetup on \(formulaPrefix)"
        let sheet = try sheet(context)
        // Validate everything first so that a bad value changes nothing.
        if let fit = setup.fitToPages, !(0...32767).contains(fit.width) || !(0...32767).contains(fit.height) {
            throw XlsxError(code: .parameterValidation, context: context, detail: "fitToPages values must be 0…32767")
        }
        if let scale = setup.scale, !(10...400).contains(scale) {
            throw XlsxError(code: .parameterValidation, context: context, detail: "scale \(scale) must be 10…400")
        }
        var rows: (lxw_row_t, lxw_row_t)?
        if let repeatRows = setup.repeatRows {
            let (r1, _) = try cell(repeatRows.lowerBound, 0, context)
            let (r2, _) = try cell(repeatRows.upperBound, 0, context)
            rows = (r1, r2)
        }
        var columns: (lxw_col_t, lxw_col_t)?
        if let repeatColumns = setup.repeatColumns {
            let (_, c1) = try cell(0, repeatColumns.lowerBound, context)
            let (_, c2) = try cell(0, repeatColumns.upperBound, context)
            columns = (c1, c2)
        }
        var area: (lxw_row_t, lxw_col_t, lxw_row_t, lxw_col_t)?
        if let printArea = setup.printArea { area = try cells(printArea, context) }
        if let margins = setup.margins {
            for value in [margins.left, margins.right, margins.top, margins.bottom] where !(value >= 0 && value < 50) {
                throw XlsxError(code: .parameterValidation, context: context, detail: "margin \(value) inches is not plausible")
            }
        }

        switch setup.orientation {
        case .landscape?: worksheet_set_landscape(sheet)
        case .portrait?: worksheet_set_portrait(sheet)
        case nil: break
        }
        if let paper = setup.paperSize { worksheet_set_paper(sheet, paper.code) }
        if let fit = setup.fitToPages { worksheet_fit_to_pages(sheet, UInt16(fit.width), UInt16(fit.height)) }
        if let scale = setup.scale { worksheet_set_print_scale(sheet, UInt16(scale)) }
        if let (r1, r2) = rows { try check(worksheet_repeat_rows(sheet, r1, r2), context + " (repeatRows)") }
        if let (c1, c2) = columns { try check(worksheet_repeat_columns(sheet, c1, c2), context + " (repeatColumns)") }
        if let (r1, c1, r2, c2) = area { try check(worksheet_print_area(sheet, r1, c1, r2, c2), context + " (printArea)") }
        if let m = setup.margins { worksheet_set_margins(sheet, m.left, m.right, m.top, m.bottom) }
        if setup.centerHorizontally { worksheet_center_horizontally(sheet) }
        if setup.centerVertically { worksheet_center_vertically(sheet) }
        if setup.printGridlines {
            // Keep the screen gridlines as they are (shown unless hidden before).
            let screen = sheet.pointee.screen_gridlines != 0
            worksheet_gridlines(sheet, UInt8((screen ? LXW_SHOW_ALL_GRIDLINES : LXW_SHOW_PRINT_GRIDLINES).rawValue))
        }
        if setup.printAcross { worksheet_print_across(sheet) }
    }

    /// Sets the page header, in Excel's header syntax: `&L` left, `&C` centre, `&R` right
    /// section, `&P` page number, `&N` page count, `&D` date, `&A` sheet name, `&&` an ampersand.
    /// At most 255 characters. `margin` is in inches (Excel's default 0.3).
    public func setHeader(_ text: String, margin: Double? = nil) throws(XlsxError) {
        let context = "setHeader on \(formulaPrefix)"
        try setHeaderFooter(text, margin: margin, context: context, isHeader: true)
    }

    /// Sets the page footer; see ``setHeader(_:margin:)`` for the syntax.
    public func setFooter(_ text: String, margin: Double? = nil) throws(XlsxError) {
        let context = "setFooter on \(formulaPrefix)"
        try setHeaderFooter(text, margin: margin, context: context, isHeader: false)
    }

    private func setHeaderFooter(_ text: String, margin: Double?, context: String, isHeader: Bool) throws(XlsxError) {
        let sheet = try sheet(context)
        if text.unicodeScalars.count > 255 {
            throw XlsxError(code: .stringLength255Exceeded, context: context,
                            detail: "the text has \(text.unicodeScalars.count) characters")
        }
        var options = lxw_header_footer_options()
        options.margin = margin ?? 0.3
        if let margin, !(margin > 0 && margin < 50) {
            throw XlsxError(code: .parameterValidation, context: context, detail: "margin must be > 0 inches")
        }
        let result = XMLText.spreadsheetString(text).withCString { cText in
            isHeader ? worksheet_set_header_opt(sheet, cText, &options) : worksheet_set_footer_opt(sheet, cText, &options)
        }
        try check(result, context)
    }
}
