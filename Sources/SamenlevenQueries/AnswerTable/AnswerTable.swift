import Memberwise
import SamenlevenModel

/// The answer to one standard question, in a form every output (terminal, CSV, JSON,
/// markdown, xlsx, docx) is written from. A new question is a new query returning an
/// AnswerTable; it needs no new exporter code.
@MemberwiseInit
public struct AnswerTable: Codable, Sendable, Equatable {
    /// "Toegekende subsidie per bestuur en actie"
    public var titel: String
    /// Nil when the answer is not for a numbered parliamentary question.
    public var vraag: VraagReferentie?
    /// What data the answer rests on, e.g. "databank: toekenningen.csv (projectjaar 1)".
    public var gegevensstand: String
    public var kolommen: [Kolom]
    public var rijen: [Rij]
    /// Sources and remarks, shown under the table.
    public var voetnoten: [Voetnoot] = []
    /// True when any figure comes from synthetic example data: every output then says
    /// `Herkomst.voorbeelddataLabel` visibly.
    public var voorbeelddata: Bool = false
    /// The filters and geography the answer was made with, as "name: value" pairs for display.
    public var filters: [Filter] = []

    /// One filter or choice the answer was made with ("provincie", "West-Vlaanderen").
    @MemberwiseInit(unlabeled: "naam", "waarde")
    public struct Filter: Codable, Sendable, Equatable {
        public var naam: String
        public var waarde: String
    }
}

/// Which parliamentary question (and sub-question) an answer belongs to.
@MemberwiseInit
public struct VraagReferentie: Codable, Sendable, Equatable, CustomStringConvertible {
    public var nummer: Int
    /// The deelvraag's own label in the question file ("1", "5a").
    public var subvraag: String?
    /// "vraag 492, subvraag 2"
    public var description: String { subvraag.map { "vraag \(nummer), subvraag \($0)" } ?? "vraag \(nummer)" }
}

/// A typed column with its Dutch header.
public struct Kolom: Codable, Sendable, Equatable {
    /// What a column holds, which decides how every output writes its cells.
    public enum Soort: String, Codable, Sendable {
        case tekst, geheelGetal, euro, percentage, datum
        /// Numbers that subtotal rows add up.
        public var isSummable: Bool { self == .geheelGetal || self == .euro }
    }

    /// Stable machine name ("bestuur", "subsidie").
    public var id: String
    /// Dutch header ("Toegekende subsidie").
    public var kop: String
    public var soort: Soort
    /// Whether subtotal and total rows add this column (a count of besturen may not add up).
    public var optellen: Bool

    public init(_ id: String, _ kop: String, _ soort: Soort, optellen: Bool? = nil) {
        self.id = id
        self.kop = kop
        self.soort = soort
        self.optellen = optellen ?? soort.isSummable
    }
}

/// The columns several answers share, defined once so that their id, header and summing rule
/// stay the same in every table.
extension Kolom {
    /// The first column: the row's label, headed by the levels of the answer
    /// ("Provincie / bestuur").
    public static func omschrijving(_ kop: String) -> Kolom { Kolom("omschrijving", kop, .tekst) }
    /// The project year of a row; a year is a key, never added up.
    public static let projectjaar = Kolom("projectjaar", "Projectjaar", .geheelGetal, optellen: false)
    /// The explanation (toelichting) the source gives with a record.
    public static let toelichting = Kolom("toelichting", "Toelichting", .tekst)
}

/// One cell value, typed like its column.
public enum Cel: Codable, Sendable, Equatable {
    case leeg
    case tekst(String)
    case getal(Int)
    case euro(Euro)
    /// A fraction: 0.25 is 25 %. Stored as basis points to stay exact.
    case percentage(basispunten: Int)
    case datum(CalendarDate)

    /// The exact numeric value of a number or amount (euro in cents), nil otherwise.
    public var numericCents: Int64? {
        switch self {
        case .getal(let n): return Int64(n) * 100
        case .euro(let e): return e.cents
        default: return nil
        }
    }
}

/// A row of the table. Rows form groups by level: a `kop` row at level n opens a group
/// (provincie > bestuur, doelstelling > actie), the rows after it with a higher level belong
/// to it, and a `subtotaal` row at level n closes it. `totaal` adds up everything.
@MemberwiseInit(unlabeled: "soort", "cellen")
public struct Rij: Codable, Sendable, Equatable {
    /// A row's role in the grouping: a group heading, a detail, a subtotal or the grand total.
    public enum Soort: String, Codable, Sendable {
        case kop, detail, subtotaal, totaal
    }

    public var soort: Soort
    public var niveau: Int
    public var cellen: [Cel]
    /// Where the row's figures come from: import `file:row` or a published source.
    public var herkomst: [String] = []
}

/// A note under the table: a source, a definition or a remark.
@MemberwiseInit(unlabeled: "tekst")
public struct Voetnoot: Codable, Sendable, Equatable {
    public var tekst: String
    public var bron: String?
}

extension AnswerTable {
    /// The position of a column by its id.
    public func kolomIndex(_ id: String) -> Int? { kolommen.firstIndex { $0.id == id } }

    /// A row's cell in the column with this id (`.leeg` when absent).
    public func cel(_ rij: Rij, _ id: String) -> Cel {
        guard let i = kolomIndex(id), i < rij.cellen.count else { return .leeg }
        return rij.cellen[i]
    }

    /// The grand total row, if the table has one, and its position.
    public var totaalRij: Rij? { totaalIndex.map { rijen[$0] } }
    public var totaalIndex: Int? { rijen.lastIndex { $0.soort == .totaal } }

    /// A cell of the grand total row.
    public func totaal(_ id: String) -> Cel { totaalRij.map { cel($0, id) } ?? .leeg }
}

extension Cel {
    public var geheelGetal: Int? { if case .getal(let n) = self { return n } else { return nil } }
    public var bedrag: Euro? { if case .euro(let e) = self { return e } else { return nil } }
}
