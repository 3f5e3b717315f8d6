import CXlsxWriter
import Memberwise

/// A chart of a ``Workbook``, created with ``Workbook/addChart(_:)`` and placed with
/// ``Worksheet/insertChart(_:row:column:options:)`` (once).
///
/// Data is referenced by ``SheetRange`` (sheet name and zero-based cells); the sheet
/// name is quoted as needed by libxlsxwriter. Valid until the workbook is closed.
public final class Chart {
    public enum Kind: String, Hashable, Sendable, CustomStringConvertible {
        case column, columnStacked, columnStackedPercent
        case bar, barStacked, barStackedPercent
        case line, lineStacked, lineStackedPercent
        case area, areaStacked, areaStackedPercent
        case pie, doughnut
        case scatter

        var lxwType: UInt8 {
            let type: lxw_chart_type
            switch self {
            case .column: type = LXW_CHART_COLUMN
            case .columnStacked: type = LXW_CHART_COLUMN_STACKED
            case .columnStackedPercent: type = LXW_CHART_COLUMN_STACKED_PERCENT
            case .bar: type = LXW_CHART_BAR
            case .barStacked: type = LXW_CHART_BAR_STACKED
            case .barStackedPercent: type = LXW_CHART_BAR_STACKED_PERCENT
            case .line: type = LXW_CHART_LINE
            case .lineStacked: type = LXW_CHART_LINE_STACKED
            case .lineStackedPercent: type = LXW_CHART_LINE_STACKED_PERCENT
            case .area: type = LXW_CHART_AREA
            case .areaStacked: type = LXW_CHART_AREA_STACKED
            case .areaStackedPercent: type = LXW_CHART_AREA_STACKED_PERCENT
            case .pie: type = LXW_CHART_PIE
            case .doughnut: type = LXW_CHART_DOUGHNUT
            case .scatter: type = LXW_CHART_SCATTER
            }
            return UInt8(type.rawValue)
        }

        var hasAxes: Bool { self != .pie && self != .doughnut }
        /// Bar charts are drawn sideways: libxlsxwriter's x axis is their value axis.
        var isHorizontal: Bool { self == .bar || self == .barStacked || self == .barStackedPercent }

        public var description: String { rawValue }
    }

    public enum LegendPosition: Hashable, Sendable {
        case none, right, left, top, bottom, topRight, overlayRight, overlayLeft, overlayTopRight

        var lxwValue: UInt8 {
            let value: lxw_chart_legend_position
            switch self {
            case .none: value = LXW_CHART_LEGEND_NONE
            case .right: value = LXW_CHART_LEGEND_RIGHT
            case .left: value = LXW_CHART_LEGEND_LEFT
            case .top: value = LXW_CHART_LEGEND_TOP
            case .bottom: value = LXW_CHART_LEGEND_BOTTOM
            case .topRight: value = LXW_CHART_LEGEND_TOP_RIGHT
            case .overlayRight: value = LXW_CHART_LEGEND_OVERLAY_RIGHT
            case .overlayLeft: value = LXW_CHART_LEGEND_OVERLAY_LEFT
            case .overlayTopRight: value = LXW_CHART_LEGEND_OVERLAY_TOP_RIGHT
            }
            return UInt8(value.rawValue)
        }
    }

    public let kind: Kind
    /// Number of series added.
    public private(set) var seriesCount = 0
    /// Whether the chart has been placed on a worksheet.
    public internal(set) var isInserted = false

    let state: WorkbookState
    let pointer: UnsafeMutablePointer<lxw_chart>

    init(state: WorkbookState, pointer: UnsafeMutablePointer<lxw_chart>, kind: Kind) {
        self.state = state
        self.pointer = pointer
        self.kind = kind
    }

    private func chart(_ context: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_chart> {
        guard state.isOpen else { throw XlsxError(code: .workbookClosed, context: "Chart(.\(kind)).\(context())") }
        return pointer
    }

    private func checkRange(_ range: SheetRange, _ context: String) throws(XlsxError) {
        let r = range.range
        guard r.firstRow >= 0, r.firstColumn >= 0, r.firstRow <= r.lastRow, r.firstColumn <= r.lastColumn,
              r.lastRow < CellReference.rowCount, r.lastColumn < CellReference.columnCount else {
            throw XlsxError(code: .indexOutOfRange, context: context, detail: "invalid range \(r) on '\(range.sheet)'")
        }
        if range.sheet.isEmpty || range.sheet.unicodeScalars.count > SheetName.maxLength {
            throw XlsxError(code: .parameterValidation, context: context, detail: "invalid sheet name '\(range.sheet)'")
        }
    }

    /// Adds a data series.
    ///
    /// - Parameters:
    ///   - name: the series name shown in the legend (literal text).
    ///   - categories: the category labels (x values of a scatter chart); nil uses 1, 2, 3, …
    ///   - values: the values.
    public func addSeries(name: String? = nil, categories: SheetRange? = nil, values: SheetRange) throws(XlsxError) {
        let context = "Chart(.\(kind)).addSeries(\(values))"
        let chart = try chart("addSeries")
        if let categories { try checkRange(categories, context) }
        try checkRange(values, context)
        guard let series = chart_add_series(chart, nil, nil) else {
            throw XlsxError(code: .memoryMallocFailed, context: context)
        }
        if let categories {
            let r = categories.range
            chart_series_set_categories(series, categories.sheet, lxw_row_t(r.firstRow), lxw_col_t(r.firstColumn),
                                        lxw_row_t(r.lastRow), lxw_col_t(r.lastColumn))
        }
        let r = values.range
        chart_series_set_values(series, values.sheet, lxw_row_t(r.firstRow), lxw_col_t(r.firstColumn),
                                lxw_row_t(r.lastRow), lxw_col_t(r.lastColumn))
        if let name { chart_series_set_name(series, XMLText.sanitized(name)) }
        seriesCount += 1
    }

    /// Sets the chart title; nil removes the automatic title.
    public func setTitle(_ title: String?) throws(XlsxError) {
        let chart = try chart("setTitle")
        if let title { chart_title_set_name(chart, XMLText.sanitized(title)) } else { chart_title_off(chart) }
    }

    /// Sets the title of the category axis (horizontal, or vertical for bar charts).
    public func setCategoryAxisTitle(_ title: String) throws(XlsxError) {
        let axis = try axis(value: false, "setCategoryAxisTitle")
        chart_axis_set_name(axis, XMLText.sanitized(title))
    }

    /// Sets the title of the value axis.
    public func setValueAxisTitle(_ title: String) throws(XlsxError) {
        let axis = try axis(value: true, "setValueAxisTitle")
        chart_axis_set_name(axis, XMLText.sanitized(title))
    }

    /// Sets the number format of the value axis labels, e.g. `#,##0 "€"`.
    public func setValueAxisNumberFormat(_ format: String) throws(XlsxError) {
        let axis = try axis(value: true, "setValueAxisNumberFormat")
        chart_axis_set_num_format(axis, format)
    }

    /// Sets the value axis bounds.
    public func setValueAxisRange(min: Double? = nil, max: Double? = nil) throws(XlsxError) {
        let axis = try axis(value: true, "setValueAxisRange")
        if let min { chart_axis_set_min(axis, min) }
        if let max { chart_axis_set_max(axis, max) }
    }

    public func setLegendPosition(_ position: LegendPosition) throws(XlsxError) {
        chart_legend_set_position(try chart("setLegendPosition"), position.lxwValue)
    }

    /// One of Excel's 48 built-in chart styles (Design ▸ Chart Styles), default 2.
    public func setStyle(_ style: Int) throws(XlsxError) {
        let chart = try chart("setStyle")
        guard (1...48).contains(style) else {
            throw XlsxError(code: .parameterValidation, context: "Chart(.\(kind)).setStyle(\(style))", detail: "style must be 1…48")
        }
        chart_set_style(chart, UInt8(style))
    }

    private func axis(value: Bool, _ call: String) throws(XlsxError) -> UnsafeMutablePointer<lxw_chart_axis> {
        let chart = try chart(call)
        guard kind.hasAxes else {
            throw XlsxError(code: .featureNotSupported, context: "Chart(.\(kind)).\(call)", detail: "\(kind) charts have no axes")
        }
        let useX = value == kind.isHorizontal
        guard let axis = useX ? chart.pointee.x_axis : chart.pointee.y_axis else {
            throw XlsxError(code: .objectCreationFailed, context: "Chart(.\(kind)).\(call)")
        }
        return axis
    }
}

/// Where and how large a chart is placed.
@MemberwiseInit
public struct ChartPlacement: Hashable, Sendable {
    /// Offset from the top-left corner of the anchor cell, in pixels.
    public var xOffset: Int = 0
    public var yOffset: Int = 0
    /// Scale of the default 480×288 pixel size.
    public var xScale: Double = 1
    public var yScale: Double = 1
    /// Alternative text for accessibility.
    public var description: String?
}

extension Worksheet {
    /// Places a chart with its top-left corner in the given cell. A chart can be placed once
    /// and needs at least one series.
    public func insertChart(_ chart: Chart, row: Int, column: Int, options: ChartPlacement = ChartPlacement()) throws(XlsxError) {
        let context = at("insertChart", row, column)
        let sheet = try sheet(context)
        let (r, c) = try cell(row, column, context)
        guard chart.state === state else {
            throw XlsxError(code: .foreignObject, context: context, detail: "the chart was created by another workbook")
        }
        if chart.seriesCount == 0 {
            throw XlsxError(code: .parameterValidation, context: context, detail: "the chart has no series")
        }
        if chart.isInserted {
            throw XlsxError(code: .parameterValidation, context: context, detail: "the chart is already placed; a chart can be inserted once")
        }
        guard options.xScale > 0, options.yScale > 0 else {
            throw XlsxError(code: .parameterValidation, context: context, detail: "scales must be > 0")
        }
        guard let xOffset = Int32(exactly: options.xOffset), let yOffset = Int32(exactly: options.yOffset) else {
            throw XlsxError(code: .parameterValidation, context: context, detail: "offsets out of range")
        }
        var arena = CStringArena()
        var cOptions = lxw_chart_options()
        cOptions.x_offset = xOffset
        cOptions.y_offset = yOffset
        cOptions.x_scale = options.xScale
        cOptions.y_scale = options.yScale
        cOptions.description = try arena.dup(options.description)
        try check(worksheet_insert_chart_opt(sheet, r, c, chart.pointer, &cOptions), context)
        chart.isInserted = true
    }
}
