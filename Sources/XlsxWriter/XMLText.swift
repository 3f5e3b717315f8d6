/// The one rule for text that goes into the XML of a workbook (and of the toolkit's Word
/// document): XML 1.0 allows only tab, line feed, carriage return and the characters from
/// U+0020 on, except U+FFFE and U+FFFF. Every other character (the C0 controls, NUL included,
/// U+FFFE, U+FFFF) is replaced by U+FFFD REPLACEMENT CHARACTER, so the file stays well-formed
/// and the reader sees that something was there. Lone surrogates cannot occur in a Swift
/// `String`.
///
/// Text that Excel reads as `ST_Xstring` (cell strings, comments, headers and footers,
/// validation prompts, table headers) also has its own escape `_xHHHH_` (for example `_x0041_`
/// reads as `A`). A literal `_xHHHH_` is therefore written as `_x005F_xHHHH_` (the escaped
/// underscore), as ECMA-376 prescribes, so Excel shows exactly the text that was written.
public enum XMLText {
    /// The replacement for a character XML 1.0 forbids.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 forbids `scalar` in a document.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || v == 0xFFFE || v == 0xFFFF
    }

    /// `text` with every character XML 1.0 forbids replaced by U+FFFD.
    public static func sanitized(_ text: String) -> String {
        guard needsWork(text, underscores: false) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isForbidden(scalar) ? replacement : scalar) }
        return String(out)
    }

    /// `text` for an `ST_Xstring`: sanitized, and every literal `_xHHHH_` escaped as `_x005F_xHHHH_`.
    public static func spreadsheetString(_ text: String) -> String {
        guard needsWork(text, underscores: true) else { return text }
        let scalars = Array(sanitized(text).unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            if scalars[i] == "_", isEscape(scalars, at: i) {
                out.append(contentsOf: "_x005F".unicodeScalars)
            }
            out.append(scalars[i])
            i += 1
        }
        return String(out)
    }

    /// `_x` + four hexadecimal digits + `_` starting at `i`.
    static func isEscape(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < s.count, s[i + 1] == "x" || s[i + 1] == "X", s[i + 6] == "_" else { return false }
        return s[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    /// A fast byte scan: false when the text certainly needs no change (the usual case).
    static func needsWork(_ text: String, underscores: Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                if underscores && byte == UInt8(ascii: "_") { return true }
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                if previous == (0xEF, 0xBF) && (byte == 0xBE || byte == 0xBF) { return true }
                previous = (previous.1, byte)
            }
            return false
        }
    }
}
