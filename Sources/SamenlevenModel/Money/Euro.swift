import Foundation

/// An exact amount of money in euro cents. Never a floating-point number.
public struct Euro: Hashable, Comparable, Sendable, Codable, AdditiveArithmetic, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }
    public init(euros: Int64) { self.cents = euros * 100 }

    public static let zero = Euro(cents: 0)

    public static func + (a: Euro, b: Euro) -> Euro { Euro(cents: a.cents + b.cents) }
    public static func - (a: Euro, b: Euro) -> Euro { Euro(cents: a.cents - b.cents) }
    public static func * (a: Euro, n: Int) -> Euro { Euro(cents: a.cents * Int64(n)) }
    public static func < (a: Euro, b: Euro) -> Bool { a.cents < b.cents }

    /// `self x n`, overflow-checked. `berekening` names what is computed, for the message.
    public func maal(_ n: Int, berekening: @autoclosure () -> String) throws(BedragOverloop) -> Euro {
        let (result, overflow) = cents.multipliedReportingOverflow(by: Int64(n))
        guard !overflow else { throw BedragOverloop(berekening: berekening()) }
        return Euro(cents: result)
    }

    /// `self + other`, overflow-checked.
    public func plus(_ other: Euro, berekening: @autoclosure () -> String) throws(BedragOverloop) -> Euro {
        let (result, overflow) = cents.addingReportingOverflow(other.cents)
        guard !overflow else { throw BedragOverloop(berekening: berekening()) }
        return Euro(cents: result)
    }

    /// The sum of amounts, overflow-checked.
    public static func som<S: Sequence>(_ bedragen: S, berekening: @autoclosure () -> String) throws(BedragOverloop) -> Euro
    where S.Element == Euro {
        var total = Euro.zero
        for bedrag in bedragen { total = try total.plus(bedrag, berekening: berekening()) }
        return total
    }

    /// Whole euros and the remaining cents.
    public var isWholeEuros: Bool { cents % 100 == 0 }

    /// The exact value as a `Decimal` (for JSON and spreadsheets that need a number).
    public var decimal: Decimal { Decimal(cents) / 100 }

    /// `14.136.359` or `1.234,56`: cents shown only when there are any.
    public var belgianNumber: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let whole = BelgianNumber.format(Int64(magnitude / 100))
        let rest = magnitude % 100
        return sign + whole + (rest == 0 ? "" : "," + String(format: "%02d", Int(rest)))
    }

    /// `14.136.359 euro`, `1.234,56 euro` (running text, as in the parliamentary answers).
    public var belgianWords: String { belgianNumber + " euro" }

    /// `€ 1.234,56` (tables): always two decimals.
    public var belgianSymbol: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        return "€ " + sign + BelgianNumber.format(Int64(magnitude / 100)) + "," + String(format: "%02d", Int(magnitude % 100))
    }

    /// `1234.56` or `14136359`: machine-readable, for CSV and JSON open data.
    public var plainDecimal: String {
        let sign = cents < 0 ? "-" : ""
        let magnitude = cents.magnitude
        let rest = magnitude % 100
        return sign + String(magnitude / 100) + (rest == 0 ? "" : "." + String(format: "%02d", Int(rest)))
    }

    public var description: String { belgianWords }

    // MARK: Parsing

    /// Parses an amount in the notations of the import format:
    /// `30000`, `30.000`, `30 000`, `30.000,00`, `€ 30.000`, `30.000 euro`, `30000 EUR`.
    /// A dot followed by one or two final digits and no comma (`30000.5`, `1.25`) is ambiguous
    /// and rejected; negative amounts are rejected.
    public init(parsing input: String) throws(NumberParseError) {
        var text = input.trimmedWhitespace
        guard !text.isEmpty else { throw .empty }
        // Fast path: plain whole euros ("30000").
        if text.utf8.count <= 13, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let euros = Int64(text) {
            self.cents = euros * 100
            return
        }
        if text.hasPrefix("€") { text = String(text.dropFirst()).trimmedWhitespace }
        let lowered = text.last.map { $0.isLetter || $0 == "€" } == true ? text.lowercased() : text
        for suffix in ["euro", "eur", "€"] where lowered.hasSuffix(suffix) {
            text = String(text.dropLast(suffix.count)).trimmedWhitespace
            break
        }
        if text.hasPrefix("€") { text = String(text.dropFirst()).trimmedWhitespace }
        guard !text.isEmpty else { throw .invalid(input) }
        if text.hasPrefix("-") { throw .negative(input.trimmedWhitespace) }

        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw .invalid(input) }
        let wholePart = parts[0]
        if parts.count == 1, let dot = wholePart.lastIndex(of: ".") {
            let after = wholePart[wholePart.index(after: dot)...]
            if (1...2).contains(after.count) && after.allSatisfy({ $0.isASCII && $0.isNumber }) {
                throw .ambiguousDecimalPoint(input.trimmedWhitespace)
            }
        }
        guard let digits = BelgianNumber.groupedDigits(wholePart) else { throw .invalid(input) }
        guard digits.count <= 13, let euros = Int64(digits) else { throw .tooLarge(input) }
        var cents = euros * 100
        if parts.count == 2 {
            let decimals = parts[1]
            guard !decimals.isEmpty, decimals.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .invalid(input) }
            guard decimals.count <= 2 else { throw .tooManyDecimals(input.trimmedWhitespace) }
            cents += Int64(decimals)! * (decimals.count == 1 ? 10 : 1)
        }
        self.cents = cents
    }

    /// Takes an exact decimal as a numeric spreadsheet cell holds it (`30000.5`, `1E3`), as is.
    /// Rejects negatives and fractions of a cent.
    public init(exactDecimal text: String) throws(NumberParseError) {
        let trimmed = text.trimmedWhitespace
        guard let value = Decimal(string: trimmed, locale: Locale(identifier: "en_US_POSIX")) else { throw .invalid(trimmed) }
        if value < 0 { throw .negative(trimmed) }
        var scaled = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled else { throw .tooManyDecimals(trimmed) }
        guard rounded < Decimal(Int64.max / 2) else { throw .tooLarge(trimmed) }
        self.cents = NSDecimalNumber(decimal: rounded).int64Value
    }

    // Stored and exchanged as cents so that JSON never carries a binary fraction.
    public init(from decoder: Decoder) throws {
        cents = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(cents)
    }
}

/// A computation on money whose result does not fit in 64-bit cents (more than
/// 92.233.720.368.547.758,07 euro). With the bounds of the import format
/// (`Grenzen`) only formulas that multiply can get there; reported in Dutch, never a trap.
public struct BedragOverloop: Error, Sendable, Equatable, CustomStringConvertible {
    public let berekening: String

    public init(berekening: String) { self.berekening = berekening }

    public var description: String {
        "\(berekening) is te groot om exact te berekenen (meer dan \(Euro(cents: .max).belgianWords)); controleer de bedragen en KPI's"
    }
}
