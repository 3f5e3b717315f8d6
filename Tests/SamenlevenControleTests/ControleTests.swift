import Foundation
import Testing
import SamenlevenModel
import SamenlevenStore
@testable import SamenlevenControle

/// Small datasets built in code, with the findings computed by hand.
@Suite("Consistentiecontrole")
struct ControleTests {
    let acties = try! ActieCatalogus.ingebouwd()
    /// The built-in catalogue without the application form's indicators: for datasets that test
    /// other rules with amounts the form would not allow (its own rules: `FormulierTests`).
    var zonderFormulier: ActieCatalogus { ActieCatalogus(acties: acties.acties.map { $0.met(indicatoren: []) }) }
    let cijfers = try! GepubliceerdCijfer.ingebouwd()

    func h(_ rij: Int, _ bron: String = "x.csv") -> Herkomst { Herkomst(bron: bron, rij: rij) }

    func toekenning(_ jaar: Int, _ bestuur: String, _ actie: Int, b: Int = 0, k: Int, _ euro: Int64, rij: Int,
                    provincie: String? = nil) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: bestuur, actie: actie, kpiHuidigBereik: b, kpiVooropgesteld: k,
                   subsidie: Euro(euros: euro), provincieVermeld: provincie, herkomst: h(rij, "toekenningen.csv"))
    }

    func samenwerking(_ jaar: Int, _ indiener: String, _ partner: String, rij: Int, provincie: String? = nil) -> Samenwerking {
        Samenwerking(projectjaar: jaar, indiener: indiener, partner: partner, provincieVermeld: provincie,
                     herkomst: h(rij, "samenwerkingsverbanden.csv"))
    }

    /// The checker on these records; without the rival published figures (about the sources,
    /// not the data) unless given.
    func controle(_ gegevens: Gegevens, acties: ActieCatalogus? = nil, gepubliceerd: [GepubliceerdCijfer]? = nil,
                  tellingen: [GepubliceerdeTelling] = [], projectjaar: Int? = nil,
                  vermeldingen: [Verbandvermelding]? = nil, tegenstrijdig: [TegenstrijdigCijfer] = []) -> [Bevinding] {
        Controle.voerUit(gegevens: gegevens, acties: acties ?? self.acties, gepubliceerd: gepubliceerd ?? cijfers,
                         tellingen: tellingen, projectjaar: projectjaar, vermeldingen: vermeldingen, tegenstrijdig: tegenstrijdig)
    }

    // MARK: A clean dataset

    /// Year 1 adds up: 14.076.359 + 25.000 (toekenningen) + 10.000 (mentorschap) + 25.000 (SIO)
    /// = 14.136.359; action 2 gets 50.000 x 1 / 2 = 25.000 for one plan, as published below.
    /// The one verband (Geel) gives a samenwerkingsstimulans of 10.000, shown but not compared.
    @Test func cleanDatasetHasNoFindings() {
        let gegevens = Gegevens(
            toekenningen: [
                toekenning(1, "44021", 9, k: 500, 14_076_359, rij: 2, provincie: "Oost-Vlaanderen"),
                toekenning(1, "44021", 2, k: 1, 25_000, rij: 3, provincie: "oost vlaanderen"),
            ],
            aanvragen: [Aanvraag(projectjaar: 1, bestuur: "44021", actie: 9, status: .goedgekeurd, herkomst: h(2, "aanvragen.csv"))],
            samenwerkingen: [
                samenwerking(1, "13008", "13013", rij: 2, provincie: "Antwerpen"),
                samenwerking(1, "13008", "13053", rij: 3, provincie: "Antwerpen"),
            ],
            mentorschappen: [Mentorschap(projectjaar: 1, bestuur: "44021", actie: 9, herkomst: h(2, "mentorschappen.csv"))],
            sio: [SIOExperiment(projectjaar: 1, bestuur: "46021", bedrag: Euro(euros: 25_000), herkomst: h(2, "sio.csv"))],
            kpiRapporteringen: [KPIRapportering(projectjaar: 1, bestuur: "44021", actie: 2, meetmoment: .twaalfMaanden,
                                                kpiBehaald: 1, herkomst: h(2, "kpi.csv"))])
        let gepubliceerd = [GepubliceerdCijfer(actie: 2, projectjaar: 1, budget: Euro(euros: 25_000), besturen: 1,
                                               kpiVooropgesteld: 1, kpiGerealiseerd: 1, bron: "TEST")]
        let tellingen = [
            GepubliceerdeTelling(projectjaar: 1, wat: .projectindieners, waarde: 1, bron: "TEST", citaat: "1 indiener"),
            GepubliceerdeTelling(projectjaar: 1, wat: .samenwerkendeBesturen, waarde: 3, bron: "TEST", citaat: "3 besturen"),
            GepubliceerdeTelling(projectjaar: 1, wat: .weigeringen, waarde: 0, bron: "TEST", citaat: "geen weigeringen"),
            GepubliceerdeTelling(projectjaar: 1, wat: .sioExperimenten, waarde: 1, bron: "TEST", citaat: "1 SIO"),
        ]
        let bevindingen = controle(gegevens, acties: zonderFormulier, gepubliceerd: gepubliceerd, tellingen: tellingen)
        #expect(bevindingen == [Bevinding(
            ernst: .info, code: "samenwerkingsstimulans-niet-vergeleken",
            boodschap: "Projectjaar 1: samenwerkingsstimulans 1 samenwerkingsverband x 10.000 euro = 10.000 euro (vlaanderen.be, Financiële stimulansen; NOTA3 2.1); "
                + "gepubliceerd totaal 14.136.359 euro (S492 vraag 1 en antwoord 4; NIEUWS2). De bronnen zeggen niet of de gepubliceerde totalen "
                + "per projectjaar de samenwerkingsstimulans bevatten (het antwoord op vraag 492 vermeldt hem niet), dus telt hij niet mee in de "
                + "vergelijking met het gepubliceerde totaal.",
            bron: "vlaanderen.be, Financiële stimulansen; NOTA3 2.1; samenwerkingsverbanden.csv:2-3", projectjaar: 1)], "\(bevindingen.regels)")
        #expect(controle(Gegevens()).isEmpty)
    }

    /// Two verbanden (Geel, Mol) give 20.000; the grants fall exactly that short of the
    /// published year-2 total, which the total finding points out.
    @Test func samenwerkingsstimulansStaysOutOfTheComparison() {
        let gegevens = Gegevens(
            toekenningen: [toekenning(2, "44021", 9, k: 500, 16_887_780, rij: 2)],
            samenwerkingen: [samenwerking(2, "13008", "13013", rij: 2), samenwerking(2, "13008", "13053", rij: 3),
                             samenwerking(2, "13025", "13003", rij: 4), samenwerking(2, "13029", "", rij: 5)])
        let bevindingen = controle(gegevens).filter { $0.code == "totaal-afwijkend" || $0.code == "samenwerkingsstimulans-niet-vergeleken" }
        #expect(bevindingen.map(\.code) == ["totaal-afwijkend", "samenwerkingsstimulans-niet-vergeleken"])
        #expect(bevindingen[0].boodschap.hasSuffix("20.000 euro minder dan het gepubliceerde totaal van 16.907.780 euro (NIEUWS2; NOTA3 2.1); met de samenwerkingsstimulans (20.000 euro) erbij klopt het totaal wel"))
        #expect(bevindingen[1].boodschap.hasPrefix("Projectjaar 2: samenwerkingsstimulans 2 samenwerkingsverbanden x 10.000 euro = 20.000 euro"))
        #expect(bevindingen[1].bron.hasSuffix("samenwerkingsverbanden.csv:2-4"))
    }

    // MARK: Sums against published totals

    /// Action 5, year 1 (WEB-CIJFERS): budget 3.389.566, 92 besturen, KPI 68.429. The data have
    /// 3.000.000 + 389.566 = 3.389.566 and 60.000 + 8.429 = 68.429, but 2 besturen.
    /// Year 1 total: 3.389.566 against 14.136.359 = 10.746.793 less.
    @Test func sumsAgainstPublishedTotals() {
        let gegevens = Gegevens(toekenningen: [
            toekenning(1, "44021", 5, k: 60_000, 3_000_000, rij: 2),
            toekenning(1, "11002", 5, k: 8_429, 389_566, rij: 3),
        ])
        let bevindingen = controle(gegevens, acties: zonderFormulier)
        #expect(bevindingen.map(\.code) == ["actie-besturen-afwijkend", "totaal-afwijkend"])
        let besturen = bevindingen[0]
        #expect(besturen.ernst == .waarschuwing)
        #expect(besturen.boodschap == "Projectjaar 1, actie 5 (Oefenkansen Nederlands organiseren): 2 betrokken besturen in de gegevens (indieners en hun partners), gepubliceerd 92")
        #expect(besturen.bron == "WEB-CIJFERS; toekenningen.csv:2-3")
        let totaal = bevindingen[1]
        #expect(totaal.boodschap.contains("= 3.389.566 euro, 10.746.793 euro minder dan het gepubliceerde totaal van 14.136.359 euro"))
        #expect(totaal.projectjaar == 1)
    }

    @Test func budgetAndKPIDifferences() {
        // Action 2, year 2: published 475.000, 34 besturen, 19 plans. One bestuur, 1 plan, 25.000.
        let gegevens = Gegevens(toekenningen: [toekenning(2, "44021", 2, k: 1, 25_000, rij: 2)],
                                kpiRapporteringen: [KPIRapportering(projectjaar: 2, bestuur: "44021", actie: 2, meetmoment: .twaalfMaanden,
                                                                   kpiBehaald: 1, herkomst: h(2, "kpi.csv"))])
        let codes = controle(gegevens).map(\.code)
        #expect(codes == ["actie-besturen-afwijkend", "actie-budget-afwijkend", "actie-kpi-afwijkend",
                          "actie-kpi-gerealiseerd-afwijkend", "totaal-afwijkend"])
        let kpi = controle(gegevens).first { $0.code == "actie-kpi-gerealiseerd-afwijkend" }
        #expect(kpi?.boodschap.contains("behaalde KPI's na 12 maanden 1, gepubliceerd 18") == true)
    }

    // MARK: Duplicates

    @Test func duplicateVerbandAndDuplicateKeys() {
        let gegevens = Gegevens(
            aanvragen: [
                Aanvraag(projectjaar: 2, bestuur: "44021", actie: 9, status: .goedgekeurd, herkomst: h(4, "aanvragen.csv")),
                Aanvraag(projectjaar: 2, bestuur: "44021", actie: 9, status: .geweigerd, reden: "dubbel", herkomst: h(7, "aanvragen.csv")),
            ],
            samenwerkingen: [
                samenwerking(2, "13025", "13003", rij: 2), samenwerking(2, "13025", "13006", rij: 3),
                samenwerking(2, "13025", "13003", rij: 4), samenwerking(2, "13025", "13006", rij: 5),
            ],
            mentorschappen: [
                Mentorschap(projectjaar: 2, bestuur: "35013", actie: 11, herkomst: h(2, "mentorschappen.csv")),
                Mentorschap(projectjaar: 2, bestuur: "35013", actie: 11, herkomst: h(3, "mentorschappen.csv")),
            ])
        let bevindingen = controle(gegevens)
        #expect(bevindingen.map(\.code) == ["dubbele-sleutel", "dubbele-sleutel", "dubbele-vermelding"], "\(bevindingen.regels)")
        #expect(bevindingen.allSatisfy { $0.ernst == .fout && $0.projectjaar == 2 })
        #expect(bevindingen[0].bron == "aanvragen.csv:4, :7")
        #expect(bevindingen[0].boodschap == "Projectjaar 2: 2 rijen voor dezelfde aanvraag (Gent (44021), actie 9); elke combinatie mag maar één keer voorkomen")
        #expect(bevindingen[1].bron == "mentorschappen.csv:2-3")
        #expect(bevindingen[2].boodschap == "Projectjaar 2: het samenwerkingsverband van Mol (13025) met Balen (13003) en Dessel (13006) staat 2 keer vermeld; het telt maar één keer")
        #expect(bevindingen[2].bron == "samenwerkingsverbanden.csv:2-5")
    }

    @Test func sameIndienerWithOtherPartnersIsAWarning() {
        let gegevens = Gegevens(samenwerkingen: [samenwerking(2, "72043", "72004", rij: 2), samenwerking(2, "72043", "72030", rij: 3)])
        let vermeldingen = [
            Verbandvermelding(projectjaar: 2, volgorde: 1, indiener: "72043", partners: ["72004"], herkomst: [h(2, "samenwerkingsverbanden.csv")]),
            Verbandvermelding(projectjaar: 2, volgorde: 2, indiener: "72043", partners: ["72030"], herkomst: [h(3, "samenwerkingsverbanden.csv")]),
        ]
        let bevindingen = controle(gegevens, vermeldingen: vermeldingen)
        #expect(bevindingen.map(\.code) == ["indiener-meermaals"])
        #expect(bevindingen[0].ernst == .waarschuwing)
        #expect(bevindingen[0].boodschap.contains("volgorde 1 met Bree (72004); volgorde 2 met Peer (72030)"))
        // Without the numbered entries, the rows of one indiener are one verband: nothing to report.
        #expect(controle(gegevens).isEmpty)
    }

    // MARK: Provinces

    @Test func statedProvinceAgainstReference() {
        let gegevens = Gegevens(aanvragen: [
            Aanvraag(projectjaar: 2, bestuur: "11005", actie: 9, status: .goedgekeurd, provincieVermeld: "Limburg", herkomst: h(2, "aanvragen.csv")),
            Aanvraag(projectjaar: 2, bestuur: "11005", actie: 5, status: .goedgekeurd, provincieVermeld: "limburg", herkomst: h(3, "aanvragen.csv")),
            Aanvraag(projectjaar: 2, bestuur: "44021", actie: 9, status: .goedgekeurd, provincieVermeld: "Oost Vlaanderen", herkomst: h(4, "aanvragen.csv")),
            Aanvraag(projectjaar: 2, bestuur: "VGC", actie: 9, status: .goedgekeurd, provincieVermeld: "Brussel", herkomst: h(5, "aanvragen.csv")),
            Aanvraag(projectjaar: 2, bestuur: "35013", actie: 9, status: .goedgekeurd, provincieVermeld: "Brabant", herkomst: h(6, "aanvragen.csv")),
        ])
        let bevindingen = controle(gegevens)
        #expect(bevindingen.map(\.code) == ["provincie-afwijkend", "provincie-onbekend"])
        #expect(bevindingen[0].ernst == .fout)
        #expect(bevindingen[0].boodschap == "Projectjaar 2: Boom (11005) staat vermeld onder de provincie Limburg, maar ligt volgens zijn NIS-code 11005 in de provincie Antwerpen")
        #expect(bevindingen[0].bron == "aanvragen.csv:2-3")
        #expect(bevindingen[1].ernst == .waarschuwing)
        #expect(bevindingen[1].boodschap.hasPrefix("Projectjaar 2: 'Brabant' (vermeld bij Oostende (35013)) is geen provincie"))
    }

    // MARK: Membership of several verbanden

    /// Year 1: Zwevegem with Harelbeke and Waregem (allowed). Year 2: Zwevegem again (allowed:
    /// it had both in year 1) and Kuurne with Kortrijk and Menen (new: an error).
    @Test func severalVerbandenPerYear() {
        let gegevens = Gegevens(samenwerkingen: [
            samenwerking(1, "34013", "34042", rij: 2), samenwerking(1, "34040", "34042", rij: 3),
            samenwerking(2, "34013", "34042", rij: 4), samenwerking(2, "34040", "34042", rij: 5),
            samenwerking(2, "34022", "34023", rij: 6), samenwerking(2, "34027", "34023", rij: 7),
        ])
        let alle = controle(gegevens)
        #expect(alle.map { "\($0.ernst.rawValue) \($0.projectjaar!) \($0.code)" } == [
            "fout 2 meerdere-verbanden", "waarschuwing 1 meerdere-verbanden", "waarschuwing 2 meerdere-verbanden",
        ])
        let kuurne = alle[0]
        #expect(kuurne.boodschap == "Projectjaar 2: Kuurne (34023) zit in 2 samenwerkingsverbanden, als partner van Kortrijk (34022) en Menen (34027); vanaf projectjaar 2 mag een bestuur in slechts één samenwerkingsverband zitten, tenzij het er in projectjaar 1 al meerdere had (WEB-FIN)")
        #expect(kuurne.bron == "samenwerkingsverbanden.csv:6-7")
        #expect(alle[1].boodschap.contains("Zwevegem (34042)") && alle[1].boodschap.contains("in projectjaar 1 toegelaten"))
        #expect(alle[2].boodschap.contains("toegelaten omdat het in projectjaar 1 al in meerdere samenwerkingsverbanden zat"))
        // Only year 2.
        #expect(controle(gegevens, projectjaar: 2).map(\.projectjaar) == [2, 2])
    }

    @Test func verbandWithoutPartnersAndPartnerIsIndiener() {
        let gegevens = Gegevens(samenwerkingen: [samenwerking(2, "VGC", "", rij: 2), samenwerking(2, "13025", "13025", rij: 3)])
        #expect(controle(gegevens).map(\.code) == ["partner-is-indiener", "verband-zonder-partners"])
    }

    // MARK: Stated counts

    /// A with B and C, D with B: 2 indieners, 4 besturen (B twice), 5 memberships; one refusal.
    @Test func statedCountsAgainstComputed() {
        let gegevens = Gegevens(
            aanvragen: [
                Aanvraag(projectjaar: 1, bestuur: "44021", actie: 9, status: .goedgekeurd, herkomst: h(2, "aanvragen.csv")),
                Aanvraag(projectjaar: 1, bestuur: "44021", actie: 5, status: .geweigerd, reden: "te laat", herkomst: h(3, "aanvragen.csv")),
            ],
            samenwerkingen: [
                samenwerking(1, "34013", "34042", rij: 2), samenwerking(1, "34013", "34023", rij: 3),
                samenwerking(1, "34040", "34042", rij: 4),
            ])
        let tellingen = controle(gegevens, tellingen: GepubliceerdeTelling.ingebouwd).filter { $0.code == "telling-afwijkend" }
        #expect(tellingen.count == 3)
        #expect(tellingen.allSatisfy { $0.ernst == .waarschuwing && $0.projectjaar == 1 })
        let teksten = tellingen.map(\.boodschap)
        #expect(teksten.contains { $0.contains("vermeldt 24 projectindieners") && $0.contains("2 verschillende indieners in 2 vermeldingen") })
        #expect(teksten.contains { $0.contains("vermeldt 80 samenwerkende lokale besturen") && $0.contains("4 verschillende besturen (4 gemeenten), indieners en partners samen, in 5 lidmaatschappen") })
        #expect(teksten.contains { $0.contains("S492 antwoord 3 vermeldt 0 geweigerde aanvragen") && $0.contains("1 geweigerde aanvragen op 2") })
        let weigering = tellingen.first { $0.boodschap.contains("geweigerde") }
        #expect(weigering?.bron == "S492 antwoord 3; aanvragen.csv:3")
        // The same counts match: no finding.
        let juist = [GepubliceerdeTelling(projectjaar: 1, wat: .projectindieners, waarde: 2, bron: "T", citaat: ""),
                     GepubliceerdeTelling(projectjaar: 1, wat: .samenwerkendeBesturen, waarde: 4, bron: "T", citaat: ""),
                     GepubliceerdeTelling(projectjaar: 1, wat: .weigeringen, waarde: 1, bron: "T", citaat: "")]
        #expect(controle(gegevens, tellingen: juist).filter { $0.code == "telling-afwijkend" }.isEmpty)
        // Counts of a kind the data do not hold are not compared.
        #expect(controle(Gegevens(samenwerkingen: gegevens.samenwerkingen), tellingen: GepubliceerdeTelling.ingebouwd)
            .filter { $0.code == "telling-afwijkend" }.count == 2)
    }

    // MARK: Year-3 rules

    @Test func year3Rules() {
        let gegevens = Gegevens(toekenningen: [
            toekenning(2, "44021", 9, k: 100, 10_000, rij: 2),
            toekenning(2, "44021", 5, k: 50, 5_000, rij: 3),
            toekenning(3, "44021", 9, k: 120, 12_000, rij: 4),
            toekenning(3, "44021", 13, k: 10, 1_000, rij: 5),
            toekenning(3, "44021", 5, k: 40, 4_000, rij: 6),
        ])
        let jaar3 = controle(gegevens, projectjaar: 3).filter { $0.code.hasPrefix("jaar3") }
        #expect(jaar3.map(\.code) == ["jaar3-kpi-hoger", "jaar3-niet-in-jaar2"])
        #expect(jaar3.allSatisfy { $0.ernst == .fout && $0.projectjaar == 3 })
        #expect(jaar3[0].boodschap == "Projectjaar 3: Gent (44021), actie 9: KPI 120 is hoger dan 100 in projectjaar 2; de KPI mag niet stijgen (NOTA3 2.3)")
        #expect(jaar3[0].bron == "toekenningen.csv:2, :4")
        #expect(jaar3[1].boodschap.contains("actie 13"))
        #expect(jaar3[1].bron == "toekenningen.csv:5")

        let zonderJaar2 = controle(Gegevens(toekenningen: [toekenning(3, "44021", 9, k: 120, 12_000, rij: 2)]))
            .filter { $0.code.hasPrefix("jaar3") }
        #expect(zonderJaar2.map(\.code) == ["jaar3-niet-controleerbaar"])
        #expect(zonderJaar2.first?.ernst == .info)
    }

    // MARK: Verdeelsleutel

    /// The built-in catalogue with the standard amount p of the given actions only (another
    /// catalogue can give more actions a p; these tests fix which ones have it).
    func catalogus(p: [Int: Euro]) -> ActieCatalogus {
        ActieCatalogus(acties: acties.acties.map { a in
            Actie(nummer: a.nummer, naam: a.naam, doelstelling: a.doelstelling, zekerheid: a.zekerheid, bron: "TEST",
                  kpiEenheid: a.kpiEenheid, standaardbedrag: p[a.nummer], gefinancierd: a.gefinancierd,
                  vanafProjectjaar: a.vanafProjectjaar)
        })
    }

    /// With p = 120 for action 5 (NOTA3 2.4 examples): B=100, K=500 -> 30.000 (as stated);
    /// B=500, K=800 -> 36.000 (40.000 stated). Action 2 (p = 50.000): B=0, K=1 -> 25.000
    /// (30.000 stated). Actions 9 and 13 have no p: counted, not checked.
    @Test func subsidyAgainstVerdeelsleutel() {
        let gegevens = Gegevens(toekenningen: [
            toekenning(3, "44021", 5, b: 100, k: 500, 30_000, rij: 2),
            toekenning(3, "11002", 5, b: 500, k: 800, 40_000, rij: 3),
            toekenning(3, "46021", 2, b: 0, k: 1, 30_000, rij: 4),
            toekenning(3, "35013", 9, b: 0, k: 10, 99_999, rij: 5),
            toekenning(3, "35013", 13, b: 0, k: 10, 99_999, rij: 6),
            // The verdeelsleutel is a year-3 rule (NOTA3 2.4): not applied to year 2.
            toekenning(2, "11002", 5, b: 500, k: 800, 40_000, rij: 7),
        ])
        let alle = controle(gegevens, acties: catalogus(p: [2: Euro(euros: 50_000), 5: Euro(euros: 120)]))
        let bevindingen = alle.filter { $0.code == "verdeelsleutel-afwijkend" }
        #expect(bevindingen.map(\.bron) == ["toekenningen.csv:3", "toekenningen.csv:4"])
        #expect(bevindingen.allSatisfy { $0.ernst == .waarschuwing && $0.projectjaar == 3 })
        #expect(bevindingen[0].boodschap.hasPrefix("Projectjaar 3: Antwerpen (11002), actie 5: subsidie 40.000 euro, volgens de verdeelsleutel (NOTA3 2.4) 36.000 euro"))
        #expect(bevindingen[0].boodschap.contains("(800 - 500) x 120 = 36.000 euro"))
        #expect(bevindingen[1].boodschap.contains("subsidie 30.000 euro, volgens de verdeelsleutel (NOTA3 2.4) 25.000 euro"))
        let nietGetoetst = alle.filter { $0.code == "verdeelsleutel-niet-gecontroleerd" }
        #expect(nietGetoetst == [Bevinding(
            ernst: .info, code: "verdeelsleutel-niet-gecontroleerd",
            boodschap: "Projectjaar 3: 2 van de 5 toekenningen niet aan de verdeelsleutel getoetst: de actiecatalogus kent geen standaardbedrag (p) voor acties 9 en 13",
            bron: "toekenningen.csv:5-6", projectjaar: 3)])

        // p = 19.999,80 for 9 and 13: 19.999,80 x 10 / 2 = 99.999, as granted; nothing left unchecked.
        let volledig = controle(gegevens, acties: catalogus(p: [2: Euro(euros: 50_000), 5: Euro(euros: 120),
                                                                9: Euro(cents: 1_999_980), 13: Euro(cents: 1_999_980)]))
        #expect(!volledig.contains { $0.code == "verdeelsleutel-niet-gecontroleerd" })
        #expect(volledig.filter { $0.code == "verdeelsleutel-afwijkend" }.map(\.bron) == ["toekenningen.csv:3", "toekenningen.csv:4"])
    }

    /// A KPI far beyond the import bounds (a store filled otherwise) makes the formula overflow:
    /// a finding with a Dutch message, never a trap.
    @Test func aVerdeelsleutelTooLargeToComputeIsAFindingNotACrash() {
        var lijst = acties.acties.filter { $0.nummer != 5 }
        lijst.append(Actie(nummer: 5, naam: "Oefenkansen Nederlands organiseren", doelstelling: 2, zekerheid: .zeker,
                           bron: "TEST", kpiEenheid: "oefenkans", standaardbedrag: Euro(euros: 120)))
        let gegevens = Gegevens(toekenningen: [toekenning(3, "44021", 5, b: 0, k: 10_000_000_000_000_000, 30_000, rij: 2)])
        let bevindingen = controle(gegevens, acties: ActieCatalogus(acties: lijst)).filter { $0.code == "verdeelsleutel-te-groot" }
        #expect(bevindingen.map(\.bron) == ["toekenningen.csv:2"])
        #expect(bevindingen.first?.boodschap.contains("te groot om exact te berekenen") == true)
    }

    // MARK: Actions, besturen, stimuli

    @Test func actionsBesturenAndStimuli() {
        let gegevens = Gegevens(
            aanvragen: [
                Aanvraag(projectjaar: 1, bestuur: "44021", actie: 30, status: .geweigerd, reden: "?", herkomst: h(2, "aanvragen.csv")),
                Aanvraag(projectjaar: 1, bestuur: "99999", actie: 9, status: .goedgekeurd, herkomst: h(3, "aanvragen.csv")),
                Aanvraag(projectjaar: 1, bestuur: "23106", actie: 9, status: .goedgekeurd, herkomst: h(4, "aanvragen.csv")),
            ],
            mentorschappen: [
                Mentorschap(projectjaar: 1, bestuur: "44021", actie: 12, herkomst: h(2, "mentorschappen.csv")),
                Mentorschap(projectjaar: 1, bestuur: "44021", actie: 23, herkomst: h(3, "mentorschappen.csv")),
                Mentorschap(projectjaar: 1, bestuur: "35013", actie: 11, stimulans: Euro(euros: 5_000), herkomst: h(4, "mentorschappen.csv")),
            ],
            sio: [SIOExperiment(projectjaar: 1, bestuur: "46021", bedrag: Euro(euros: 25_000), herkomst: h(2, "sio.csv"))])
        let bevindingen = controle(gegevens)
        #expect(bevindingen.map(\.code) == ["actie-niet-gefinancierd", "actie-onbekend", "actie-te-vroeg", "bestuur-niet-geldig",
                                            "bestuur-onbekend", "stimulans-afwijkend"], "\(bevindingen.regels)")
        #expect(bevindingen[2].boodschap == "Projectjaar 1: actie 23 (In contact brengen met jeugdwerk) is pas subsidieerbaar vanaf projectjaar 2")
        #expect(bevindingen[3].boodschap == "Projectjaar 1: Pajottegem (23106) bestond niet bij de start van het projectjaar (1 oktober 2022)")
        #expect(bevindingen[4].bron == "aanvragen.csv:3")
        #expect(bevindingen[5].ernst == .waarschuwing)
        #expect(bevindingen[5].boodschap.contains("5.000 euro"))
    }

    /// A mentorschap or SIO experiment with another amount than the plan's stimulus: one
    /// warning per row, naming the row, the plan's amount and its source.
    @Test func aStimulusOtherThanThePlansNamesTheRowAndThePlan() {
        let gegevens = Gegevens(
            mentorschappen: [
                Mentorschap(projectjaar: 1, bestuur: "35013", actie: 11, stimulans: Euro(euros: 5_000), herkomst: h(4, "mentorschappen.csv")),
                Mentorschap(projectjaar: 1, bestuur: "44021", actie: 11, herkomst: h(5, "mentorschappen.csv")),
            ],
            sio: [SIOExperiment(projectjaar: 2, bestuur: "46021", bedrag: Euro(euros: 20_000), herkomst: h(2, "sio.csv")),
                  SIOExperiment(projectjaar: 2, bestuur: "44021", bedrag: Euro(euros: 25_000), herkomst: h(3, "sio.csv"))])
        #expect(controle(gegevens).filter { $0.code == "stimulans-afwijkend" } == [
            Bevinding(ernst: .waarschuwing, code: "stimulans-afwijkend",
                      boodschap: "Projectjaar 1: mentorschap van Oostende (35013) voor actie 11 met een stimulans van 5.000 euro; de stimulans voor een mentorschap is 10.000 euro (S492 vraag en antwoord 7)",
                      bron: "mentorschappen.csv:4", projectjaar: 1),
            Bevinding(ernst: .waarschuwing, code: "stimulans-afwijkend",
                      boodschap: "Projectjaar 2: SIO-experiment van Sint-Niklaas (46021) met 20.000 euro; de stimulans voor een SIO-experiment is 25.000 euro (S492 antwoord 8)",
                      bron: "sio.csv:2", projectjaar: 2),
        ])
    }

    // MARK: Output

    @Test func lineSortingAndJSON() throws {
        let b = Bevinding(ernst: .fout, code: "provincie-afwijkend", boodschap: "Boom ligt in Antwerpen",
                          bron: "lijst.csv:47, :51", projectjaar: 1)
        #expect(b.regel == "FOUT          lijst.csv:47, :51  Boom ligt in Antwerpen [provincie-afwijkend]")
        let json = try JSONEncoder().encode(b)
        #expect(try JSONDecoder().decode(Bevinding.self, from: json) == b)
        #expect(String(decoding: json, as: UTF8.self).contains("\"ernst\":\"fout\""))

        let info = Bevinding(ernst: .info, code: "a", boodschap: "", bron: "x.csv:10")
        let w9 = Bevinding(ernst: .waarschuwing, code: "a", boodschap: "", bron: "x.csv:9", projectjaar: 1)
        let w10 = Bevinding(ernst: .waarschuwing, code: "a", boodschap: "", bron: "x.csv:10", projectjaar: 1)
        #expect(Bevinding.gesorteerd([info, w10, b, w9]) == [b, w9, w10, info])
    }

    @Test func sourceListsCompressRowRanges() {
        let lijst = bronLijst([h(57, "a.csv"), h(58, "a.csv"), h(59, "a.csv"), h(65, "a.csv"), h(3, "b.csv"), h(60, "a.csv"),
                               Herkomst(bron: "S492 antwoord 7", rij: nil)], extra: ["WEB-CIJFERS"])
        #expect(lijst == "WEB-CIJFERS; S492 antwoord 7; a.csv:57-60, :65; b.csv:3")
    }

    // MARK: Rival published figures

    /// One finding per figure with every version and its sources, the one used and why; for
    /// the project year asked for only, and whatever the data hold.
    @Test func rivalPublishedFiguresAreListedWithTheirSources() {
        let cijfers = TegenstrijdigCijfer.ingebouwd
        let alle = controle(Gegevens(), tegenstrijdig: cijfers)
        #expect(alle.map(\.code) == ["cijfer-tegenstrijdig", "cijfer-tegenstrijdig", "cijfer-tegenstrijdig"])
        #expect(alle.map(\.projectjaar) == [1, 2, 3])
        #expect(alle.allSatisfy { $0.ernst == .info })
        let budget = alle[2]
        #expect(budget.boodschap.hasPrefix("Projectjaar 3: de bronnen geven 3 versies van het budget van projectjaar 3: "
            + "16.907.780 euro (NOTA3 2.4 en 3.A; NIEUWS2), 16.970.780 euro (NOTA3 2.1; VVSG-nieuwsbericht 17-04-2024) "
            + "en 16,83 miljoen euro (VVSG-nieuwsbericht 10-07-2024). De toolkit gebruikt 16.907.780 euro: "))
        #expect(budget.boodschap.contains("Niet gebruikt: 16.970.780 euro: "))
        #expect(budget.bron == "NOTA3 2.4 en 3.A; NIEUWS2; NOTA3 2.1; VVSG-nieuwsbericht 17-04-2024; VVSG-nieuwsbericht 10-07-2024")
        #expect(alle[0].boodschap.contains("104 (S492 antwoord 4) en 103 (WEB-OVER; De Morgen"))
        #expect(alle[1].boodschap.contains("De toolkit gebruikt 40: "))
        #expect(controle(Gegevens(), projectjaar: 2, tegenstrijdig: cijfers).map(\.boodschap) == [alle[1].boodschap])
    }

    /// The version the toolkit uses is the one its project years carry.
    @Test func theUsedVersionIsTheOneTheToolkitUses() throws {
        let cijfers = Dictionary(uniqueKeysWithValues: TegenstrijdigCijfer.ingebouwd.map { ($0.id, $0) })
        let jaar1 = try #require(Projectjaar.nummer(1)), jaar2 = try #require(Projectjaar.nummer(2)), jaar3 = try #require(Projectjaar.nummer(3))
        #expect(cijfers["budget-projectjaar-3"]?.gebruikt.waarde == jaar3.toegekend.belgianWords)
        #expect(cijfers["deelnemers-projectjaar-1"].map { jaar1.deelnemersVermeld.hasPrefix($0.gebruikt.waarde + " ") } == true)
        #expect(cijfers["nieuwkomers-projectjaar-2"].map { jaar2.deelnemersVermeld.contains("(\($0.gebruikt.waarde) nieuwe)") } == true)
        #expect(cijfers.values.allSatisfy { $0.versies.count >= 2 && $0.versies.filter(\.gebruikt).count == 1 })
    }

    @Test func derivedEntriesSplitWhereAPartnerComesAgain() {
        let rijen = [samenwerking(1, "13008", "13013", rij: 2), samenwerking(1, "13008", "13053", rij: 3),
                     samenwerking(1, "13025", "13003", rij: 4),
                     samenwerking(1, "13008", "13013", rij: 5), samenwerking(1, "13008", "13053", rij: 6)]
        let vermeldingen = Verbandvermelding.afgeleid(uit: rijen)
        #expect(vermeldingen.map(\.indiener) == ["13008", "13025", "13008"])
        #expect(vermeldingen.map { $0.herkomst.compactMap(\.rij) } == [[2, 3], [4], [5, 6]])
    }
}

@Suite("Consistentiecontrole op de databank")
struct ControleStoreTests {
    /// Only the rival published figures, which are about the sources.
    @Test func emptyStoreHasOnlyTheRivalFigures() throws {
        let store = try SamenlevenStore.Store.inMemory()
        #expect(Controle.voerUit(try store.laad()).map(\.code) == ["cijfer-tegenstrijdig", "cijfer-tegenstrijdig", "cijfer-tegenstrijdig"])
        #expect(try store.gepubliceerdeCijfers().count == 6)
    }
}
