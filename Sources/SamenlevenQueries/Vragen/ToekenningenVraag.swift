import SamenlevenModel

/// Subvraag 1: euro per bestuur per action, per province, clustered per doelstelling.
///
/// Rows: kop provincie (niveau 0) > kop bestuur (1) > kop doelstelling (2) > detail per
/// actie (3); a subtotal closes each doelstelling, bestuur and province; the grand total last.
/// Actions without a doelstelling in the catalogue go under "Doelstelling onbekend".
public enum ToekenningenVraag: StandardQuery {
    public static let titel = "Toegekende subsidie per bestuur en actie, per provincie en doelstelling"

    public static let kolommen: [Kolom] = [
        .omschrijving("Provincie / bestuur / doelstelling / actie"),
        .projectjaar,
        Kolom("kpi", "KPI vooropgesteld", .geheelGetal, optellen: false),
        Kolom("subsidie", "Toegekende subsidie", .euro),
        .toelichting,
    ]

    /// The footnote on the `toelichting` column, present when any grant has a description.
    /// A layout that leaves the column out (the annex shows it for West-Vlaanderen only) drops it.
    public static let toelichtingVoetnoot = "Lokale besturen waren niet verplicht hun acties inhoudelijk toe te lichten (planlastvermindering); de toelichting staat er waar ze gegeven werd."

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let records = selectie.selecteer(context.gegevens.toekenningen)
        let geplaatst = records.map { (selectie.plaats($0), $0) }

        // The grouping of the engine (provincie > bestuur > doelstelling), a detail per grant.
        let sleutel = { (record: (Plaats, Toekenning), dimensie: Dimensie) -> Sleutel in
            switch dimensie {
            case .provincie: return .provincie(record.0.provincie)
            case .bestuur: return record.0.sleutel
            default: return .doelstelling(context.acties[record.1.actie]?.doelstelling)
            }
        }
        let provincieKnopen = selectie.knopen(geplaatst, [.provincie, .bestuur, .doelstelling], sleutel: sleutel) { groep in
            // One line per bestuur and action: grants per indicator (action 9) count once.
            let perActie = Dictionary(grouping: groep, by: { ActieVanBestuur(actie: $0.1.actie, projectjaar: $0.1.projectjaar, bestuur: $0.1.bestuur) })
            return perActie.keys.sorted().map { actie in
                let rijen = perActie[actie]!
                return detail(rijen.map(\.1).sorted { ($0.indicator ?? "") < ($1.indicator ?? "") }, plaats: rijen[0].0, selectie: selectie)
            }
        }

        var opmerkingen: [Voetnoot] = []
        let zonderDoel = Set(records.map(\.actie).filter { context.acties[$0]?.doelstelling == nil }).sorted()
        if !zonderDoel.isEmpty {
            opmerkingen.append(Voetnoot("De actiecatalogus koppelt actie \(zonderDoel.map(String.init).joined(separator: ", ")) "
                                        + "aan geen doelstelling: die toekenningen staan onder 'Doelstelling onbekend'."))
        }
        if let onbekend = selectie.onbekendeBesturen(records.map(\.bestuur)) { opmerkingen.append(onbekend) }
        if records.contains(where: { $0.toelichting?.isEmpty == false }) {
            opmerkingen.append(Voetnoot(toelichtingVoetnoot))
        }

        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: provincieKnopen, herkomst: records.map(\.herkomst),
                                  jaren: records.map(\.projectjaar), wat: "toekenningen", leeg: records.isEmpty,
                                  opmerkingen: opmerkingen, codes: records.map(\.bestuur))
    }

    /// The grants of one bestuur for one action in one year (one, or one per indicator).
    private struct ActieVanBestuur: Hashable, Comparable {
        let actie: Int, projectjaar: Int, bestuur: String
        static func < (a: Self, b: Self) -> Bool { (a.actie, a.projectjaar, a.bestuur) < (b.actie, b.projectjaar, b.bestuur) }
    }

    /// One detail line for a bestuur's action: the KPIs and subsidies of its grants added up
    /// (per indicator for action 9), each grant's source kept.
    private static func detail(_ rijen: [Toekenning], plaats: Plaats, selectie: Selectie) -> Knoop {
        let t = rijen[0]
        var label = selectie.actieLabel(t.actie)
        let indicatoren = rijen.compactMap(\.indicator)
        if !indicatoren.isEmpty { label += " (" + indicatoren.joined(separator: ", ") + ")" }
        if t.bestuur != plaats.code { label += " – toegekend aan \(selectie.context.referentie.bestuur(code: t.bestuur)?.label ?? t.bestuur)" }
        var cellen: [String: Cel] = [
            "omschrijving": .tekst(label), "projectjaar": .getal(t.projectjaar),
            "kpi": .getal(rijen.reduce(0) { $0 + $1.kpiVooropgesteld }), "subsidie": .euro(rijen.reduce(Euro.zero) { $0 + $1.subsidie }),
        ]
        let toelichting = Array(Set(rijen.compactMap(\.toelichting).filter { !$0.isEmpty })).sorted().joined(separator: "; ")
        if !toelichting.isEmpty { cellen["toelichting"] = .tekst(toelichting) }
        return .detail(cellen: cellen, herkomst: rijen.map(\.herkomst), sleutels: [.projectjaar(t.projectjaar), .actie(t.actie)])
    }
}
