import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

/// The answer to one deelvraag of a question file: its table from the query engine (nil for a
/// policy question) and the sheet of the bijlage that shows it.
public struct Deelantwoord: Sendable {
    public let deelvraag: Vraagbestand.Deelvraag
    /// Nil for `beleid = true`.
    public let antwoord: Tabelantwoord?
    /// The sheet of the bijlage with its table (the first province sheet when the table is
    /// split per province); nil for a policy question.
    public let blad: String?

    public var nummer: String { deelvraag.nummer }

    /// The table is split over one sheet per province (`tabel = "toekenningen"` grouped first
    /// per `provincie`): the province sheets of the bijlage.
    public var perProvincie: Bool {
        guard let vraag = antwoord?.vraag else { return false }
        return vraag.tabel == .toekenningen && vraag.per.first == .provincie && vraag.naast == nil
    }
}

extension Vraagbestand {
    /// The question as the documents and the bijlage show it; what the file leaves out (minister,
    /// function) is a visible placeholder.
    public var parlementaireVraag: ParlementaireVraag {
        ParlementaireVraag(
            nummer: nummer, datum: datum, vraagsteller: vraagsteller,
            minister: minister ?? "[minister]", functie: functie ?? "[functie van de minister]",
            titel: titel ?? "Plan Samenleven",
            deelvragen: deelvragen.map { deelvraag in
                ParlementaireVraag.Deelvraag(nummer: deelvraag.nummer, tekst: deelvraag.tekst,
                                             standaardvragen: deelvraag.tabelvraag.flatMap { Self.standaardvraag($0.tabel) }.map { [$0] } ?? [])
            })
    }

    /// The project year the text speaks of: the last of the head's `projectjaren`, else the
    /// year running on the question's date.
    public var antwoordjaar: Int { projectjaren?.last ?? parlementaireVraag.projectjaar }

    /// The standard question of a table with the same name (`wijzigingen` has none).
    static func standaardvraag(_ tabel: Tabel) -> StandaardVraag? { StandaardVraag(rawValue: tabel.rawValue) }

    /// Answers every table deelvraag on `context` (all project years) and names its sheet: a
    /// fixed table keeps the sheet name of its standard question (`Samenwerkingsverbanden`), a
    /// free table is `Deelvraag N`. A deelvraag the engine refuses is a problem on its line.
    public func beantwoord(_ context: QueryContext) throws(Fout) -> [Deelantwoord] {
        var gebruikt: Set<String> = [Bijlage.toelichtingBlad, Bijlage.grafiekenBlad]
        var antwoorden: [Deelantwoord] = []
        var problemen: [Probleem] = []
        for deelvraag in deelvragen {
            guard let tabelvraag = deelvraag.tabelvraag else {
                antwoorden.append(Deelantwoord(deelvraag: deelvraag, antwoord: nil, blad: nil))
                continue
            }
            let antwoord: Tabelantwoord
            do {
                antwoord = try tabelvraag.beantwoord(context, vraagnummer: nummer, deelvraag: deelvraag.nummer)
            } catch {
                problemen += error.problemen.map { Probleem(bestand: bestand, regel: deelvraag.regel, boodschap: $0) }
                continue
            }
            let blad: String
            if tabelvraag.tabel == .toekenningen, tabelvraag.per.first == .provincie, tabelvraag.naast == nil,
               !gebruikt.contains(Provincie.allCases[0].naam) {
                Provincie.allCases.forEach { gebruikt.insert($0.naam) }
                blad = Provincie.allCases[0].naam
            } else if !tabelvraag.tabel.vrijeIndeling, let standaard = Self.standaardvraag(tabelvraag.tabel),
                      !gebruikt.contains(standaard.bladnaam) {
                blad = standaard.bladnaam
            } else {
                var naam = String("Deelvraag \(deelvraag.nummer)".prefix(31))
                var n = 2
                while gebruikt.contains(naam) { naam = String("Deelvraag \(deelvraag.nummer)".prefix(27)) + " (\(n))"; n += 1 }
                blad = naam
            }
            gebruikt.insert(blad)
            antwoorden.append(Deelantwoord(deelvraag: deelvraag, antwoord: antwoord, blad: blad))
        }
        guard problemen.isEmpty else { throw Fout(problemen: problemen) }
        return antwoorden
    }
}

// MARK: antwoord.json and gegevens/deelvraag-N.csv

/// `antwoord.json` and the CSV files of the deelvragen (`../shared/spec/vraagbestand.md`).
public enum Antwoordgegevens {
    /// `{"vraag": {...}, "deelvragen": [...]}`.
    public static func json(_ vraagbestand: Vraagbestand, _ antwoorden: [Deelantwoord]) -> JSONValue {
        var vraag: [(String, JSONValue)] = [
            ("nummer", .integer(vraagbestand.nummer)),
            ("datum", .string(vraagbestand.datum.iso)),
            ("vraagsteller", .string(vraagbestand.vraagsteller)),
        ]
        for (sleutel, waarde) in [("minister", vraagbestand.minister), ("functie", vraagbestand.functie), ("titel", vraagbestand.titel)] {
            if let waarde { vraag.append((sleutel, .string(waarde))) }
        }
        if let jaren = vraagbestand.projectjaren { vraag.append(("projectjaren", .array(jaren.map(JSONValue.integer)))) }
        vraag.append(("geografie", .string(vraagbestand.geografie == .gemeenten2025 ? "2025" : "2019")))
        if let sjabloon = vraagbestand.sjabloon { vraag.append(("sjabloon", .string(sjabloon))) }
        let deelvragen: [JSONValue] = antwoorden.map { d in
            var velden: [(String, JSONValue)] = [("nummer", .string(d.nummer)), ("tekst", .string(d.deelvraag.tekst))]
            if let toelichting = d.deelvraag.toelichting { velden.append(("toelichting", .string(toelichting))) }
            guard let antwoord = d.antwoord else {
                velden.append(("beleid", .bool(true)))
                return .object(velden)
            }
            velden.append(("tabel", .string(antwoord.vraag.tabel.rawValue)))
            velden.append(("blad", d.blad.map(JSONValue.string) ?? .null))
            velden.append(("gegevens", .array(antwoord.gegevens.map { record in
                .object(antwoord.kolommen.map { ($0, json(record[$0] ?? .leeg)) })
            })))
            velden.append(("totaal", .object(antwoord.totaal.namen.map { ($0, json(antwoord.totaal[$0] ?? .leeg)) })))
            velden.append(("bronnen", .array(antwoord.bronnen.map(JSONValue.string))))
            return .object(velden)
        }
        return .object([("vraag", .object(vraag)), ("deelvragen", .array(deelvragen))])
    }

    /// A long-form value as JSON: euro with at most two decimals, counts whole, percent as a number.
    static func json(_ waarde: Waarde) -> JSONValue {
        switch waarde {
        case .leeg: return .null
        case .tekst(let t): return .string(t)
        case .geheelGetal(let n): return .integer(n)
        case .euro(let e): return .number(e.plainDecimal)
        case .percentage(let p): return .number(decimaal(p))
        }
    }

    /// `gegevens/deelvraag-NUMMER.csv`: the records with the open-data CSV conventions.
    public static func csv(_ antwoord: Tabelantwoord) -> String {
        var uit = antwoord.kolommen.map(OpenDataCSV.field).joined(separator: ",") + OpenDataCSV.lineEnd
        for record in antwoord.gegevens {
            uit += antwoord.kolommen.map { OpenDataCSV.field(csvCel(record[$0] ?? .leeg)) }.joined(separator: ",") + OpenDataCSV.lineEnd
        }
        return uit
    }

    static func csvCel(_ waarde: Waarde) -> String {
        switch waarde {
        case .leeg: return ""
        case .tekst(let t): return OpenDataCSV.neutralised(t)
        case .geheelGetal(let n): return String(n)
        case .euro(let e): return e.plainDecimal
        case .percentage(let p): return decimaal(p)
        }
    }

    /// A value in running text, the Belgian way: `14.136.359 euro`, `1.234`, `87,5 %`.
    public static func belgisch(_ waarde: Waarde) -> String {
        switch waarde {
        case .leeg: return "–"
        case .tekst(let t): return t
        case .geheelGetal(let n): return BelgianNumber.format(n)
        case .euro(let e): return e.belgianWords
        case .percentage(let p): return decimaal(p).replacingOccurrences(of: ".", with: ",") + " %"
        }
    }

    /// `87.5`: a decimal in plain notation, never exponent form, never locale-dependent.
    static func decimaal(_ waarde: Decimal) -> String {
        var waarde = waarde
        var afgerond = Decimal()
        NSDecimalRound(&afgerond, &waarde, 4, .plain)
        return NSDecimalNumber(decimal: afgerond).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}
