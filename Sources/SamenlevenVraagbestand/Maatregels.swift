import SamenlevenQueries

/// Which measures fit which table and grouping (spec: "a measure that does not fit the table or
/// the grouping is an error"), as the reader words it with the file's line. The rules are the
/// engine's (`Tabel.toegelatenMaten`, `Maat.perActie`, checked again by `Tabelvraag.problemen`),
/// so a file the reader accepts is one the engine answers:
/// - `toekenningen` (the grants): `subsidie`, `toekenningen`, `besturen`, `kpi_vooropgesteld` (a
///   grant states its promised KPI; question 492's table shows it) and `subsidie_per_inwoner`;
/// - `kpi`: the KPI measures and, beside them, `subsidie`, `toekenningen` and `besturen`;
/// - the fixed tables take no `maten`;
/// - a KPI is counted in a unit of its own action (participants, sessions, plans), so the KPI
///   counts and the `realisatiegraad` over them need `actie` in `per` or exactly one actie in
///   the filter.
enum Maatregels {
    /// Why `maat` does not fit `tabel`, or nil when it does.
    static func pastNiet(_ maat: Maat, bij tabel: Tabel) -> String? {
        guard !tabel.toegelatenMaten.contains(maat) else { return nil }
        let ander = Tabel.allCases.first { $0 != tabel && $0.toegelatenMaten.contains(maat) }
        var boodschap = "de maat '\(maat.rawValue)' past niet bij de tabel \(tabel.rawValue)"
        if let ander { boodschap += "; ze hoort bij tabel = \"\(ander.rawValue)\"" }
        return boodschap + " (maten van \(tabel.rawValue): " + tabel.toegelatenMaten.map(\.rawValue).joined(separator: ", ") + ")"
    }

    /// Why `maat` does not fit a grouping by `per` with `filter`, or nil when it does.
    static func pastNiet(_ maat: Maat, per: [Dimensie], filter: Vraagfilter) -> String? {
        guard maat.perActie, !per.contains(.actie), filter.acties.count != 1 else { return nil }
        return "de maat '\(maat.rawValue)' telt KPI's in een eenheid die per actie verschilt (deelnemers, sessies, plannen); "
            + "groepeer ook per actie (per = [..., \"actie\"]) of kies één actie in de filter"
    }
}
