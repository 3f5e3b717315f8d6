/// A grant: one row per project year, bestuur, action and indicator (most grants name no
/// indicator: they cover the action's only indicator, or all of them together).
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

    public init(projectjaar: Int, bestuur: String, actie: Int, indicator: String? = nil, kpiHuidigBereik: Int, kpiVooropgesteld: Int,
                subsidie: Euro, toelichting: String? = nil, provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.bestuur = bestuur
        self.actie = actie
        self.indicator = indicator
        self.kpiHuidigBereik = kpiHuidigBereik
        self.kpiVooropgesteld = kpiVooropgesteld
        self.subsidie = subsidie
        self.toelichting = toelichting
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}

/// What became of an application: approved, refused (with a reason) or withdrawn.
public enum AanvraagStatus: String, CaseIterable, Sendable, Codable {
    case goedgekeurd, geweigerd, ingetrokken
}

/// An application (aanvraag), including refusals and their reason.
public struct Aanvraag: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var actie: Int
    public var status: AanvraagStatus
    public var reden: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst

    public init(projectjaar: Int, bestuur: String, actie: Int, status: AanvraagStatus, reden: String? = nil,
                provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.bestuur = bestuur
        self.actie = actie
        self.status = status
        self.reden = reden
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}

/// One membership of a samenwerkingsverband: the indiener submits for the verband, the
/// partner is one of the besturen it represents.
public struct Samenwerking: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var indiener: String
    public var partner: String
    public var provincieVermeld: String?
    public var herkomst: Herkomst

    public init(projectjaar: Int, indiener: String, partner: String, provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.indiener = indiener
        self.partner = partner
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}

/// A mentorship of an action (+ EUR 10.000 by default).
public struct Mentorschap: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var actie: Int
    public var stimulans: Euro
    public var toelichting: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst

    public init(projectjaar: Int, bestuur: String, actie: Int, stimulans: Euro = Stimulans.mentorschap.bedrag!,
                toelichting: String? = nil, provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.bestuur = bestuur
        self.actie = actie
        self.stimulans = stimulans
        self.toelichting = toelichting
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}

/// An experiment with a social impact bond (sociale impactobligatie, + EUR 25.000).
public struct SIOExperiment: Gegeven, Hashable, Sendable, Codable {
    public var projectjaar: Int
    public var bestuur: String
    public var investeerder: String?
    public var socialeOrganisatie: String?
    public var bedrag: Euro
    public var toelichting: String?
    public var provincieVermeld: String?
    public var herkomst: Herkomst

    public init(projectjaar: Int, bestuur: String, investeerder: String? = nil, socialeOrganisatie: String? = nil,
                bedrag: Euro, toelichting: String? = nil, provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.bestuur = bestuur
        self.investeerder = investeerder
        self.socialeOrganisatie = socialeOrganisatie
        self.bedrag = bedrag
        self.toelichting = toelichting
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}

/// When a KPI was measured: 6 months or 1 year after the grant (NOTA3 2.5).
public enum Meetmoment: String, CaseIterable, Sendable, Codable {
    case zesMaanden = "6m"
    case twaalfMaanden = "12m"

    public var label: String { self == .zesMaanden ? "na 6 maanden" : "na 12 maanden" }
}

/// A reported KPI (kpi_rapportering).
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

    public init(projectjaar: Int, bestuur: String, actie: Int, indicator: String? = nil, meetmoment: Meetmoment, kpiBehaald: Int,
                motivering: String? = nil, provincieVermeld: String? = nil, herkomst: Herkomst) {
        self.projectjaar = projectjaar
        self.bestuur = bestuur
        self.actie = actie
        self.indicator = indicator
        self.meetmoment = meetmoment
        self.kpiBehaald = kpiBehaald
        self.motivering = motivering
        self.provincieVermeld = provincieVermeld
        self.herkomst = herkomst
    }
}
