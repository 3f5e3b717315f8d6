import SamenlevenModel

/// The standard questions (the fixed tables of a question file, and the toekenningen and KPI
/// overviews). Each is answered by its own query and returns an `AnswerTable`; which deelvraag
/// of which question it answers comes from the question file (`QueryOptions.deelvraag`).
public enum StandaardVraag: String, CaseIterable, Sendable, Codable {
    case toekenningen, samenwerking, weigeringen, aanvragen, budget, mentorschap, sio, kpi

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
