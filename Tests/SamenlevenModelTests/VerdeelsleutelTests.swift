import Testing
import SamenlevenModel

@Suite("Verdeelsleutel en regels van projectjaar 3")
struct VerdeelsleutelTests {
    let p = Euro(euros: 120)

    @Test func firstExampleOfTheNote() throws {
        // B=100, K=500 >= 2B: (120 x 500) / 2
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 100, kpi: 500, standaardbedrag: p) == Euro(euros: 30_000))
    }

    @Test func secondExampleOfTheNote() throws {
        // B=500, K=800 < 2B: (800 - 500) x 120
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 500, kpi: 800, standaardbedrag: p) == Euro(euros: 36_000))
    }

    @Test func boundaryKEqualsTwoBGivesTheSameByBothBranches() throws {
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 100, kpi: 200, standaardbedrag: p) == Euro(euros: 12_000))
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 100, kpi: 199, standaardbedrag: p) == Euro(euros: 99 * 120))
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 100, kpi: 201, standaardbedrag: p) == Euro(cents: 201 * 12_000 / 2))
    }

    @Test func neverNegative() throws {
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 500, kpi: 300, standaardbedrag: p) == .zero)
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 500, kpi: 500, standaardbedrag: p) == .zero)
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 0, standaardbedrag: p) == .zero)
    }

    @Test func halfCentsRoundUp() throws {
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 1, standaardbedrag: Euro(cents: 1)) == Euro(cents: 1))
        #expect(try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 3, standaardbedrag: Euro(cents: 101)) == Euro(cents: 152))
    }

    @Test func explainsTheBranch() throws {
        #expect(try Verdeelsleutel.uitleg(huidigBereik: 100, kpi: 500, standaardbedrag: p).contains("30.000 euro"))
        #expect(try Verdeelsleutel.uitleg(huidigBereik: 500, kpi: 800, standaardbedrag: p).contains("(800 - 500) x 120"))
    }

    @Test func year3OnlyContinuesYear2ActionsWithoutRaisingTheKPI() {
        let jaar2 = [Jaar3Regels.Toekenning(bestuur: "44021", actie: 5, kpi: 800, subsidie: Euro(euros: 36_000)),
                     Jaar3Regels.Toekenning(bestuur: "44021", actie: 2, kpi: 1, subsidie: Euro(euros: 25_000))]
        let jaar3 = [Jaar3Regels.Toekenning(bestuur: "44021", actie: 5, kpi: 700),   // lowered: fine
                     Jaar3Regels.Toekenning(bestuur: "44021", actie: 2, kpi: 2),     // raised
                     Jaar3Regels.Toekenning(bestuur: "44021", actie: 9, kpi: 10),    // new action
                     Jaar3Regels.Toekenning(bestuur: "11002", actie: 5, kpi: 10)]    // new bestuur
        let overtredingen = Jaar3Regels.controleer(jaar3: jaar3, jaar2: jaar2)
        #expect(overtredingen == [
            .kpiHogerDanJaar2(bestuur: "44021", actie: 2, kpiJaar3: 2, kpiJaar2: 1),
            .nietGefinancierdInJaar2(bestuur: "44021", actie: 9),
            .nietGefinancierdInJaar2(bestuur: "11002", actie: 5),
        ])
        #expect(overtredingen[0].description.contains("hoger dan 1 in projectjaar 2"))
        #expect(Jaar3Regels.controleer(jaar3: [jaar3[0]], jaar2: jaar2).isEmpty)
    }
}

@Suite("Verdeelsleutel: overloop")
struct VerdeelsleutelOverloopTests {
    @Test func anOverflowIsADutchErrorNotATrap() {
        // 9.999.999.999.900 cent x 100.000.000 does not fit in 64 bits.
        #expect(throws: BedragOverloop.self) {
            try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 100_000_000, standaardbedrag: Euro(euros: 99_999_999_999))
        }
        #expect(throws: BedragOverloop.self) {
            try Verdeelsleutel.subsidie(huidigBereik: 1, kpi: Int.max, standaardbedrag: Euro(euros: 2))
        }
        do {
            _ = try Verdeelsleutel.subsidie(huidigBereik: 0, kpi: 1_000_000_000, standaardbedrag: Grenzen.bedrag)
            Issue.record("geen overloop gemeld")
        } catch {
            #expect(error.description.contains("te groot om exact te berekenen"))
        }
    }

    @Test func checkedSumsReportOverflow() throws {
        #expect(throws: BedragOverloop.self) {
            try Euro.som([Euro(cents: .max), Euro(cents: 1)], berekening: "de som")
        }
        #expect(try Euro.som([Euro(euros: 1), Euro(cents: 50)], berekening: "de som") == Euro(cents: 150))
    }
}

@Suite("Gegevens: sommen passen")
struct GegevensSommenTests {
    func toekenning(_ cents: Int64, kpi: Int = 1) -> Toekenning {
        Toekenning(projectjaar: 1, bestuur: "44021", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: kpi,
                   subsidie: Euro(cents: cents), herkomst: Herkomst(bron: "t.csv", rij: 2))
    }

    @Test func sumsThatDoNotFitAreADutchErrorBeforeAnyQuery() throws {
        let half = Int64.max / 2 + 1
        #expect(throws: BedragOverloop(berekening: "de som van alle bedragen in de databank")) {
            try Gegevens(toekenningen: [toekenning(half), toekenning(half)]).controleerSommen()
        }
        #expect(throws: BedragOverloop(berekening: "de som van alle KPI's in de databank")) {
            try Gegevens(toekenningen: [toekenning(1, kpi: Int.max), toekenning(1, kpi: 1)]).controleerSommen()
        }
        try Gegevens(toekenningen: [toekenning(half), toekenning(half - 2)]).controleerSommen()
    }
}
