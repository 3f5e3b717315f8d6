import Memberwise

/// A per-action, per-period figure as published (WEB-CIJFERS), to check data against.
@MemberwiseInit
public struct GepubliceerdCijfer: Hashable, Sendable, Codable {
    public let actie: Int
    public let projectjaar: Int
    public let budget: Euro
    public let besturen: Int
    public let kpiVooropgesteld: Int
    /// Nil while the final report is pending.
    public let kpiGerealiseerd: Int?
    public let bron: String

    public static func ingebouwd() throws -> [GepubliceerdCijfer] {
        try ResourceTable.load("gepubliceerde-cijfers").rows.map { row in
            func int(_ key: String) -> Int? { row[key].flatMap { try? BelgianNumber.parseWholeNumber($0) } }
            guard let actie = int("actie"), let jaar = int("projectjaar"), let besturen = int("besturen"),
                  let kpi = int("kpi_vooropgesteld"), let budgetText = row["budget"], let bron = row["bron"]
            else { throw ReferenceDataError(message: "gepubliceerde-cijfers.csv: onvolledige rij \(row)") }
            return GepubliceerdCijfer(actie: actie, projectjaar: jaar, budget: try Euro(parsing: budgetText),
                                      besturen: besturen, kpiVooropgesteld: kpi,
                                      kpiGerealiseerd: int("kpi_gerealiseerd"), bron: bron)
        }
    }
}
