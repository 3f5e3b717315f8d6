import SamenlevenModel

/// The tables with a fixed layout are the standard questions: answered by their query with the
/// question's years, filters and geography (a filter a question cannot apply is named in its
/// footnotes), and put in long form from their detail rows.
enum VasteTabel {
    static func vraag(_ tabel: Tabel) -> StandaardVraag? {
        switch tabel {
        case .samenwerking: return .samenwerking
        case .weigeringen: return .weigeringen
        case .aanvragen: return .aanvragen
        case .mentorschap: return .mentorschap
        case .sio: return .sio
        case .budget: return .budget
        case .toekenningen, .kpi, .wijzigingen: return nil
        }
    }

    static func antwoord(_ vraag: Tabelvraag, _ context: QueryContext, opties: QueryOptions) -> Tabelantwoord {
        Tabelantwoord(vraag: vraag, resultaat: Self.vraag(vraag.tabel)!.resultaat(context, opties: opties))
    }
}
