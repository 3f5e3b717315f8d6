import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("Vraagbestand: wijzigingen en de tabellen met een vaste indeling")
struct WijzigingenEnVasteTabellenTests {
    typealias M = Meerjaren

    @Test func changesFromYearTwoToThree() throws {
        let a = try M.antwoord(M.vraag(.wijzigingen))
        #expect(a.kolommen == ["bestuur", "actie", "status", "kpi_van", "kpi_naar", "subsidie_van", "subsidie_naar", "verschil"])
        #expect(a.kolom("bestuur") == ["44021", "71022", "73040", "11056", "DERAND"].map(Waarde.tekst))
        #expect(a.kolom("status") == ["ongewijzigd", "kpi_verlaagd", "gestopt", "kpi_verlaagd", "nieuw"].map(Waarde.tekst))
        #expect(a.kolom("kpi_van") == [.geheelGetal(1), .geheelGetal(200), .geheelGetal(30), .geheelGetal(120), .leeg])
        #expect(a.kolom("kpi_naar") == [.geheelGetal(1), .geheelGetal(150), .leeg, .geheelGetal(90), .geheelGetal(40)])
        #expect(a.kolom("subsidie_van") == [M.euro(25_000), M.euro(10_000), M.euro(1_800), M.euro(7_200), .leeg])
        #expect(a.kolom("subsidie_naar") == [M.euro(25_000), M.euro(9_000), .leeg, M.euro(5_400), M.euro(2_400)])
        #expect(a.kolom("verschil") == [M.euro(0), M.euro(-1_000), M.euro(-1_800), M.euro(-1_800), M.euro(2_400)])
        #expect(a.totaal == Gegevensrecord([("subsidie_van", M.euro(44_000)), ("subsidie_naar", M.euro(41_800)),
                                            ("verschil", M.euro(-2_200))]))
        // The table groups by status in a fixed order and adds up the subsidies per status.
        let r = a.resultaat
        #expect(r.rijen(.kop, niveau: 0).map { $0.rij.cellen[0] }
                == ["Nieuwe actie", "Gestopte actie", "KPI verlaagd", "KPI ongewijzigd"].map(Cel.tekst))
        #expect(r.rijen(.subtotaal, niveau: 0).map { $0[.verschil] } == [2_400, -1_800, -2_800, 0].map { .euro(Euro(cents: $0 * 100)) })
        #expect(r.totaal?[.verschil] == .euro(Euro(cents: -220_000)))
        #expect(r.details.first?.bestuur?.code == "DERAND")
    }

    @Test func inTheGeography2025HasseltAbsorbsKortessem() throws {
        let a = try M.antwoord(M.vraag(.wijzigingen, geografie: .gemeenten2025))
        #expect(a.kolom("bestuur") == ["46030", "44021", "71072", "DERAND"].map(Waarde.tekst))
        #expect(a.kolom("status") == ["kpi_verlaagd", "ongewijzigd", "kpi_verlaagd", "nieuw"].map(Waarde.tekst))
        // Hasselt 71072: year 2 Hasselt 200 + Kortessem 30 for 11.800, year 3 150 for 9.000.
        #expect(a.gegevens[2]["kpi_van"] == .geheelGetal(230))
        #expect(a.gegevens[2]["verschil"] == M.euro(-2_800))
    }

    @Test func statusFilterAndChosenYears() throws {
        let gestopt = try M.antwoord(M.vraag(.wijzigingen, filter: Vraagfilter(status: .gestopt)))
        #expect(gestopt.kolom("bestuur") == [.tekst("73040")])
        #expect(gestopt.totaal["verschil"] == M.euro(-1_800))

        // From year 1 to 3: Kortessem (only year 2) does not appear; the VGC stopped, De Rand is new.
        let eenDrie = try M.antwoord(M.vraag(.wijzigingen, van: 1, naar: 3))
        #expect(eenDrie.kolom("bestuur") == ["44021", "71022", "VGC", "11056", "DERAND"].map(Waarde.tekst))
        #expect(eenDrie.kolom("status") == ["ongewijzigd", "kpi_verlaagd", "gestopt", "kpi_verlaagd", "nieuw"].map(Waarde.tekst))

        let limburg = try M.antwoord(M.vraag(.wijzigingen, filter: Vraagfilter(provincies: [.limburg])))
        #expect(limburg.kolom("bestuur") == ["71022", "73040"].map(Waarde.tekst))
    }

    @Test func aFixedTableIsItsStandardQueryWithTheFilters() throws {
        let vraag = Tabelvraag(tabel: .samenwerking, projectjaren: [1], filter: Vraagfilter(provincies: [.westVlaanderen]))
        let a = try vraag.beantwoord(Fixture.context, vraagnummer: 1234)
        let standaard = SamenwerkingVraag.resultaat(Fixture.context, opties: QueryOptions(projectjaar: 1, provincie: .westVlaanderen))
        #expect(a.resultaat.rijen == standaard.rijen)
        #expect(!a.gegevens.isEmpty)
        #expect(a.gegevens.count == a.resultaat.details.count)
        #expect(a.tabel.vraag == VraagReferentie(nummer: 1234))

        // A filter the question cannot apply is named in a footnote.
        let sio = try Tabelvraag(tabel: .sio, projectjaren: [1], filter: Vraagfilter(groep: .centrumsteden))
            .beantwoord(Fixture.context, vraagnummer: 1234)
        #expect(sio.tabel.voetnoten.contains { $0.tekst.contains("genegeerd: filter groep") })
        let budget = try Tabelvraag(tabel: .budget, projectjaren: [1], filter: Vraagfilter(arrondissementen: ["Gent"]))
            .beantwoord(Fixture.context, vraagnummer: 1234)
        // The budget applies the arrondissement (Gent: its grants and its mentorship) and then
        // does not compare with the published totals.
        #expect(budget.resultaat.totaal?[.toegekend] == .euro(Euro(cents: 4_734_567)))
        #expect(budget.tabel.voetnoten.contains { $0.tekst.contains("met deze selectie worden ze niet vergeleken") })
        #expect(budget.resultaat.totaal?[.gepubliceerd] == .leeg)
        // Without a filter the budget compares with the published total, and names its source.
        let heel = try Tabelvraag(tabel: .budget, projectjaren: [1]).beantwoord(Fixture.context, vraagnummer: 1234)
        #expect(heel.bronnen.last == Projectjaar.nummer(1)!.bron)
        #expect(heel.bronnen.contains { $0.hasPrefix("toekenningen.csv:") })
    }

    @Test func theStandardQuestionsTakeListsOfBesturenAndSeveralYears() {
        let opties = QueryOptions(projectjaren: [1, 2], filter: Vraagfilter(besturen: ["11002", "44021"]))
        let resultaat = StandaardVraag.toekenningen.resultaat(Fixture.context, opties: opties)
        #expect(Set(resultaat.details.compactMap { $0.bestuur?.code }) == ["11002", "44021"])
        // Antwerpen 50.000 + 30.000 + 5.000 + 60.000 (year 2); Gent 25.000 + 12.345,67.
        #expect(resultaat.totaal?[.subsidie] == .euro(Euro(cents: 18_234_567)))
        #expect(resultaat.tabel.filters.contains { $0.naam == "Projectjaar" && $0.waarde == "1, 2" })
    }
}
