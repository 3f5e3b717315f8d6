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

    static func antwoord(_ vraag: Tabelvraag, _ context: QueryContext, vraagnummer: Int) -> Tabelantwoord {
        var opties = vraag.opties(vraagnummer: vraagnummer)
        var genegeerd: [String] = []
        if vraag.tabel == .budget {
            // The budget compares with the published totals only without a filter; it knows the
            // single-valued filters, so a list of one value becomes one, the rest is not applied.
            opties = enkelvoudig(opties, genegeerd: &genegeerd)
        }
        var resultaat = Self.vraag(vraag.tabel)!.resultaat(context, opties: opties)
        if !genegeerd.isEmpty {
            resultaat.tabel.voetnoten.append(Voetnoot("Niet van toepassing op deze vraag en dus genegeerd: filter "
                                                      + genegeerd.joined(separator: ", ") + "."))
        }
        return Tabelantwoord(vraag: vraag, resultaat: resultaat)
    }

    /// The options with every list of one value as the single-valued filter; what does not fit
    /// is dropped and named in `genegeerd`.
    private static func enkelvoudig(_ opties: QueryOptions, genegeerd: inout [String]) -> QueryOptions {
        var uit = opties
        let filter = opties.filter
        uit.filter = Vraagfilter()
        func een<T>(_ lijst: [T], _ naam: String, _ zet: (T) -> Void) {
            if lijst.count == 1 { zet(lijst[0]) } else if lijst.count > 1 { genegeerd.append(naam) }
        }
        een(filter.provincies, "provincie") { uit.provincie = $0 }
        een(filter.besturen, "bestuur") { uit.bestuur = $0 }
        een(filter.doelstellingen, "doelstelling") { uit.doelstelling = $0 }
        een(filter.acties, "actie") { uit.actie = $0 }
        if !filter.arrondissementen.isEmpty { genegeerd.append("arrondissement") }
        if filter.groep != nil || filter.buitenGroep != nil { genegeerd.append("groep") }
        return uit
    }
}
