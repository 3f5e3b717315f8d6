extension StringProtocol {
    /// The text with every character that a terminal would act on instead of showing shown as an
    /// escape (`\u{1B}`): C0 control characters except tab and line feed, DEL, C1 control
    /// characters and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069),
    /// so that data in a message or a text answer cannot recolour, move or reorder what the
    /// user reads. The one function for every message and text output; data files (CSV, JSON,
    /// XLSX) keep the data as it is.
    public var withVisibleControlCharacters: String {
        guard unicodeScalars.contains(where: Self.mustEscape) else { return String(self) }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if Self.mustEscape(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func mustEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: return false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
