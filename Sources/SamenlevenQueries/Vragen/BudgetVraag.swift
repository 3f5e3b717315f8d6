import SamenlevenModel

/// Subvraag 5: the granted total per project year and per doelstelling, with the stimuli
/// (mentorschap, SIO) as separate lines, against the published granted total of the year
/// (`Projectjaar.toegekend`) and the difference.
///
/// The samenwerkingsstimulans (`Samenwerkingsstimulans`, computed from the samenwerkingsverbanden:
/// no record holds it) is its own line with its amount in its own column, outside "toegekend"
/// and so outside the comparison: the sources do not say whether the published totals include it.
///
/// Rows: kop projectjaar (niveau 0) > detail per doelstelling and per stimulus (1); the
/// year's subtotal carries the published total and the difference; the total last. The
/// published totals cover every bestuur and action, so with a province, bestuur, doelstelling
/// or actie filter they are not compared.
public enum BudgetVraag: StandardQuery {
    public static let titel = "Toegekend budget per projectjaar en doelstelling, tegenover de gepubliceerde totalen"

    public static let kolommen: [Kolom] = [
        .omschrijving("Projectjaar / doelstelling"),
        Kolom("aantal", "Aantal", .geheelGetal),
        Kolom("toegekend", "Toegekend volgens de gegevens", .euro),
        Kolom("gepubliceerd", "Toegekend volgens publicatie", .euro, optellen: false),
        Kolom("verschil", "Verschil (gegevens - publicatie)", .euro, optellen: false),
        Kolom("samenwerkingsstimulans", "Samenwerkingsstimulans (niet vergeleken)", .euro),
    ]

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let g = context.gegevens
        let toekenningen = selectie.selecteer(g.toekenningen)
        let mentorschappen = selectie.selecteer(g.mentorschappen)
        // An SIO experiment belongs to no action.
        let sioGefilterd = opties.filtertActies
        let sio = sioGefilterd ? [] : selectie.selecteer(g.sio)
        // Like SIO, the samenwerkingsstimulans belongs to no action; it goes to the indiener.
        let samenwerkingen = sioGefilterd ? [] : g.samenwerkingen.filter {
            selectie.past(jaar: $0.projectjaar, bestuur: $0.indiener, vermeld: $0.provincieVermeld)
        }
        let stimuliSamenwerking = Samenwerkingsstimulans.perProjectjaar(samenwerkingen)
        let vergelijkbaar = !opties.filtertBesturen && !opties.filtertActies

        let jaren = Set(toekenningen.map(\.projectjaar) + mentorschappen.map(\.projectjaar) + sio.map(\.projectjaar)).sorted()
        var gepubliceerdTotaal = Euro.zero
        var gepubliceerdeBronnen: [Voetnoot] = []
        let knopen: [Knoop] = jaren.map { jaar in
            var kinderen: [Knoop] = []
            let vanJaar = toekenningen.filter { $0.projectjaar == jaar }
            let perDoel = Dictionary(grouping: vanJaar, by: { context.acties[$0.actie]?.doelstelling })
            for doel in perDoel.keys.sorted(by: { ($0 ?? Int.max) < ($1 ?? Int.max) }) {
                let lijst = perDoel[doel]!
                // Grants per indicator (action 9) count once per bestuur and action.
                let aantal = Set(lijst.map { "\($0.bestuur)#\($0.actie)" }).count
                kinderen.append(.detail(cellen: ["omschrijving": .tekst(Doelstelling.kopLabel(doel)), "aantal": .getal(aantal),
                                                 "toegekend": .euro(lijst.reduce(.zero) { $0 + $1.subsidie })],
                                        herkomst: lijst.map(\.herkomst), sleutels: [.doelstelling(doel)]))
            }
            if g.mentorschappen.contains(where: { $0.projectjaar == jaar }) {
                let lijst = mentorschappen.filter { $0.projectjaar == jaar }
                kinderen.append(.detail(cellen: ["omschrijving": .tekst("Stimulans mentorschap"), "aantal": .getal(lijst.count),
                                                 "toegekend": .euro(lijst.reduce(.zero) { $0 + $1.stimulans })],
                                        herkomst: lijst.map(\.herkomst)))
            }
            if !sioGefilterd && g.sio.contains(where: { $0.projectjaar == jaar }) {
                let lijst = sio.filter { $0.projectjaar == jaar }
                kinderen.append(.detail(cellen: ["omschrijving": .tekst("Stimulans SIO-experiment"), "aantal": .getal(lijst.count),
                                                 "toegekend": .euro(lijst.reduce(.zero) { $0 + $1.bedrag })],
                                        herkomst: lijst.map(\.herkomst)))
            }
            if let samenwerking = stimuliSamenwerking.first(where: { $0.projectjaar == jaar }) {
                kinderen.append(.detail(cellen: ["omschrijving": .tekst("Samenwerkingsstimulans (\(Stimulans.samenwerking.bedrag!.belgianWords) per verband)"),
                                                 "aantal": .getal(samenwerking.verbanden),
                                                 "samenwerkingsstimulans": .euro(samenwerking.bedrag)],
                                        herkomst: samenwerking.herkomst))
            }
            var subtotaal: [String: Cel] = [:]
            if vergelijkbaar, let gepubliceerd = Projectjaar.nummer(jaar) {
                let toegekend = kinderen.flatMap(\.details).reduce(Euro.zero) { som, d in
                    if case .euro(let e) = d.cellen["toegekend"] { return som + e }
                    return som
                }
                subtotaal["gepubliceerd"] = .euro(gepubliceerd.toegekend)
                subtotaal["verschil"] = .euro(toegekend - gepubliceerd.toegekend)
                gepubliceerdTotaal = gepubliceerdTotaal + gepubliceerd.toegekend
                var tekst = "Gepubliceerd toegekend bedrag projectjaar \(jaar): \(gepubliceerd.toegekend.belgianWords) (bron: \(gepubliceerd.bron))"
                if let opmerking = gepubliceerd.opmerking { tekst += "; opmerking: \(opmerking)" }
                gepubliceerdeBronnen.append(Voetnoot(tekst + ".", bron: gepubliceerd.bron))
            }
            return .groep(Groep(label: "Projectjaar \(jaar)", subtotaalLabel: "Totaal projectjaar \(jaar)",
                                subtotaalCellen: subtotaal, kinderen: kinderen, sleutels: [.projectjaar(jaar)]))
        }

        let alle = knopen.flatMap(\.details)
        var totaal: [String: Cel] = [:]
        let toegekendTotaal = alle.reduce(Euro.zero) { som, d in
            if case .euro(let e) = d.cellen["toegekend"] { return som + e }
            return som
        }
        if vergelijkbaar && !gepubliceerdeBronnen.isEmpty {
            totaal["gepubliceerd"] = .euro(gepubliceerdTotaal)
            totaal["verschil"] = .euro(toegekendTotaal - gepubliceerdTotaal)
        }

        var opmerkingen: [Voetnoot] = []
        if !jaren.isEmpty {
            opmerkingen.append(Voetnoot(vergelijkbaar
                ? "Het gepubliceerde bedrag wordt vergeleken met de toekenningen plus de stimuli (mentorschap, SIO); verschil = gegevens min publicatie."
                : "De gepubliceerde totalen gelden voor alle besturen en acties; met deze selectie worden ze niet vergeleken."))
        }
        if sioGefilterd && !g.sio.isEmpty {
            opmerkingen.append(Voetnoot("SIO-experimenten horen bij geen actie of doelstelling en vallen buiten deze selectie."))
        }
        for jaar in jaren where !g.mentorschappen.contains(where: { $0.projectjaar == jaar }) {
            opmerkingen.append(Voetnoot("Projectjaar \(jaar): geen mentorschappen ingeladen; de stimulans mentorschap ontbreekt in het totaal."))
        }
        let getoond = stimuliSamenwerking.filter { jaren.contains($0.projectjaar) }
        if !getoond.isEmpty {
            let perJaar = getoond.map { "projectjaar \($0.projectjaar): \($0.berekening)" }.joined(separator: "; ")
            opmerkingen.append(Voetnoot("Samenwerkingsstimulans, \(Stimulans.samenwerking.bedrag!.belgianWords) per samenwerkingsverband (één indiener) "
                                        + "en per projectjaar, zonder cofinanciering, berekend uit de samenwerkingsverbanden (\(perJaar)). "
                                        + Samenwerkingsstimulans.toelichting, bron: Stimulans.samenwerking.bron))
        }
        let herkomst = toekenningen.map(\.herkomst) + mentorschappen.map(\.herkomst) + sio.map(\.herkomst)
            + getoond.flatMap(\.herkomst)
        let codes = toekenningen.map(\.bestuur) + mentorschappen.map(\.bestuur) + sio.map(\.bestuur) + getoond.flatMap(\.indieners)
        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen, totaalCellen: totaal,
                                  herkomst: herkomst, jaren: jaren, wat: "toekenningen", leeg: jaren.isEmpty, opmerkingen: opmerkingen,
                                  codes: codes, gepubliceerdeBronnen: gepubliceerdeBronnen)
    }
}
