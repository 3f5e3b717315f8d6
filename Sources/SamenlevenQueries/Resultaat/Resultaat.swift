import Memberwise
import SamenlevenModel

/// A dimension an answer's rows can be grouped by.
public enum Dimensie: String, Sendable, CaseIterable, Codable {
    case projectjaar, provincie, arrondissement, bestuur, doelstelling, actie
}

/// The value of one dimension on a row of a typed result.
public enum Sleutel: Sendable, Hashable {
    case projectjaar(Int)
    /// Nil: the bestuur is unknown and the source names no recognisable province.
    case provincie(Provincie?)
    /// Nil: a bestuur without arrondissement (a 2025 gemeente spanning two, an unknown code).
    case arrondissement(String?)
    /// A bestuur in the answer's geography; `naam` as people say it ("Harelbeke"), or, for an
    /// unknown code, as the answer shows it ("onbekend bestuur 99999").
    case bestuur(code: String, naam: String)
    /// Nil: an action without doelstelling.
    case doelstelling(Int?)
    case actie(Int)

    public var dimensie: Dimensie {
        switch self {
        case .projectjaar: .projectjaar
        case .provincie: .provincie
        case .arrondissement: .arrondissement
        case .bestuur: .bestuur
        case .doelstelling: .doelstelling
        case .actie: .actie
        }
    }
}

/// A field of a typed result's row: a measure (an amount, a count) or a describing value. The
/// raw value is the id of the column of the `AnswerTable` rendering that shows it.
public enum Veld: String, Sendable, CaseIterable {
    case subsidie, indieners, besturen, lidmaatschappen, aanvragen, goedgekeurd, geweigerd
    case mentorschappen, stimulans, bedrag, toegekend, aantal, partners, kpi, gepubliceerd, verschil
    /// The samenwerkingsstimulans of the budget question, outside "toegekend".
    case samenwerkingsstimulans
    case kpiVooropgesteld = "kpi_vooropgesteld", kpi6m = "kpi_6m", kpi12m = "kpi_12m"
    /// The partners of a samenwerkingsverband, as listed.
    case samenwerktMet = "samenwerkt_met"
    /// The reason for a refusal.
    case reden
    /// The action as the table names it.
    case actie
    case investeerder
    case socialeOrganisatie = "sociale_organisatie"
    case toelichting
    /// Measures of a question file's table (`Maat`) and of `wijzigingen`.
    case toekenningen, realisatiegraad
    case subsidiePerInwoner = "subsidie_per_inwoner"
    case kpiVan = "kpi_van", kpiNaar = "kpi_naar", subsidieVan = "subsidie_van", subsidieNaar = "subsidie_naar"
    case status
}

/// One row of a typed result: its kind and level in the grouping, the dimension keys it
/// stands for, its fields and the records its figures come from. `rij` is its rendering.
@MemberwiseInit
public struct Resultaatrij: Sendable, Equatable {
    public var soort: Rij.Soort { rij.soort }
    public var niveau: Int { rij.niveau }
    /// The keys of this row and of the groups it belongs to (outermost first).
    public var sleutels: [Sleutel]
    public var velden: [Veld: Cel]
    public var herkomst: [Herkomst]
    /// The row as the `AnswerTable` rendering shows it.
    public var rij: Rij

    /// The key of a dimension, nil when the row does not stand for one.
    public func sleutel(_ dimensie: Dimensie) -> Sleutel? {
        sleutels.last { $0.dimensie == dimensie }
    }

    public subscript(_ veld: Veld) -> Cel { velden[veld] ?? .leeg }

    /// The province key; `.some(nil)` for the unknown province, nil without one.
    public var provincie: Provincie?? {
        if case .provincie(let p) = sleutel(.provincie) { return .some(p) }
        return nil
    }

    public var bestuur: (code: String, naam: String)? {
        if case let .bestuur(code, naam) = sleutel(.bestuur) { return (code, naam) }
        return nil
    }
}

/// The typed result of a standard question: rows that carry their dimension keys, fields
/// (measures as `Euro` and counts) and provenance, with their subtotals and total; and
/// `tabel`, its rendering as an `AnswerTable` (`rijen[i].rij == tabel.rijen[i]`).
///
/// Grouping by other dimensions or putting measures side by side per projectjaar is a new
/// way to build the rows from the same keyed records, not a new result type.
@MemberwiseInit
public struct Resultaat: Sendable, Equatable {
    public var rijen: [Resultaatrij]
    public var tabel: AnswerTable

    public var details: [Resultaatrij] { rijen.filter { $0.soort == .detail } }
    /// The grand total row.
    public var totaal: Resultaatrij? { rijen.last { $0.soort == .totaal } }
    /// The rows of one kind at one level (`.subtotaal`, 0: the outermost subtotals).
    public func rijen(_ soort: Rij.Soort, niveau: Int) -> [Resultaatrij] {
        rijen.filter { $0.soort == soort && $0.niveau == niveau }
    }
    /// Whether any figure comes from synthetic example data.
    public var voorbeelddata: Bool { tabel.voorbeelddata }
}
