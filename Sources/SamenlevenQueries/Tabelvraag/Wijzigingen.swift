import SamenlevenModel

/// The table `wijzigingen`: per bestuur (in the answer's geography) and action, what changed
/// from project year `van` to `naar`: a new or stopped action, a lower or higher promised KPI,
/// or nothing; with the KPIs and subsidies of both years and the difference in subsidy.
///
/// Rows: kop status (niveau 0, in the order nieuw, gestopt, kpi_verlaagd, kpi_verhoogd,
/// ongewijzigd) > detail per bestuur and action; the subsidies and the difference add up.
struct Wijzigingen {
    let vraag: Tabelvraag
    let context: QueryContext
    let selectie: Selectie
    let van: Int
    let naar: Int

    init(_ vraag: Tabelvraag, _ context: QueryContext, opties: QueryOptions) {
        self.vraag = vraag
        self.context = context
        let jaren = vraag.vergelekenJaren
        self.van = jaren.van!
        self.naar = jaren.naar!
        var opties = opties
        opties.projectjaren = [van, naar]
        self.selectie = Selectie(context, opties)
    }

    static let kolommen: [Kolom] = [
        .omschrijving("Status / bestuur / actie"),
        Kolom(Veld.kpiVan.rawValue, "KPI vooropgesteld (van)", .geheelGetal, optellen: false),
        Kolom(Veld.kpiNaar.rawValue, "KPI vooropgesteld (naar)", .geheelGetal, optellen: false),
        Kolom(Veld.subsidieVan.rawValue, "Subsidie (van)", .euro),
        Kolom(Veld.subsidieNaar.rawValue, "Subsidie (naar)", .euro),
        Kolom(Veld.verschil.rawValue, "Verschil", .euro),
    ]

    /// One bestuur and action: its grants in both years.
    struct Paar {
        let plaats: Plaats
        let actie: Int
        var van: [Toekenning] = []
        var naar: [Toekenning] = []

        var status: Wijzigingsstatus {
            switch (van.isEmpty, naar.isEmpty) {
            case (true, _): return .nieuw
            case (_, true): return .gestopt
            default:
                let (a, b) = (kpi(van)!, kpi(naar)!)
                return b < a ? .kpiVerlaagd : b > a ? .kpiVerhoogd : .ongewijzigd
            }
        }

        func kpi(_ t: [Toekenning]) -> Int? { t.isEmpty ? nil : t.reduce(0) { $0 + $1.kpiVooropgesteld } }
        func subsidie(_ t: [Toekenning]) -> Euro? { t.isEmpty ? nil : t.reduce(.zero) { $0 + $1.subsidie } }
        var verschil: Euro { (subsidie(naar) ?? .zero) - (subsidie(van) ?? .zero) }
        var herkomst: [Herkomst] { (van + naar).map(\.herkomst) }
    }

    private struct PaarSleutel: Hashable {
        let code: String
        let actie: Int
    }

    func paren() -> [Paar] {
        var paren: [PaarSleutel: Paar] = [:]
        for t in selectie.selecteer(context.gegevens.toekenningen) {
            let plaats = selectie.plaats(t)
            let sleutel = PaarSleutel(code: plaats.code, actie: t.actie)
            var paar = paren[sleutel] ?? Paar(plaats: plaats, actie: t.actie)
            if t.projectjaar == van { paar.van.append(t) } else { paar.naar.append(t) }
            paren[sleutel] = paar
        }
        return paren.values.filter { p in vraag.filter.status.map { p.status == $0 } ?? true }
            .sorted { ($0.plaats.naam, $0.plaats.code, $0.actie) < ($1.plaats.naam, $1.plaats.code, $1.actie) }
    }

    private static func statusLabel(_ status: Wijzigingsstatus) -> String {
        switch status {
        case .nieuw: return "Nieuwe actie"
        case .gestopt: return "Gestopte actie"
        case .kpiVerlaagd: return "KPI verlaagd"
        case .kpiVerhoogd: return "KPI verhoogd"
        case .ongewijzigd: return "KPI ongewijzigd"
        }
    }

    func antwoord() -> Tabelantwoord {
        let paren = paren()
        let perStatus = Dictionary(grouping: paren, by: \.status)
        let knopen: [Knoop] = Wijzigingsstatus.allCases.compactMap { status in
            guard let lijst = perStatus[status] else { return nil }
            return .groep(Groep(label: Self.statusLabel(status), subtotaalLabel: "Totaal " + Self.statusLabel(status).lowercasedFirst,
                                kinderen: lijst.map(detail), sleutels: []))
        }
        let herkomst = paren.flatMap(\.herkomst)
        var opmerkingen = [Voetnoot("Vergelijkt projectjaar \(van) met projectjaar \(naar) per bestuur en actie: nieuw (alleen in \(naar)), "
                                    + "gestopt (alleen in \(van)), KPI verlaagd, verhoogd of ongewijzigd (de vooropgestelde KPI); "
                                    + "verschil = subsidie \(naar) min subsidie \(van). KPI's worden niet over acties heen opgeteld.")]
        if let status = vraag.filter.status { opmerkingen.append(Voetnoot("Alleen status \(status.rawValue).")) }
        let codes = paren.flatMap { ($0.van + $0.naar).map(\.bestuur) }
        if let onbekend = selectie.onbekendeBesturen(codes) { opmerkingen.append(onbekend) }
        let resultaat = selectie.resultaat(
            titel: "Wijzigingen per bestuur en actie van projectjaar \(van) naar projectjaar \(naar)", kolommen: Self.kolommen, knopen: knopen, herkomst: herkomst, jaren: [van, naar], wat: "toekenningen",
            leeg: paren.isEmpty, opmerkingen: opmerkingen, codes: codes)

        let kolommen = ["bestuur", "actie", "status", "kpi_van", "kpi_naar", "subsidie_van", "subsidie_naar", "verschil"]
        let gegevens = paren.map { p in
            Gegevensrecord([
                ("bestuur", .tekst(p.plaats.code)), ("actie", .geheelGetal(p.actie)), ("status", .tekst(p.status.rawValue)),
                ("kpi_van", p.kpi(p.van).map(Waarde.geheelGetal) ?? .leeg), ("kpi_naar", p.kpi(p.naar).map(Waarde.geheelGetal) ?? .leeg),
                ("subsidie_van", p.subsidie(p.van).map(Waarde.euro) ?? .leeg),
                ("subsidie_naar", p.subsidie(p.naar).map(Waarde.euro) ?? .leeg), ("verschil", .euro(p.verschil)),
            ])
        }
        let som = { (f: (Paar) -> Euro) in paren.reduce(Euro.zero) { $0 + f($1) } }
        let totaal = Gegevensrecord([
            ("subsidie_van", .euro(som { $0.subsidie($0.van) ?? .zero })), ("subsidie_naar", .euro(som { $0.subsidie($0.naar) ?? .zero })),
            ("verschil", .euro(som(\.verschil))),
        ])
        return Tabelantwoord(vraag: vraag, resultaat: resultaat, kolommen: kolommen, gegevens: gegevens, totaal: totaal,
                             bronnen: Tabelantwoord.bronnen(resultaat))
    }

    private func detail(_ p: Paar) -> Knoop {
        var cellen: [String: Cel] = [
            "omschrijving": .tekst("\(p.plaats.label) – \(selectie.actieLabel(p.actie))"),
            Veld.verschil.rawValue: .euro(p.verschil),
        ]
        if let k = p.kpi(p.van) { cellen[Veld.kpiVan.rawValue] = .getal(k) }
        if let k = p.kpi(p.naar) { cellen[Veld.kpiNaar.rawValue] = .getal(k) }
        if let s = p.subsidie(p.van) { cellen[Veld.subsidieVan.rawValue] = .euro(s) }
        if let s = p.subsidie(p.naar) { cellen[Veld.subsidieNaar.rawValue] = .euro(s) }
        return .detail(cellen: cellen, herkomst: p.herkomst, sleutels: [p.plaats.sleutel, .actie(p.actie)])
    }
}
