import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenVraagbestand
@testable import SamenlevenExport

/// The fixed dataset behind the golden workbooks, built in code so that nothing else (the
/// embedded default dataset, the machine's store) can change it. It mirrors
/// `scripts/checks/xlsx-fixture/*.csv`: projectjaar 1 in five provinces plus the VGC and
/// vzw De Rand, amounts with cents, a grant for an action without doelstelling, toelichting
/// in West-Vlaanderen and elsewhere, and projectjaar 2 as synthetic example data.
enum WerkboekFixture {
    static func h(_ bron: String, _ rij: Int, voorbeeld: Bool = false) -> Herkomst {
        Herkomst(bron: bron, rij: rij, voorbeelddata: voorbeeld)
    }

    static func t(_ jaar: Int, _ bestuur: String, _ actie: Int, kpi: Int, cents: Int64, rij: Int, toelichting: String? = nil,
                  bron: String = "toekenningen.csv", voorbeeld: Bool = false) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: bestuur, actie: actie, kpiHuidigBereik: 0, kpiVooropgesteld: kpi,
                   subsidie: Euro(cents: cents), toelichting: toelichting, herkomst: h(bron, rij, voorbeeld: voorbeeld))
    }

    static let toekenningen: [Toekenning] = [
        t(1, "11002", 5, kpi: 1000, cents: 5_000_000, rij: 2),
        t(1, "11002", 8, kpi: 40, cents: 3_000_000, rij: 3),
        t(1, "11002", 3, kpi: 10, cents: 500_000, rij: 4),
        t(1, "11056", 5, kpi: 300, cents: 2_000_000, rij: 5),
        t(1, "12025", 22, kpi: 4, cents: 1_750_050, rij: 6),   // pleinmakers
        t(1, "44021", 2, kpi: 1, cents: 2_500_000, rij: 7),
        t(1, "44021", 17, kpi: 20, cents: 1_234_567, rij: 8),
        t(1, "46013", 5, kpi: 200, cents: 1_000_000, rij: 9),
        t(1, "35013", 9, kpi: 60, cents: 4_000_000, rij: 10, toelichting: "Trajecten \"op maat\", met partners"),
        t(1, "35013", 10, kpi: 12, cents: 999_999, rij: 11, toelichting: "Begeleiding van startende ondernemers"),
        t(1, "31005", 13, kpi: 150, cents: 2_200_000, rij: 12),
        t(1, "34022", 5, kpi: 400, cents: 3_125_000, rij: 13, toelichting: "Oefenkansen in de bibliotheek; ook op zaterdag"),
        t(1, "24062", 18, kpi: 1, cents: 2_500_000, rij: 14),
        t(1, "71022", 16, kpi: 1, cents: 2_500_000, rij: 15),
        t(1, "71016", 5, kpi: 900, cents: 4_500_000, rij: 16, toelichting: "Toelichting die niet gevraagd is"),
        t(1, "VGC", 5, kpi: 2000, cents: 10_000_000, rij: 17),
        t(1, "DERAND", 5, kpi: 150, cents: 750_000, rij: 18),
        t(2, "11002", 5, kpi: 1200, cents: 6_000_000, rij: 2, bron: "toekenningen-voorbeelddata-2.csv", voorbeeld: true),
        t(2, "44021", 23, kpi: 30, cents: 1_800_000, rij: 3, bron: "toekenningen-voorbeelddata-2.csv", voorbeeld: true),
        t(2, "35013", 9, kpi: 70, cents: 4_200_025, rij: 4, toelichting: "Synthetisch voorbeeld",
          bron: "toekenningen-voorbeelddata-2.csv", voorbeeld: true),
        t(2, "24107", 5, kpi: 120, cents: 600_000, rij: 5, bron: "toekenningen-voorbeelddata-2.csv", voorbeeld: true),
    ]

    static func a(_ bestuur: String, _ actie: Int, _ status: AanvraagStatus, reden: String? = nil, rij: Int) -> Aanvraag {
        Aanvraag(projectjaar: 1, bestuur: bestuur, actie: actie, status: status, reden: reden, herkomst: h("aanvragen.csv", rij))
    }

    static let aanvragen: [Aanvraag] = [
        a("11002", 5, .goedgekeurd, rij: 2),
        a("11002", 8, .goedgekeurd, rij: 3),
        a("44021", 2, .goedgekeurd, rij: 4),
        a("44021", 19, .geweigerd, reden: "Onvoldoende onderbouwd, zie verslag", rij: 5),
        a("35013", 9, .goedgekeurd, rij: 6),
        a("35013", 11, .ingetrokken, rij: 7),
        a("11056", 5, .geweigerd, reden: "Aanvraag te laat ingediend", rij: 8),
        a("71022", 16, .goedgekeurd, rij: 9),
    ]

    static func s(_ indiener: String, _ partner: String, rij: Int) -> Samenwerking {
        Samenwerking(projectjaar: 1, indiener: indiener, partner: partner, herkomst: h("samenwerkingsverbanden.csv", rij))
    }

    static let samenwerkingen: [Samenwerking] = [
        s("34013", "34040", rij: 2), s("34013", "34042", rij: 3), s("34013", "34023", rij: 4),
        s("34022", "34025", rij: 5),
        s("46013", "46025", rij: 6), s("46013", "11056", rij: 7),
        s("24107", "24059", rij: 8),
        s("DERAND", "23099", rij: 9), s("DERAND", "23100", rij: 10),
    ]

    static let mentorschappen: [Mentorschap] = [
        Mentorschap(projectjaar: 1, bestuur: "35013", actie: 11, toelichting: "Begeleiding naar werk door mentor",
                    herkomst: h("mentorschappen.csv", 2)),
        Mentorschap(projectjaar: 1, bestuur: "35013", actie: 10, toelichting: "Begeleiding naar ondernemerschap",
                    herkomst: h("mentorschappen.csv", 3)),
        Mentorschap(projectjaar: 1, bestuur: "44021", actie: 17, toelichting: "Omstaanderstrainingen", herkomst: h("mentorschappen.csv", 4)),
        Mentorschap(projectjaar: 1, bestuur: "11002", actie: 5, herkomst: h("mentorschappen.csv", 5)),
    ]

    static let sio: [SIOExperiment] = [
        SIOExperiment(projectjaar: 1, bestuur: "46021", investeerder: "AP Hogeschool", socialeOrganisatie: "Stadskrachten",
                      bedrag: Euro(euros: 25_000), toelichting: "Experiment met impactgericht werken als basis voor een SIO",
                      herkomst: h("sio.csv", 2)),
    ]

    static func k(_ bestuur: String, _ actie: Int, _ moment: Meetmoment, _ waarde: Int, rij: Int) -> KPIRapportering {
        KPIRapportering(projectjaar: 1, bestuur: bestuur, actie: actie, meetmoment: moment, kpiBehaald: waarde,
                        herkomst: h("kpi_rapportering.csv", rij))
    }

    static let kpi: [KPIRapportering] = [
        k("11002", 5, .zesMaanden, 400, rij: 2),
        k("11002", 5, .twaalfMaanden, 1100, rij: 3),
        k("44021", 2, .twaalfMaanden, 1, rij: 4),
        k("71016", 5, .twaalfMaanden, 700, rij: 5),
    ]

    static let gegevens = Gegevens(toekenningen: toekenningen, aanvragen: aanvragen, samenwerkingen: samenwerkingen,
                                   mentorschappen: mentorschappen, sio: sio, kpiRapporteringen: kpi)

    static let context = QueryContext(gegevens: gegevens)

    static let bronbestanden: [Bronbestand] = [
        Bronbestand(soort: "aanvragen", projectjaar: 1, bestand: "aanvragen.csv", sha256: String(repeating: "a1", count: 32), rijen: 8),
        Bronbestand(soort: "kpi_rapportering", projectjaar: 1, bestand: "kpi_rapportering.csv", sha256: String(repeating: "b2", count: 32), rijen: 4),
        Bronbestand(soort: "mentorschappen", projectjaar: 1, bestand: "mentorschappen.csv", sha256: String(repeating: "c3", count: 32), rijen: 4),
        Bronbestand(soort: "samenwerkingsverbanden", projectjaar: 1, bestand: "samenwerkingsverbanden.csv", sha256: String(repeating: "d4", count: 32), rijen: 9),
        Bronbestand(soort: "sio", projectjaar: 1, bestand: "sio.csv", sha256: String(repeating: "e5", count: 32), rijen: 1),
        Bronbestand(soort: "toekenningen", projectjaar: 1, bestand: "toekenningen.csv", sha256: String(repeating: "f6", count: 32), rijen: 17),
        Bronbestand(soort: "toekenningen", projectjaar: 2, bestand: "toekenningen-voorbeelddata-2.csv", sha256: String(repeating: "07", count: 32), rijen: 4),
    ]

    /// Question 492 as its question file has it (the head and the deelvragen of the bijlage).
    static let vraag492: ParlementaireVraag = {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! Vraagbestand.lees(repository.appendingPathComponent("Vragen/vraag-492.toml"), bestandsnaam: "Vragen/vraag-492.toml")
            .parlementaireVraag
    }()

    static let bijlage = Bijlage(context: context, vraag: vraag492, bronbestanden: bronbestanden)

    /// The creation time of the golden files: the end of projectjaar 2, as the CLI derives it.
    static let aangemaakt = Date(timeIntervalSince1970: 1_727_654_400)  // 2024-09-30T00:00:00Z
}

/// A fresh temporary file path.
func tijdelijkPad(_ naam: String) -> String {
    let map = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("samenleven-export-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
    return map.appendingPathComponent(naam).path
}
