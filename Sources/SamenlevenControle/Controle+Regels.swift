import SamenlevenModel

/// Rules on single records: the year-3 rules (NOTA3 2.3; the verdeelsleutel of NOTA3 2.4 is in
/// `Controle+Verdeelsleutel`), actions known to the catalogue and fundable, besturen known and
/// existing, stimulus amounts.
extension ControleContext {
    /// Year-3 grants against the year-2 grants of the same bestuur and action (`Jaar3Regels`).
    func jaar3() -> [Bevinding] {
        guard telt(3) else { return [] }
        let rijen3 = gegevens.toekenningen.filter { $0.projectjaar == 3 }
        guard !rijen3.isEmpty else { return [] }
        let rijen2 = gegevens.toekenningen.filter { $0.projectjaar == 2 }
        guard !rijen2.isEmpty else {
            return [Bevinding(
                ernst: .info, code: "jaar3-niet-controleerbaar",
                boodschap: "Projectjaar 3: er zijn geen toekenningen van projectjaar 2, dus kon niet nagegaan worden of de acties van projectjaar 3 in projectjaar 2 middelen kregen en of hun KPI niet hoger ligt (NOTA3 2.3)",
                bron: bronLijst(rijen3.map(\.herkomst)), projectjaar: 3)]
        }
        func regel(_ t: Toekenning) -> Jaar3Regels.Toekenning {
            Jaar3Regels.Toekenning(bestuur: t.bestuur, actie: t.actie, indicator: t.indicator, kpi: t.kpiVooropgesteld, subsidie: t.subsidie)
        }
        func herkomst(_ rijen: [Toekenning], _ bestuur: String, _ actie: Int) -> [Herkomst] {
            rijen.filter { $0.bestuur == bestuur && $0.actie == actie }.map(\.herkomst)
        }
        return Jaar3Regels.controleer(jaar3: rijen3.map(regel), jaar2: rijen2.map(regel)).map { overtreding in
            switch overtreding {
            case let .nietGefinancierdInJaar2(bestuur, actie):
                return Bevinding(
                    ernst: .fout, code: "jaar3-niet-in-jaar2",
                    boodschap: "Projectjaar 3: \(label(bestuur)), actie \(actie): in projectjaar 3 kunnen enkel acties gefinancierd worden die in projectjaar 2 middelen kregen, en deze actie kreeg er geen (NOTA3 2.3)",
                    bron: bronLijst(herkomst(rijen3, bestuur, actie)), projectjaar: 3)
            case let .kpiHogerDanJaar2(bestuur, actie, kpi3, kpi2):
                return Bevinding(
                    ernst: .fout, code: "jaar3-kpi-hoger",
                    boodschap: "Projectjaar 3: \(label(bestuur)), actie \(actie): KPI \(BelgianNumber.format(kpi3)) is hoger dan \(BelgianNumber.format(kpi2)) in projectjaar 2; de KPI mag niet stijgen (NOTA3 2.3)",
                    bron: bronLijst(herkomst(rijen3, bestuur, actie) + herkomst(rijen2, bestuur, actie)), projectjaar: 3)
            }
        }
    }

    /// Actions known and fundable in the year, besturen known and existing at the year's start,
    /// stimulus amounts as the plan sets them.
    func actiesEnStimuli() -> [Bevinding] {
        var bevindingen: [Bevinding] = []

        // Actions.
        struct ActieSleutel: Hashable { let jaar: Int; let actie: Int; let code: String }
        var actieRijen: [ActieSleutel: [Herkomst]] = [:]
        func actie(_ jaar: Int, _ nummer: Int, _ herkomst: Herkomst, gefinancierd: Bool) {
            guard telt(jaar) else { return }
            guard let a = acties[nummer] else {
                actieRijen[ActieSleutel(jaar: jaar, actie: nummer, code: "actie-onbekend"), default: []].append(herkomst)
                return
            }
            guard gefinancierd else { return }
            if !a.gefinancierd {
                actieRijen[ActieSleutel(jaar: jaar, actie: nummer, code: "actie-niet-gefinancierd"), default: []].append(herkomst)
            } else if a.vanafProjectjaar > jaar {
                actieRijen[ActieSleutel(jaar: jaar, actie: nummer, code: "actie-te-vroeg"), default: []].append(herkomst)
            }
        }
        for r in gegevens.toekenningen { actie(r.projectjaar, r.actie, r.herkomst, gefinancierd: true) }
        for r in gegevens.mentorschappen { actie(r.projectjaar, r.actie, r.herkomst, gefinancierd: true) }
        for r in gegevens.aanvragen { actie(r.projectjaar, r.actie, r.herkomst, gefinancierd: false) }
        for r in gegevens.kpiRapporteringen { actie(r.projectjaar, r.actie, r.herkomst, gefinancierd: false) }
        for (sleutel, herkomsten) in actieRijen {
            let naam = acties[sleutel.actie].map { "actie \($0.nummer) (\($0.naam))" } ?? "actie \(sleutel.actie)"
            let boodschap: String
            switch sleutel.code {
            case "actie-onbekend":
                boodschap = "Projectjaar \(sleutel.jaar): actie \(sleutel.actie) staat niet in de actiecatalogus"
            case "actie-niet-gefinancierd":
                boodschap = "Projectjaar \(sleutel.jaar): \(naam) wordt niet gefinancierd via Plan Samenleven"
            default:
                let vanaf = acties[sleutel.actie]?.vanafProjectjaar ?? 1
                boodschap = "Projectjaar \(sleutel.jaar): \(naam) is pas subsidieerbaar vanaf projectjaar \(vanaf)"
            }
            bevindingen.append(Bevinding(ernst: .fout, code: sleutel.code, boodschap: boodschap,
                                         bron: bronLijst(herkomsten), projectjaar: sleutel.jaar))
        }

        // Besturen.
        struct BestuurSleutel: Hashable { let jaar: Int; let code: String }
        var bestuurRijen: [BestuurSleutel: [Herkomst]] = [:]
        func bestuur(_ jaar: Int, _ code: String, _ herkomst: Herkomst) {
            guard telt(jaar), !code.isEmpty else { return }
            let b = referentie.bestuur(code: code)
            if b == nil || startdatum(jaar).map({ !b!.isGeldig(op: $0) }) == true {
                bestuurRijen[BestuurSleutel(jaar: jaar, code: code), default: []].append(herkomst)
            }
        }
        for r in gegevens.toekenningen { bestuur(r.projectjaar, r.bestuur, r.herkomst) }
        for r in gegevens.aanvragen { bestuur(r.projectjaar, r.bestuur, r.herkomst) }
        for r in gegevens.samenwerkingen { bestuur(r.projectjaar, r.indiener, r.herkomst); bestuur(r.projectjaar, r.partner, r.herkomst) }
        for r in gegevens.mentorschappen { bestuur(r.projectjaar, r.bestuur, r.herkomst) }
        for r in gegevens.sio { bestuur(r.projectjaar, r.bestuur, r.herkomst) }
        for r in gegevens.kpiRapporteringen { bestuur(r.projectjaar, r.bestuur, r.herkomst) }
        for (sleutel, herkomsten) in bestuurRijen {
            if let b = referentie.bestuur(code: sleutel.code), let start = startdatum(sleutel.jaar) {
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "bestuur-niet-geldig",
                    boodschap: "Projectjaar \(sleutel.jaar): \(b.label) bestond niet bij de start van het projectjaar (\(start.dutch))",
                    bron: bronLijst(herkomsten), projectjaar: sleutel.jaar))
            } else {
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "bestuur-onbekend",
                    boodschap: "Projectjaar \(sleutel.jaar): '\(sleutel.code)' is geen NIS-code of code van een bestuur in de referentiegegevens",
                    bron: bronLijst(herkomsten), projectjaar: sleutel.jaar))
            }
        }

        // Stimuli: each row whose amount is not the one the plan sets (`wat` names the row).
        func afwijkend<R: Gegeven>(_ stimulans: Stimulans, _ rijen: [R], naam: String, bedrag: (R) -> Euro, wat: (R) -> String) {
            guard let plan = stimulans.bedrag else { return }
            for r in rijen where telt(r.projectjaar) && bedrag(r) != plan {
                bevindingen.append(Bevinding(
                    ernst: .waarschuwing, code: "stimulans-afwijkend",
                    boodschap: "Projectjaar \(r.projectjaar): \(wat(r)); de stimulans voor een \(naam) is \(plan.belgianWords) (\(stimulans.bron))",
                    bron: bronLijst([r.herkomst]), projectjaar: r.projectjaar))
            }
        }
        afwijkend(.mentorschap, gegevens.mentorschappen, naam: "mentorschap", bedrag: \.stimulans) {
            "mentorschap van \(label($0.bestuur)) voor actie \($0.actie) met een stimulans van \($0.stimulans.belgianWords)"
        }
        afwijkend(.sio, gegevens.sio, naam: "SIO-experiment", bedrag: \.bedrag) {
            "SIO-experiment van \(label($0.bestuur)) met \($0.bedrag.belgianWords)"
        }
        return bevindingen
    }
}
