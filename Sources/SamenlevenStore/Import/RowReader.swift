import Foundation
import SamenlevenModel
import SamenlevenReaders

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
    mutating func text(_ spec: KolomSpec) -> String? { text(spec.naam) }

    private mutating func text(_ kolom: String) -> String? {
        switch cells[kolom] ?? .empty {
        case .empty: return nil
        case .text(let s):
            let trimmed = s.trimmedWhitespace
            if trimmed.isEmpty { return nil }
            return storable(kolom, trimmed) ? trimmed : nil
        case .number(let n): return n
        case .boolean(let b): return b ? "WAAR" : "ONWAAR"
        case let .date(year, month, day, _): return CalendarDate(year: year, month: month, day: day).iso
        case .error(let e):
            problem(kolom, "de cel bevat een foutwaarde (\(e))")
            return nil
        }
    }

    /// Text that a spreadsheet cell can hold: at most 32.767 characters, and none of NUL,
    /// U+FFFE and U+FFFF (a NUL would also cut the text short in the store). Tab, CR and LF
    /// are kept. Reports the problem and returns false otherwise.
    mutating func storable(_ kolom: String, _ s: String) -> Bool {
        let length = s.utf16.count
        if length > Grenzen.tekstlengte {
            problem(kolom, "de tekst is \(BelgianNumber.format(length)) tekens lang; een cel houdt hoogstens \(BelgianNumber.format(Grenzen.tekstlengte)) tekens (de grens van Excel)")
            return false
        }
        if let bad = s.unicodeScalars.first(where: { $0.value == 0 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            let name = bad.value == 0 ? "het nulteken (NUL, U+0000)" : "het teken U+\(String(bad.value, radix: 16, uppercase: true))"
            problem(kolom, "de tekst bevat \(name), dat geen spreadsheet kan bewaren; verwijder het")
            return false
        }
        return true
    }

    /// A numeric cell as Excel shows it: rounded to 15 significant digits, so that a binary
    /// fraction such as `30000.300000000003` reads as 30000.3. Nil when it is no number.
    static func shownNumber(_ n: String) -> Decimal? {
        guard var value = Decimal(string: n, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        guard !value.isZero else { return value }
        var magnitude = value.magnitude, integerDigits = 0
        while magnitude >= 1 { magnitude /= 10; integerDigits += 1 }
        while magnitude < Decimal(string: "0.1")! { magnitude *= 10; integerDigits -= 1 }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 15 - integerDigits, .plain)
        return rounded
    }

    /// The cell as text; a problem when it is empty.
    mutating func required(_ spec: KolomSpec) -> String? { required(spec.naam) }

    private mutating func required(_ kolom: String) -> String? {
        guard let value = text(kolom) else {
            if case .error = cells[kolom] ?? .empty { return nil }
            problem(kolom, "verplicht veld is leeg")
            return nil
        }
        return value
    }

    /// A whole number >= 0: `68.429`, `68 429`, or a numeric cell without fraction; required
    /// when the column is.
    mutating func wholeNumber(_ spec: KolomSpec, default defaultValue: Int? = nil) -> Int? {
        let kolom = spec.naam
        guard let raw = spec.verplicht ? self.required(kolom) : text(kolom) else { return defaultValue }
        let value: Int
        if case .number(let n) = cells[kolom] ?? .empty {
            guard let number = Self.shownNumber(n) else {
                problem(kolom, "'\(n)' is geen geldig getal"); return nil
            }
            guard let whole = wholeNumber(kolom, cell: n, number) else { return nil }
            value = whole
        } else {
            do { value = try BelgianNumber.parseWholeNumber(raw) } catch {
                problem(kolom, error.description)
                return nil
            }
        }
        guard value <= Grenzen.aantal else { tooLarge(kolom, BelgianNumber.format(value)); return nil }
        return value
    }

    private mutating func tooLarge(_ kolom: String, _ shown: String) {
        problem(kolom, "\(shown) is te groot; het invoerformaat laat hoogstens \(BelgianNumber.format(Grenzen.aantal)) toe")
    }

    private mutating func wholeNumber(_ kolom: String, cell n: String, _ value: Decimal) -> Int? {
        if value < 0 { problem(kolom, NumberParseError.negative(n).description); return nil }
        var v = value, rounded = Decimal()
        NSDecimalRound(&rounded, &v, 0, .plain)
        guard rounded == value else { problem(kolom, NumberParseError.notWhole(n).description); return nil }
        guard value <= Decimal(Grenzen.aantal) else { tooLarge(kolom, n); return nil }
        return NSDecimalNumber(decimal: value).intValue
    }

    /// An amount >= 0 in Belgian notation, or a numeric cell taken as it is; required when
    /// the column is.
    mutating func amount(_ spec: KolomSpec) -> Euro? {
        let kolom = spec.naam
        guard let raw = spec.verplicht ? self.required(kolom) : text(kolom) else { return nil }
        let bedrag: Euro
        do throws(NumberParseError) {
            if case .number(let n) = cells[kolom] ?? .empty {
                guard let shown = Self.shownNumber(n) else { throw NumberParseError.invalid(n) }
                bedrag = try Euro(exactDecimal: shown.description)
            } else {
                bedrag = try Euro(parsing: raw)
            }
        } catch {
            problem(kolom, error.description)
            return nil
        }
        guard bedrag <= Grenzen.bedrag else {
            problem(kolom, "\(bedrag.belgianWords) is te veel; het invoerformaat laat hoogstens \(Grenzen.bedrag.belgianWords) per rij toe")
            return nil
        }
        return bedrag
    }

    mutating func projectjaar(_ spec: KolomSpec = .projectjaar) -> Int? {
        let kolom = spec.naam
        guard let jaar = wholeNumber(spec) else { return nil }
        guard Projectjaar.nummers.contains(jaar) else {
            problem(kolom, "projectjaar \(jaar) bestaat niet; toegelaten: 1, 2 of 3")
            return nil
        }
        return jaar
    }

    mutating func actie(_ spec: KolomSpec, catalogus: Set<Int>) -> Int? {
        let kolom = spec.naam
        guard let nummer = wholeNumber(spec) else { return nil }
        guard catalogus.contains(nummer) else {
            problem(kolom, "onbekende actie \(nummer); de catalogus kent de acties 1 tot 24")
            return nil
        }
        return nummer
    }

    /// An indicator of the row's action, matched like besturen (case, accents and spaces do
    /// not count), as the catalogue names it; `.some(nil)` when the cell is empty (the action's
    /// only indicator, or all together); nil after a problem, or when the action is unknown.
    mutating func indicator(_ spec: KolomSpec, actie nummer: Int?, acties: ActieCatalogus) -> String?? {
        let kolom = spec.naam
        guard let raw = text(kolom), NameKey.normalise(raw) != KolomSpec.alleIndicatoren else { return .some(nil) }
        guard let nummer, let actie = acties[nummer] else { return nil }
        if let gevonden = actie.indicator(raw) { return .some(gevonden.naam) }
        guard !actie.indicatoren.isEmpty else {
            problem(kolom, "actie \(nummer) heeft geen indicatoren in de catalogus; laat \(kolom) leeg")
            return nil
        }
        let suggesties = actie.suggesties(voor: raw)
        let hint = suggesties.isEmpty ? "" : "; bedoelde u " + suggesties.map { "'\($0)'" }.joined(separator: ", ") + "?"
        problem(kolom, "onbekende indicator '\(raw)' voor actie \(nummer)\(hint) (indicatoren van actie \(nummer): "
                + actie.indicatoren.map(\.naam).joined(separator: ", ") + ")")
        return nil
    }

    /// A bestuur by NIS code or name, valid at the start of the project year.
    mutating func bestuur(_ spec: KolomSpec, jaar: Int?, resolver: BestuurResolver) -> Bestuur? {
        let kolom = spec.naam
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
    mutating func oneOf<T: CaseIterable & RawRepresentable>(_ spec: KolomSpec, _: T.Type) -> T? where T.RawValue == String {
        let kolom = spec.naam
        guard let raw = required(kolom) else { return nil }
        let key = raw.lowercased().replacingOccurrences(of: " ", with: "")
        guard let value = T(rawValue: key) else {
            problem(kolom, "'\(raw)' is geen geldige waarde voor \(kolom); toegelaten: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }
}
