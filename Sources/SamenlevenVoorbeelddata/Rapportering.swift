import SamenlevenModel

extension VoorbeelddataGenerator {
    static let motiveringen = [
        "minder deelnemers bereikt dan gepland door personeelswissel",
        "start van de actie vertraagd; inhaalbeweging gepland",
        "partnerorganisatie viel weg tijdens het projectjaar",
        "doelgroep moeilijker bereikbaar dan verwacht",
    ]

    /// An approved application for every grant; a few refusals in years 2 and 3 with their
    /// reasons (year 1 had none: "Elke aanvraag kon gehonoreerd worden", S492 antwoord 3).
    func aanvragen(_ toekenningen: [Toekenning], jaren: [Jaar], _ rng: inout SeededRandom) -> [Aanvraag] {
        // One application per bestuur and action, also when it is granted per indicator.
        let bezet = Set(toekenningen.map { "\($0.projectjaar)#\($0.bestuur)#\($0.actie)" })
        var rijen = bezet.sorted().map { sleutel -> Aanvraag in
            let delen = sleutel.split(separator: "#")
            return Aanvraag(projectjaar: Int(delen[0])!, bestuur: String(delen[1]), actie: Int(delen[2])!, status: .goedgekeurd,
                            herkomst: Self.herkomst)
        }
        func weiger(_ jaar: Int, _ bestuur: String, _ actie: Int, _ reden: String) {
            guard !bezet.contains("\(jaar)#\(bestuur)#\(actie)") else { return }
            rijen.append(Aanvraag(projectjaar: jaar, bestuur: bestuur, actie: actie, status: .geweigerd, reden: reden, herkomst: Self.herkomst))
        }
        let jaar2 = jaren[1], start2 = Projectjaar.nummer(2)!.start
        let buiten = referentie.besturen(geldigOp: start2).filter { $0.soort == .gemeente && !jaar2.deelnemers.contains($0.code) }
            .sorted { ($0.inwoners2020 ?? 0, $0.code) > ($1.inwoners2020 ?? 0, $1.code) }
        let indieners2 = rng.shuffled(jaar2.indieners)
        if let g = buiten.first {
            weiger(2, g.code, 5, "minder dan 7.500 inwoners met migratieroots van buiten de EU14 en geen samenwerkingsverband (nota VR 12/05/2023)")
        }
        if let b = indieners2.first { weiger(2, b, 12, "actie 12 (sociale netwerken van nieuwkomers) wordt niet gefinancierd via Plan Samenleven") }
        if indieners2.count > 1 { weiger(2, indieners2[1], 19, "KPI niet meetbaar omschreven") }
        let jaar3 = rng.shuffled(jaren[2].indieners)
        let gefinancierd2 = Set(toekenningen.filter { $0.projectjaar == 2 }.map { "\($0.bestuur)#\($0.actie)" })
        for bestuur in jaar3.prefix(2) {
            if let actie = overigeActies(jaar: 3).first(where: { !gefinancierd2.contains("\(bestuur)#\($0)") }) {
                weiger(3, bestuur, actie, "nieuwe actie: in projectjaar 3 kunnen enkel acties van projectjaar 2 verdergezet worden (NOTA3 2.3)")
            }
        }
        return rijen.sorted { ($0.projectjaar, $0.bestuur, $0.actie) < ($1.projectjaar, $1.bestuur, $1.actie) }
    }

    /// KPIs reported after 6 and 12 months. For actions 2 and 5 the 12-month reports add up to
    /// the published realised KPI; year 3's 12-month reports are still pending.
    func rapporteringen(_ toekenningen: [Toekenning], _ rng: inout SeededRandom) throws -> [KPIRapportering] {
        var rijen: [KPIRapportering] = []
        for jaar in 1...3 {
            let vanJaar = toekenningen.filter { $0.projectjaar == jaar }
            var twaalf: [String: Int] = [:]
            func sleutel(_ t: Toekenning) -> String { "\(t.bestuur)#\(t.actie)#\(t.indicator ?? "")" }
            for actie in Set(vanJaar.map(\.actie)).sorted() {
                let groep = vanJaar.filter { $0.actie == actie }
                let gerealiseerd = cijfers.first { $0.actie == actie && $0.projectjaar == jaar }?.kpiGerealiseerd
                let waarden: [Int]
                if let gerealiseerd {
                    let gewichten = groep.map { Int64($0.kpiVooropgesteld) * Int64(rng.factor(800...1200)) + 1 }
                    if gerealiseerd < groep.count {
                        // Fewer realised units than rows (action plans): some rows reach 0.
                        var w = [Int](repeating: 1, count: groep.count)
                        for i in rng.shuffled(Array(groep.indices)).prefix(groep.count - gerealiseerd) { w[i] = 0 }
                        waarden = w
                    } else {
                        waarden = Verdeling.verdeel(Int64(gerealiseerd), over: gewichten).map { Int($0) }
                    }
                } else {
                    waarden = groep.map { $0.kpiVooropgesteld * rng.factor(600...1400) / 1000 }
                }
                for (t, w) in zip(groep, waarden) { twaalf[sleutel(t)] = w }
            }
            for t in vanJaar {
                let w12 = twaalf[sleutel(t)] ?? 0
                let w6 = (jaar == 3 ? t.kpiVooropgesteld : w12) * rng.factor(350...650) / 1000
                rijen.append(KPIRapportering(projectjaar: jaar, bestuur: t.bestuur, actie: t.actie, indicator: t.indicator, meetmoment: .zesMaanden,
                                             kpiBehaald: w6, herkomst: Self.herkomst))
                guard jaar < 3 else { continue }   // final report of year 3 pending (WEB-CIJFERS)
                let motivering = w12 < t.kpiVooropgesteld ? Self.motiveringen[rng.factor(0...(Self.motiveringen.count - 1))] : nil
                rijen.append(KPIRapportering(projectjaar: jaar, bestuur: t.bestuur, actie: t.actie, indicator: t.indicator, meetmoment: .twaalfMaanden,
                                             kpiBehaald: w12, motivering: motivering, herkomst: Self.herkomst))
            }
        }
        return rijen.sorted {
            ($0.projectjaar, $0.bestuur, $0.actie, $0.indicator ?? "", $0.meetmoment.rawValue) < ($1.projectjaar, $1.bestuur, $1.actie, $1.indicator ?? "", $1.meetmoment.rawValue)
        }
    }
}
