import Foundation
import Memberwise
import SamenlevenModel

/// Generates clearly labelled synthetic data (voorbeelddata) for the figures that are not
/// public, so that every query answers out of the box. Deterministic: the same seed gives the
/// same records on every machine.
///
/// The generated data reproduce every published constraint exactly:
/// - the granted total per project year (14.136.359 / 16.907.780 / 16.907.780 euro), counted as
///   grants plus mentorship and SIO stimuli;
/// - per period the budget, the number of besturen and the promised KPI of action 2 (action
///   plans against polarisation) and action 5 (oefenkansen Nederlands), and the realised KPI
///   where published; "besturen" counts the lokale besturen involved: the indieners with the
///   action and the partners of their samenwerkingsverband;
/// - the participating besturen per year (106 in year 1, 149 in year 2), on top of the real
///   year-1 samenwerkingsverbanden, mentorships and SIO of question 492;
/// - the verdeelsleutel wherever the standard amount is known (action 2: p = 50.000, so
///   25.000 euro per plan), and the year-3 rules (only year-2 actions, KPI not higher).
public struct VoorbeelddataGenerator: Sendable {
    /// The seed and scale of the generated data.
    @MemberwiseInit
    public struct Opties: Sendable, Equatable {
        /// Seed of the random choices.
        public var zaad: UInt64 = 492
        /// Each indiener takes about `schaal` times as many other actions (at most all of them);
        /// the published totals still hold exactly.
        public var schaal: Int = 1
    }

    /// The published figures the generator needs are missing (a packaging error).
    public struct Fout: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    let referentie: Referentie
    let catalogus: ActieCatalogus
    let cijfers: [GepubliceerdCijfer]
    /// The real published year-1 records: samenwerkingsverbanden, mentorships, SIO.
    let echt: Gegevens

    public init(referentie: Referentie = .ingebouwd, catalogus: ActieCatalogus, gepubliceerd: [GepubliceerdCijfer], echt: Gegevens) {
        self.referentie = referentie
        self.catalogus = catalogus
        self.cijfers = gepubliceerd
        self.echt = echt
    }

    static let herkomst = Herkomst(bron: "voorbeelddata", rij: nil, voorbeelddata: true)

    // MARK: Participants per year

    /// Who takes part in a year: indieners (with their samenwerkingsverband's partners).
    struct Jaar {
        var nummer: Int
        var verbanden: [String: Set<String>]
        var solo: [String]

        var indieners: [String] { (Array(verbanden.keys) + solo).sorted() }

        func dekking(_ indieners: some Sequence<String>) -> Set<String> {
            var set = Set<String>()
            for i in indieners {
                set.insert(i)
                set.formUnion(verbanden[i] ?? [])
            }
            return set
        }

        var deelnemers: Set<String> { dekking(indieners) }
    }

    public func genereer(_ opties: Opties = Opties()) throws -> Gegevens {
        var rng = SeededRandom(seed: opties.zaad)
        var jaren = try deelnemers(&rng)
        let a2 = try actie2(&jaren, &rng)
        let a5 = try actie5(jaren, a2: a2, &rng)
        try extraPartnerJaar3(&jaren, a2: a2[2], a5: a5[2])
        var uitvoer = Gegevens()

        let (mentor, sio) = stimulansen()
        uitvoer.mentorschappen = mentor.filter { $0.projectjaar > 1 }
        uitvoer.sio = sio.filter { $0.projectjaar > 1 }
        // Year 1's verbanden are the real ones; years 2 and 3 are generated.
        for jaar in [2, 3] {
            for (indiener, partners) in jaren[jaar - 1].verbanden {
                for partner in partners.sorted() {
                    uitvoer.samenwerkingen.append(Samenwerking(projectjaar: jaar, indiener: indiener, partner: partner, herkomst: Self.herkomst))
                }
            }
        }
        uitvoer.samenwerkingen.sort { ($0.projectjaar, $0.indiener, $0.partner) < ($1.projectjaar, $1.indiener, $1.partner) }

        uitvoer.toekenningen = try toekenningen(jaren, a2: a2, a5: a5, mentor: mentor, sio: sio, opties: opties, &rng)
        uitvoer.aanvragen = aanvragen(uitvoer.toekenningen, jaren: jaren, &rng)
        uitvoer.kpiRapporteringen = try rapporteringen(uitvoer.toekenningen, &rng)
        return uitvoer
    }

    /// The generated records as import-format CSV files, named `<soort>-voorbeelddata.csv`.
    public func bestanden(_ opties: Opties = Opties()) throws -> [(naam: String, data: Data)] {
        let g = try genereer(opties)
        return [
            ImportCSV.bestand(g.toekenningen), ImportCSV.bestand(g.aanvragen), ImportCSV.bestand(g.samenwerkingen),
            ImportCSV.bestand(g.mentorschappen), ImportCSV.bestand(g.sio), ImportCSV.bestand(g.kpiRapporteringen),
        ]
    }

    func inwoners(_ code: String) -> Int {
        if let n = referentie.bestuur(code: code)?.inwoners2020 { return n }
        return code == "VGC" ? 120_000 : 60_000   // no population in the reference: a plausible weight
    }

    /// Year 1: the real samenwerkingsverbanden, the VGC, the mentor and SIO besturen and the
    /// largest other gemeenten, 106 in all. Year 2: the same plus 43 new (8 new verbanden of 4
    /// in one arrondissement, and 11 on their own), 149 in all. Year 3 continues year 2.
    func deelnemers(_ rng: inout SeededRandom) throws -> [Jaar] {
        var verbanden1: [String: Set<String>] = [:]
        for s in echt.samenwerkingen where s.projectjaar == 1 { verbanden1[s.indiener, default: []].insert(s.partner) }
        guard !verbanden1.isEmpty else { throw Fout(description: "geen samenwerkingsverbanden voor projectjaar 1 gevonden") }
        var jaar1 = Jaar(nummer: 1, verbanden: verbanden1, solo: [])
        let verplicht = Set(echt.mentorschappen.filter { $0.projectjaar == 1 }.map(\.bestuur) + echt.sio.filter { $0.projectjaar == 1 }.map(\.bestuur) + ["VGC"])
        jaar1.solo = verplicht.subtracting(jaar1.deelnemers).sorted()
        let gemeenten1 = referentie.besturen(geldigOp: Projectjaar.nummer(1)!.start).filter { $0.soort == .gemeente }
            .sorted { ($0.inwoners2020 ?? 0, $1.code) > ($1.inwoners2020 ?? 0, $0.code) }
        let doel1 = Projectjaar.nummer(1)!.deelnemendeBesturen!
        for g in gemeenten1 where jaar1.deelnemers.count < doel1 && !jaar1.deelnemers.contains(g.code) {
            jaar1.solo.append(g.code)
        }
        guard jaar1.deelnemers.count == doel1 else { throw Fout(description: "projectjaar 1: \(jaar1.deelnemers.count) deelnemers, verwacht \(doel1)") }

        var jaar2 = Jaar(nummer: 2, verbanden: Self.eenVerbandPerBestuur(jaar1.verbanden), solo: jaar1.solo)
        // An indiener left without partners now submits on its own.
        for (indiener, partners) in jaar2.verbanden where partners.isEmpty {
            jaar2.verbanden[indiener] = nil
            jaar2.solo.append(indiener)
        }
        let doel2 = Projectjaar.nummer(2)!.deelnemendeBesturen!
        let vrij = { (jaar: Jaar) in gemeenten1.filter { !jaar.deelnemers.contains($0.code) } }
        // New verbanden: a larger gemeente with three smaller ones of its arrondissement.
        var nieuweVerbanden = 0
        for kandidaat in vrij(jaar2) where nieuweVerbanden < 8 {
            guard !jaar2.deelnemers.contains(kandidaat.code) else { continue }
            let buren = rng.shuffled(vrij(jaar2).filter { $0.arrondissement == kandidaat.arrondissement && $0.code != kandidaat.code })
            guard buren.count >= 3 else { continue }
            jaar2.verbanden[kandidaat.code] = Set(buren.prefix(3).map(\.code))
            nieuweVerbanden += 1
        }
        for g in vrij(jaar2) where jaar2.deelnemers.count < doel2 { jaar2.solo.append(g.code) }
        guard jaar2.deelnemers.count == doel2 else { throw Fout(description: "projectjaar 2: \(jaar2.deelnemers.count) deelnemers, verwacht \(doel2)") }

        let jaar3 = Jaar(nummer: 3, verbanden: jaar2.verbanden, solo: jaar2.solo)
        return [jaar1, jaar2, jaar3]
    }

    /// From project year 2 a bestuur is in one samenwerkingsverband only (WEB-FIN). Those with
    /// several in year 1 may keep them; the example data do not: an indiener stays in its own
    /// verband, a partner in the verband of the lowest NIS code.
    static func eenVerbandPerBestuur(_ verbanden: [String: Set<String>]) -> [String: Set<String>] {
        var resultaat = verbanden
        var geplaatst = Set(verbanden.keys)
        for indiener in verbanden.keys.sorted() {
            let partners = resultaat[indiener]!.filter { !geplaatst.contains($0) }
            geplaatst.formUnion(partners)
            resultaat[indiener] = partners
        }
        return resultaat
    }

    // MARK: Actions 2 and 5

    func gepubliceerd(_ actie: Int, _ jaar: Int) throws -> GepubliceerdCijfer {
        guard let c = cijfers.first(where: { $0.actie == actie && $0.projectjaar == jaar }) else {
            throw Fout(description: "geen gepubliceerd cijfer voor actie \(actie) in projectjaar \(jaar)")
        }
        return c
    }

    /// Indieners with action 2, one plan each (K = 1, p = 50.000: 25.000 euro): as many as the
    /// published plans, covering exactly the published number of besturen. Year 3 keeps year 2's
    /// indieners; one verband gains a partner to reach the year-3 count.
    func actie2(_ jaren: inout [Jaar], _ rng: inout SeededRandom) throws -> [Set<String>] {
        let verplicht = Set(echt.mentorschappen.filter { $0.actie == 2 }.map(\.bestuur))
        var resultaat: [Set<String>] = []
        var vorige: Set<String> = verplicht
        for jaarIndex in 0..<2 {
            let jaar = jaren[jaarIndex]
            let c = try gepubliceerd(2, jaar.nummer)
            guard let gekozen = kies(basis: vorige, jaar: jaar, aantal: c.kpiVooropgesteld, dekking: c.besturen, &rng) else {
                throw Fout(description: "actie 2, projectjaar \(jaar.nummer): geen keuze van \(c.kpiVooropgesteld) indieners met \(c.besturen) besturen")
            }
            resultaat.append(gekozen)
            vorige = gekozen
        }
        // Year 3: same indieners; one verband of an action-2 indiener without action 5 gains a
        // partner (chosen later, when action 5 is known) — reserve the indiener now.
        resultaat.append(resultaat[1])
        return resultaat
    }

    /// Chooses `aantal` indieners (including `basis`) whose coverage is exactly `dekking`.
    func kies(basis: Set<String>, jaar: Jaar, aantal: Int, dekking doel: Int, _ rng: inout SeededRandom) -> Set<String>? {
        let verbandKandidaten = rng.shuffled(jaar.verbanden.keys.sorted().filter { !basis.contains($0) })
        let soloKandidaten = rng.shuffled(jaar.solo.filter { !basis.contains($0) })
        var gekozen = basis
        var stappen = 0
        func zoek(_ index: Int) -> Bool {
            stappen += 1
            if stappen > 200_000 { return false }
            let gedekt = jaar.dekking(gekozen)
            let plaatsen = aantal - gekozen.count
            if gedekt.count > doel || plaatsen < 0 { return false }
            let vrijeSolo = soloKandidaten.filter { !gedekt.contains($0) }
            if doel - gedekt.count == plaatsen && vrijeSolo.count >= plaatsen {
                gekozen.formUnion(vrijeSolo.prefix(plaatsen))
                return true
            }
            guard index < verbandKandidaten.count else { return false }
            let k = verbandKandidaten[index]
            gekozen.insert(k)
            if zoek(index + 1) { return true }
            gekozen.remove(k)
            return zoek(index + 1)
        }
        return zoek(0) ? gekozen : nil
    }

    /// Indieners with action 5 per year: all but a few, so that the coverage is exactly the
    /// published number of besturen. In years 2 and 3 one action-2 verband stays out, so its
    /// new year-3 partner does not change action 5's count.
    func actie5(_ jaren: [Jaar], a2: [Set<String>], _ rng: inout SeededRandom) throws -> [Set<String>] {
        let verplicht = Set(echt.mentorschappen.filter { $0.actie == 5 }.map(\.bestuur))
        var resultaat: [Set<String>] = []
        for jaarIndex in 0..<2 {
            let jaar = jaren[jaarIndex]
            let c = try gepubliceerd(5, jaar.nummer)
            var gekozen = Set(jaar.indieners)
            if jaarIndex == 1 {
                // Leave out the action-2 verband with the fewest partners (its own partners only).
                let kandidaat = a2[1].filter { jaar.verbanden[$0] != nil && !verplicht.contains($0) }
                    .sorted { (jaar.verbanden[$0]!.count, $0) < (jaar.verbanden[$1]!.count, $1) }.first
                guard let kandidaat else { throw Fout(description: "actie 5: geen samenwerkingsverband met actie 2 om weg te laten") }
                gekozen.remove(kandidaat)
            }
            for solo in rng.shuffled(jaar.solo) where jaar.dekking(gekozen).count > c.besturen && !verplicht.contains(solo) {
                gekozen.remove(solo)
            }
            guard jaar.dekking(gekozen).count == c.besturen else {
                throw Fout(description: "actie 5, projectjaar \(jaar.nummer): \(jaar.dekking(gekozen).count) besturen, verwacht \(c.besturen)")
            }
            resultaat.append(gekozen)
        }
        resultaat.append(resultaat[1])
        return resultaat
    }

    /// Year 3's extra partner: a gemeente not yet taking part, from the arrondissement of an
    /// action-2 indiener without action 5, joins that indiener's verband.
    func extraPartnerJaar3(_ jaren: inout [Jaar], a2: Set<String>, a5: Set<String>) throws {
        let c2 = try gepubliceerd(2, 3)
        let tekort = c2.besturen - jaren[2].dekking(a2).count
        guard tekort > 0 else { return }
        let start = Projectjaar.nummer(3)!.start
        for indiener in a2.subtracting(a5).sorted() where jaren[2].verbanden[indiener] != nil {
            // A neighbour: same arrondissement if one is free, else the same province.
            guard let bestuur = referentie.bestuur(code: indiener) else { continue }
            let vrij = referentie.besturen(geldigOp: start).filter { $0.soort == .gemeente && !jaren[2].deelnemers.contains($0.code) }
            let dichtbij = vrij.filter { $0.arrondissement == bestuur.arrondissement }
            let nieuw = (dichtbij.count >= tekort ? dichtbij : vrij.filter { $0.provincie == bestuur.provincie }).sorted { $0.code < $1.code }
            guard nieuw.count >= tekort else { continue }
            jaren[2].verbanden[indiener]!.formUnion(nieuw.prefix(tekort).map(\.code))
            return
        }
        throw Fout(description: "projectjaar 3: geen partner gevonden om actie 2 op \(c2.besturen) besturen te brengen")
    }

    // MARK: Stimuli

    /// Mentorships and SIO: year 1 as published; years 2 and 3 continue them (NOTA3 2.1: the
    /// stimuli can be received again) — synthetic.
    func stimulansen() -> ([Mentorschap], [SIOExperiment]) {
        let m1 = echt.mentorschappen.filter { $0.projectjaar == 1 }
        let s1 = echt.sio.filter { $0.projectjaar == 1 }
        var mentor = m1, sio = s1
        for jaar in [2, 3] {
            mentor += m1.map { Mentorschap(projectjaar: jaar, bestuur: $0.bestuur, actie: $0.actie, stimulans: $0.stimulans,
                                           toelichting: $0.toelichting, herkomst: Self.herkomst) }
            sio += s1.map { SIOExperiment(projectjaar: jaar, bestuur: $0.bestuur, investeerder: $0.investeerder,
                                          socialeOrganisatie: $0.socialeOrganisatie, bedrag: $0.bedrag,
                                          toelichting: $0.toelichting, herkomst: Self.herkomst) }
        }
        return (mentor, sio)
    }
}
