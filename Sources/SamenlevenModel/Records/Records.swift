import Memberwise

/// A grant: one row per project year, bestuur, action and indicator (most grants name no
/// indicator: they cover the action's only indicator, or all of them together).
@MemberwiseInit
public struct Toekenning: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    /// Code of the receiving (submitting) bestuur: NIS code, `VGC` or `DERAND`.
    public var bestuur: String
    public var actie: Int
    /// The indicator as the catalogue names it; nil: the action's only indicator, or all together.
    public var indicator: String?
    public var kpiHuidigBereik: Int
    /// The promised KPI, including the current reach.
    public var kpiVooropgesteld: Int
    public var subsidie: Euro
    public var toelichting: String?
    /// The province as the source states it (checked, not trusted).
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}

/// What became of an application: approved, refused (with a reason) or withdrawn.
public enum AanvraagStatus: String, CaseIterable, Sendable, Codable {
    case goedgekeurd, geweigerd, ingetrokken
}

/// An application (aanvraag), including refusals and their reason.
@MemberwiseInit
public struct Aanvraag: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var actie: Int
    public var status: AanvraagStatus
    public var reden: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}

/// One membership of a samenwerkingsverband: the indiener submits for the verband, the
/// partner is one of the besturen it represents.
@MemberwiseInit
public struct Samenwerking: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var indiener: String
    public var partner: String
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}

/// A mentorship of an action (+ EUR 10.000 by default).
@MemberwiseInit
public struct Mentorschap: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var actie: Int
    public var stimulans: Euro = Stimulans.mentorschap.bedrag!
    public var toelichting: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}

/// An experiment with a social impact bond (sociale impactobligatie, + EUR 25.000).
@MemberwiseInit
public struct SIOExperiment: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var investeerder: String?
    public var socialeOrganisatie: String?
    public var bedrag: Euro
    public var toelichting: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}

/// When a KPI was measured: 6 months or 1 year after the grant (NOTA3 2.5).
public enum Meetmoment: String, CaseIterable, Sendable, Codable {
    case zesMaanden = "6m"
    case twaalfMaanden = "12m"

    public var label: String { self == .zesMaanden ? "na 6 maanden" : "na 12 maanden" }
}

/// A reported KPI (kpi_rapportering).
@MemberwiseInit
public struct KPIRapportering: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var actie: Int
    /// The indicator as the catalogue names it; nil: the action's only indicator, or all together.
    public var indicator: String?
    public var meetmoment: Meetmoment
    public var kpiBehaald: Int
    public var motivering: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst
}
