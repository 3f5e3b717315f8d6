import SamenlevenModel

/// The verdeelsleutel in the example data (NOTA3 2.4): subsidie = p x min(K/2, K - B) with the
/// catalogue's standard amount p. Year 3 continues year 2 with the same huidig bereik B (the
/// reach before the plan does not change); a bestuur keeps its KPI K or lowers it (NOTA3 2.3),
/// and its subsidy is the verdeelsleutel's for that B and K.
///
/// Action 5 follows it in year 2 already: the published budgets (4.030.860 euro for 83.110
/// oefenkansen in year 2, 4.027.260 for 83.050 in year 3) lie below p x K / 2 = 60 euro per
/// oefenkans, which the formula gives when a bestuur's current reach is more than half its KPI
/// (then (K - B) x p). Both years are exactly 60 x (K - sum of 2B - K over those besturen),
/// with the same 15.929 oefenkansen for 2B - K; year 3's 60 oefenkansen fewer at 60 euro each
/// are the 3.600 euro less.
extension VoorbeelddataGenerator {
    func subsidie(_ p: Euro, bereik: Int, kpi: Int) throws -> Euro {
        do throws(BedragOverloop) {
            return try Verdeelsleutel.subsidie(huidigBereik: bereik, kpi: kpi, standaardbedrag: p)
        } catch {
            throw Fout(description: error.description)
        }
    }

    /// Half the standard amount of an action, in cents: what one unit of KPI is worth while
    /// K >= 2B. Nil when the catalogue has no p, or p is an odd number of cents.
    func halfStandaardbedrag(_ actie: Int) -> Int64? {
        guard let p = catalogus[actie]?.standaardbedrag, p.cents > 0, p.cents % 2 == 0 else { return nil }
        return p.cents / 2
    }

    /// Year-2 action 5 under the verdeelsleutel: with `kpis` given, the budget is
    /// p/2 x (sum of K - sum of e), e = 2B - K for the besturen whose current reach is more than
    /// half their KPI. Chooses those besturen and their e (e has the parity of K, as B is whole;
    /// each grant stays at least 1.000 euro); the others get a current reach of at most 40 % of K.
    func actie5MetVerdeelsleutel(_ indieners: [String], kpis: [Int], budget: Euro, jaar: Int, _ rng: inout SeededRandom) throws -> [Toekenning] {
        guard let p = catalogus[5]?.standaardbedrag, let half = halfStandaardbedrag(5), budget.cents % half == 0 else {
            throw Fout(description: "actie 5, projectjaar \(jaar): budget \(budget) is geen veelvoud van de helft van het standaardbedrag")
        }
        let teVeel = Int64(kpis.reduce(0, +)) - budget.cents / half
        guard teVeel >= 0 else {
            throw Fout(description: "actie 5, projectjaar \(jaar): budget \(budget) is meer dan de verdeelsleutel geeft voor KPI \(kpis.reduce(0, +))")
        }
        let minimum = Int((100_000 + half - 1) / half)   // units for 1.000 euro
        let ruimte = kpis.map { Int64(max(0, $0 - minimum)) }
        // Besturen with a large current reach, in random order, until they can hold the excess with a margin.
        var gekozen: [Int] = []
        for i in rng.shuffled(Array(kpis.indices)) where ruimte[i] > 1 && gekozen.map({ ruimte[$0] }).reduce(0, +) < teVeel * 2 {
            gekozen.append(i)
        }
        guard !gekozen.isEmpty,
              let delen = Verdeling.verdeel(teVeel, over: gekozen.map { Int64(kpis[$0]) * Int64(rng.factor(500...1500)) + 1 },
                                            maximum: gekozen.map { ruimte[$0] }) else {
            throw Fout(description: "actie 5, projectjaar \(jaar): \(teVeel) eenheden huidig bereik boven de helft van de KPI passen niet")
        }
        var e = [Int](repeating: 0, count: kpis.count)
        for (i, deel) in zip(gekozen, delen) { e[i] = Int(deel) }
        // Whole B: e has the parity of K. Take one off where it has not, then hand out by two.
        var over = 0
        for i in gekozen where e[i] > 0 && e[i] % 2 != kpis[i] % 2 { e[i] -= 1; over += 1 }
        func past(_ i: Int, _ waarde: Int) -> Bool { waarde == 0 || (waarde % 2 == kpis[i] % 2 && Int64(waarde) <= ruimte[i]) }
        while over >= 2, let i = gekozen.first(where: { past($0, e[$0] + 2) }) {
            e[i] += 2
            over -= 2
        }
        if over == 1, let i = kpis.indices.first(where: { e[$0] == 0 && past($0, 1) }) {
            e[i] = 1
            over = 0
        }
        guard over == 0 else { throw Fout(description: "actie 5, projectjaar \(jaar): huidig bereik niet exact te verdelen") }
        return try zip(indieners, zip(kpis, e)).map { code, ke in
            let (kpi, extra) = ke
            let bereik = extra > 0 ? (kpi + extra) / 2 : kpi * rng.factor(0...400) / 1000
            return toekenning(jaar, code, 5, bereik: bereik, kpi: kpi, subsidie: try subsidie(p, bereik: bereik, kpi: kpi))
        }
    }

    /// Year-3 action 5: year 2's rows with the same current reach; a few lower their KPI (never
    /// below twice the current reach, so each unit less is p/2 less) until the KPI is the
    /// published one. The subsidy is the verdeelsleutel's; its total must be the published budget.
    func verlaag(_ vorig: [Toekenning], kpiTot: Int, budget: Euro, jaar: Int, _ rng: inout SeededRandom) throws -> [Toekenning] {
        guard let p = catalogus[5]?.standaardbedrag else { throw Fout(description: "actie 5: geen standaardbedrag in de catalogus") }
        var rijen = vorig.map { toekenning(jaar, $0.bestuur, 5, bereik: $0.kpiHuidigBereik, kpi: $0.kpiVooropgesteld, subsidie: $0.subsidie) }
        var kpiTeVeel = rijen.map(\.kpiVooropgesteld).reduce(0, +) - kpiTot
        for i in rng.shuffled(Array(rijen.indices)) where kpiTeVeel > 0 {
            let minder = min(kpiTeVeel, max(0, rijen[i].kpiVooropgesteld - 2 * rijen[i].kpiHuidigBereik), 20)
            rijen[i].kpiVooropgesteld -= minder
            kpiTeVeel -= minder
        }
        for i in rijen.indices { rijen[i].subsidie = try subsidie(p, bereik: rijen[i].kpiHuidigBereik, kpi: rijen[i].kpiVooropgesteld) }
        let som = Euro(cents: rijen.map(\.subsidie.cents).reduce(0, +))
        guard kpiTeVeel == 0, som == budget else {
            throw Fout(description: "actie 5, projectjaar \(jaar): volgens de verdeelsleutel \(som) voor KPI \(kpiTot + kpiTeVeel), gepubliceerd \(budget) voor KPI \(kpiTot)")
        }
        return rijen
    }

    /// Year 3's other grants: year 2's, with the same current reach and a KPI no higher, the
    /// subsidy by the verdeelsleutel, together exactly `rest` (cents). Each first takes the
    /// highest KPI whose subsidy is not above its year-2 grant; then KPIs go up (never above
    /// year 2's) or down until the total holds. Grants whose action has no p in the catalogue
    /// (action 23) keep their year-2 amount; the largest of them takes the few euros the
    /// formula's steps (10 euro at the least) cannot.
    func overigeJaar3(_ vorig: [Toekenning], rest: Int64, _ rng: inout SeededRandom) throws -> [Toekenning] {
        var rijen = vorig.map { toekenning(3, $0.bestuur, $0.actie, indicator: $0.indicator, bereik: $0.kpiHuidigBereik, kpi: $0.kpiVooropgesteld,
                                           subsidie: $0.subsidie) }
        struct Grant { let index: Int; let p: Euro; let bereik: Int; let kmin: Int; let kmax: Int; var kpi: Int }
        var grants: [Grant] = []
        for (i, t) in rijen.enumerated() {
            guard let p = catalogus[t.actie]?.standaardbedrag, t.kpiVooropgesteld > t.kpiHuidigBereik else { continue }
            // Lowest KPI with a subsidy (K > B); highest with a subsidy not above year 2's.
            let kmin = t.kpiHuidigBereik + 1
            var kpi = t.kpiVooropgesteld
            while kpi > kmin, try subsidie(p, bereik: t.kpiHuidigBereik, kpi: kpi) > t.subsidie { kpi -= 1 }
            grants.append(Grant(index: i, p: p, bereik: t.kpiHuidigBereik, kmin: kmin, kmax: t.kpiVooropgesteld, kpi: kpi))
        }
        func bedrag(_ g: Grant, _ kpi: Int) throws -> Int64 { try subsidie(g.p, bereik: g.bereik, kpi: kpi).cents }
        let metP = Set(grants.map(\.index))
        let zonderP = rijen.indices.filter { !metP.contains($0) }
        var tekort = rest - zonderP.map { rijen[$0].subsidie.cents }.reduce(0, +)
        for g in grants { tekort -= try bedrag(g, g.kpi) }
        // Largest steps first, then finer ones: down until nothing is over, up while a step fits.
        let geschud = rng.shuffled(Array(grants.indices))
        let volgorde = geschud.indices.sorted { a, b in (grants[geschud[b]].p, a) < (grants[geschud[a]].p, b) }.map { geschud[$0] }
        for g in volgorde where tekort < 0 {
            while tekort < 0, grants[g].kpi > grants[g].kmin {
                tekort += try bedrag(grants[g], grants[g].kpi) - bedrag(grants[g], grants[g].kpi - 1)
                grants[g].kpi -= 1
            }
        }
        for g in volgorde where tekort > 0 {
            while grants[g].kpi < grants[g].kmax {
                let stap = try bedrag(grants[g], grants[g].kpi + 1) - bedrag(grants[g], grants[g].kpi)
                guard stap <= tekort else { break }
                tekort -= stap
                grants[g].kpi += 1
            }
        }
        // What is left is less than the smallest step up: a few grants up and others down, found
        // by a search over the sums of small changes (largest sum not above the rest).
        if tekort != 0 {
            let venster: Int64 = 500_000
            var bereikt: [Int64: (g: Int, delta: Int, vorige: Int64)] = [0: (-1, 0, 0)]
            for g in volgorde where grants[g].p.cents <= 200_000 && bereikt[tekort] == nil {
                let nu = try bedrag(grants[g], grants[g].kpi)
                var stappen: [(Int, Int64)] = []
                for delta in -3...3 where delta != 0 {
                    let kpi = grants[g].kpi + delta
                    guard kpi >= grants[g].kmin, kpi <= grants[g].kmax else { continue }
                    stappen.append((delta, try bedrag(grants[g], kpi) - nu))
                }
                for waarde in bereikt.keys.sorted() {
                    for (delta, verschil) in stappen {
                        let nieuw = waarde + verschil
                        if abs(nieuw) <= venster, bereikt[nieuw] == nil { bereikt[nieuw] = (g, delta, waarde) }
                    }
                }
            }
            let doel = bereikt[tekort] != nil ? tekort : (bereikt.keys.filter { $0 <= tekort }.max() ?? 0)
            var waarde = doel
            while waarde != 0, let stap = bereikt[waarde] {
                grants[stap.g].kpi += stap.delta
                waarde = stap.vorige
            }
            tekort -= doel
        }
        for g in grants {
            rijen[g.index].kpiVooropgesteld = g.kpi
            rijen[g.index].subsidie = Euro(cents: try bedrag(g, g.kpi))
        }
        if tekort != 0 {
            guard let grootste = zonderP.max(by: { (rijen[$0].subsidie, $1) < (rijen[$1].subsidie, $0) }) else {
                throw Fout(description: "projectjaar 3: \(Euro(cents: tekort)) niet te verdelen volgens de verdeelsleutel")
            }
            rijen[grootste].subsidie = rijen[grootste].subsidie + Euro(cents: tekort)
        }
        return rijen
    }
}
