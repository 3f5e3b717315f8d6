import Foundation
import SamenlevenModel
import SamenlevenVraagbestand

extension Vraagopsteller {
    /// Today (UTC), for a text without a date.
    public static func vandaag() -> CalendarDate {
        var kalender = Calendar(identifier: .gregorian)
        kalender.timeZone = TimeZone(identifier: "UTC")!
        let d = kalender.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: d.year ?? 2025, month: d.month ?? 1, day: d.day ?? 1)
    }
}

extension Vraagopsteller.Ontwerp {
    /// `9 deelvragen (6 met een tabel, 3 beleidsvragen), 2 keer NAKIJKEN`: what
    /// `samenleven vraagbestand` and the Antwoorden page of `samenleven web` report.
    public var samenvatting: String {
        let deelvragen = vraagbestand.deelvragen
        let tabellen = deelvragen.filter { $0.tabelvraag != nil }.count
        return "\(deelvragen.count) \(deelvragen.count == 1 ? "deelvraag" : "deelvragen") (\(tabellen) met een tabel, "
            + "\(deelvragen.count - tabellen) \(deelvragen.count - tabellen == 1 ? "beleidsvraag" : "beleidsvragen")), "
            + "\(nakijken) keer NAKIJKEN"
    }
}

extension Vraagbestand.Vorm {
    /// `toekenningen; per provincie, bestuur; projectjaren 1, 2, 3` or `beleid`.
    public var beschrijving: String {
        guard case .tabel(let vraag) = self else { return "beleid" }
        var delen = [vraag.tabel.rawValue]
        if !vraag.per.isEmpty { delen.append("per " + vraag.per.map(\.rawValue).joined(separator: ", ")) }
        if vraag.naast != nil { delen.append("projectjaren naast elkaar") }
        if !vraag.maten.isEmpty { delen.append("maten " + vraag.maten.map(\.rawValue).joined(separator: ", ")) }
        delen.append("projectjaren " + vraag.projectjaren.map(String.init).joined(separator: ", "))
        return delen.joined(separator: "; ")
    }
}
