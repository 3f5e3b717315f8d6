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

    /// The query that answers it.
    public var query: any StandardQuery.Type {
        switch self {
        case .toekenningen: return ToekenningenVraag.self
        case .samenwerking: return SamenwerkingVraag.self
        case .weigeringen: return WeigeringenVraag.self
        case .aanvragen: return AanvragenVraag.self
        case .budget: return BudgetVraag.self
        case .mentorschap: return MentorschapVraag.self
        case .sio: return SIOVraag.self
        case .kpi: return KPIVraag.self
        }
    }

    public var titel: String { query.titel }

    /// "subvraag 1: Toegekende subsidie ..." (for help texts and listings).
    public var omschrijving: String {
        (subvraag.map { "subvraag \($0)" } ?? "geen subvraag") + ": " + titel
    }

    /// The typed result of the question on `context` with the given filters; `beantwoord`
    /// gives its `AnswerTable` rendering.
    public func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        query.resultaat(context, opties: opties)
    }

    /// Answers the question on `context` with the given filters, as an `AnswerTable`.
    public func beantwoord(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> AnswerTable {
        query.antwoord(context, opties: opties)
    }

    /// "toekenningen, samenwerking, ..." (for error messages).
    public static var lijst: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
