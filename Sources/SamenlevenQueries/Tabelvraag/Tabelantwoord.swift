import Foundation
import Memberwise
import SamenlevenModel

/// A typed value of a long-form record (`gegevens` of `antwoord.json`): amounts in `Euro`,
/// counts whole numbers, percentages exact in percent (`87.5`), texts, or empty (`null`).
public enum Waarde: Sendable, Equatable {
    case leeg
    case tekst(String)
    case geheelGetal(Int)
    case euro(Euro)
    /// In percent: 87.5 is 87,5 %.
    case percentage(Decimal)

    /// The value of a table cell (a `Cel.percentage` fraction becomes percent).
    public init(_ cel: Cel) {
        switch cel {
        case .leeg: self = .leeg
        case .tekst(let t): self = .tekst(t)
        case .getal(let n): self = .geheelGetal(n)
        case .euro(let e): self = .euro(e)
        case .percentage(let basispunten): self = .percentage(Decimal(basispunten) / 100)
        case .datum(let d): self = .tekst(d.iso)
        }
    }
}

/// One record of the long form: one key per dimension and one per measure, in order.
public struct Gegevensrecord: Sendable, Equatable {
    /// The keys in order (dimensions first, then measures).
    public var namen: [String]
    public var waarden: [String: Waarde]

    public init(_ velden: [(String, Waarde)]) {
        namen = velden.map(\.0)
        waarden = Dictionary(velden, uniquingKeysWith: { _, last in last })
    }

    /// The value of a key; nil when the record has no such key, `.leeg` when it is empty.
    public subscript(_ naam: String) -> Waarde? { waarden[naam] }
}

/// The answer to a `Tabelvraag`: the typed result with its rendering, and the figures in long
/// form as `antwoord.json` and `gegevens/deelvraag-N.csv` hold them.
@MemberwiseInit
public struct Tabelantwoord: Sendable, Equatable {
    public var vraag: Tabelvraag
    /// Rows with their keys, fields and provenance, subtotals and total; `resultaat.tabel` is
    /// the `AnswerTable` (title, footnotes) every output writes. With `naast = projectjaar` the
    /// per-year, difference and change columns are presentation only (no `Veld`): read the
    /// figures from `gegevens`.
    public var resultaat: Resultaat
    /// The keys of every record of `gegevens`, in order (the CSV header).
    public var kolommen: [String]
    /// One record per group at the finest level of `per` (plus `projectjaar` when the question
    /// covers more than one year); fixed tables: one per detail row.
    public var gegevens: [Gegevensrecord]
    /// The grand total of each measure (or summed field of a fixed table).
    public var totaal: Gegevensrecord
    /// Where the figures come from: import `file:row` ranges, then the published sources named
    /// in the footnotes.
    public var bronnen: [String]

    /// The rendering as an `AnswerTable`.
    public var tabel: AnswerTable { resultaat.tabel }
}

/// A table question that cannot be answered as asked: every problem, in Dutch. The question
/// file's reader shows them with the file and line of the deelvraag.
public struct Tabelvraagfout: Error, Sendable, Equatable, CustomStringConvertible {
    public var problemen: [String]
    public init(problemen: [String]) { self.problemen = problemen }
    public var description: String { problemen.joined(separator: "\n") }
}

extension Tabelvraag {
    /// Answers the question on `context`; `vraagnummer` and `deelvraag` (its label in the
    /// question file) name the parliamentary question it is for, if any.
    /// A question that does not fit its table (``problemen``) is refused, never half answered.
    public func beantwoord(_ context: QueryContext, vraagnummer: Int?, deelvraag: String? = nil) throws(Tabelvraagfout) -> Tabelantwoord {
        let problemen = problemen
        guard problemen.isEmpty else { throw Tabelvraagfout(problemen: problemen) }
        let opties = opties(vraagnummer: vraagnummer, deelvraag: deelvraag)
        switch tabel {
        case .toekenningen, .kpi: return VrijeTabel(self, context, opties: opties).antwoord()
        case .wijzigingen: return Wijzigingen(self, context, opties: opties).antwoord()
        case .samenwerking, .weigeringen, .aanvragen, .mentorschap, .sio, .budget:
            return VasteTabel.antwoord(self, context, opties: opties)
        }
    }

    /// The options of the standard queries for this question (its years, filters and geography).
    public func opties(vraagnummer: Int?, deelvraag: String? = nil) -> QueryOptions {
        var filter = filter
        filter.status = nil
        return QueryOptions(geografie: geografie, vraagnummer: vraagnummer, deelvraag: deelvraag, projectjaren: projectjaren, filter: filter)
    }
}

extension Tabelantwoord {
    /// The long form of a result whose detail rows are the records: per detail row its keys
    /// (`dimensies`) and its fields; the total row's summed fields.
    init(vraag: Tabelvraag, resultaat: Resultaat) {
        let velden = Veld.allCases.filter { veld in resultaat.tabel.kolommen.contains { $0.id == veld.rawValue } }
        let dimensies = Dimensie.allCases.filter { d in resultaat.details.contains { $0.sleutel(d) != nil } }
        let kolommen = dimensies.map(\.rawValue) + velden.map(\.rawValue)
        let gegevens = resultaat.details.map { rij in
            Gegevensrecord(dimensies.map { ($0.rawValue, rij.sleutel($0).map(\.waarde) ?? .leeg) }
                           + velden.map { ($0.rawValue, Waarde(rij[$0])) })
        }
        let totaal = Gegevensrecord(velden.compactMap { veld in
            resultaat.tabel.kolommen.first { $0.id == veld.rawValue && $0.optellen }.map { _ in (veld.rawValue, Waarde(resultaat.totaal?[veld] ?? .leeg)) }
        })
        self.init(vraag: vraag, resultaat: resultaat, kolommen: kolommen, gegevens: gegevens, totaal: totaal,
                  bronnen: Self.bronnen(resultaat))
    }

    /// The import rows of every row of the result, then the published sources its footnotes
    /// name (published figures, the centrumsteden list).
    static func bronnen(_ resultaat: Resultaat) -> [String] {
        let herkomst = resultaat.rijen.flatMap(\.herkomst)
        var gezien = Set(HerkomstLijst.bronnen(herkomst))
        let gepubliceerd = resultaat.tabel.voetnoten.compactMap(\.bron).filter { gezien.insert($0).inserted }
        return HerkomstLijst.beschrijving(herkomst) + gepubliceerd
    }
}

extension Sleutel {
    /// The key as a long-form value: the year, the province or arrondissement name, the
    /// bestuur's code, the goal and action numbers; empty when unknown.
    var waarde: Waarde {
        switch self {
        case .projectjaar(let j): return .geheelGetal(j)
        case .provincie(let p): return p.map { .tekst($0.naam) } ?? .leeg
        case .arrondissement(let a): return a.map(Waarde.tekst) ?? .leeg
        case .bestuur(let code, _): return .tekst(code)
        case .doelstelling(let d): return d.map(Waarde.geheelGetal) ?? .leeg
        case .actie(let a): return .geheelGetal(a)
        }
    }
}

/// `a / b` rounded half up (away from zero), for exact per-inhabitant amounts and percentages.
func deelHalfUp(_ a: Int64, _ b: Int64) -> Int64 {
    precondition(b > 0)
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    if r.magnitude * 2 >= b.magnitude { return a < 0 ? q - 1 : q + 1 }
    return q
}

extension String {
    /// "bestuur / actie" -> "Bestuur / actie"
    var uppercasedFirst: String { prefix(1).uppercased() + dropFirst() }
}
