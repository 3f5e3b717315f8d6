import Memberwise
import SamenlevenModel

// The question a question file's `[[deelvraag]]` asks of a table (`../shared/spec/vraagbestand.md`),
// in typed form: the question-file reader produces it, the query engine answers it.

/// A table a deelvraag can ask for (`tabel = NAME`).
public enum Tabel: String, Sendable, CaseIterable, Codable {
    case toekenningen, kpi, samenwerking, weigeringen, aanvragen, mentorschap, sio, budget, wijzigingen

    /// Whether `per` and `maten` are free for this table (else the table's layout is fixed).
    public var vrijeIndeling: Bool { self == .toekenningen || self == .kpi }
}

/// A measure of a table (`maten`).
public enum Maat: String, Sendable, CaseIterable, Codable {
    case subsidie, toekenningen, besturen
    case kpiVooropgesteld = "kpi_vooropgesteld"
    case kpiBehaald6m = "kpi_behaald_6m"
    case kpiBehaald12m = "kpi_behaald_12m"
    case realisatiegraad
    case subsidiePerInwoner = "subsidie_per_inwoner"
}

/// A named group of besturen a filter can select (`groep`, `buiten_groep`).
public enum Bestuursgroep: String, Sendable, CaseIterable, Codable {
    case centrumsteden
}

/// What changed for a bestuur and action from one project year to the next (`wijzigingen`).
public enum Wijzigingsstatus: String, Sendable, CaseIterable, Codable {
    case nieuw, gestopt
    case kpiVerlaagd = "kpi_verlaagd"
    case kpiVerhoogd = "kpi_verhoogd"
    case ongewijzigd
}

/// The filters of a deelvraag (`filter = { ... }`). An empty list or nil selects everything;
/// several values of one key select any of them; different keys must all hold.
@MemberwiseInit
public struct Vraagfilter: Sendable, Hashable {
    public var provincies: [Provincie] = []
    /// Arrondissement names as in the reference data (`Bestuur.arrondissement`).
    public var arrondissementen: [String] = []
    /// Codes of besturen (NIS code, `VGC`, `DERAND`), already resolved from names.
    public var besturen: [String] = []
    public var doelstellingen: [Int] = []
    public var acties: [Int] = []
    public var groep: Bestuursgroep?
    public var buitenGroep: Bestuursgroep?
    /// Only for `wijzigingen`.
    public var status: Wijzigingsstatus?
}

/// One table question: which table, for which project years, grouped how, with which measures
/// and filters, in which geography. Hashable: two requests for the same question (however
/// their parameters were spelled) are one key, as the web's answer cache keeps them.
@MemberwiseInit
public struct Tabelvraag: Sendable, Hashable {
    public var tabel: Tabel
    /// Ascending, each 1...3.
    public var projectjaren: [Int]
    /// Grouping dimensions, outermost first (free tables only).
    public var per: [Dimensie] = []
    /// `.projectjaar` puts the years side by side; presentation only.
    public var naast: Dimensie?
    /// Free tables only; empty means the table's default measures.
    public var maten: [Maat] = []
    public var filter: Vraagfilter = Vraagfilter()
    public var geografie: Geografie = .gemeenten2019
    /// `wijzigingen` only: the years compared (default: the last two of `projectjaren`).
    public var van: Int?
    public var naar: Int?
}
