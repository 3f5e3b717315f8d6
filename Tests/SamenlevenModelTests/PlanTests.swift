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
        #expect(catalogus[5]?.herleiding(.doelstelling).zekerheid == .zeker)
        // The entry's certainty is its weakest fact's: p is derived.
        #expect(catalogus[5]?.zekerheid == .afgeleid)
        #expect(catalogus[2]?.standaardbedrag == Euro(euros: 50_000))
        #expect(catalogus[12]?.gefinancierd == false)
        #expect(catalogus[23]?.vanafProjectjaar == 2)
        for nummer in [1, 3, 4] {
            #expect(catalogus[nummer]?.herleiding(.naam).zekerheid == .aanname)
            #expect(catalogus[nummer]?.doelstelling == nil)
            #expect(catalogus[nummer]?.indicatoren.isEmpty == true)
        }
        for actie in catalogus.acties {
            if let d = actie.doelstelling { #expect(Doelstelling.nummer(d) != nil) }
        }
    }

    /// The application form of project year 1 (FORMULIER1): goals, indicators, largest reach,
    /// contribution per unit, and p = twice the contribution.
    @Test func catalogueFollowsTheApplicationForm() throws {
        let catalogus = try ActieCatalogus.ingebouwd()
        // Goals the form changes: brugfiguren Netwerk, straatintimidatie Non-discriminatie,
        // cultuur and pleinmakers 1 Gemeenschap.
        #expect([15, 16, 24, 22].map { catalogus[$0]?.doelstelling } == [5, 6, 7, 7])
        #expect(catalogus[22]?.naam.contains("leinmakers") == true)
        #expect(catalogus[22]?.herleiding(.nummer).zekerheid == .afgeleid)
        for nummer in [14, 20, 21] {
            #expect(catalogus[nummer]?.naam.hasPrefix("Actie") == false)
            #expect(catalogus[nummer]?.herleiding(.nummer).zekerheid == .afgeleid)
        }
        #expect(catalogus[9]?.indicatoren.map(\.naam) == ["begeleide nieuwkomers", "begeleide personen met een handicap", "begeleide 55-plussers"])
        #expect(catalogus[9]?.indicatoren.map(\.maxBereik) == [150, 38, 75])
        #expect(catalogus[5]?.bijdragePerEenheid == Euro(euros: 60))
        #expect(catalogus[5]?.standaardbedrag == Euro(euros: 120))
        #expect(catalogus[5]?.herleiding(.standaardbedrag).zekerheid == .afgeleid)
        #expect(catalogus[5]?.herleiding(.doelstelling) == Herleiding(.zeker, "FORMULIER1"))
        for actie in catalogus.acties where !actie.indicatoren.isEmpty {
            #expect(actie.standaardbedrag == actie.bijdragePerEenheid.map { Euro(cents: $0.cents * 2) }, "actie \(actie.nummer)")
            #expect(actie.indicatoren.allSatisfy { $0.herleiding.zekerheid == .zeker && $0.herleiding.bron == "FORMULIER1" })
        }
        // Every goal has actions, goal 7 included.
        #expect(Set(catalogus.acties.compactMap(\.doelstelling)) == Set(1...7))
        // Action 23 (year 2, not on the form): an assumed goal with its reasoning.
        #expect(catalogus[23]?.herleiding(.doelstelling).zekerheid == .aanname)
        #expect(catalogus[23]?.opmerking?.contains("aanname") == true)
        #expect(catalogus[23]?.indicatoren.isEmpty == true)
        #expect(catalogus[12]?.indicatoren.isEmpty == true)
    }

    /// Certainties written by earlier versions still load.
    @Test func oldCertaintiesStillLoad() {
        #expect(Zekerheid(opgeslagen: "waarschijnlijk") == .afgeleid)
        #expect(Zekerheid(opgeslagen: "onbekend") == .aanname)
        #expect(Zekerheid(opgeslagen: "zeker") == .zeker)
        #expect(Zekerheid(opgeslagen: "misschien") == nil)
    }

    @Test func indicatorsMatchLikeBesturen() throws {
        let actie9 = try #require(try ActieCatalogus.ingebouwd()[9])
        #expect(actie9.indicator("Begeleide  55-Plussers")?.naam == "begeleide 55-plussers")
        #expect(actie9.indicator("begeleide nieuwkomers ")?.naam == "begeleide nieuwkomers")
        #expect(actie9.indicator("nieuwkomers") == nil)
        #expect(actie9.suggesties(voor: "begeleide nieuwkomer").first == "begeleide nieuwkomers")
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
