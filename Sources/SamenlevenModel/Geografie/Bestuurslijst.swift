import Memberwise

/// A named group of besturen kept as reference data with its source, like the gemeenten: the
/// 13 Flemish centrumsteden (`Resources/centrumsteden.csv`).
///
/// The codes are those of the gemeenten 2019-2024; in the 2025 geography a member stands for
/// the gemeente that absorbed it (Hasselt 71022 -> Hasselt 71072, with Kortessem), see
/// ``Referentie/bestuur(code:in:)``.
@MemberwiseInit
public struct Bestuurslijst: Sendable, Equatable {
    /// "centrumsteden"
    public let naam: String
    /// NIS codes (gemeenten 2019-2024), in the file's order.
    public let codes: [String]
    /// Where the list comes from.
    public let bron: String

    /// The 13 centrumsteden: Aalst, Antwerpen, Brugge, Genk, Gent, Hasselt, Kortrijk, Leuven,
    /// Mechelen, Oostende, Roeselare, Sint-Niklaas and Turnhout.
    public static let centrumsteden: Bestuurslijst = {
        do {
            let codes = try ResourceTable.load("centrumsteden").rows.map { row -> String in
                guard let code = row["nis_code"], !code.isEmpty else {
                    throw ReferenceDataError(message: "centrumsteden.csv: onvolledige rij \(row)")
                }
                return code
            }
            return Bestuurslijst(naam: "centrumsteden", codes: codes, bron: centrumstedenBron)
        } catch { fatalError("ingebouwde referentiegegevens onleesbaar: \(error)") }
    }()

    /// The source of the centrumsteden list.
    public static let centrumstedenBron = "Vlaamse overheid, centrumstedenbeleid (Stedenfonds): de 13 Vlaamse centrumsteden"
}
