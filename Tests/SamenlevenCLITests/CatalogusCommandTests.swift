import Foundation
import Testing

/// The action catalogue from the application form of project year 1: `acties`, p in
/// `subsidie --actie`, indicators in imported grants and the form's limits in `controleer`.
@Suite("CLI: acties, subsidie --actie, indicatoren")
struct CatalogusCommandTests {
    @Test func subsidieTakesPFromTheCatalogue() throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("catalogus.sqlite")
        let vijf = try CLI.run(["subsidie", "--actie", "5", "--huidig-bereik", "100", "--kpi", "500"], db: db)
        #expect(vijf.status == 0, "\(vijf.stderr)")
        #expect(vijf.stdout == "30.000\n")
        // --bedrag still overrides.
        let overschreven = try CLI.run(["subsidie", "--actie", "5", "--huidig-bereik", "100", "--kpi", "500", "--bedrag", "100"], db: db)
        #expect(overschreven.stdout == "25.000\n")
        // Action 23 is not on the form: no p.
        let zonder = try CLI.run(["subsidie", "--actie", "23", "--huidig-bereik", "100", "--kpi", "500"], db: db)
        #expect(zonder.status == 2)
        #expect(zonder.stderr == "fout: --actie: de actiecatalogus kent geen standaardbedrag voor Actie 23: In contact brengen met jeugdwerk; geef het met --bedrag\n")
        let niets = try CLI.run(["subsidie", "--huidig-bereik", "100", "--kpi", "500"], db: db)
        #expect(niets.status == 2)
        #expect(niets.stderr.contains("geef --actie"))
        // --actie is read as an action number, like --actie of `vraag`: nothing outside 1-24.
        let buiten = try CLI.run(["subsidie", "--actie", "25", "--huidig-bereik", "100", "--kpi", "500"], db: db)
        #expect(buiten.status == 2)
        #expect(buiten.stderr == "fout: --actie: '25' is geen actienummer; geldig: 1 tot 24.\n")
    }

    @Test func actiesListsTheCatalogue() throws {
        let result = try CLI.run(["acties"])
        #expect(result.status == 0, "\(result.stderr)")
        let regels = result.stdout.split(separator: "\n").map(String.init)
        #expect(regels.first?.hasPrefix("Nr  Actie") == true)
        #expect(regels.contains { $0.hasPrefix("22  Pleinmakers in sociale woonwijken") && $0.contains("7. 1 Gemeenschap") && $0.contains("5.800") && $0.contains("11.600") })
        #expect(regels.contains { $0.contains("begeleide 55-plussers") && $0.contains("75") && $0.contains("FORMULIER1") })
        #expect(regels.contains { $0.hasPrefix(" 5  Oefenkansen Nederlands organiseren") && $0.contains("2.250") && $0.contains("120") && $0.contains("afgeleid") })
        #expect(regels.contains { $0.hasPrefix("  actie 22: nummer afgeleid") })
        #expect(regels.contains { $0.hasPrefix("  actie 23: doelstelling aanname") })
    }

    /// A crafted year-1 grant above KPI x contribution, with an indicator written differently
    /// from the catalogue: imported, matched, and reported by `controleer`.
    @Test func controleerReportsAYear1GrantAboveKPITimesContribution() throws {
        let map = CLI.temporaryDirectory()
        let db = map.appendingPathComponent("formulier.sqlite")
        let bestand = map.appendingPathComponent("toekenningen.csv")
        try Data("""
            projectjaar,bestuur,actie,indicator,kpi_huidig_bereik,kpi_vooropgesteld,subsidie
            1,Gent,9,Begeleide  Nieuwkomers,0,10,10.000
            1,Gent,9,begeleide 55-plussers,0,10,6.500
            1,Gent,5,,0,3000,1.000

            """.utf8).write(to: bestand)
        let importeer = try CLI.run(["importeer", bestand.path], db: db)
        #expect(importeer.status == 0, "\(importeer.stderr)")
        let result = try CLI.run(["controleer"], db: db)
        #expect(result.status == 3)
        let regels = result.stdout.split(separator: "\n").map(String.init)
        #expect(regels.contains {
            $0.hasPrefix("FOUT") && $0.contains("toekenningen.csv:2")
                && $0.contains("Gent (44021), actie 9 (indicator begeleide nieuwkomers): subsidie 10.000 euro is meer dan KPI 10 x de Vlaamse bijdrage van 650 euro per eenheid = 6.500 euro")
                && $0.hasSuffix("[formulier-bijdrage-overschreden]")
        }, "\(result.stdout)")
        #expect(!regels.contains { $0.contains("toekenningen.csv:3") && $0.contains("formulier-") })
        #expect(regels.contains { $0.contains("toekenningen.csv:4") && $0.contains("KPI 3.000 is meer dan 2.250") && $0.hasSuffix("[formulier-bereik-overschreden]") })
    }
}
