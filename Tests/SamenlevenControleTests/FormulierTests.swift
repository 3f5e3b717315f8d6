import Foundation
import Testing
import SamenlevenModel
@testable import SamenlevenControle

/// The application form's limits for year-1 grants (FORMULIER1): KPI x contribution per unit,
/// and the largest reach per indicator.
@Suite("Consistentiecontrole: aanvraagformulier projectjaar 1")
struct FormulierTests {
    let acties = try! ActieCatalogus.ingebouwd()

    func toekenning(_ jaar: Int, _ actie: Int, _ indicator: String? = nil, k: Int, _ euro: Int64, rij: Int) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: "44021", actie: actie, indicator: indicator, kpiHuidigBereik: 0, kpiVooropgesteld: k,
                   subsidie: Euro(euros: euro), herkomst: Herkomst(bron: "toekenningen.csv", rij: rij))
    }

    func bevindingen(_ rijen: [Toekenning]) -> [Bevinding] {
        Controle.voerUit(gegevens: Gegevens(toekenningen: rijen), acties: acties, gepubliceerd: [], tellingen: [])
            .filter { $0.code.hasPrefix("formulier-") }
    }

    @Test func aGrantAboveKPITimesContributionIsAnError() throws {
        let gevonden = bevindingen([
            toekenning(1, 5, k: 500, 30_000, rij: 2),        // 500 x 60 = 30.000: allowed
            toekenning(1, 5, k: 500, 30_001, rij: 3),        // one euro more
            toekenning(1, 9, "begeleide nieuwkomers", k: 10, 6_501, rij: 4),   // 10 x 650 = 6.500
            toekenning(2, 5, k: 500, 90_000, rij: 5),        // year 2: the form is year 1's
        ])
        #expect(gevonden.map(\.bron) == ["toekenningen.csv:3", "toekenningen.csv:4"])
        #expect(gevonden.allSatisfy { $0.ernst == .fout && $0.code == "formulier-bijdrage-overschreden" && $0.projectjaar == 1 })
        #expect(gevonden[0].boodschap == "Projectjaar 1: Gent (44021), actie 5: subsidie 30.001 euro is meer dan KPI 500 x de Vlaamse bijdrage van 60 euro per eenheid = 30.000 euro (aanvraagformulier projectjaar 1, FORMULIER1)")
        #expect(gevonden[1].boodschap.contains("actie 9 (indicator begeleide nieuwkomers)"))
    }

    /// A grant without an indicator for an action with several covers them together: the sum of
    /// their largest reach (150 + 38 + 75 = 263 for action 9).
    @Test func aKPIAboveTheLargestReachIsAnError() throws {
        let gevonden = bevindingen([
            toekenning(1, 5, k: 2_251, 1_000, rij: 2),
            toekenning(1, 9, k: 263, 1_000, rij: 3),
            toekenning(1, 9, k: 264, 1_000, rij: 4),
            toekenning(1, 9, "begeleide 55-plussers", k: 76, 1_000, rij: 5),
        ])
        #expect(gevonden.map(\.bron) == ["toekenningen.csv:2", "toekenningen.csv:4", "toekenningen.csv:5"])
        #expect(gevonden.allSatisfy { $0.code == "formulier-bereik-overschreden" && $0.ernst == .fout })
        #expect(gevonden[0].boodschap.contains("KPI 2.251 is meer dan 2.250, het grootste bereik dat het formulier per bestuur aanvaardt"))
        #expect(gevonden[1].boodschap.contains("de som van het grootste bereik van de 3 indicatoren die de toekenning samen dekt"))
    }

    /// Actions the form does not list (23) and unnamed ones are not checked.
    @Test func actionsWithoutTheFormAreNotChecked() {
        #expect(bevindingen([toekenning(1, 1, k: 1, 1_000_000, rij: 2), toekenning(2, 23, k: 1, 1_000_000, rij: 3)]).isEmpty)
    }
}
