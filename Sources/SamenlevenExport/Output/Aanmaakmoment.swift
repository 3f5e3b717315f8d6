import Foundation
import SamenlevenModel

/// The creation time of a workbook, document or data package: reproducible, never the wall
/// clock. The one creation-date rule of the toolkit (`bepaal`), used by the workbooks
/// (`vraag`, `bijlage`, `sjabloon`), the answer bundle and the open-data package.
public enum Aanmaakmoment {
    /// The rule: the day the user gave (`--datum`), when there is one; else
    /// `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) when it is
    /// set; else 00:00 UTC of the last day of the latest of `projectjaren` (the project years
    /// with records); else of `anders`; else nil (a workbook then carries XlsxWriter's fixed
    /// 1980-01-01).
    public static func bepaal(opgegeven: CalendarDate? = nil, projectjaren: [Int], anders: CalendarDate? = nil,
                              omgeving: [String: String] = ProcessInfo.processInfo.environment) throws(WerkboekFout) -> Date? {
        if let opgegeven { return datum(opgegeven) }
        if let moment = try uitOmgeving(omgeving) { return moment }
        return (laatsteDag(projectjaren) ?? anders).map(datum)
    }

    /// The rule for the records of `gegevens` (nil: no records).
    public static func bepaal(gegevens: Gegevens?, omgeving: [String: String] = ProcessInfo.processInfo.environment) throws(WerkboekFout) -> Date? {
        try bepaal(projectjaren: gegevens?.projectjaren ?? [], omgeving: omgeving)
    }

    /// `SOURCE_DATE_EPOCH`, or nil when it is not set.
    public static func uitOmgeving(_ omgeving: [String: String]) throws(WerkboekFout) -> Date? {
        guard let tekst = omgeving["SOURCE_DATE_EPOCH"], !tekst.isEmpty else { return nil }
        guard let seconden = Int64(tekst.trimmingCharacters(in: .whitespaces)), seconden > 0 else {
            throw WerkboekFout("SOURCE_DATE_EPOCH: '\(tekst)' is geen positief aantal seconden sinds 1970")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconden))
    }

    /// The last day of the latest of `projectjaren`, or nil when there is none.
    public static func laatsteDag(_ projectjaren: [Int]) -> CalendarDate? {
        projectjaren.max().flatMap(Projectjaar.nummer)?.einde
    }

    /// 00:00 UTC of a calendar day.
    public static func datum(_ dag: CalendarDate) -> Date {
        var components = DateComponents()
        components.year = dag.year
        components.month = dag.month
        components.day = dag.day
        return utc.date(from: components)!
    }

    /// The UTC calendar day of a moment.
    public static func dag(_ moment: Date) -> CalendarDate {
        let c = utc.dateComponents([.year, .month, .day], from: moment)
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)
    }

    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
