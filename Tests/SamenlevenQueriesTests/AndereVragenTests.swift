import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("Subvraag 2: samenwerkingsverbanden")
struct SamenwerkingVraagTests {
    @Test func perProvinceWithDistinctCountsAndMemberships() {
        let t = SamenwerkingVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1))
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Provincie West-Vlaanderen"), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Harelbeke (34013)"), .getal(1), .tekst("Kuurne, Waregem, Zwevegem"), .getal(1), .getal(3), .getal(4), .getal(4)],
            [.tekst("Waregem (34040)"), .getal(1), .tekst("Anzegem, Zwevegem"), .getal(1), .getal(2), .getal(3), .getal(3)],
            [.tekst("Totaal provincie West-Vlaanderen"), .leeg, .leeg, .getal(2), .getal(4), .getal(5), .getal(7)],
            [.tekst("Provincie Oost-Vlaanderen"), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Kruibeke (46013)"), .getal(1), .tekst("Temse, Zwijndrecht"), .getal(1), .getal(2), .getal(3), .getal(3)],
            [.tekst("Sint-Gillis-Waas (46020)"), .getal(1), .tekst("Kruibeke, Zwijndrecht"), .getal(1), .getal(2), .getal(3), .getal(3)],
            [.tekst("Totaal provincie Oost-Vlaanderen"), .leeg, .leeg, .getal(2), .getal(3), .getal(4), .getal(6)],
            [.tekst("Totaal"), .leeg, .leeg, .getal(4), .getal(7), .getal(9), .getal(13)],
        ])
        #expect(t.rijen.map(\.soort) == [.kop, .detail, .detail, .subtotaal, .kop, .detail, .detail, .subtotaal, .totaal])
        #expect(t.rijen.map(\.niveau) == [0, 1, 1, 0, 0, 1, 1, 0, 0])
        #expect(t.voetnootTeksten.contains("4 projectindieners vertegenwoordigen 9 samenwerkende lokale besturen (4 samenwerkingsverbanden, 13 lidmaatschappen: indiener en partners per verband opgeteld)."))
        #expect(t.voetnootTeksten.contains("In meer dan één samenwerkingsverband: projectjaar 1: Kruibeke (46013) 2 keer, Waregem (34040) 2 keer, Zwevegem (34042) 2 keer, Zwijndrecht (11056) 2 keer."))
        #expect(t.rijen[1].herkomst == ["samenwerkingsverbanden.csv:2-4"])
        #expect(t.voetnootTeksten.contains("Bron: samenwerkingsverbanden.csv, rijen 2-10"))
    }

    @Test func geography2025MergesKruibekeAndZwijndrecht() {
        let t = SamenwerkingVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, geografie: .gemeenten2025))
        #expect(t.rij("Beveren-Kruibeke-Zwijndrecht (46030)")?.cellen == [
            .tekst("Beveren-Kruibeke-Zwijndrecht (46030)"), .getal(1), .tekst("Temse"), .getal(1), .getal(1), .getal(2), .getal(2)])
        #expect(t.cel("Sint-Gillis-Waas (46020)", "samenwerkt_met") == .tekst("Beveren-Kruibeke-Zwijndrecht"))
        #expect(t.rij("Totaal provincie Oost-Vlaanderen")?.cellen.suffix(4) == [.getal(2), .getal(2), .getal(3), .getal(4)])
        #expect(t.totaal.cellen.suffix(4) == [.getal(4), .getal(6), .getal(8), .getal(11)])
    }

    @Test func filtersOnIndienerProvinceAndOnAnyMember() {
        let zwevegem = SamenwerkingVraag.antwoord(Fixture.context, opties: QueryOptions(bestuur: "34042"))
        #expect(zwevegem.rijen.filter { $0.soort == .detail }.map { $0.cellen[0] } == [.tekst("Harelbeke (34013)"), .tekst("Waregem (34040)")])
        let oost = SamenwerkingVraag.antwoord(Fixture.context, opties: QueryOptions(provincie: .oostVlaanderen, actie: 5))
        #expect(oost.totaal.cellen.last == .getal(6))
        #expect(oost.voetnootTeksten.contains("Niet van toepassing op deze vraag en dus genegeerd: filter actie."))
        #expect(!oost.filters.contains { $0.naam == "Actie" })
    }
}

@Suite("Subvraag 3: weigeringen")
struct WeigeringenVraagTests {
    @Test func refusalsPerProvinceWithReasons() {
        let t = WeigeringenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1))
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Provincie Antwerpen"), .leeg, .leeg, .leeg, .leeg],
            [.tekst("Zwijndrecht (11056)"), .getal(1), .tekst("Actie 5: Oefenkansen Nederlands organiseren"), .tekst("(geen reden vermeld)"), .getal(1)],
            [.tekst("Totaal provincie Antwerpen"), .leeg, .leeg, .leeg, .getal(1)],
            [.tekst("Provincie Oost-Vlaanderen"), .leeg, .leeg, .leeg, .leeg],
            [.tekst("Gent (44021)"), .getal(1), .tekst("Actie 19: Correspondentietesten"), .tekst("Onvoldoende onderbouwd, zie verslag"), .getal(1)],
            [.tekst("Totaal provincie Oost-Vlaanderen"), .leeg, .leeg, .leeg, .getal(1)],
            [.tekst("Totaal"), .leeg, .leeg, .leeg, .getal(2)],
        ])
        #expect(t.voetnootTeksten.contains("2 van 7 aanvragen geweigerd."))
        #expect(t.voetnootTeksten.contains("Bron: aanvragen.csv, rijen 2-8"))
        #expect(t.rijen[1].herkomst == ["aanvragen.csv:8"])
    }

    @Test func noRefusalsSaysEveryApplicationWasHonoured() {
        let t = WeigeringenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, provincie: .westVlaanderen))
        #expect(t.rijen.count == 1)
        #expect(t.totaal.cellen.last == .getal(0))
        #expect(t.voetnootTeksten.contains("Geen weigeringen: elke aanvraag kon gehonoreerd worden (0 van 2 aanvragen geweigerd)."))
    }

    @Test func geography2025() {
        let t = WeigeringenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, geografie: .gemeenten2025))
        #expect(t.labels == ["Provincie Oost-Vlaanderen", "  Beveren-Kruibeke-Zwijndrecht (46030)", "  Gent (44021)",
                             "Totaal provincie Oost-Vlaanderen", "Totaal"])
    }
}

@Suite("Subvraag 4: aanvragen en goedkeuringen")
struct AanvragenVraagTests {
    @Test func perYearAndProvinceDerivingYear2FromGrants() {
        let t = AanvragenVraag.antwoord(Fixture.context)
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Projectjaar 1"), .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Provincie Antwerpen"), .getal(3), .getal(2), .getal(1), .getal(0), .getal(2)],
            [.tekst("Provincie West-Vlaanderen"), .getal(2), .getal(1), .getal(0), .getal(1), .getal(1)],
            [.tekst("Provincie Oost-Vlaanderen"), .getal(2), .getal(1), .getal(1), .getal(0), .getal(1)],
            [.tekst("Totaal projectjaar 1"), .getal(7), .getal(4), .getal(2), .getal(1), .getal(4)],
            [.tekst("Projectjaar 2 (afgeleid uit toekenningen)"), .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Provincie Antwerpen"), .leeg, .getal(1), .leeg, .leeg, .getal(1)],
            [.tekst("Totaal projectjaar 2"), .leeg, .getal(1), .leeg, .leeg, .getal(1)],
            [.tekst("Totaal"), .getal(7), .getal(5), .getal(2), .getal(1), .getal(4)],
        ])
        #expect(t.rijen.map(\.soort) == [.kop, .detail, .detail, .detail, .subtotaal, .kop, .detail, .subtotaal, .totaal])
        #expect(t.voetnootTeksten.contains { $0.hasPrefix("Projectjaar 2: er zijn geen aanvragen ingeladen; 'Goedgekeurd' is afgeleid uit de toekenningen") })
        #expect(t.rijen[6].herkomst == ["toekenningen.csv:10"])
        #expect(t.totaal.herkomst == ["aanvragen.csv:2-8", "toekenningen.csv:10"])
        #expect(t.gegevensstand == "databank: aanvragen.csv, toekenningen.csv (projectjaren 1, 2)")
    }

    @Test func onlyGrantsDerivesDistinctBestuurActie() {
        var g = Fixture.gegevens
        g.aanvragen = []
        let t = AanvragenVraag.antwoord(QueryContext(gegevens: g), opties: QueryOptions(projectjaar: 1))
        // 8 grants, 8 distinct bestuur+actie, 5 besturen (11002, 11056, 44021, 46013, 35013).
        #expect(t.totaal.cellen == [.tekst("Totaal"), .leeg, .getal(8), .leeg, .leeg, .getal(5)])
        // The 2025 geography merges Zwijndrecht and Kruibeke: 4 besturen.
        let t25 = AanvragenVraag.antwoord(QueryContext(gegevens: g), opties: QueryOptions(projectjaar: 1, geografie: .gemeenten2025))
        #expect(t25.totaal.cellen.last == .getal(4))
    }
}

@Suite("Subvraag 5: budget tegenover de gepubliceerde totalen")
struct BudgetVraagTests {
    /// The samenwerkingsstimulans of the 4 verbanden of year 1 (40.000) has its own line and
    /// column, outside "toegekend" and so outside the comparison.
    @Test func perYearAndDoelstellingWithStimuliAndDifference() {
        let t = BudgetVraag.antwoord(Fixture.context)
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Projectjaar 1"), .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 1: Veiligheid & leefbaarheid"), .getal(1), euro(25_000), .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 2: Nederlands"), .getal(3), euro(80_000), .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 3: Competenties"), .getal(1), euro(30_000), .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 4: Werk"), .getal(1), euro(40_000), .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 6: Non-discriminatie"), .getal(1), euro(12_345, 67), .leeg, .leeg, .leeg],
            [.tekst("Doelstelling onbekend"), .getal(1), euro(5_000), .leeg, .leeg, .leeg],
            [.tekst("Stimulans mentorschap"), .getal(2), euro(20_000), .leeg, .leeg, .leeg],
            [.tekst("Stimulans SIO-experiment"), .getal(1), euro(25_000), .leeg, .leeg, .leeg],
            [.tekst("Samenwerkingsstimulans (10.000 euro per verband)"), .getal(4), .leeg, .leeg, .leeg, euro(40_000)],
            [.tekst("Totaal projectjaar 1"), .getal(15), euro(237_345, 67), euro(14_136_359), euro(-13_899_013, 33), euro(40_000)],
            [.tekst("Projectjaar 2"), .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Doelstelling 2: Nederlands"), .getal(1), euro(60_000), .leeg, .leeg, .leeg],
            [.tekst("Totaal projectjaar 2"), .getal(1), euro(60_000), euro(16_907_780), euro(-16_847_780), .leeg],
            [.tekst("Totaal"), .getal(16), euro(297_345, 67), euro(31_044_139), euro(-30_746_793, 33), euro(40_000)],
        ])
        #expect(t.kolommen.last?.kop == "Samenwerkingsstimulans (niet vergeleken)")
        #expect(t.voetnootTeksten.contains("Projectjaar 2: geen mentorschappen ingeladen; de stimulans mentorschap ontbreekt in het totaal."))
        #expect(t.voetnoten.contains { $0.bron == "S492 vraag 1 en antwoord 4; NIEUWS2" && $0.tekst.contains("14.136.359 euro") })
        #expect(t.voetnoten.contains {
            $0.bron == "vlaanderen.be, Financiële stimulansen; NOTA3 2.1"
                && $0.tekst.contains("(projectjaar 1: 4 samenwerkingsverbanden x 10.000 euro = 40.000 euro)")
                && $0.tekst.contains("De bronnen zeggen niet of de gepubliceerde totalen per projectjaar de samenwerkingsstimulans bevatten")
        })
        #expect(t.rijen[7].herkomst == ["mentorschappen.csv:2-3"])
        #expect(t.rijen[9].herkomst == ["samenwerkingsverbanden.csv:2-10"])
        #expect(t.totaal.herkomst == ["mentorschappen.csv:2-3", "samenwerkingsverbanden.csv:2-10", "sio.csv:2", "toekenningen.csv:2-10"])
        // A bestuur filter keeps the verband of that indiener only.
        let kruibeke = BudgetVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, bestuur: "46013"))
        #expect(kruibeke.totaal.cellen.last == euro(10_000))
        #expect(BudgetVraag.resultaat(Fixture.context).totaal?[.samenwerkingsstimulans] == euro(40_000))
    }

    @Test func filtersDropThePublishedComparison() {
        let t = BudgetVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, doelstelling: 2))
        #expect(t.labels == ["Projectjaar 1", "  Doelstelling 2: Nederlands", "  Stimulans mentorschap", "Totaal projectjaar 1", "Totaal"])
        // The samenwerkingsstimulans, like SIO, belongs to no action or doelstelling.
        #expect(t.totaal.cellen == [.tekst("Totaal"), .getal(3), euro(80_000), .leeg, .leeg, .leeg])
        #expect(t.voetnootTeksten.contains("SIO-experimenten horen bij geen actie of doelstelling en vallen buiten deze selectie."))
        #expect(t.voetnootTeksten.contains { $0.hasPrefix("De gepubliceerde totalen gelden voor alle besturen en acties") })
    }
}

@Suite("Subvraag 7 en 8: mentorschap en SIO")
struct StimuliVraagTests {
    @Test func mentorBesturenPerProvince() {
        let t = MentorschapVraag.antwoord(Fixture.context)
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Provincie West-Vlaanderen"), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Oostende (35013)"), .getal(1), .getal(9), .tekst("Begeleiding naar werk (toeleiden naar de arbeidsmarkt)"), .getal(1), euro(10_000), .leeg],
            [.tekst("Totaal provincie West-Vlaanderen"), .leeg, .leeg, .leeg, .getal(1), euro(10_000), .leeg],
            [.tekst("Provincie Oost-Vlaanderen"), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
            [.tekst("Gent (44021)"), .getal(1), .getal(17), .tekst("Omstaanderstrainingen"), .getal(1), euro(10_000), .tekst("Omstaanders in het uitgaansleven")],
            [.tekst("Totaal provincie Oost-Vlaanderen"), .leeg, .leeg, .leeg, .getal(1), euro(10_000), .leeg],
            [.tekst("Totaal"), .leeg, .leeg, .leeg, .getal(2), euro(20_000), .leeg],
        ])
        #expect(t.vraag == nil)
        let doel6 = MentorschapVraag.antwoord(Fixture.context, opties: QueryOptions(doelstelling: 6))
        #expect(doel6.totaal.cellen[doel6.kolom("stimulans")] == euro(10_000))
        #expect(doel6.rijen.count == 4)
    }

    @Test func sioExperiments() {
        let t = SIOVraag.antwoord(Fixture.context)
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Sint-Niklaas (46021)"), .getal(1), .tekst("Oost-Vlaanderen"), .tekst("AP Hogeschool"), .tekst("Stadskrachten"),
             euro(25_000), .tekst("Impactgericht werken als basis voor een SIO")],
            [.tekst("Totaal"), .leeg, .leeg, .leeg, .leeg, euro(25_000), .leeg],
        ])
        #expect(t.rijen.map(\.soort) == [.detail, .totaal])
        #expect(t.rijen[0].herkomst == ["sio.csv:2"])
        let antwerpen = SIOVraag.antwoord(Fixture.context, opties: QueryOptions(provincie: .antwerpen, actie: 5))
        #expect(antwerpen.totaal.cellen[5] == euro(0))
        #expect(antwerpen.voetnootTeksten.contains("Niet van toepassing op deze vraag en dus genegeerd: filter actie."))
        #expect(antwerpen.voetnootTeksten.contains("Geen gegevens voor provincie Antwerpen: er zijn geen SIO-experimenten ingeladen die aan de selectie voldoen."))
    }
}

@Suite("KPI per actie en projectjaar")
struct KPIVraagTests {
    @Test func promisedReachedAndPublished() {
        let t = KPIVraag.antwoord(Fixture.context, opties: QueryOptions(actie: 5))
        #expect(t.rijen.map(\.cellen) == [
            [.tekst("Actie 5: Oefenkansen Nederlands organiseren"), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
            // Kruibeke's partner Temse counts as involved (Zwijndrecht has its own grant): 4 besturen.
            [.tekst("Projectjaar 1"), .getal(4), euro(80_000), .getal(1500), .getal(600), .getal(1500),
             euro(3_389_566), .getal(92), .getal(68_429), .getal(118_178)],
            [.tekst("Projectjaar 2"), .getal(1), euro(60_000), .getal(1200), .leeg, .leeg,
             euro(4_030_860), .getal(135), .getal(83_110), .getal(170_951)],
            [.tekst("Totaal actie 5"), .getal(4), euro(140_000), .getal(2700), .getal(600), .getal(1500),
             euro(7_420_426), .leeg, .getal(151_539), .getal(289_129)],
            [.tekst("Totaal"), .getal(4), euro(140_000), .leeg, .leeg, .leeg, .leeg, .leeg, .leeg, .leeg],
        ])
        #expect(t.rijen[1].herkomst == ["WEB-CIJFERS", "kpi_rapportering.csv:2-5", "toekenningen.csv:2", "toekenningen.csv:5", "toekenningen.csv:8"])
        #expect(t.voetnoten.contains { $0.bron == "WEB-CIJFERS" && $0.tekst.hasPrefix("Gepubliceerde cijfers: WEB-CIJFERS") })
        #expect(t.vraag == nil)
    }

    @Test func allActionsAndAPendingPublishedFigure() {
        let t = KPIVraag.antwoord(Fixture.context)
        #expect(t.rijen.filter { $0.soort == .kop }.map { $0.cellen[0] } == [2, 3, 5, 8, 9, 17].map { .tekst(Fixture.context.acties[$0]!.label) })
        // Five indieners and Temse, partner of Kruibeke.
        #expect(t.totaal.cellen.prefix(3) == [.tekst("Totaal"), .getal(6), euro(252_345, 67)])
        #expect(t.rij("Totaal actie 2")?.cellen == [.tekst("Totaal actie 2"), .getal(1), euro(25_000), .getal(1), .leeg, .leeg,
                                                      euro(400_000), .leeg, .getal(16), .getal(14)])
        var g = Fixture.gegevens
        g.toekenningen.append(Fixture.t(3, "44021", 2, kpi: 1, euro: 25_000, rij: 11))
        let metJaar3 = KPIVraag.antwoord(QueryContext(gegevens: g), opties: QueryOptions(actie: 2))
        #expect(metJaar3.cel("Totaal actie 2", "gepubliceerd_kpi_gerealiseerd") == .leeg)
        #expect(metJaar3.voetnootTeksten.contains("Gerealiseerde KPI nog niet gepubliceerd voor: actie 2 projectjaar 3."))
    }

    @Test func provinceFilterLeavesOutThePublishedFigures() {
        let t = KPIVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, provincie: .antwerpen, actie: 5))
        #expect(t.rij("Projectjaar 1")?.cellen == [.tekst("Projectjaar 1"), .getal(2), euro(70_000), .getal(1300), .getal(600), .getal(1350),
                                                     .leeg, .leeg, .leeg, .leeg])
        #expect(t.voetnootTeksten.contains { $0.hasPrefix("De gepubliceerde cijfers gelden voor alle besturen samen") })
    }
}

@Suite("Lege gegevens: een totaal van 0")
struct LegeGegevensTests {
    @Test func everySummedColumnOfTheTotalIsZero() {
        let leeg = QueryContext(gegevens: Gegevens())
        for vraag in StandaardVraag.allCases {
            let t = vraag.beantwoord(leeg)
            for (i, kolom) in t.kolommen.enumerated() where kolom.optellen {
                #expect(t.totaal.cellen[i] == (kolom.soort == .euro ? euro(0) : .getal(0)), "\(vraag) \(kolom.id)")
            }
        }
        let samenwerking = SamenwerkingVraag.antwoord(leeg)
        #expect(samenwerking.totaal.cellen == [.tekst("Totaal"), .leeg, .leeg, .getal(0), .getal(0), .getal(0), .getal(0)])
    }
}
