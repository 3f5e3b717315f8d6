import SamenlevenModel

/// Sums against published totals: per project year (Projectjaar.toegekend, with the
/// samenwerkingsstimulans shown apart) and per action and period (GepubliceerdCijfer, WEB-CIJFERS).
extension ControleContext {
    /// Per project year: the sum of the toekenningen, the mentorship stimuli and the SIO
    /// amounts against the published granted total. Only for years with toekenningen: without
    /// them the sum is not meaningful. The samenwerkingsstimulans (computed from the
    /// samenwerkingsverbanden) is its own info finding and stays out of the comparison: the
    /// sources do not say whether the published totals include it
    /// (`Samenwerkingsstimulans.toelichting`).
    func totalenPerProjectjaar() -> [Bevinding] {
        let stimuliSamenwerking = Samenwerkingsstimulans.perProjectjaar(gegevens.samenwerkingen)
        return jaren.flatMap { jaar -> [Bevinding] in
            let toekenningen = gegevens.toekenningen.filter { $0.projectjaar == jaar }
            guard !toekenningen.isEmpty, let gepubliceerd = projectjaren.first(where: { $0.nummer == jaar }) else { return [] }
            var bevindingen: [Bevinding] = []
            let samenwerking = stimuliSamenwerking.first { $0.projectjaar == jaar }
            if let samenwerking {
                bevindingen.append(Bevinding(
                    ernst: .info, code: "samenwerkingsstimulans-niet-vergeleken",
                    boodschap: "Projectjaar \(jaar): samenwerkingsstimulans \(samenwerking.berekening) (\(Stimulans.samenwerking.bron)); gepubliceerd totaal \(gepubliceerd.toegekend.belgianWords) (\(gepubliceerd.bron)). \(Samenwerkingsstimulans.toelichting)",
                    bron: bronLijst(samenwerking.herkomst, extra: [Stimulans.samenwerking.bron]), projectjaar: jaar))
            }
            let mentorschappen = gegevens.mentorschappen.filter { $0.projectjaar == jaar }
            let sio = gegevens.sio.filter { $0.projectjaar == jaar }
            let subsidies = toekenningen.reduce(Euro.zero) { $0 + $1.subsidie }
            let stimuliMentor = mentorschappen.reduce(Euro.zero) { $0 + $1.stimulans }
            let stimuliSIO = sio.reduce(Euro.zero) { $0 + $1.bedrag }
            let totaal = subsidies + stimuliMentor + stimuliSIO
            guard totaal != gepubliceerd.toegekend else { return bevindingen }
            let verschil = totaal - gepubliceerd.toegekend
            let teken = verschil > .zero ? "meer" : "minder"
            let afwijking = verschil > .zero ? verschil : Euro.zero - verschil
            var boodschap = "Projectjaar \(jaar): toekenningen (\(subsidies.belgianWords)) + mentorschappen (\(stimuliMentor.belgianWords)) + SIO (\(stimuliSIO.belgianWords)) = \(totaal.belgianWords), \(afwijking.belgianWords) \(teken) dan het gepubliceerde totaal van \(gepubliceerd.toegekend.belgianWords) (\(gepubliceerd.bron))"
            if let samenwerking, totaal + samenwerking.bedrag == gepubliceerd.toegekend {
                boodschap += "; met de samenwerkingsstimulans (\(samenwerking.bedrag.belgianWords)) erbij klopt het totaal wel"
            }
            bevindingen.append(Bevinding(
                ernst: .waarschuwing, code: "totaal-afwijkend",
                boodschap: boodschap,
                bron: bronLijst(toekenningen.map(\.herkomst) + mentorschappen.map(\.herkomst) + sio.map(\.herkomst),
                                extra: [gepubliceerd.bron]),
                projectjaar: jaar))
            return bevindingen
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
