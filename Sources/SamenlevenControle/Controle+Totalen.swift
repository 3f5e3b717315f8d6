import SamenlevenModel

/// Sums against published totals: per project year (Projectjaar.toegekend) and per action
/// and period (GepubliceerdCijfer, WEB-CIJFERS).
extension ControleContext {
    /// Per project year: the sum of the toekenningen, the mentorship stimuli and the SIO
    /// amounts against the published granted total. Only for years with toekenningen: without
    /// them the sum is not meaningful.
    func totalenPerProjectjaar() -> [Bevinding] {
        jaren.compactMap { jaar -> Bevinding? in
            let toekenningen = gegevens.toekenningen.filter { $0.projectjaar == jaar }
            guard !toekenningen.isEmpty, let gepubliceerd = projectjaren.first(where: { $0.nummer == jaar }) else { return nil }
            let mentorschappen = gegevens.mentorschappen.filter { $0.projectjaar == jaar }
            let sio = gegevens.sio.filter { $0.projectjaar == jaar }
            let subsidies = toekenningen.reduce(Euro.zero) { $0 + $1.subsidie }
            let stimuliMentor = mentorschappen.reduce(Euro.zero) { $0 + $1.stimulans }
            let stimuliSIO = sio.reduce(Euro.zero) { $0 + $1.bedrag }
            let totaal = subsidies + stimuliMentor + stimuliSIO
            guard totaal != gepubliceerd.toegekend else { return nil }
            let verschil = totaal - gepubliceerd.toegekend
            let teken = verschil > .zero ? "meer" : "minder"
            let afwijking = verschil > .zero ? verschil : Euro.zero - verschil
            return Bevinding(
                ernst: .waarschuwing, code: "totaal-afwijkend",
                boodschap: "Projectjaar \(jaar): toekenningen (\(subsidies.belgianWords)) + mentorschappen (\(stimuliMentor.belgianWords)) + SIO (\(stimuliSIO.belgianWords)) = \(totaal.belgianWords), \(afwijking.belgianWords) \(teken) dan het gepubliceerde totaal van \(gepubliceerd.toegekend.belgianWords) (\(gepubliceerd.bron))",
                bron: bronLijst(toekenningen.map(\.herkomst) + mentorschappen.map(\.herkomst) + sio.map(\.herkomst),
                                extra: [gepubliceerd.bron]),
                projectjaar: jaar)
        }
    }

    /// Per action and period with published figures: budget, number of besturen, promised and
    /// realised KPI. Only where the data hold toekenningen (or 12-month reports) for that
    /// action and year.
    func cijfersPerActie() -> [Bevinding] {
        var bevindingen: [Bevinding] = []
        for cijfer in gepubliceerd where telt(cijfer.projectjaar) {
            let jaar = cijfer.projectjaar
            let naam = acties[cijfer.actie]?.naam ?? "actie \(cijfer.actie)"
            let wat = "Projectjaar \(jaar), actie \(cijfer.actie) (\(naam))"
            let rijen = gegevens.toekenningen.filter { $0.projectjaar == jaar && $0.actie == cijfer.actie }
            if !rijen.isEmpty {
                let bron = bronLijst(rijen.map(\.herkomst), extra: [cijfer.bron])
                let budget = rijen.reduce(Euro.zero) { $0 + $1.subsidie }
                if budget != cijfer.budget {
                    bevindingen.append(Bevinding(
                        ernst: .waarschuwing, code: "actie-budget-afwijkend",
                        boodschap: "\(wat): som van de subsidies \(budget.belgianWords), gepubliceerd budget \(cijfer.budget.belgianWords)",
                        bron: bron, projectjaar: jaar))
                }
                // Besturen involved: indieners and the partners of their samenwerkingsverband.
                let besturen = gegevens.betrokkenBesturen(indieners: rijen.map(\.bestuur), projectjaar: jaar).count
                if besturen != cijfer.besturen {
                    bevindingen.append(Bevinding(
                        ernst: .waarschuwing, code: "actie-besturen-afwijkend",
                        boodschap: "\(wat): \(besturen) betrokken besturen in de gegevens (indieners en hun partners), gepubliceerd \(cijfer.besturen)",
                        bron: bron, projectjaar: jaar))
                }
                let kpi = rijen.reduce(0) { $0 + $1.kpiVooropgesteld }
                if kpi != cijfer.kpiVooropgesteld {
                    bevindingen.append(Bevinding(
                        ernst: .waarschuwing, code: "actie-kpi-afwijkend",
                        boodschap: "\(wat): som van de vooropgestelde KPI's \(BelgianNumber.format(kpi)), gepubliceerd \(BelgianNumber.format(cijfer.kpiVooropgesteld))",
                        bron: bron, projectjaar: jaar))
                }
            }
            let rapporten = gegevens.kpiRapporteringen.filter {
                $0.projectjaar == jaar && $0.actie == cijfer.actie && $0.meetmoment == .twaalfMaanden
            }
            if let gerealiseerd = cijfer.kpiGerealiseerd, !rapporten.isEmpty {
                let behaald = rapporten.reduce(0) { $0 + $1.kpiBehaald }
                if behaald != gerealiseerd {
                    bevindingen.append(Bevinding(
                        ernst: .waarschuwing, code: "actie-kpi-gerealiseerd-afwijkend",
                        boodschap: "\(wat): som van de behaalde KPI's na 12 maanden \(BelgianNumber.format(behaald)), gepubliceerd \(BelgianNumber.format(gerealiseerd))",
                        bron: bronLijst(rapporten.map(\.herkomst), extra: [cijfer.bron]), projectjaar: jaar))
                }
            }
        }
        return bevindingen
    }
}
