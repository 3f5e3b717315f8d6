import SamenlevenModel
import SamenlevenQueries

/// Three project years with a 2025 merger across provinces, a merging centrumstad and the two
/// besturen that are no gemeente, with hand-computed answers (all codes as in 2019-2024).
///
/// toekenningen.csv (row: year, bestuur, actie -> doelstelling, KPI, subsidie):
///    2  1  Zwijndrecht 11056 (Antwerpen, arr. Antwerpen; 2025: 46030 Oost-Vlaanderen)  5 -> 2  100   6.000
///    3  1  Hasselt 71022 (Limburg, arr. Hasselt; centrumstad; 2025: 71072)               5 -> 2  200  10.000
///    4  1  VGC (Brussel-Hoofdstad; arr. Brussel-Hoofdstad)                                5 -> 2   50   3.000
///    5  1  Gent 44021 (Oost-Vlaanderen, arr. Gent; centrumstad)                           2 -> 1    1  25.000
///    6  2  Zwijndrecht                                                                    5       120   7.200
///    7  2  Hasselt                                                                        5       200  10.000
///    8  2  Gent                                                                           2         1  25.000
///    9  2  Kortessem 73040 (Limburg, arr. Tongeren; 2025: 71072 Hasselt)                  5        30   1.800
///   10  3  Zwijndrecht                                                                    5        90   5.400
///   11  3  Hasselt                                                                        5       150   9.000
///   12  3  vzw De Rand (Vlaams-Brabant; arr. Halle-Vilvoorde)                             5        40   2.400
///   13  3  Gent                                                                           2         1  25.000
///
/// kpi.csv (row: year, bestuur, actie, meetmoment, behaald):
///    2  1  Zwijndrecht 5 12m 80;  3  1 Hasselt 5 12m 150;  4  1 Hasselt 5 6m 70;
///    5  2  Zwijndrecht 5 12m 120; 6  1 Gent 2 12m 1
///
/// Inhabitants 1 January 2020: Zwijndrecht 19.154, Hasselt 78.714, Kortessem 8.437, Gent 263.927,
/// Hasselt 2025 (71072) 87.151, Beveren-Kruibeke-Zwijndrecht (46030) 85.047.
enum Meerjaren {
    static func t(_ jaar: Int, _ bestuur: String, _ actie: Int, kpi: Int, euro: Int64, rij: Int) -> Toekenning {
        Toekenning(projectjaar: jaar, bestuur: bestuur, actie: actie, kpiHuidigBereik: 0, kpiVooropgesteld: kpi,
                   subsidie: Euro(cents: euro * 100), herkomst: Herkomst(bron: "toekenningen.csv", rij: rij))
    }

    static func k(_ jaar: Int, _ bestuur: String, _ actie: Int, _ meetmoment: Meetmoment, _ behaald: Int, rij: Int) -> KPIRapportering {
        KPIRapportering(projectjaar: jaar, bestuur: bestuur, actie: actie, meetmoment: meetmoment, kpiBehaald: behaald,
                        herkomst: Herkomst(bron: "kpi.csv", rij: rij))
    }

    static let toekenningen: [Toekenning] = [
        t(1, "11056", 5, kpi: 100, euro: 6_000, rij: 2),
        t(1, "71022", 5, kpi: 200, euro: 10_000, rij: 3),
        t(1, "VGC", 5, kpi: 50, euro: 3_000, rij: 4),
        t(1, "44021", 2, kpi: 1, euro: 25_000, rij: 5),
        t(2, "11056", 5, kpi: 120, euro: 7_200, rij: 6),
        t(2, "71022", 5, kpi: 200, euro: 10_000, rij: 7),
        t(2, "44021", 2, kpi: 1, euro: 25_000, rij: 8),
        t(2, "73040", 5, kpi: 30, euro: 1_800, rij: 9),
        t(3, "11056", 5, kpi: 90, euro: 5_400, rij: 10),
        t(3, "71022", 5, kpi: 150, euro: 9_000, rij: 11),
        t(3, "DERAND", 5, kpi: 40, euro: 2_400, rij: 12),
        t(3, "44021", 2, kpi: 1, euro: 25_000, rij: 13),
    ]

    static let rapporten: [KPIRapportering] = [
        k(1, "11056", 5, .twaalfMaanden, 80, rij: 2),
        k(1, "71022", 5, .twaalfMaanden, 150, rij: 3),
        k(1, "71022", 5, .zesMaanden, 70, rij: 4),
        k(2, "11056", 5, .twaalfMaanden, 120, rij: 5),
        k(1, "44021", 2, .twaalfMaanden, 1, rij: 6),
    ]

    static let context = QueryContext(gegevens: Gegevens(toekenningen: toekenningen, kpiRapporteringen: rapporten))

    static func euro(_ e: Int64, cent: Int64 = 0) -> Waarde { .euro(Euro(cents: e * 100 + cent)) }

    static func vraag(_ tabel: Tabel = .toekenningen, jaren: [Int] = [1, 2, 3], per: [Dimensie] = [], naast: Dimensie? = nil,
                      maten: [Maat] = [], filter: Vraagfilter = Vraagfilter(), geografie: Geografie = .gemeenten2019,
                      van: Int? = nil, naar: Int? = nil) -> Tabelvraag {
        Tabelvraag(tabel: tabel, projectjaren: jaren, per: per, naast: naast, maten: maten, filter: filter, geografie: geografie,
                   van: van, naar: naar)
    }

    static func antwoord(_ vraag: Tabelvraag) throws -> Tabelantwoord { try vraag.beantwoord(context, vraagnummer: 1234) }
}

extension Tabelantwoord {
    /// The records as (key of the first dimension(s), value of one key), for compact expectations.
    func kolom(_ naam: String) -> [Waarde] { gegevens.map { $0[naam] ?? .leeg } }
}
