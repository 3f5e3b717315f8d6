import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("Subvraag 1: toekenningen per provincie, bestuur en doelstelling")
struct ToekenningenVraagTests {
    let jaar1 = ToekenningenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1))

    @Test func rowStructureProvincieBestuurDoelstellingActie() {
        #expect(jaar1.labels == [
            "Provincie Antwerpen",
            "  Antwerpen (11002)",
            "    Doelstelling 2: Nederlands",
            "      Actie 5: Oefenkansen Nederlands organiseren",
            "    Totaal doelstelling 2: Nederlands",
            "    Doelstelling 3: Competenties",
            "      Actie 8: Begeleiding van ongekwalificeerde uitstromers",
            "    Totaal doelstelling 3: Competenties",
            "    Doelstelling onbekend",
            "      Actie 3: Actie 3 (niet benoemd in de bronnen)",
            "    Totaal doelstelling onbekend",
            "  Totaal Antwerpen (11002)",
            "  Zwijndrecht (11056)",
            "    Doelstelling 2: Nederlands",
            "      Actie 5: Oefenkansen Nederlands organiseren",
            "    Totaal doelstelling 2: Nederlands",
            "  Totaal Zwijndrecht (11056)",
            "Totaal provincie Antwerpen",
            "Provincie West-Vlaanderen",
            "  Oostende (35013)",
            "    Doelstelling 4: Werk",
            "      Actie 9: Begeleiding naar werk (toeleiden naar de arbeidsmarkt)",
            "    Totaal doelstelling 4: Werk",
            "  Totaal Oostende (35013)",
            "Totaal provincie West-Vlaanderen",
            "Provincie Oost-Vlaanderen",
            "  Gent (44021)",
            "    Doelstelling 1: Veiligheid & leefbaarheid",
            "      Actie 2: Lokaal actieplan polarisatie ontwikkelen en uitrollen",
            "    Totaal doelstelling 1: Veiligheid & leefbaarheid",
            "    Doelstelling 6: Non-discriminatie",
            "      Actie 17: Omstaanderstrainingen",
            "    Totaal doelstelling 6: Non-discriminatie",
            "  Totaal Gent (44021)",
            "  Kruibeke (46013)",
            "    Doelstelling 2: Nederlands",
            "      Actie 5: Oefenkansen Nederlands organiseren",
            "    Totaal doelstelling 2: Nederlands",
            "  Totaal Kruibeke (46013)",
            "Totaal provincie Oost-Vlaanderen",
            "Totaal",
        ])
        #expect(jaar1.rijen.prefix(5).map(\.soort) == [.kop, .kop, .kop, .detail, .subtotaal])
        #expect(jaar1.rijen.prefix(5).map(\.niveau) == [0, 1, 2, 3, 2])
        #expect(jaar1.totaal.soort == .totaal && jaar1.totaal.niveau == 0)
        // Without a question in the options the answer names none.
        #expect(jaar1.vraag == nil)
        let gevraagd = ToekenningenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, vraagnummer: 1234, deelvraag: "5a"))
        #expect(gevraagd.vraag == VraagReferentie(nummer: 1234, subvraag: "5a"))
        #expect(gevraagd.vraag?.description == "vraag 1234, subvraag 5a")
    }

    @Test func subtotalsPerDoelstellingBestuurProvincieAndTheGrandTotal() {
        let s = jaar1.kolom("subsidie")
        let subtotalen = jaar1.rijen.filter { $0.soort != .kop && $0.soort != .detail }.map { $0.cellen[s] }
        #expect(subtotalen == [
            euro(50_000), euro(30_000), euro(5_000), euro(85_000),           // Antwerpen (11002)
            euro(20_000), euro(20_000), euro(105_000),                       // Zwijndrecht, provincie Antwerpen
            euro(40_000), euro(40_000), euro(40_000),                        // West-Vlaanderen
            euro(25_000), euro(12_345, 67), euro(37_345, 67),                // Gent
            euro(10_000), euro(10_000), euro(47_345, 67),                    // Kruibeke, provincie Oost-Vlaanderen
            euro(192_345, 67),                                               // totaal
        ])
        // KPIs of different actions are not added up; the detail row carries KPI and year.
        #expect(jaar1.cel("Totaal Antwerpen (11002)", "kpi") == .leeg)
        let detail = jaar1.rijen[3]
        #expect(detail.cellen == [.tekst("Actie 5: Oefenkansen Nederlands organiseren"), .getal(1), .getal(1000), euro(50_000), .leeg])
    }

    @Test func toelichtingAndHerkomstPerRow() {
        let oostende = jaar1.rijen.first { $0.cellen[0] == .tekst("Actie 9: Begeleiding naar werk (toeleiden naar de arbeidsmarkt)") }!
        #expect(oostende.cellen[jaar1.kolom("toelichting")] == .tekst("Trajecten \"op maat\", met partners"))
        #expect(oostende.herkomst == ["toekenningen.csv:9"])
        #expect(jaar1.rij("Totaal Antwerpen (11002)")?.herkomst == ["toekenningen.csv:2-4"])
        #expect(jaar1.rij("Totaal provincie Oost-Vlaanderen")?.herkomst == ["toekenningen.csv:6-8"])
        #expect(jaar1.totaal.herkomst == ["toekenningen.csv:2-9"])
        #expect(jaar1.voetnootTeksten.contains("Bron: toekenningen.csv, rijen 2-9"))
        #expect(jaar1.gegevensstand == "databank: toekenningen.csv (projectjaar 1)")
        #expect(jaar1.voetnootTeksten.contains { $0.contains("actie 3") && $0.contains("'Doelstelling onbekend'") })
    }

    @Test func voorbeelddataLabelWhenAnyRecordIsExampleData() {
        #expect(jaar1.voorbeelddata)
        #expect(jaar1.voetnoten.first?.tekst.hasPrefix(Herkomst.voorbeelddataLabel) == true)
        let antwerpen = ToekenningenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, provincie: .antwerpen))
        #expect(!antwerpen.voorbeelddata)
        #expect(!antwerpen.voetnootTeksten.contains { $0.contains(Herkomst.voorbeelddataLabel) })
    }

    @Test func defaultGeographyIsTheOneAtTheStartOfTheProjectYear() {
        #expect(QueryOptions(projectjaar: 1).effectieveGeografie == .gemeenten2019)
        #expect(QueryOptions(projectjaar: 3).effectieveGeografie == .gemeenten2019)
        #expect(QueryOptions(projectjaar: 3, geografie: .gemeenten2025).effectieveGeografie == .gemeenten2025)
        #expect(jaar1.filters.last == AnswerTable.Filter("Gemeentelijke indeling", Geografie.gemeenten2019.label))
    }

    @Test func geography2025MovesZwijndrechtToBeverenKruibekeZwijndrechtInOostVlaanderen() {
        let t = ToekenningenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, geografie: .gemeenten2025))
        #expect(t.cel("Totaal provincie Antwerpen", "subsidie") == euro(85_000))
        #expect(t.cel("Totaal Beveren-Kruibeke-Zwijndrecht (46030)", "subsidie") == euro(30_000))
        #expect(t.cel("Totaal provincie Oost-Vlaanderen", "subsidie") == euro(67_345, 67))
        #expect(t.totaal.cellen[t.kolom("subsidie")] == euro(192_345, 67))
        #expect(!t.labels.contains("  Zwijndrecht (11056)"))
        let bkz = t.labels.firstIndex(of: "  Beveren-Kruibeke-Zwijndrecht (46030)")!
        #expect(Array(t.labels[bkz...(bkz + 5)]) == [
            "  Beveren-Kruibeke-Zwijndrecht (46030)",
            "    Doelstelling 2: Nederlands",
            "      Actie 5: Oefenkansen Nederlands organiseren – toegekend aan Zwijndrecht (11056)",
            "      Actie 5: Oefenkansen Nederlands organiseren – toegekend aan Kruibeke (46013)",
            "    Totaal doelstelling 2: Nederlands",
            "  Totaal Beveren-Kruibeke-Zwijndrecht (46030)",
        ])
        // Beveren-Kruibeke-Zwijndrecht sorts before Gent in Oost-Vlaanderen.
        #expect(bkz < t.labels.firstIndex(of: "  Gent (44021)")!)
        #expect(t.voetnootTeksten.contains { $0.contains("Zwijndrecht (11056) → Beveren-Kruibeke-Zwijndrecht (46030), provincie Oost-Vlaanderen") })
        #expect(t.voetnootTeksten.contains { $0.contains("Kruibeke (46013) → Beveren-Kruibeke-Zwijndrecht (46030)") })
    }

    @Test func filters() {
        func totaal(_ o: QueryOptions) -> Cel {
            let t = ToekenningenVraag.antwoord(Fixture.context, opties: o)
            return t.totaal.cellen[t.kolom("subsidie")]
        }
        #expect(totaal(QueryOptions()) == euro(252_345, 67))
        #expect(totaal(QueryOptions(projectjaar: 2)) == euro(60_000))
        #expect(totaal(QueryOptions(projectjaar: 1, provincie: .oostVlaanderen)) == euro(47_345, 67))
        #expect(totaal(QueryOptions(projectjaar: 1, provincie: .oostVlaanderen, geografie: .gemeenten2025)) == euro(67_345, 67))
        #expect(totaal(QueryOptions(projectjaar: 1, doelstelling: 2)) == euro(80_000))
        #expect(totaal(QueryOptions(actie: 5)) == euro(140_000))
        #expect(totaal(QueryOptions(bestuur: "44021")) == euro(37_345, 67))
        // In 2025 a 2025 gemeente selects the gemeenten it absorbed; an old code only itself.
        #expect(totaal(QueryOptions(projectjaar: 1, bestuur: "46030", geografie: .gemeenten2025)) == euro(30_000))
        #expect(totaal(QueryOptions(projectjaar: 1, bestuur: "11056", geografie: .gemeenten2025)) == euro(20_000))
        let gefilterd = ToekenningenVraag.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1, provincie: .limburg, actie: 5))
        #expect(gefilterd.filters.map(\.naam) == ["Projectjaar", "Provincie", "Actie", "Gemeentelijke indeling"])
        #expect(gefilterd.filters[2].waarde == "Actie 5: Oefenkansen Nederlands organiseren")
        #expect(gefilterd.rijen.count == 1)
        #expect(gefilterd.voetnootTeksten.contains("Geen gegevens voor projectjaar 1, provincie Limburg, actie 5: er zijn geen toekenningen ingeladen die aan de selectie voldoen."))
    }

    @Test func emptyDataGivesATotalOfZeroAndSaysSo() {
        let t = ToekenningenVraag.antwoord(QueryContext(gegevens: Gegevens()), opties: QueryOptions(projectjaar: 1))
        #expect(t.rijen.count == 1)
        #expect(t.totaal.cellen == [.tekst("Totaal"), .leeg, .leeg, euro(0), .leeg])
        #expect(t.voetnootTeksten == ["Geen gegevens voor projectjaar 1: er zijn geen toekenningen ingeladen die aan de selectie voldoen."])
        #expect(!t.voorbeelddata)
        #expect(t.gegevensstand == "databank: geen toekenningen")
    }

    @Test func everyStandardQuestionHandlesEmptyData() {
        for vraag in StandaardVraag.allCases {
            let t = vraag.beantwoord(QueryContext(gegevens: Gegevens()))
            #expect(t.rijen.count == 1, "\(vraag)")
            #expect(t.totaal.soort == .totaal, "\(vraag)")
            #expect(t.voetnootTeksten.contains { $0.hasPrefix("Geen gegevens voor deze vraag") }, "\(vraag)")
            #expect(t.vraag == nil, "\(vraag)")
        }
    }

    @Test func unknownBestuurCodeStaysVisible() {
        var g = Fixture.gegevens
        g.toekenningen = [Toekenning(projectjaar: 1, bestuur: "99999", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: 5,
                                     subsidie: Euro(euros: 100), provincieVermeld: "Limburg", herkomst: Herkomst(bron: "x.csv", rij: 2))]
        let t = ToekenningenVraag.antwoord(QueryContext(gegevens: g))
        #expect(t.labels.prefix(2) == ["Provincie Limburg", "  onbekend bestuur 99999"])
        #expect(t.voetnootTeksten.contains { $0.contains("Onbekende bestuurscode(s)") && $0.contains("99999") })
    }
}
