import Foundation
import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("Vraagbestand: de vrije tabellen over jaren, plaatsen en maten")
struct TabelvraagTests {
    typealias M = Meerjaren

    static func euro(_ e: Int64, cent: Int64 = 0) -> Cel { .euro(Euro(cents: e * 100 + cent)) }

    @Test func everyMeasurePerProvinceOverThreeYears() throws {
        let a = try M.antwoord(M.vraag(per: [.provincie], maten: [.subsidie, .toekenningen, .besturen, .subsidiePerInwoner]))
        let details = a.resultaat.details
        #expect(details.map(\.provincie) == [.antwerpen, .vlaamsBrabant, .oostVlaanderen, .limburg, .brusselHoofdstad])
        #expect(details.map { $0[.subsidie] } == [Self.euro(18_600), Self.euro(2_400), Self.euro(75_000), Self.euro(30_800), Self.euro(3_000)])
        #expect(details.map { $0[.toekenningen] } == [.getal(3), .getal(1), .getal(3), .getal(4), .getal(1)])
        #expect(details.map { $0[.besturen] } == [.getal(1), .getal(1), .getal(1), .getal(2), .getal(1)])
        // 18.600 / 19.154; De Rand none; 75.000 / 263.927; 30.800 / (78.714 + 8.437); VGC none.
        #expect(details.map { $0[.subsidiePerInwoner] } == [Self.euro(0, cent: 97), .leeg, Self.euro(0, cent: 28), Self.euro(0, cent: 35), .leeg])
        let totaal = try #require(a.resultaat.totaal)
        #expect(totaal[.subsidie] == Self.euro(129_800))
        #expect(totaal[.besturen] == .getal(6))
        // 124.400 / 370.232 = 0,336 euro: half up to 34 cent.
        #expect(totaal[.subsidiePerInwoner] == Self.euro(0, cent: 34))
        #expect(a.totaal["subsidie"] == M.euro(129_800))
        #expect(a.totaal["toekenningen"] == .geheelGetal(12))
        #expect(a.totaal["besturen"] == .geheelGetal(6))
        #expect(a.totaal["subsidie_per_inwoner"] == M.euro(0, cent: 34))
        #expect(a.tabel.voetnoten.contains { $0.tekst.contains("Zonder inwonertal") && $0.tekst.contains("Vlaamse Gemeenschapscommissie")
            && $0.tekst.contains("vzw De Rand") })

        // The long form: per province and year (three years asked).
        #expect(a.kolommen == ["provincie", "projectjaar", "subsidie", "toekenningen", "besturen", "subsidie_per_inwoner"])
        #expect(a.kolom("provincie") == ["Antwerpen", "Antwerpen", "Antwerpen", "Vlaams-Brabant", "Oost-Vlaanderen", "Oost-Vlaanderen",
                                         "Oost-Vlaanderen", "Limburg", "Limburg", "Limburg", "Brussel-Hoofdstad"].map(Waarde.tekst))
        #expect(a.kolom("projectjaar") == [1, 2, 3, 3, 1, 2, 3, 1, 2, 3, 1].map(Waarde.geheelGetal))
        #expect(a.kolom("subsidie") == [6_000, 7_200, 5_400, 2_400, 25_000, 25_000, 25_000, 10_000, 11_800, 9_000, 3_000].map { M.euro($0) })
        #expect(a.bronnen == ["toekenningen.csv:2-13"])
    }

    @Test func theGeography2025MovesZwijndrechtAndMergesHasselt() throws {
        let a = try M.antwoord(M.vraag(per: [.provincie], maten: [.subsidie, .besturen, .subsidiePerInwoner], geografie: .gemeenten2025))
        let details = a.resultaat.details
        #expect(details.map(\.provincie) == [.vlaamsBrabant, .oostVlaanderen, .limburg, .brusselHoofdstad])
        #expect(details.map { $0[.subsidie] } == [Self.euro(2_400), Self.euro(93_600), Self.euro(30_800), Self.euro(3_000)])
        #expect(details.map { $0[.besturen] } == [.getal(1), .getal(2), .getal(1), .getal(1)])
        // 93.600 / (263.927 + 85.047); 30.800 / 87.151 (Hasselt 2025: the sum of its predecessors).
        #expect(details.map { $0[.subsidiePerInwoner] } == [.leeg, Self.euro(0, cent: 27), Self.euro(0, cent: 35), .leeg])
        let noot = try #require(a.tabel.voetnoten.first { $0.tekst.contains("staan deze besturen onder de gemeente waarin ze opgingen") })
        #expect(noot.tekst.contains("Zwijndrecht (11056) → Beveren-Kruibeke-Zwijndrecht (46030), provincie Oost-Vlaanderen"))
        #expect(noot.tekst.contains("Hasselt (71022) → Hasselt (71072)"))
        #expect(noot.tekst.contains("Kortessem (73040) → Hasselt (71072)"))
        #expect(a.tabel.filters.last?.waarde == Geografie.gemeenten2025.label)
    }

    /// Found by an independent computation of a question file (vraag 4711): Antwerpen absorbed
    /// Borsbeek in 2025 and kept its number, so in the 2025 geography its inhabitants are both
    /// gemeenten's; in the 2019 geography each keeps its own.
    @Test func aGemeenteThatKeptItsNumberCountsTheInhabitantsItAbsorbedIn2025() throws {
        let context = QueryContext(gegevens: Gegevens(toekenningen: [
            M.t(1, "11002", 5, kpi: 100, euro: 269_098, rij: 2),   // Antwerpen, 529.247 inhabitants
            M.t(1, "11007", 5, kpi: 10, euro: 1_000, rij: 3),     // Borsbeek, 10.949 inhabitants
        ]))
        let per2025 = try M.vraag(jaren: [1], per: [.bestuur], maten: [.subsidie, .subsidiePerInwoner], geografie: .gemeenten2025)
            .beantwoord(context, vraagnummer: 1)
        // 270.098 / (529.247 + 10.949) = 0,5000 euro (Antwerpen alone would give 0,5103: 51 cent).
        #expect(per2025.resultaat.details.map { $0.bestuur?.code } == ["11002"])
        #expect(per2025.resultaat.details.map { $0[.subsidiePerInwoner] } == [Self.euro(0, cent: 50)])
        let per2019 = try M.vraag(jaren: [1], per: [.bestuur], maten: [.subsidiePerInwoner], geografie: .gemeenten2019)
            .beantwoord(context, vraagnummer: 1)
        // 269.098 / 529.247 = 0,5085 euro; 1.000 / 10.949 = 0,0913 euro.
        #expect(per2019.resultaat.details.map { $0[.subsidiePerInwoner] } == [Self.euro(0, cent: 51), Self.euro(0, cent: 9)])
    }

    @Test func subtotalsPerLevelOverGoalActionAndBestuur() throws {
        let a = try M.antwoord(M.vraag(jaren: [2], per: [.doelstelling, .actie, .bestuur]))
        let r = a.resultaat
        #expect(r.details.map { $0.bestuur?.code } == ["44021", "71022", "73040", "11056"])
        #expect(r.rijen(.subtotaal, niveau: 0).map { $0.sleutel(.doelstelling) } == [.doelstelling(1), .doelstelling(2)])
        #expect(r.rijen(.subtotaal, niveau: 0).map { $0[.subsidie] } == [Self.euro(25_000), Self.euro(19_000)])
        #expect(r.rijen(.subtotaal, niveau: 1).map { $0.sleutel(.actie) } == [.actie(2), .actie(5)])
        #expect(r.rijen(.subtotaal, niveau: 1).map { $0[.subsidie] } == [Self.euro(25_000), Self.euro(19_000)])
        #expect(r.totaal?[.subsidie] == Self.euro(44_000))
        #expect(r.rijen.map(\.rij) == r.tabel.rijen)
        // One year: no projectjaar key in the long form.
        #expect(a.kolommen == ["doelstelling", "actie", "bestuur", "subsidie"])
        #expect(a.gegevens[1] == Gegevensrecord([("doelstelling", .geheelGetal(2)), ("actie", .geheelGetal(5)),
                                                ("bestuur", .tekst("71022")), ("subsidie", M.euro(10_000))]))
    }

    @Test func perProjectjaarCountsDistinctBesturenPerYearAndInTotal() throws {
        let a = try M.antwoord(M.vraag(per: [.projectjaar], maten: [.subsidie, .besturen]))
        #expect(a.resultaat.details.map { $0[.subsidie] } == [Self.euro(44_000), Self.euro(44_000), Self.euro(41_800)])
        #expect(a.resultaat.details.map { $0[.besturen] } == [.getal(4), .getal(4), .getal(4)])
        #expect(a.resultaat.totaal?[.besturen] == .getal(6))
        #expect(a.kolommen == ["projectjaar", "subsidie", "besturen"])
    }

    @Test func arrondissementInBothGeographies() throws {
        let oud = try M.antwoord(M.vraag(per: [.arrondissement]))
        #expect(oud.resultaat.details.map { $0.sleutel(.arrondissement) }
                == ["Antwerpen", "Brussel-Hoofdstad", "Gent", "Halle-Vilvoorde", "Hasselt", "Tongeren"].map { .arrondissement($0) })
        #expect(oud.resultaat.details.map { $0[.subsidie] }
                == [Self.euro(18_600), Self.euro(3_000), Self.euro(75_000), Self.euro(2_400), Self.euro(29_000), Self.euro(1_800)])
        #expect(oud.tabel.voetnoten.contains { $0.tekst.contains("VGC telt onder Brussel-Hoofdstad") })

        let nieuw = try M.antwoord(M.vraag(per: [.arrondissement], geografie: .gemeenten2025))
        #expect(nieuw.resultaat.details.map { $0.sleutel(.arrondissement) }
                == [.arrondissement("Brussel-Hoofdstad"), .arrondissement("Gent"), .arrondissement("Halle-Vilvoorde"), .arrondissement(nil)])
        #expect(nieuw.resultaat.details.last?[.subsidie] == Self.euro(49_400))
        #expect(nieuw.kolom("arrondissement").last == .leeg)
        #expect(nieuw.tabel.voetnoten.contains { $0.tekst.contains("Beveren-Kruibeke-Zwijndrecht (46030), Hasselt (71072)") })
    }

    @Test func yearsSideBySideWithDifferenceAndChange() throws {
        let vraag = M.vraag(per: [.bestuur], naast: .projectjaar, maten: [.subsidie], filter: Vraagfilter(groep: .centrumsteden))
        let a = try M.antwoord(vraag)
        let t = a.tabel
        #expect(t.kolommen.map(\.id) == ["omschrijving", "subsidie_pj1", "subsidie_pj2", "subsidie_pj3", "subsidie_verschil", "subsidie_evolutie"])
        let waarden = { (rij: Rij) in Array(rij.cellen.dropFirst()) }
        #expect(waarden(t.rijen[0]) == [Self.euro(25_000), Self.euro(25_000), Self.euro(25_000), Self.euro(0), .percentage(basispunten: 0)])
        #expect(waarden(t.rijen[1]) == [Self.euro(10_000), Self.euro(10_000), Self.euro(9_000), Self.euro(-1_000),
                                        .percentage(basispunten: -1_000)])
        // -1.000 / 35.000 = -2,857 %: -2,86 %.
        #expect(waarden(try #require(t.totaalRij)) == [Self.euro(35_000), Self.euro(35_000), Self.euro(34_000), Self.euro(-1_000),
                                                     .percentage(basispunten: -286)])
        // Presentation only: the long form is that of the same question without naast.
        var zonder = vraag
        zonder.naast = nil
        let b = try M.antwoord(zonder)
        #expect(a.gegevens == b.gegevens)
        #expect(a.kolom("bestuur") == ["44021", "44021", "44021", "71022", "71022", "71022"].map(Waarde.tekst))
        #expect(b.resultaat.details.map { $0[.subsidie] } == [Self.euro(75_000), Self.euro(29_000)])
    }

    @Test func centrumstedenAndTheOthersInBothGeographies() throws {
        let maten: [Maat] = [.subsidie, .subsidiePerInwoner]
        let oud = try M.antwoord(M.vraag(per: [.bestuur], maten: maten, filter: Vraagfilter(groep: .centrumsteden)))
        #expect(oud.resultaat.details.map { $0.bestuur?.code } == ["44021", "71022"])
        #expect(oud.resultaat.totaal?[.subsidie] == Self.euro(104_000))
        #expect(oud.tabel.voetnoten.contains { $0.bron == Bestuurslijst.centrumstedenBron })
        #expect(oud.bronnen == ["toekenningen.csv:3", "toekenningen.csv:5", "toekenningen.csv:7-8", "toekenningen.csv:11", "toekenningen.csv:13",
                                Bestuurslijst.centrumstedenBron])

        // 2025: Hasselt 71072 with Kortessem; 105.800 / (263.927 + 87.151) = 0,301 euro.
        let nieuw = try M.antwoord(M.vraag(per: [.bestuur], maten: maten, filter: Vraagfilter(groep: .centrumsteden), geografie: .gemeenten2025))
        #expect(nieuw.resultaat.details.map { $0.bestuur?.code } == ["44021", "71072"])
        #expect(nieuw.resultaat.details.map { $0[.subsidie] } == [Self.euro(75_000), Self.euro(30_800)])
        #expect(nieuw.totaal["subsidie_per_inwoner"] == M.euro(0, cent: 30))

        let anderen = try M.antwoord(M.vraag(per: [.bestuur], filter: Vraagfilter(buitenGroep: .centrumsteden)))
        #expect(anderen.resultaat.details.map { $0.bestuur?.code } == ["73040", "VGC", "11056", "DERAND"])
        #expect(anderen.totaal["subsidie"] == M.euro(25_800))
        #expect(anderen.tabel.filters.contains { $0.naam == "Groep" && $0.waarde == "buiten de centrumsteden" })
    }

    @Test(arguments: [
        (Vraagfilter(provincies: [.limburg]), Geografie.gemeenten2019, Int64(30_800)),
        (Vraagfilter(provincies: [.antwerpen, .limburg]), .gemeenten2019, 49_400),
        (Vraagfilter(provincies: [.antwerpen]), .gemeenten2025, 0),
        (Vraagfilter(provincies: [.oostVlaanderen]), .gemeenten2025, 93_600),
        (Vraagfilter(arrondissementen: ["Tongeren"]), .gemeenten2019, 1_800),
        (Vraagfilter(arrondissementen: ["Halle-Vilvoorde", "Brussel-Hoofdstad"]), .gemeenten2019, 5_400),
        (Vraagfilter(besturen: ["71072"]), .gemeenten2025, 30_800),
        (Vraagfilter(besturen: ["71072"]), .gemeenten2019, 0),
        (Vraagfilter(besturen: ["71022", "VGC"]), .gemeenten2019, 32_000),
        (Vraagfilter(doelstellingen: [1]), .gemeenten2019, 75_000),
        (Vraagfilter(acties: [5]), .gemeenten2019, 54_800),
        (Vraagfilter(provincies: [.limburg], groep: .centrumsteden), .gemeenten2019, 29_000),
    ])
    func eachFilter(filter: Vraagfilter, geografie: Geografie, euro: Int64) throws {
        let a = try M.antwoord(M.vraag(per: [.bestuur], filter: filter, geografie: geografie))
        #expect(a.totaal["subsidie"] == M.euro(euro))
        #expect(a.resultaat.totaal?[.subsidie] == Self.euro(euro))
    }

    @Test func filtersCombineWithTheYears() throws {
        let a = try M.antwoord(M.vraag(jaren: [3], filter: Vraagfilter(provincies: [.limburg])))
        #expect(a.totaal["subsidie"] == M.euro(9_000))
        #expect(a.kolommen == ["subsidie"])
        #expect(a.gegevens == [Gegevensrecord([("subsidie", M.euro(9_000))])])
        #expect(a.resultaat.totaal?.herkomst == [Herkomst(bron: "toekenningen.csv", rij: 11)])
    }

    @Test func kpiMeasuresAndRealisatiegraadPerAction() throws {
        let a = try M.antwoord(M.vraag(.kpi, jaren: [1, 2], per: [.actie]))
        let d = a.resultaat.details
        #expect(d.map { $0.sleutel(.actie) } == [.actie(2), .actie(5)])
        #expect(d.map { $0[.kpiVooropgesteld] } == [.getal(2), .getal(700)])
        #expect(d.map { $0[.kpi6m] } == [.leeg, .getal(70)])
        #expect(d.map { $0[.kpi12m] } == [.getal(1), .getal(350)])
        // Actie 5: (80 + 150 + 120) / (100 + 200 + 120) = 83,33 %; the VGC, Hasselt in year 2 and
        // Kortessem have no 12-month report and do not count.
        #expect(d.map { $0[.realisatiegraad] } == [.percentage(basispunten: 10_000), .percentage(basispunten: 8_333)])
        // KPIs of two actions are not added up.
        #expect(a.resultaat.totaal?[.kpiVooropgesteld] == .leeg)
        #expect(a.totaal["realisatiegraad"] == .leeg)
        #expect(a.kolommen == ["actie", "projectjaar", "kpi_vooropgesteld", "kpi_behaald_6m", "kpi_behaald_12m", "realisatiegraad"])
        #expect(a.kolom("realisatiegraad") == [.percentage(100), .leeg, .percentage(Decimal(7_667) / 100), .percentage(100)])
        #expect(a.kolom("kpi_behaald_6m") == [.leeg, .leeg, .geheelGetal(70), .leeg])
        #expect(a.tabel.voetnoten.contains { $0.tekst.hasPrefix("Realisatiegraad:") })
        #expect(a.bronnen == ["kpi.csv:2-6", "toekenningen.csv:2-9"])

        // One action chosen by the filter: KPIs without actie in per.
        let een = try M.antwoord(M.vraag(.kpi, jaren: [1], maten: [.kpiVooropgesteld, .realisatiegraad], filter: Vraagfilter(acties: [5])))
        #expect(een.totaal["kpi_vooropgesteld"] == .geheelGetal(350))
        #expect(een.totaal["realisatiegraad"] == .percentage(Decimal(7_667) / 100))
    }

    @Test func questionsThatDoNotFitAreRefusedWithEveryProblem() {
        func problemen(_ vraag: Tabelvraag) -> [String] {
            do throws(Tabelvraagfout) {
                _ = try vraag.beantwoord(M.context, vraagnummer: 1234)
                #expect(vraag.problemen.isEmpty)
                return []
            } catch { return error.problemen }
        }
        #expect(problemen(M.vraag(maten: [.realisatiegraad])).contains { $0.contains("maat realisatiegraad past niet bij tabel toekenningen") })
        #expect(problemen(M.vraag(.kpi, per: [.provincie])).contains { $0.contains("zet actie in per") })
        #expect(problemen(M.vraag(jaren: [1], naast: .projectjaar)) == ["naast = projectjaar vraagt minstens twee projectjaren"])
        #expect(problemen(M.vraag(per: [.projectjaar], naast: .projectjaar)).contains { $0.contains("niet tegelijk in per en in naast") })
        #expect(problemen(M.vraag(.samenwerking, maten: [.subsidie])).contains { $0.contains("vaste indeling: maten") })
        #expect(problemen(M.vraag(jaren: [4])).contains { $0.contains("projectjaar 4 bestaat niet") })
        #expect(problemen(M.vraag(per: [.bestuur, .bestuur])).contains { $0.contains("meer dan eens") })
        #expect(problemen(M.vraag(filter: Vraagfilter(status: .gestopt))).contains { $0.contains("alleen voor tabel wijzigingen") })
        #expect(problemen(M.vraag(.wijzigingen, jaren: [3])).contains { $0.contains("vergelijkt twee projectjaren") })
        #expect(problemen(M.vraag(filter: Vraagfilter(groep: .centrumsteden, buitenGroep: .centrumsteden))).count == 1)
        #expect(problemen(M.vraag(.kpi, per: [.actie])).isEmpty)
        #expect(Tabel.toekenningen.toegelatenMaten.contains(.subsidiePerInwoner))
        #expect(Tabel.budget.toegelatenMaten.isEmpty)
    }

    @Test(arguments: [Geografie.gemeenten2019, .gemeenten2025])
    func theEngineAgreesWithTheStandardQuestion(geografie: Geografie) throws {
        let a = try Tabelvraag(tabel: .toekenningen, projectjaren: [1, 2], per: [.provincie, .bestuur], geografie: geografie)
            .beantwoord(Fixture.context, vraagnummer: 492)
        let standaard = StandaardVraag.toekenningen.resultaat(Fixture.context, opties: QueryOptions(geografie: geografie))
        let perProvincie = { (r: Resultaat) in r.rijen(.subtotaal, niveau: 0).map { "\(String(describing: $0.provincie)) \($0[.subsidie])" } }
        #expect(perProvincie(a.resultaat) == perProvincie(standaard))
        #expect(a.resultaat.details.map { "\($0.bestuur!.code) \($0[.subsidie])" }
                == standaard.rijen(.subtotaal, niveau: 1).map { "\($0.bestuur!.code) \($0[.subsidie])" })
        #expect(a.resultaat.totaal?[.subsidie] == standaard.totaal?[.subsidie])
    }

    @Test func aYearThreeRecordWithTheNewCodeOfACentrumstadCounts() throws {
        var gegevens = M.context.gegevens
        gegevens.toekenningen.append(M.t(3, "71072", 5, kpi: 10, euro: 500, rij: 14))
        let context = QueryContext(gegevens: gegevens)
        let a = try M.vraag(jaren: [3], per: [.bestuur], filter: Vraagfilter(groep: .centrumsteden)).beantwoord(context, vraagnummer: 1)
        // Gent 25.000, Hasselt 71022 9.000 and Hasselt 71072 500 (shown under its 2025 code in 2019-2024).
        #expect(a.resultaat.details.map { $0.bestuur?.code } == ["44021", "71022", "71072"])
        #expect(a.totaal["subsidie"] == M.euro(34_500))
    }

    @Test func anEmptyAnswerSaysWhatWasSelected() throws {
        let a = try M.antwoord(M.vraag(per: [.bestuur], filter: Vraagfilter(provincies: [.antwerpen], groep: .centrumsteden),
                                       geografie: .gemeenten2025))
        #expect(a.gegevens.isEmpty)
        #expect(a.tabel.voetnoten.contains {
            $0.tekst.hasPrefix("Geen gegevens voor projectjaren 1, 2, 3, provincie Antwerpen, centrumsteden:")
        })
    }

    @Test func centrumstedenAreReferenceDataWithTheirSource() {
        let lijst = Bestuurslijst.centrumsteden
        #expect(lijst.codes.count == 13)
        let namen = lijst.codes.compactMap { Referentie.ingebouwd.bestuur(code: $0)?.naam }
        #expect(namen.sorted() == ["Aalst", "Antwerpen", "Brugge", "Genk", "Gent", "Hasselt", "Kortrijk", "Leuven", "Mechelen", "Oostende",
                                   "Roeselare", "Sint-Niklaas", "Turnhout"])
        #expect(lijst.bron.contains("centrumstedenbeleid"))
    }
}
