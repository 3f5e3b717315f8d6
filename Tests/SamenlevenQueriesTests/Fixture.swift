import SamenlevenModel
import SamenlevenQueries

/// A small dataset with hand-computed answers.
///
/// Project year 1, toekenningen.csv (row: bestuur, actie -> doelstelling, KPI, subsidie):
///   2  Antwerpen 11002    actie 5 -> 2   1.000   50.000,00
///   3  Antwerpen 11002    actie 8 -> 3      40   30.000,00
///   4  Antwerpen 11002    actie 3 -> ?      10    5.000,00
///   5  Zwijndrecht 11056  actie 5 -> 2     300   20.000,00   (2025: Beveren-Kruibeke-Zwijndrecht, O-VL)
///   6  Gent 44021         actie 2 -> 1       1   25.000,00
///   7  Gent 44021         actie 17 -> 6     20   12.345,67
///   8  Kruibeke 46013     actie 5 -> 2     200   10.000,00   (2025: Beveren-Kruibeke-Zwijndrecht)
///   9  Oostende 35013     actie 9 -> 4      60   40.000,00   VOORBEELDDATA, toelichting
/// Project year 2:
///  10  Antwerpen 11002    actie 5 -> 2   1.200   60.000,00
///
/// Year 1 by province (2019): Antwerpen 105.000 (Antwerpen 85.000, Zwijndrecht 20.000),
/// West-Vlaanderen 40.000, Oost-Vlaanderen 47.345,67 (Gent 37.345,67, Kruibeke 10.000);
/// total 192.345,67.
enum Fixture {
    static func h(_ bron: String, _ rij: Int, voorbeeld: Bool = false) -> Herkomst {
        Herkomst(bron: bron, rij: rij, voorbeelddata: voorbeeld)
    }

    static func t(_ jaar: Int, _ bestuur: String, _ actie: Int, kpi: Int, euro: Int64, cent: Int64 = 0, rij: Int,
                  toelichting: String? = nil, voorbeeld: Bool = false) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: bestuur, actie: actie, kpiHuidigBereik: 0, kpiVooropgesteld: kpi,
                   subsidie: Euro(cents: euro * 100 + cent), toelichting: toelichting,
                   herkomst: h("toekenningen.csv", rij, voorbeeld: voorbeeld))
    }

    static let toekenningen: [Toekenning] = [
        t(1, "11002", 5, kpi: 1000, euro: 50_000, rij: 2),
        t(1, "11002", 8, kpi: 40, euro: 30_000, rij: 3),
        t(1, "11002", 3, kpi: 10, euro: 5_000, rij: 4),
        t(1, "11056", 5, kpi: 300, euro: 20_000, rij: 5),
        t(1, "44021", 2, kpi: 1, euro: 25_000, rij: 6),
        t(1, "44021", 17, kpi: 20, euro: 12_345, cent: 67, rij: 7),
        t(1, "46013", 5, kpi: 200, euro: 10_000, rij: 8),
        t(1, "35013", 9, kpi: 60, euro: 40_000, rij: 9, toelichting: "Trajecten \"op maat\", met partners", voorbeeld: true),
        t(2, "11002", 5, kpi: 1200, euro: 60_000, rij: 10),
    ]

    static func s(_ indiener: String, _ partner: String, rij: Int) -> Samenwerking {
        Samenwerking(projectjaar: 1, indiener: indiener, partner: partner, herkomst: h("samenwerkingsverbanden.csv", rij))
    }

    /// Harelbeke (34013) with Waregem, Zwevegem, Kuurne; Waregem (34040) with Zwevegem, Anzegem;
    /// Kruibeke (46013) with Temse, Zwijndrecht; Sint-Gillis-Waas (46020) with Kruibeke, Zwijndrecht.
    static let samenwerkingen: [Samenwerking] = [
        s("34013", "34040", rij: 2), s("34013", "34042", rij: 3), s("34013", "34023", rij: 4),
        s("34040", "34042", rij: 5), s("34040", "34002", rij: 6),
        s("46013", "46025", rij: 7), s("46013", "11056", rij: 8),
        s("46020", "46013", rij: 9), s("46020", "11056", rij: 10),
    ]

    static func a(_ bestuur: String, _ actie: Int, _ status: AanvraagStatus, reden: String? = nil, rij: Int) -> Aanvraag {
        Aanvraag(projectjaar: 1, bestuur: bestuur, actie: actie, status: status, reden: reden, herkomst: h("aanvragen.csv", rij))
    }

    /// Year 1 only; year 2 has no applications (approvals derive from the grants).
    static let aanvragen: [Aanvraag] = [
        a("11002", 5, .goedgekeurd, rij: 2),
        a("11002", 8, .goedgekeurd, rij: 3),
        a("44021", 2, .goedgekeurd, rij: 4),
        a("44021", 19, .geweigerd, reden: "Onvoldoende onderbouwd, zie verslag", rij: 5),
        a("35013", 9, .goedgekeurd, rij: 6),
        a("35013", 10, .ingetrokken, rij: 7),
        a("11056", 5, .geweigerd, rij: 8),
    ]

    static let mentorschappen: [Mentorschap] = [
        Mentorschap(projectjaar: 1, bestuur: "44021", actie: 17, toelichting: "Omstaanders in het uitgaansleven",
                    herkomst: h("mentorschappen.csv", 2)),
        Mentorschap(projectjaar: 1, bestuur: "35013", actie: 9, herkomst: h("mentorschappen.csv", 3)),
    ]

    static let sio: [SIOExperiment] = [
        SIOExperiment(projectjaar: 1, bestuur: "46021", investeerder: "AP Hogeschool", socialeOrganisatie: "Stadskrachten",
                      bedrag: Euro(euros: 25_000), toelichting: "Impactgericht werken als basis voor een SIO",
                      herkomst: h("sio.csv", 2)),
    ]

    static func k(_ bestuur: String, _ actie: Int, _ moment: Meetmoment, _ waarde: Int, rij: Int) -> KPIRapportering {
        KPIRapportering(projectjaar: 1, bestuur: bestuur, actie: actie, meetmoment: moment, kpiBehaald: waarde,
                        herkomst: h("kpi_rapportering.csv", rij))
    }

    static let kpi: [KPIRapportering] = [
        k("11002", 5, .zesMaanden, 600, rij: 2),
        k("11002", 5, .twaalfMaanden, 1100, rij: 3),
        k("11056", 5, .twaalfMaanden, 250, rij: 4),
        k("46013", 5, .twaalfMaanden, 150, rij: 5),
    ]

    static let gegevens = Gegevens(toekenningen: toekenningen, aanvragen: aanvragen, samenwerkingen: samenwerkingen,
                                   mentorschappen: mentorschappen, sio: sio, kpiRapporteringen: kpi)

    static let context = QueryContext(gegevens: gegevens)
}

extension AnswerTable {
    func kolom(_ id: String) -> Int { kolommen.firstIndex { $0.id == id }! }

    /// Label of each row, indented by niveau: "  Antwerpen (11002)".
    var labels: [String] {
        rijen.map { rij in
            guard case .tekst(let t) = rij.cellen[0] else { return "" }
            return String(repeating: "  ", count: rij.niveau) + t
        }
    }

    func rij(_ label: String) -> Rij? {
        rijen.first { $0.cellen.first == .tekst(label) }
    }

    func cel(_ label: String, _ kolom: String) -> Cel? {
        rij(label)?.cellen[self.kolom(kolom)]
    }

    var totaal: Rij { rijen.last! }

    var voetnootTeksten: [String] { voetnoten.map(\.tekst) }
}

func euro(_ euros: Int64, _ cents: Int64 = 0) -> Cel { .euro(Euro(cents: euros * 100 + (euros < 0 ? -cents : cents))) }
