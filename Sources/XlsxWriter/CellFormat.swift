import CXlsxWriter
import Memberwise

/// A value-type description of a cell format (font, number format, fill, borders, alignment).
///
/// Register it once with ``Workbook/addFormat(_:)``, which returns a ``Format`` handle to
/// pass to the write calls. The workbook keeps one libxlsxwriter format per distinct
/// `CellFormat`, so registering an equal spec twice returns the same handle.
@MemberwiseInit
public struct CellFormat: Hashable, Sendable {
    public var fontName: String?
    public var fontSize: Double?
    public var fontColor: Color?
    public var bold: Bool = false
    public var italic: Bool = false
    public var underline: Underline = .none
    public var strikeout: Bool = false
    /// An Excel number format such as `#,##0.00`, `0%`, `dd/mm/yyyy` or `[$€-813] #,##0.00`.
    public var numberFormat: String?
    /// A solid background fill.
    public var backgroundColor: Color?
    /// Border style of all four sides; `top`, `bottom`, `left`, `right` override it per side.
    public var border: BorderStyle = .none
    public var top: BorderStyle?
    public var bottom: BorderStyle?
    public var left: BorderStyle?
    public var right: BorderStyle?
    public var borderColor: Color?
    public var horizontalAlignment: HorizontalAlignment = .general
    public var verticalAlignment: VerticalAlignment = .bottom
    public var wrapText: Bool = false
    /// Indentation level (0…250 in libxlsxwriter; Excel shows up to 15).
    public var indent: Int = 0
    /// Text rotation in degrees: -90…90, or 270 for vertical stacked text.
    public var rotation: Int = 0
    public var shrinkToFit: Bool = false
    /// Cell protection: whether the cell is locked when the sheet is protected (Excel's default: true).
    public var locked: Bool = true
    /// Cell protection: whether a formula is hidden when the sheet is protected.
    public var hidden: Bool = false

    public enum Underline: UInt8, Hashable, Sendable {
        case none = 0, single, double, singleAccounting, doubleAccounting
    }

    public enum BorderStyle: UInt8, Hashable, Sendable {
        case none = 0, thin, medium, dashed, dotted, thick, double, hair, mediumDashed,
             dashDot, mediumDashDot, dashDotDot, mediumDashDotDot, slantDashDot
    }

    public enum HorizontalAlignment: UInt8, Hashable, Sendable {
        case general = 0, left, center, right, fill, justify, centerAcross, distributed
    }

    public enum VerticalAlignment: UInt8, Hashable, Sendable {
        /// Excel's default (no explicit alignment is written).
        case bottom = 0
        case top, center, justify, distributed

        var lxwValue: UInt8? {
            switch self {
            case .bottom: return nil
            case .top: return UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue)
            case .center: return UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)
            case .justify: return UInt8(LXW_ALIGN_VERTICAL_JUSTIFY.rawValue)
            case .distributed: return UInt8(LXW_ALIGN_VERTICAL_DISTRIBUTED.rawValue)
            }
        }
    }
}

/// A handle to a format registered in a workbook with ``Workbook/addFormat(_:)``.
///
/// Cheap to copy and compare; valid only for the workbook that created it and only
/// until that workbook is closed. Using it with another workbook throws
/// ``XlsxError/Code/foreignObject``.
public struct Format: Hashable, @unchecked Sendable {
    // The pointer is only ever dereferenced through the workbook that owns it (checked
    // with `owner`), and a workbook is used from one thread at a time; the handle itself
    // is an immutable token, so sending it is safe.
    let pointer: UnsafeMutablePointer<lxw_format>
    let owner: UInt64
}

// MARK: - Applying a spec to a libxlsxwriter format

extension CellFormat {
    /// Checks the spec against Excel's and libxlsxwriter's limits before any C call.
    func validate() throws(XlsxError) {
        func fail(_ code: XlsxError.Code, _ detail: String) -> XlsxError {
            XlsxError(code: code, context: "addFormat", detail: detail)
        }
        if let numberFormat, numberFormat.utf8.count > 127 {
            throw fail(.stringLength128Exceeded, "number format is \(numberFormat.utf8.count) bytes, at most 127 are kept")
        }
        if let fontName, fontName.utf8.count > 127 {
            throw fail(.stringLength128Exceeded, "font name is \(fontName.utf8.count) bytes, at most 127 are kept")
        }
        if let fontSize, !(fontSize >= 1 && fontSize <= 409) {
            throw fail(.parameterValidation, "font size \(fontSize) is outside Excel's 1…409")
        }
        if !(rotation >= -90 && rotation <= 90) && rotation != 270 {
            throw fail(.parameterValidation, "rotation \(rotation) must be in -90…90 or 270")
        }
        if !(0...250).contains(indent) {
            throw fail(.parameterValidation, "indent \(indent) must be in 0…250")
        }
    }

    /// Sets every property of the spec on a fresh libxlsxwriter format.
    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if let fontName { format_set_font_name(format, fontName) }
        if let fontSize { format_set_font_size(format, fontSize) }
        if let fontColor { format_set_font_color(format, fontColor.lxwColor) }
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if underline != .none { format_set_underline(format, underline.rawValue) }
        if strikeout { format_set_font_strikeout(format) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if let backgroundColor {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, backgroundColor.lxwColor)
        }
        if border != .none { format_set_border(format, border.rawValue) }
        if let top { format_set_top(format, top.rawValue) }
        if let bottom { format_set_bottom(format, bottom.rawValue) }
        if let left { format_set_left(format, left.rawValue) }
        if let right { format_set_right(format, right.rawValue) }
        if let borderColor { format_set_border_color(format, borderColor.lxwColor) }
        if horizontalAlignment != .general { format_set_align(format, horizontalAlignment.rawValue) }
        if let vertical = verticalAlignment.lxwValue { format_set_align(format, vertical) }
        if wrapText { format_set_text_wrap(format) }
        if indent > 0 { format_set_indent(format, UInt8(indent)) }
        if rotation != 0 { format_set_rotation(format, Int16(rotation)) }
        if shrinkToFit { format_set_shrink(format) }
        if !locked { format_set_unlocked(format) }
        if hidden { format_set_hidden(format) }
    }
}
