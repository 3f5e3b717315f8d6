/// How sure the sources are about a catalogue entry (the sources do not list all 24 actions).
public enum Zekerheid: String, Sendable, Codable, CaseIterable {
    /// Stated by a source or unambiguous.
    case zeker
    /// Inferred from a source's grouping.
    case waarschijnlijk
    /// The toolkit's own assumption, because no source gives it; replace by importing a catalogue.
    case aanname
    /// Not in any source.
    case onbekend
}

/// One action (actie) of the plan's 24.
public struct Actie: Hashable, Sendable, Codable, Identifiable {
    public let nummer: Int
    public let naam: String
    /// Nil when no source says which goal the action belongs to.
    public let doelstelling: Int?
    public let zekerheid: Zekerheid
    /// Where the entry comes from (source codes as in the reference notes, or an import file:row).
    public let bron: String
    /// The KPI's unit where a source names it ("oefenkans", "actieplan").
    public let kpiEenheid: String?
    /// Standard amount per KPI unit (p in the verdeelsleutel) where it is known.
    public let standaardbedrag: Euro?
    /// False for an action of the plan that Plan Samenleven does not fund (action 12).
    public let gefinancierd: Bool
    /// First project year in which the action could be funded (action 23: year 2).
    public let vanafProjectjaar: Int
    public let opmerking: String?

    public init(nummer: Int, naam: String, doelstelling: Int?, zekerheid: Zekerheid, bron: String,
                kpiEenheid: String? = nil, standaardbedrag: Euro? = nil, gefinancierd: Bool = true,
                vanafProjectjaar: Int = 1, opmerking: String? = nil) {
        self.nummer = nummer
        self.naam = naam
        self.doelstelling = doelstelling
        self.zekerheid = zekerheid
        self.bron = bron
        self.kpiEenheid = kpiEenheid
        self.standaardbedrag = standaardbedrag
        self.gefinancierd = gefinancierd
        self.vanafProjectjaar = vanafProjectjaar
        self.opmerking = opmerking
    }

    public var id: Int { nummer }

    /// "Actie 5: Oefenkansen Nederlands organiseren"
    public var label: String { "Actie \(nummer): \(naam)" }

    public static let nummers = 1...24
}

/// The action catalogue: the built-in one (from the reference notes) or one the administration
/// imported. Always 1..24 keyed by number.
public struct ActieCatalogus: Sendable, Equatable {
    public let acties: [Actie]

    public init(acties: [Actie]) {
        self.acties = acties.sorted { $0.nummer < $1.nummer }
    }

    public subscript(nummer: Int) -> Actie? {
        acties.first { $0.nummer == nummer }
    }

    /// The catalogue bundled with the toolkit (`Resources/acties.csv`).
    public static func ingebouwd() throws -> ActieCatalogus {
        let table = try ResourceTable.load("acties")
        return ActieCatalogus(acties: try table.rows.map { row in
            func value(_ key: String) -> String? {
                guard let v = row[key]?.trimmedWhitespace, !v.isEmpty else { return nil }
                return v
            }
            guard let nummerText = value("nummer"), let nummer = Int(nummerText), let naam = value("naam"),
                  let zekerheid = value("zekerheid").flatMap(Zekerheid.init(rawValue:)), let bron = value("bron")
            else { throw ReferenceDataError(message: "acties.csv: onvolledige rij \(row)") }
            return Actie(
                nummer: nummer, naam: naam, doelstelling: value("doelstelling").flatMap(Int.init),
                zekerheid: zekerheid, bron: bron, kpiEenheid: value("kpi_eenheid"),
                standaardbedrag: try value("standaardbedrag").map { try Euro(parsing: $0) },
                gefinancierd: value("gefinancierd") != "nee",
                vanafProjectjaar: value("vanaf_projectjaar").flatMap(Int.init) ?? 1,
                opmerking: value("opmerking"))
        })
    }
}
