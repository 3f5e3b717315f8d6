/// One of the plan's seven goals (doelstellingen), as listed in the answer to question 492.
public struct Doelstelling: Hashable, Sendable, Codable, Numbered {
    public let nummer: Int
    /// Short name as the plan uses it ("Veiligheid & leefbaarheid").
    public let naam: String
    /// The longer description where the sources give one.
    public let omschrijving: String?

    /// "1. Veiligheid & leefbaarheid"
    public var label: String { "\(nummer). \(naam)" }

    /// Source: S492 (introduction to the question).
    public static let alle: [Doelstelling] = [
        Doelstelling(nummer: 1, naam: "Veiligheid & leefbaarheid", omschrijving: nil),
        Doelstelling(nummer: 2, naam: "Nederlands", omschrijving: nil),
        Doelstelling(nummer: 3, naam: "Competenties", omschrijving: nil),
        Doelstelling(nummer: 4, naam: "Werk", omschrijving: "toeleiden naar de arbeidsmarkt en ondernemerschap"),
        Doelstelling(nummer: 5, naam: "Netwerk", omschrijving: "netwerken van burgers versterken"),
        Doelstelling(nummer: 6, naam: "Non-discriminatie", omschrijving: "discriminatie bestrijden, uitsluiting tegengaan"),
        Doelstelling(nummer: 7, naam: "1 Gemeenschap", omschrijving: "diversiteit op school, in de jeugdbeweging, ..."),
    ]
}
