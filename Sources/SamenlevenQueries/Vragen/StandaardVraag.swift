import SamenlevenModel

/// The standard questions, after the sub-questions of vraag 492. Each is answered by its own
/// query and returns an `AnswerTable`.
public enum StandaardVraag: String, CaseIterable, Sendable, Codable {
    case toekenningen, samenwerking, weigeringen, aanvragen, budget, mentorschap, sio, kpi

    /// The sub-question of vraag 492 it answers; nil for the KPI overview.
    public var subvraag: Int? {
        switch self {
        case .toekenningen: return 1
        case .samenwerking: return 2
        case .weigeringen: return 3
        case .aanvragen: return 4
        case .budget: return 5
        case .mentorschap: return 7
        case .sio: return 8
        case .kpi: return nil
        }
    }

    public var titel: String {
        switch self {
        case .toekenningen: return ToekenningenVraag.titel
        case .samenwerking: return SamenwerkingVraag.titel
        case .weigeringen: return WeigeringenVraag.titel
        case .aanvragen: return AanvragenVraag.titel
        case .budget: return BudgetVraag.titel
        case .mentorschap: return MentorschapVraag.titel
        case .sio: return SIOVraag.titel
        case .kpi: return KPIVraag.titel
        }
    }

    /// "subvraag 1: Toegekende subsidie ..." (for help texts and listings).
    public var omschrijving: String {
        (subvraag.map { "subvraag \($0)" } ?? "geen subvraag") + ": " + titel
    }

    /// The typed result of the question on `context` with the given filters; `beantwoord`
    /// gives its `AnswerTable` rendering.
    public func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        switch self {
        case .toekenningen: return ToekenningenVraag.resultaat(context, opties: opties)
        case .samenwerking: return SamenwerkingVraag.resultaat(context, opties: opties)
        case .weigeringen: return WeigeringenVraag.resultaat(context, opties: opties)
        case .aanvragen: return AanvragenVraag.resultaat(context, opties: opties)
        case .budget: return BudgetVraag.resultaat(context, opties: opties)
        case .mentorschap: return MentorschapVraag.resultaat(context, opties: opties)
        case .sio: return SIOVraag.resultaat(context, opties: opties)
        case .kpi: return KPIVraag.resultaat(context, opties: opties)
        }
    }

    /// Answers the question on `context` with the given filters, as an `AnswerTable`.
    public func beantwoord(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> AnswerTable {
        switch self {
        case .toekenningen: return ToekenningenVraag.antwoord(context, opties: opties)
        case .samenwerking: return SamenwerkingVraag.antwoord(context, opties: opties)
        case .weigeringen: return WeigeringenVraag.antwoord(context, opties: opties)
        case .aanvragen: return AanvragenVraag.antwoord(context, opties: opties)
        case .budget: return BudgetVraag.antwoord(context, opties: opties)
        case .mentorschap: return MentorschapVraag.antwoord(context, opties: opties)
        case .sio: return SIOVraag.antwoord(context, opties: opties)
        case .kpi: return KPIVraag.antwoord(context, opties: opties)
        }
    }

    /// "toekenningen, samenwerking, ..." (for error messages).
    public static var lijst: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
