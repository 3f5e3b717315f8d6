import Foundation
import Memberwise

/// A calendar day without time zone (validity dates, project year starts).
///
/// Plain year/month/day so that "2025-01-01" never shifts with the machine's time zone.
@MemberwiseInit
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`; returns nil for anything else, including impossible dates.
    public init?(iso text: String) {
        let parts = text.trimmedWhitespace.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= CalendarDate.daysInMonth(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Today in the local calendar.
    public static func today(now: Date = Date()) -> CalendarDate {
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day before this one (used for "ends the day before the next starts").
    public var previousDay: CalendarDate {
        if day > 1 { return CalendarDate(year: year, month: month, day: day - 1) }
        if month > 1 { return CalendarDate(year: year, month: month - 1, day: CalendarDate.daysInMonth(year: year, month: month - 1)) }
        return CalendarDate(year: year - 1, month: 12, day: 31)
    }

    /// `2025-06-01`
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `1 juni 2025`
    public var dutch: String {
        "\(day) \(CalendarDate.dutchMonths[month - 1]) \(year)"
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static let dutchMonths = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
                              "augustus", "september", "oktober", "november", "december"]

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "geen datum JJJJ-MM-DD: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
