import SamenlevenQueries

/// Which measures fit which table and grouping (spec: "a measure that does not fit the table or
/// the grouping is an error"). Decided from the spec's tables and the records behind them:
/// - `toekenningen` (the grants, bestuur x actie): what a grant holds or implies: `subsidie`,
///   `toekenningen`, `besturen`, `subsidie_per_inwoner` and `kpi_vooropgesteld` (a grant states
///   its promised KPI; question 492's table shows it). The reported KPIs (`kpi_behaald_6m`,
///   `kpi_behaald_12m`) and `realisatiegraad` need the reports: table `kpi`.
/// - `kpi` ("KPIs promised and reached"): the KPI measures `kpi_vooropgesteld`,
///   `kpi_behaald_6m`, `kpi_behaald_12m`, `realisatiegraad`, and beside them, as today's KPI
///   overview shows, `subsidie`, `toekenningen` and `besturen`. Not `subsidie_per_inwoner` (a
///   measure of the grants).
/// - the fixed tables take no `maten`.
/// - grouping: a KPI is counted in a unit of its own action (participants, sessions, plans), so
///   `kpi_vooropgesteld`, `kpi_behaald_6m` and `kpi_behaald_12m` need `actie` in `per` or
///   exactly one actie in the filter; `realisatiegraad` is a ratio and fits any grouping.
enum Maatregels {
    static func toegelaten(voor tabel: Tabel) -> [Maat] {
        switch tabel {
        case .toekenningen: return [.subsidie, .toekenningen, .besturen, .subsidiePerInwoner, .kpiVooropgesteld]
        case .kpi: return [.kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m, .realisatiegraad, .subsidie, .toekenningen, .besturen]
        default: return []
        }
    }

    /// The KPI counts, whose unit differs per action.
    static let perActie: Set<Maat> = [.kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m]

    /// Why `maat` does not fit `tabel`, or nil when it does.
    static func pastNiet(_ maat: Maat, bij tabel: Tabel) -> String? {
        guard !toegelaten(voor: tabel).contains(maat) else { return nil }
        let ander = Tabel.allCases.first { $0 != tabel && toegelaten(voor: $0).contains(maat) }
        var boodschap = "de maat '\(maat.rawValue)' past niet bij de tabel \(tabel.rawValue)"
        if let ander { boodschap += "; ze hoort bij tabel = \"\(ander.rawValue)\"" }
        return boodschap + " (maten van \(tabel.rawValue): " + toegelaten(voor: tabel).map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// Why `maat` does not fit a grouping by `per` with `filter`, or nil when it does.
    static func pastNiet(_ maat: Maat, per: [Dimensie], filter: Vraagfilter) -> String? {
        guard perActie.contains(maat), !per.contains(.actie), filter.acties.count != 1 else { return nil }
        return "de maat '\(maat.rawValue)' telt in een eenheid die per actie verschilt (deelnemers, sessies, plannen); "
            + "groepeer ook per actie (per = [..., \"actie\"]) of kies één actie in de filter, of gebruik realisatiegraad"
    }
}
