import Memberwise
import SamenlevenModel

/// The free tables `toekenningen` and `kpi`: the selected grants (and KPI reports) grouped
/// over the dimensions of `per` in the order given, each group with the measures of `maten`,
/// a subtotal per level and the grand total; with `naast = projectjaar` each measure per year
/// side by side with the difference and the change in percent between the first and last year.
///
/// Every figure of a group is computed from the group's own records (`meet`), so distinct
/// counts and ratios are right at every level; the rows are built by `TabelBouwer`.
struct VrijeTabel {
    let vraag: Tabelvraag
    let context: QueryContext
    let selectie: Selectie
    let maten: [Maat]

    init(_ vraag: Tabelvraag, _ context: QueryContext, opties: QueryOptions) {
        self.vraag = vraag
        self.context = context
        self.selectie = Selectie(context, opties)
        self.maten = vraag.gevraagdeMaten
    }

    /// A grant or a KPI report, placed in the answer's geography. A class: the groups of every
    /// level hold the same facts, shared rather than copied.
    @MemberwiseInit
    final class Feit: Sendable {
        let jaar: Int
        let plaats: Plaats
        let actie: Int
        let doelstelling: Int?
        let toekenning: Toekenning?
        let rapport: KPIRapportering?
        let herkomst: Herkomst

        func sleutel(_ dimensie: Dimensie) -> Sleutel {
            switch dimensie {
            case .projectjaar: return .projectjaar(jaar)
            case .provincie: return .provincie(plaats.provincie)
            case .arrondissement: return .arrondissement(plaats.arrondissement)
            case .bestuur: return plaats.sleutel
            case .doelstelling: return .doelstelling(doelstelling)
            case .actie: return .actie(actie)
            }
        }

        /// Grant and report of one bestuur (its own code), action and year meet on this key.
        var rapportSleutel: String {
            "\(jaar)|\(toekenning?.bestuur ?? rapport?.bestuur ?? "")|\(actie)"
        }
    }

    private var metRapporten: Bool { maten.contains { [.kpiBehaald6m, .kpiBehaald12m, .realisatiegraad].contains($0) } }

    /// The selected grants (and KPI reports), each read once: no copy of the selection is made.
    func feiten() -> [Feit] {
        let toekenningen = context.gegevens.toekenningen.compactMap { t in
            selectie.geselecteerdePlaats(t).map { feit(t, $0, toekenning: t, rapport: nil) }
        }
        guard metRapporten else { return toekenningen }
        return toekenningen + context.gegevens.kpiRapporteringen.compactMap { r in
            selectie.geselecteerdePlaats(r).map { feit(r, $0, toekenning: nil, rapport: r) }
        }
    }

    private func feit(_ record: some Actierecord, _ plaats: Plaats, toekenning: Toekenning?, rapport: KPIRapportering?) -> Feit {
        Feit(jaar: record.projectjaar, plaats: plaats, actie: record.actie, doelstelling: context.acties[record.actie]?.doelstelling,
             toekenning: toekenning, rapport: rapport, herkomst: record.herkomst)
    }

    // MARK: Measures

    /// One measure over the records of a group. Reads the grants in place: a measure is taken
    /// for every group and year, so no copy of them is made.
    func meet(_ maat: Maat, _ feiten: [Feit]) -> Cel {
        switch maat {
        case .subsidie: return .euro(feiten.reduce(.zero) { $0 + ($1.toekenning?.subsidie ?? .zero) })
        case .toekenningen: return .getal(feiten.count(where: { $0.toekenning != nil }))
        case .besturen: return .getal(Set(feiten.filter { $0.toekenning != nil }.map(\.plaats.code)).count)
        case .subsidiePerInwoner: return perInwoner(feiten.filter { $0.toekenning != nil })
        case .kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m, .realisatiegraad:
            // KPIs of different actions have different units.
            guard Set(feiten.map(\.actie)).count == 1 else { return .leeg }
            switch maat {
            case .kpiVooropgesteld:
                let vooropgesteld = feiten.compactMap { $0.toekenning?.kpiVooropgesteld }
                return vooropgesteld.isEmpty ? .leeg : .getal(vooropgesteld.reduce(0, +))
            case .kpiBehaald6m: return behaald(feiten, .zesMaanden)
            case .kpiBehaald12m: return behaald(feiten, .twaalfMaanden)
            default: return realisatiegraad(feiten)
            }
        }
    }

    private func behaald(_ feiten: [Feit], _ meetmoment: Meetmoment) -> Cel {
        let rapporten = feiten.compactMap(\.rapport).filter { $0.meetmoment == meetmoment }
        return rapporten.isEmpty ? .leeg : .getal(rapporten.reduce(0) { $0 + $1.kpiBehaald })
    }

    /// Sum reached after 12 months / sum promised, over the grants that have a 12-month
    /// report; in basis points, half up.
    private func realisatiegraad(_ feiten: [Feit]) -> Cel {
        var behaald: [String: Int64] = [:]
        for feit in feiten {
            if let r = feit.rapport, r.meetmoment == .twaalfMaanden { behaald[feit.rapportSleutel, default: 0] += Int64(r.kpiBehaald) }
        }
        var vooropgesteld: [String: Int64] = [:]
        for feit in feiten {
            if let t = feit.toekenning, behaald[feit.rapportSleutel] != nil { vooropgesteld[feit.rapportSleutel, default: 0] += Int64(t.kpiVooropgesteld) }
        }
        let noemer = vooropgesteld.values.reduce(0, +)
        guard noemer > 0 else { return .leeg }
        let teller = vooropgesteld.keys.reduce(Int64(0)) { $0 + behaald[$1]! }
        return .percentage(basispunten: Int(deelHalfUp(teller * 10_000, noemer)))
    }

    /// Subsidy of the gemeenten of the group / their population on 1 January 2020, to the cent,
    /// half up. Besturen without population (VGC, vzw De Rand) are left out.
    private func perInwoner(_ feiten: [Feit]) -> Cel {
        let metInwoners = feiten.filter { $0.plaats.inwoners2020 != nil }
        var inwoners: [String: Int] = [:]
        for feit in metInwoners { inwoners[feit.plaats.code] = feit.plaats.inwoners2020 }
        let totaal = Int64(inwoners.values.reduce(0, +))
        guard totaal > 0 else { return .leeg }
        let subsidie = metInwoners.compactMap(\.toekenning).reduce(Euro.zero) { $0 + $1.subsidie }
        return .euro(Euro(cents: deelHalfUp(subsidie.cents, totaal)))
    }

    // MARK: Columns and cells

    private var jaren: [Int] { vraag.projectjaren }
    private var naast: Bool { vraag.naast == .projectjaar }

    private func kop(_ maat: Maat) -> String {
        switch maat {
        case .subsidie: return "Toegekende subsidie"
        case .toekenningen: return "Toekenningen"
        case .besturen: return "Besturen"
        case .kpiVooropgesteld: return "KPI vooropgesteld"
        case .kpiBehaald6m: return "KPI behaald na 6 maanden"
        case .kpiBehaald12m: return "KPI behaald na 12 maanden"
        case .realisatiegraad: return "Realisatiegraad"
        case .subsidiePerInwoner: return "Subsidie per inwoner"
        }
    }

    private func soort(_ maat: Maat) -> Kolom.Soort {
        switch maat {
        case .subsidie, .subsidiePerInwoner: return .euro
        case .realisatiegraad: return .percentage
        default: return .geheelGetal
        }
    }

    /// The column of a measure: the `Veld` of the same name (the KPI columns as in `KPIVraag`).
    static func veld(_ maat: Maat) -> Veld {
        switch maat {
        case .subsidie: return .subsidie
        case .toekenningen: return .toekenningen
        case .besturen: return .besturen
        case .kpiVooropgesteld: return .kpiVooropgesteld
        case .kpiBehaald6m: return .kpi6m
        case .kpiBehaald12m: return .kpi12m
        case .realisatiegraad: return .realisatiegraad
        case .subsidiePerInwoner: return .subsidiePerInwoner
        }
    }

    var kolommen: [Kolom] {
        let label = vraag.per.isEmpty ? "Omschrijving" : vraag.per.map(\.rawValue).joined(separator: " / ").uppercasedFirst
        var out: [Kolom] = [.omschrijving(label)]
        for maat in maten {
            let id = Self.veld(maat).rawValue
            guard naast else {
                out.append(Kolom(id, kop(maat), soort(maat), optellen: false))
                continue
            }
            for jaar in jaren { out.append(Kolom("\(id)_pj\(jaar)", "\(kop(maat)) projectjaar \(jaar)", soort(maat), optellen: false)) }
            let eenheid = maat == .realisatiegraad ? " (procentpunten)" : ""
            out.append(Kolom("\(id)_verschil", "\(kop(maat)): verschil pj \(jaren.first!)-\(jaren.last!)\(eenheid)", soort(maat), optellen: false))
            out.append(Kolom("\(id)_evolutie", "\(kop(maat)): evolutie pj \(jaren.first!)-\(jaren.last!)", .percentage, optellen: false))
        }
        return out
    }

    /// The measure cells of a group (all measures; per year side by side with `naast`).
    func cellen(_ feiten: [Feit]) -> [String: Cel] {
        var out: [String: Cel] = [:]
        let feitenPerJaar = naast ? jaren.map { jaar in feiten.filter { $0.jaar == jaar } } : []
        for maat in maten {
            let id = Self.veld(maat).rawValue
            guard naast else {
                out[id] = meet(maat, feiten)
                continue
            }
            let perJaar = feitenPerJaar.map { meet(maat, $0) }
            for (jaar, cel) in zip(jaren, perJaar) { out["\(id)_pj\(jaar)"] = cel }
            out["\(id)_verschil"] = Self.verschil(perJaar.first!, perJaar.last!)
            out["\(id)_evolutie"] = Self.evolutie(perJaar.first!, perJaar.last!)
        }
        return out
    }

    /// Last minus first, in the measure's unit (percentage points for a percentage).
    static func verschil(_ eerste: Cel, _ laatste: Cel) -> Cel {
        switch (eerste, laatste) {
        case let (.euro(a), .euro(b)): return .euro(b - a)
        case let (.getal(a), .getal(b)): return .getal(b - a)
        case let (.percentage(a), .percentage(b)): return .percentage(basispunten: b - a)
        default: return .leeg
        }
    }

    /// The change from first to last in percent of the first; empty when the first is 0 or empty.
    static func evolutie(_ eerste: Cel, _ laatste: Cel) -> Cel {
        func waarde(_ cel: Cel) -> Int64? {
            if case .percentage(let bp) = cel { return Int64(bp) }
            return cel.numericCents
        }
        guard let a = waarde(eerste), let b = waarde(laatste), a > 0 else { return .leeg }
        return .percentage(basispunten: Int(deelHalfUp((b - a) * 10_000, a)))
    }

    // MARK: Rows

    private func knopen(_ feiten: [Feit]) -> [Knoop] {
        guard let fijnste = vraag.per.last else { return [] }
        return selectie.knopen(feiten, vraag.per.dropLast(), sleutel: { $0.sleutel($1) }, subtotaal: { groep, _ in cellen(groep) }) { groep in
            selectie.groepeer(groep, fijnste, sleutel: { $0.sleutel($1) }).map { sleutel, feiten in
                var cellen = cellen(feiten)
                cellen["omschrijving"] = .tekst(selectie.kopLabel(sleutel))
                return .detail(cellen: cellen, herkomst: feiten.map(\.herkomst), sleutels: [sleutel])
            }
        }
    }

    // MARK: The answer

    func antwoord() -> Tabelantwoord {
        let feiten = feiten()
        let resultaat = selectie.resultaat(
            titel: titel, kolommen: kolommen, knopen: knopen(feiten), totaalCellen: cellen(feiten),
            totaalHerkomst: vraag.per.isEmpty ? feiten.map(\.herkomst) : [], herkomst: feiten.map(\.herkomst), jaren: feiten.map(\.jaar),
            wat: vraag.tabel == .kpi ? "toekenningen of KPI-rapporteringen" : "toekenningen", leeg: feiten.isEmpty,
            opmerkingen: opmerkingen(feiten), codes: feiten.map { $0.toekenning?.bestuur ?? $0.rapport!.bestuur })

        // The long form: one record per group at the finest level of per (and per year).
        let meerdereJaren = jaren.count > 1 && !vraag.per.contains(.projectjaar)
        let dimensies = vraag.per + (meerdereJaren ? [.projectjaar] : [])
        let groepen = Dictionary(grouping: feiten, by: { f in dimensies.map { f.sleutel($0) } })
        let sleutels = groepen.keys.sorted(by: selectie.sorteer)
        let gegevens = sleutels.map { sleutel in
            Gegevensrecord(zip(dimensies, sleutel).map { ($0.rawValue, $1.waarde) }
                           + maten.map { ($0.rawValue, Waarde(meet($0, groepen[sleutel]!))) })
        }
        let totaal = Gegevensrecord(maten.map { ($0.rawValue, Waarde(meet($0, feiten))) })
        return Tabelantwoord(vraag: vraag, resultaat: resultaat, kolommen: dimensies.map(\.rawValue) + maten.map(\.rawValue),
                             gegevens: gegevens, totaal: totaal, bronnen: Tabelantwoord.bronnen(resultaat))
    }

    /// "Toegekende subsidie en subsidie per inwoner per bestuur, projectjaren naast elkaar"
    var titel: String {
        let maten = maten.map { kop($0).lowercased() }
        var titel = (maten.count > 1 ? maten.dropLast().joined(separator: ", ") + " en " + maten.last! : maten[0]).uppercasedFirst
        titel += vraag.per.isEmpty ? " in totaal" : " per " + vraag.per.map(\.rawValue).joined(separator: " en ")
        if naast { titel += ", projectjaren \(jaren.map(String.init).joined(separator: ", ")) naast elkaar" }
        return titel
    }

    private func opmerkingen(_ feiten: [Feit]) -> [Voetnoot] {
        var out: [Voetnoot] = []
        if maten.contains(where: \.perActie) {
            out.append(Voetnoot("KPI's van verschillende acties hebben een andere eenheid en worden niet over acties heen opgeteld: "
                                + "de KPI-cijfers en de realisatiegraad staan alleen bij groepen van één actie."))
        }
        if maten.contains(.realisatiegraad) {
            out.append(Voetnoot("Realisatiegraad: de som van de KPI behaald na 12 maanden gedeeld door de som van de vooropgestelde KPI, "
                                + "over de toekenningen waarvoor beide gekend zijn; afgerond op 0,01 %. Leeg waar geen toekenning van de "
                                + "groep een rapportering na 12 maanden heeft (of de vooropgestelde KPI 0 is)."))
        }
        if maten.contains(.subsidiePerInwoner) {
            out.append(Voetnoot("Subsidie per inwoner: de toegekende subsidie gedeeld door het aantal inwoners op 1 januari 2020 "
                                + "(Statbel) van de gemeenten in de groep die een toekenning kregen; voor een gemeente van 2025 de som "
                                + "van haar voorgangers. Afgerond op de cent, een halve cent naar boven."))
            let zonder = Set(feiten.filter { $0.toekenning != nil && $0.plaats.inwoners2020 == nil }.map(\.plaats.label)).sorted()
            if !zonder.isEmpty {
                out.append(Voetnoot("Zonder inwonertal en dus niet meegeteld in de subsidie per inwoner: \(zonder.joined(separator: ", ")) "
                                    + "(geen gemeente); een groep met alleen zulke besturen heeft geen subsidie per inwoner."))
            }
        }
        if vraag.per.contains(.arrondissement) || !vraag.filter.arrondissementen.isEmpty {
            let bijzonder = Set(feiten.compactMap { f in context.referentie.bestuur(code: f.plaats.code).flatMap { $0.soort == .gemeente ? nil : $0 } })
            if !bijzonder.isEmpty {
                out.append(Voetnoot("Arrondissement: de VGC telt onder Brussel-Hoofdstad, vzw De Rand onder Halle-Vilvoorde."))
            }
            let gespreid = Set(feiten.filter { $0.plaats.bekend && $0.plaats.arrondissement == nil }.map(\.plaats.label)).sorted()
            if !gespreid.isEmpty {
                out.append(Voetnoot("Liggen sinds de fusie van 1 januari 2025 in meer dan één arrondissement en staan onder "
                                    + "'Arrondissement niet eenduidig': \(gespreid.joined(separator: ", "))."))
            }
        }
        if let groep = vraag.filter.groep ?? vraag.filter.buitenGroep {
            let lijst = groep.lijst
            let namen = lijst.codes.compactMap { context.referentie.bestuur(code: $0)?.naam }
            out.append(Voetnoot("\(lijst.naam.uppercasedFirst): \(namen.joined(separator: ", ")); in de \(selectie.geografie.label) "
                                + "telt een centrumstad met de gemeenten waarmee ze fuseerde. Bron: \(lijst.bron).", bron: lijst.bron))
        }
        if vraag.per.contains(.doelstelling) {
            let zonderDoel = Set(feiten.filter { $0.doelstelling == nil }.map(\.actie)).sorted()
            if !zonderDoel.isEmpty {
                out.append(Voetnoot("De actiecatalogus koppelt actie \(zonderDoel.map(String.init).joined(separator: ", ")) "
                                    + "aan geen doelstelling: die staan onder 'Doelstelling onbekend'."))
            }
        }
        if naast {
            out.append(Voetnoot("Verschil: projectjaar \(jaren.last!) min projectjaar \(jaren.first!); evolutie: dat verschil in procent "
                                + "van projectjaar \(jaren.first!) (leeg als dat 0 of leeg is)."))
        }
        // A code outside the reference data is one the geography could not place.
        let onbekendeCodes = feiten.filter { !$0.plaats.bekend }.map { $0.toekenning?.bestuur ?? $0.rapport!.bestuur }
        if let onbekend = selectie.onbekendeBesturen(onbekendeCodes) { out.append(onbekend) }
        return out
    }
}
