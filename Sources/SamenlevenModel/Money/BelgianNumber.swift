/// Belgian (nl-BE) number notation: `.` groups thousands, `,` separates decimals.
///
/// Hand-written rather than `NumberFormatter` so the output never depends on the machine's
/// locale data and stays byte-identical across platforms.
public enum BelgianNumber {
    /// `14136359` -> `14.136.359`; `-1234` -> `-1.234`.
    public static func format(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(".") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    public static func format(_ value: Int) -> String { format(Int64(value)) }

    /// Parses a whole number as the import format allows it: digits with optional `.` or
    /// space thousands separators, no decimals, not negative.
    public static func parseWholeNumber(_ text: String) throws(NumberParseError) -> Int {
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty else { throw .empty }
        // Fast path: plain digits, by far the most common form in files.
        if trimmed.utf8.count <= 15, trimmed.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let value = Int(trimmed) { return value }
        if trimmed.hasPrefix("-") { throw .negative(trimmed) }
        if trimmed.contains(",") { throw .notWhole(trimmed) }
        guard let digits = groupedDigits(trimmed) else {
            // "12.5" has a dot that cannot be a thousands separator: a decimal, not whole.
            if trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) { throw .notWhole(trimmed) }
            throw .invalid(trimmed)
        }
        guard digits.count <= 15, let value = Int(digits) else { throw .tooLarge(trimmed) }
        return value
    }

    /// Returns the digits of `text` if it is digits, optionally grouped by thousands with `.`
    /// or a space (one kind of separator, groups of three). Nil otherwise.
    static func groupedDigits<S: StringProtocol>(_ text: S) -> String? {
        let separators: Set<Character> = [".", " ", "\u{00A0}", "\u{202F}"]
        let used = Set(text.filter { separators.contains($0) })
        if used.isEmpty {
            return !text.isEmpty && text.allSatisfy({ $0.isASCII && $0.isNumber }) ? String(text) : nil
        }
        guard used.count == 1, let separator = used.first else { return nil }
        let groups = text.split(separator: separator, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count) else { return nil }
        for (i, group) in groups.enumerated() {
            guard group.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            if i > 0 && group.count != 3 { return nil }
        }
        return groups.joined()
    }
}

/// Why a number or amount in an import file could not be read. Messages are Dutch.
public enum NumberParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case invalid(String)
    case negative(String)
    case notWhole(String)
    case ambiguousDecimalPoint(String)
    case tooManyDecimals(String)
    case tooLarge(String)

    public var description: String {
        switch self {
        case .empty: return "leeg, maar een getal verwacht"
        case .invalid(let t): return "'\(t)' is geen geldig getal"
        case .negative(let t): return "'\(t)' is negatief; alleen 0 of meer is toegelaten"
        case .notWhole(let t): return "'\(t)' is geen geheel getal"
        case .ambiguousDecimalPoint(let t):
            return "'\(t)' is dubbelzinnig: een punt met één of twee cijfers erna kan een decimaalteken zijn; schrijf decimalen met een komma (bv. 30.000,50) of duizendtallen met drie cijfers (30.000)"
        case .tooManyDecimals(let t): return "'\(t)' heeft meer dan twee decimalen; bedragen worden tot op de cent opgegeven"
        case .tooLarge(let t): return "'\(t)' is te groot"
        }
    }
}
