import Testing
import SamenlevenModel

@Suite("Doelstellingen, acties, projectjaren, stimulansen")
struct PlanTests {
    @Test func sevenGoals() {
        #expect(Doelstelling.alle.map(\.nummer) == Array(1...7))
        #expect(Doelstelling.nummer(2)?.naam == "Nederlands")
        #expect(Doelstelling.nummer(7)?.naam == "1 Gemeenschap")
    }

    @Test func catalogueHas24ActionsWithSourceAndCertainty() throws {
        let catalogus = try ActieCatalogus.ingebouwd()
        #expect(catalogus.acties.map(\.nummer) == Array(1...24))
        #expect(catalogus.acties.allSatisfy { !$0.bron.isEmpty })
        #expect(catalogus[5]?.doelstelling == 2)
        #expect(catalogus[5]?.zekerheid == .zeker)
        #expect(catalogus[2]?.standaardbedrag == Euro(euros: 50_000))
        #expect(catalogus[12]?.gefinancierd == false)
        #expect(catalogus[23]?.vanafProjectjaar == 2)
        #expect(catalogus[1]?.zekerheid == .aanname)
        for nummer in [3, 4, 14, 20, 21, 22] {
            #expect(catalogus[nummer]?.zekerheid == .onbekend)
            #expect(catalogus[nummer]?.doelstelling == nil)
        }
        for actie in catalogus.acties {
            if let d = actie.doelstelling { #expect(Doelstelling.nummer(d) != nil) }
        }
    }

    @Test func projectYears() {
        #expect(Projectjaar.alle.map(\.start.iso) == ["2022-10-01", "2023-10-01", "2024-10-01"])
        #expect(Projectjaar.alle.map(\.einde.iso) == ["2023-09-30", "2024-09-30", "2025-09-30"])
        #expect(Projectjaar.alle.map(\.toegekend) == [Euro(euros: 14_136_359), Euro(euros: 16_907_780), Euro(euros: 16_907_780)])
        // NOTA3: years 1 and 2 together.
        #expect(Projectjaar.nummer(1)!.toegekend + Projectjaar.nummer(2)!.toegekend == Euro(euros: 31_044_139))
    }

    @Test func stimuli() {
        #expect(Stimulans.mentorschap.bedrag == Euro(euros: 10_000))
        #expect(Stimulans.sio.bedrag == Euro(euros: 25_000))
        #expect(Stimulans.samenwerking.bedrag == Euro(euros: 10_000))
    }

    /// One verband per indiener with a partner, per project year; a row without partner or
    /// with the indiener as partner makes none.
    @Test func samenwerkingsstimulansPerProjectjaar() {
        func s(_ jaar: Int, _ indiener: String, _ partner: String, _ rij: Int) -> Samenwerking {
            Samenwerking(projectjaar: jaar, indiener: indiener, partner: partner, herkomst: Herkomst(bron: "s.csv", rij: rij))
        }
        let stimuli = Samenwerkingsstimulans.perProjectjaar([
            s(2, "13008", "13013", 2), s(2, "13008", "13053", 3), s(1, "13008", "13013", 4),
            s(2, "13025", "13025", 5), s(2, "13029", "", 6), s(2, "34013", "34040", 7),
        ])
        #expect(stimuli.map(\.projectjaar) == [1, 2])
        #expect(stimuli.map(\.indieners) == [["13008"], ["13008", "34013"]])
        #expect(stimuli.map(\.bedrag) == [Euro(euros: 10_000), Euro(euros: 20_000)])
        #expect(stimuli[1].herkomst.compactMap(\.rij) == [2, 3, 7])
        #expect(stimuli[1].berekening == "2 samenwerkingsverbanden x 10.000 euro = 20.000 euro")
        #expect(Samenwerkingsstimulans.perProjectjaar([]).isEmpty)
    }

    @Test func publishedFiguresPerActionAndPeriod() throws {
        let cijfers = try Referentie.ingebouwd.gepubliceerdeCijfers
        #expect(cijfers.count == 6)
        let actie2 = cijfers.filter { $0.actie == 2 }
        #expect(actie2.map(\.budget).reduce(.zero, +) == Euro(euros: 1_350_000))
        let actie5 = cijfers.filter { $0.actie == 5 }
        #expect(actie5.map(\.budget).reduce(.zero, +) == Euro(euros: 11_447_686))
        #expect(actie5.map(\.kpiVooropgesteld).reduce(0, +) == 234_589)
        #expect(actie5.first { $0.projectjaar == 3 }?.kpiGerealiseerd == nil)
    }

    @Test func numberedEntriesAreFoundIdentifiedAndOrderedByNumber() {
        #expect(Projectjaar.nummer(2)?.nummer == 2)
        #expect(Projectjaar.nummer(0) == nil && Doelstelling.nummer(8) == nil)
        #expect(Doelstelling.nummer(3)?.id == 3)
        #expect(Projectjaar.alle.reversed().sorted() == Projectjaar.alle)
        #expect(Doelstelling.nummer(1)! < Doelstelling.nummer(2)! && !(Doelstelling.nummer(2)! < Doelstelling.nummer(2)!))
    }
}
