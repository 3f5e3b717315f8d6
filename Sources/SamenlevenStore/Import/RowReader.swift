import Foundation
import SamenlevenModel

/// Reads typed values from one spreadsheet row by column name, collecting every problem
/// (located at file, row and column) instead of stopping at the first.
struct RowReader {
    let bestand: String
    let rij: Int
    let cells: [String: CellValue]
    var problemen: [ImportProblem] = []

    mutating func problem(_ kolom: String?, _ boodschap: String) {
        problemen.append(ImportProblem(bestand: bestand, rij: rij, kolom: kolom, boodschap: boodschap))
    }

    /// The cell as text, trimmed; nil when empty. Numbers keep their exact form.
    mutating func text(_ kolom: String) -> String? {
        switch cells[kolom] ?? .empty {
        case .empty: return nil
        case .text(let s):
            let trimmed = s.trimmedWhitespace
            return trimmed.isEmpty ? nil : trimmed
        case .number(let n): return n
        case .boolean(let b): return b ? "WAAR" : "ONWAAR"
        case let .date(year, month, day, _): return CalendarDate(year: year, month: month, day: day).iso
        case .error(let e):
            problem(kolom, "de cel bevat een foutwaarde (\(e))")
            return nil
        }
    }

    mutating func required(_ kolom: String) -> String? {
        guard let value = text(kolom) else {
            if case .error = cells[kolom] ?? .empty { return nil }
            problem(kolom, "verplicht veld is leeg")
            return nil
        }
        return value
    }

    /// A whole number >= 0: `68.429`, `68 429`, or a numeric cell without fraction.
    mutating func wholeNumber(_ kolom: String, required: Bool, default defaultValue: Int? = nil) -> Int? {
        guard let raw = required ? self.required(kolom) : text(kolom) else { return defaultValue }
        if case .number(let n) = cells[kolom] ?? .empty {
            guard let value = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")) else {
                problem(kolom, "'\(n)' is geen geldig getal"); return nil
            }
            if value < 0 { problem(kolom, NumberParseError.negative(n).description); return nil }
            var v = value, rounded = Decimal()
            NSDecimalRound(&rounded, &v, 0, .plain)
            guard rounded == value, let int = Int(exactly: NSDecimalNumber(decimal: value).int64Value) else {
                problem(kolom, NumberParseError.notWhole(n).description); return nil
            }
            return int
        }
        do { return try BelgianNumber.parseWholeNumber(raw) } catch {
            problem(kolom, error.description)
            return nil
        }
    }

    /// An amount >= 0 in Belgian notation, or a numeric cell taken as it is.
    mutating func amount(_ kolom: String, required: Bool) -> Euro? {
        guard let raw = required ? self.required(kolom) : text(kolom) else { return nil }
        do {
            if case .number(let n) = cells[kolom] ?? .empty { return try Euro(exactDecimal: n) }
            return try Euro(parsing: raw)
        } catch {
            problem(kolom, error.description)
            return nil
        }
    }

    mutating func projectjaar(_ kolom: String = "projectjaar") -> Int? {
        guard let jaar = wholeNumber(kolom, required: true) else { return nil }
        guard Projectjaar.nummers.contains(jaar) else {
            problem(kolom, "projectjaar \(jaar) bestaat niet; toegelaten: 1, 2 of 3")
            return nil
        }
        return jaar
    }

    mutating func actie(_ kolom: String, catalogus: Set<Int>) -> Int? {
        guard let nummer = wholeNumber(kolom, required: true) else { return nil }
        guard catalogus.contains(nummer) else {
            problem(kolom, "onbekende actie \(nummer); de catalogus kent de acties 1 tot 24")
            return nil
        }
        return nummer
    }

    /// A bestuur by NIS code or name, valid at the start of the project year.
    mutating func bestuur(_ kolom: String, jaar: Int?, resolver: BestuurResolver) -> Bestuur? {
        guard let raw = required(kolom) else { return nil }
        // Without a valid project year there is no day to resolve against; the year's own
        // problem is already reported.
        guard let jaar, let start = Projectjaar.nummer(jaar)?.start else { return nil }
        switch resolver.resolve(raw, op: start) {
        case .success(let bestuur): return bestuur
        case .failure(let failure):
            problem(kolom, failure.description)
            return nil
        }
    }

    /// One of a fixed list of words (status, meetmoment), case and spaces aside.
    mutating func oneOf<T>(_ kolom: String, _ options: KeyValuePairs<String, T>) -> T? {
        guard let raw = required(kolom) else { return nil }
        let key = raw.lowercased().replacingOccurrences(of: " ", with: "")
        guard let value = options.first(where: { $0.key == key })?.value else {
            problem(kolom, "'\(raw)' is geen geldige waarde voor \(kolom); toegelaten: \(options.map(\.key).joined(separator: ", "))")
            return nil
        }
        return value
    }
}
