import CXlsxWriter

/// An RGB colour, e.g. `Color(rgb: 0x1F4E78)`.
public struct Color: Hashable, Sendable {
    /// 0xRRGGBB.
    public var rgb: UInt32

    public init(rgb: UInt32) {
        self.rgb = rgb & 0xFF_FFFF
    }

    /// Parses `#RRGGBB` or `RRGGBB`; nil if malformed.
    public init?(hex: String) {
        var text = Substring(hex)
        if text.hasPrefix("#") { text = text.dropFirst() }
        guard text.utf8.count == 6, let value = UInt32(text, radix: 16) else { return nil }
        self.init(rgb: value)
    }

    public static let black = Color(rgb: 0x000000)
    public static let white = Color(rgb: 0xFFFFFF)
    public static let red = Color(rgb: 0xFF0000)
    public static let green = Color(rgb: 0x008000)
    public static let blue = Color(rgb: 0x0000FF)
    public static let yellow = Color(rgb: 0xFFFF00)
    public static let gray = Color(rgb: 0x808080)
    public static let silver = Color(rgb: 0xC0C0C0)
    public static let navy = Color(rgb: 0x000080)
    public static let orange = Color(rgb: 0xFF6600)

    /// libxlsxwriter uses 0 for "unset", so black has its own value.
    var lxwColor: lxw_color_t {
        rgb == 0 ? lxw_color_t(LXW_COLOR_BLACK.rawValue) : lxw_color_t(rgb)
    }
}
