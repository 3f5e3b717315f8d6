import SamenlevenModel

extension VoorbeelddataGenerator {
    /// The actions besides 2 and 5 that example grants use: funded, with a goal in the
    /// catalogue (not the unnamed 1, 3 and 4), and (action 23) only from project year 2.
    func overigeActies(jaar: Int) -> [Int] {
        catalogus.acties.filter {
            $0.gefinancierd && $0.doelstelling != nil && $0.nummer != 2 && $0.nummer != 5 && $0.vanafProjectjaar <= jaar
        }.map(\.nummer)
    }

    /// What one example grant is for: a bestuur's action, for one indicator or (nil) the
    /// action's indicators together. Action 9 is granted per indicator, as the form asks
    /// a KPI per target group; the other actions with several indicators get one grant for all.
    struct Paar: Hashable, Comparable {
        let bestuur: String
        let actie: Int
        let indicator: String?

        static func < (a: Paar, b: Paar) -> Bool { (a.bestuur, a.actie, a.indicator ?? "") < (b.bestuur, b.actie, b.indicator ?? "") }
    }

    /// The grants of one bestuur for an action: per indicator for action 9, else one.
    func parenVan(_ bestuur: String, _ actie: Int) -> [Paar] {
        let indicatoren = catalogus[actie]?.indicatoren ?? []
        guard actie == 9, indicatoren.count > 1 else { return [Paar(bestuur: bestuur, actie: actie, indicator: nil)] }
        return indicatoren.map { Paar(bestuur: bestuur, actie: actie, indicator: $0.naam) }
    }

    /// The form's limits for a grant (year 1): the largest KPI (the sum of the largest reach of
    /// the indicators it covers) and the largest grant (the sum of reach x contribution). Nil
    /// for an action the form does not list (23, from year 2).
    func grenzen(_ paar: Paar) -> (kpi: Int, euro: Int64)? {
        guard let actie = catalogus[paar.actie] else { return nil }
        let gedekt = actie.gedekteIndicatoren(paar.indicator)
        guard !gedekt.isEmpty else { return nil }
        var kpi = 0, euro: Int64 = 0
        for i in gedekt {
            guard let bereik = i.maxBereik, let bijdrage = i.bijdragePerEenheid else { return nil }
            kpi += bereik
            euro += Int64(bereik) * bijdrage.cents / 100
        }
        return (kpi, euro)
    }

    /// A fictional price per KPI unit for an action the form does not list (23), for a believable KPI.
    static let eenheidsprijsZonderFormulier: Int64 = 150

    static let toelichtingen: [Int: String] = [
        2: "lokaal actieplan tegen polarisatie met politie, scholen en jeugdwerk",
        5: "taalcafés en oefenkansen in bibliotheek en kinderopvang",
        6: "begeleiding van nieuwkomers met een buitenlands diploma naar verkorte opleidingen",
        7: "trajectbegeleiding naar hoger onderwijs samen met de hogeschool",
        8: "opvolging van jongeren zonder diploma met de onderwijsinstellingen",
        9: "jobcoaching met VDAB en lokale werkgevers",
        10: "starterscoaching voor ondernemers met migratieachtergrond",
        11: "mentoren uit het lokale bedrijfsleven begeleiden werkzoekenden",
        13: "kennismaking met sportclubs voor kwetsbare kinderen en jongeren",
        14: "jongeren in contact met opleidingen, stages en werkgevers",
        15: "brugfiguren in het basis- en secundair onderwijs",
        16: "actieplan straatintimidatie met sensibilisering en meldpunt",
        17: "omstaanderstrainingen voor personeel en vrijwilligers",
        18: "actieplan integrale toegankelijkheid van dienstverlening",
        19: "correspondentietesten op de lokale huurmarkt",
        20: "gezinnen begeleid bij de schoolkeuze voor een sociale mix",
        21: "jongeren begeleid naar de lerarenopleiding",
        22: "pleinwerking in twee wijken met buurtbewoners",
        23: "kennismaking met jeugdbewegingen en speelpleinwerking",
        24: "cultuurparticipatie via vrijetijdspas en cultuurcentrum",
    ]

    func toekenningen(_ jaren: [Jaar], a2: [Set<String>], a5: [Set<String>], mentor: [Mentorschap], sio: [SIOExperiment],
                      opties: Opties, _ rng: inout SeededRandom) throws -> [Toekenning] {
        var alle: [Toekenning] = []
        var overigeVorigJaar: [Paar: Toekenning] = [:]
        var actie5VorigJaar: [String: Toekenning] = [:]

        for jaar in jaren {
            let j = jaar.nummer
            let totaal = Projectjaar.nummer(j)!.toegekend.cents
            let stimulansen = mentor.filter { $0.projectjaar == j }.map(\.stimulans.cents).reduce(0, +)
                + sio.filter { $0.projectjaar == j }.map(\.bedrag.cents).reduce(0, +)
            let c2 = try gepubliceerd(2, j), c5 = try gepubliceerd(5, j)

            // Action 2: one plan each, current reach 0, verdeelsleutel with the known price.
            let p2 = catalogus[2]?.standaardbedrag ?? Euro(euros: 50_000)
            var rijen2: [Toekenning] = try a2[j - 1].sorted().map {
                toekenning(j, $0, 2, bereik: 0, kpi: 1, subsidie: try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 1, standaardbedrag: p2))
            }
            let som2 = rijen2.map(\.subsidie.cents).reduce(0, +)
            guard som2 == c2.budget.cents else {
                throw Fout(description: "actie 2, projectjaar \(j): \(Euro(cents: som2)) volgens de verdeelsleutel, gepubliceerd \(c2.budget)")
            }

            // Action 5: KPI and budget split over the indieners by the population they cover.
            var rijen5: [Toekenning]
            let indieners5 = a5[j - 1].sorted()
            if j == 3 {
                // Continuation: the same rows and current reach, a few with a lower KPI; the
                // subsidy by the verdeelsleutel (NOTA3 2.4).
                let vorig = indieners5.map { actie5VorigJaar[$0]! }
                rijen5 = try verlaag(vorig, kpiTot: c5.kpiVooropgesteld, budget: c5.budget, jaar: j, &rng)
            } else {
                let gewichten = indieners5.map { code -> Int64 in
                    let dekking = jaar.dekking([code]).map(inwoners).reduce(0, +)
                    return Int64(isqrt(dekking)) * Int64(rng.factor(700...1300))
                }
                // The form's limits: KPI within the largest reach, grant at most KPI x contribution.
                let grens = grenzen(Paar(bestuur: "", actie: 5, indicator: nil))
                let maxKPI = Int64(grens?.kpi ?? c5.kpiVooropgesteld)
                guard let kpis = Verdeling.verdeel(Int64(c5.kpiVooropgesteld), over: gewichten, minimum: 40,
                                                   maximum: gewichten.map { _ in maxKPI }) else {
                    throw Fout(description: "actie 5, projectjaar \(j): KPI \(c5.kpiVooropgesteld) past niet binnen het grootste bereik \(maxKPI) per bestuur")
                }
                if j == 2 {
                    // Year 2 under the verdeelsleutel already, so that year 3 continues it.
                    rijen5 = try actie5MetVerdeelsleutel(indieners5, kpis: kpis.map { Int($0) }, budget: c5.budget, jaar: j, &rng)
                } else {
                    let bijdrage = Int64(grens.map { $0.euro / Int64($0.kpi) } ?? Int64.max / 1_000_000)
                    guard let bedragen = Verdeling.verdeel(c5.budget.cents / 100, over: kpis.map { $0 * Int64(rng.factor(900...1100)) }, minimum: 1_000,
                                                           maximum: kpis.map { max(1_000, $0 * bijdrage) }) else {
                        throw Fout(description: "actie 5, projectjaar \(j): budget \(c5.budget) is meer dan KPI x bijdrage per eenheid")
                    }
                    rijen5 = zip(indieners5, zip(kpis, bedragen)).map { code, kb in
                        let bereik = Int(kb.0) * rng.factor(0...400) / 1000
                        return toekenning(j, code, 5, bereik: bereik, kpi: Int(kb.0), subsidie: Euro(euros: kb.1))
                    }
                }
            }
            for r in rijen5 { actie5VorigJaar[r.bestuur] = r }

            // Every other action: what is left of the year's total.
            let rest = totaal - stimulansen - som2 - rijen5.map(\.subsidie.cents).reduce(0, +)
            let overige: [Toekenning]
            if j == 3 {
                // Same actions as year 2 (NOTA3 2.3), KPIs no higher, subsidies by the verdeelsleutel.
                let vorig = overigeVorigJaar.values.sorted { ($0.bestuur, $0.actie, $0.indicator ?? "") < ($1.bestuur, $1.actie, $1.indicator ?? "") }
                overige = try overigeJaar3(vorig, rest: rest, &rng)
            } else {
                overige = try overigeToekenningen(jaar, rest: rest, vorig: overigeVorigJaar, mentor: mentor, opties: opties, &rng)
            }
            overigeVorigJaar = Dictionary(uniqueKeysWithValues: overige.map { (Paar(bestuur: $0.bestuur, actie: $0.actie, indicator: $0.indicator), $0) })
            rijen2 = rijen2.map { var t = $0; t.toelichting = toelichting(t); return t }
            alle += rijen2 + rijen5.map { var t = $0; t.toelichting = toelichting(t); return t } + overige
        }
        return alle.sorted { ($0.projectjaar, $0.bestuur, $0.actie, $0.indicator ?? "") < ($1.projectjaar, $1.bestuur, $1.actie, $1.indicator ?? "") }
    }

    func toekenning(_ jaar: Int, _ bestuur: String, _ actie: Int, indicator: String? = nil, bereik: Int, kpi: Int, subsidie: Euro) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: bestuur, actie: actie, indicator: indicator, kpiHuidigBereik: bereik, kpiVooropgesteld: kpi,
                   subsidie: subsidie, herkomst: Self.herkomst)
    }

    /// Question 492 asks a content description for West-Vlaanderen only; other besturen were
    /// not obliged to describe (planlastvermindering).
    func toelichting(_ t: Toekenning) -> String? {
        guard referentie.bestuur(code: t.bestuur)?.provincie == .westVlaanderen else { return nil }
        return Self.toelichtingen[t.actie]
    }

    /// The grants for the actions other than 2 and 5 in year 1 or 2, within the form's limits:
    /// never above KPI x contribution per unit, KPI within the largest reach. Indieners take
    /// more actions where their choice cannot hold the year's total within those limits.
    func overigeToekenningen(_ jaar: Jaar, rest: Int64, vorig: [Paar: Toekenning], mentor: [Mentorschap],
                             opties: Opties, _ rng: inout SeededRandom) throws -> [Toekenning] {
        let j = jaar.nummer
        let pool = overigeActies(jaar: j)
        var paren = Set<Paar>()
        // A mentor runs the action it mentors.
        for m in mentor where m.projectjaar == j && m.actie != 2 && m.actie != 5 { paren.formUnion(parenVan(m.bestuur, m.actie)) }
        // Last year's actions continue; new indieners choose their own.
        for paar in vorig.keys where jaar.indieners.contains(paar.bestuur) { paren.insert(paar) }
        for indiener in jaar.indieners {
            let heeft = pool.filter { actie in paren.contains { $0.bestuur == indiener && $0.actie == actie } }
            let gewenst = min(pool.count, Int.random(in: 1...3, using: &rng) * max(1, opties.schaal))
            let extra = max(0, gewenst - heeft.count) + (j == 2 && rng.factor(0...9) < 2 ? 1 : 0)
            for actie in rng.shuffled(pool.filter { !heeft.contains($0) }).prefix(extra) { paren.formUnion(parenVan(indiener, actie)) }
        }
        guard rest % 100 == 0 else { throw Fout(description: "restbedrag \(rest) is geen geheel aantal euro") }
        let euroRest = rest / 100
        /// The largest grant of a pair: the form's limit, or for action 23 a plausible one.
        func maximum(_ paar: Paar) -> Int64 { grenzen(paar)?.euro ?? 60_000 }
        // Room for the total with a margin, so that not every grant sits at its limit.
        let kandidaten = rng.shuffled(jaar.indieners.flatMap { indiener in pool.flatMap { parenVan(indiener, $0) } }.sorted())
        for paar in kandidaten where paren.map(maximum).reduce(0, +) < euroRest * 3 / 2 { paren.insert(paar) }
        let geordend = paren.sorted()
        let gewichten = geordend.map { paar -> Int64 in
            if let v = vorig[paar] { return v.subsidie.cents / 100 * Int64(rng.factor(1000...1250)) / 1000 + 1 }
            let dekking = jaar.dekking([paar.bestuur]).map(inwoners).reduce(0, +)
            return Int64(isqrt(dekking)) * Int64(rng.factor(600...1400)) / 10 + 1
        }
        guard let bedragen = Verdeling.verdeel(euroRest, over: gewichten, minimum: 2_000, maximum: geordend.map(maximum)) else {
            throw Fout(description: "projectjaar \(j): \(Euro(euros: euroRest)) past niet binnen KPI x bijdrage per eenheid van de gekozen acties")
        }
        return zip(geordend, bedragen).map { paar, euro in
            let kpi: Int
            if let grens = grenzen(paar) {
                // At least subsidy / contribution (so the grant is never above KPI x contribution), at most the largest reach.
                let bijdrage = grens.euro / Int64(grens.kpi)
                let nodig = Int((euro + bijdrage - 1) / bijdrage)
                kpi = min(grens.kpi, max(nodig, nodig * rng.factor(1000...1300) / 1000))
            } else {
                kpi = max(1, Int(euro * 2 / Self.eenheidsprijsZonderFormulier))
            }
            let bereik = kpi * rng.factor(0...300) / 1000
            var t = toekenning(j, paar.bestuur, paar.actie, indicator: paar.indicator, bereik: bereik, kpi: kpi, subsidie: Euro(euros: euro))
            t.toelichting = toelichting(t)
            return t
        }
    }
}

func isqrt(_ n: Int) -> Int {
    guard n > 1 else { return max(n, 0) }
    var x = n, y = (n + 1) / 2
    while y < x { x = y; y = (x + n / x) / 2 }
    return x
}
