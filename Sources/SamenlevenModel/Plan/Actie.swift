import Memberwise

/// How sure the sources are about one fact of the catalogue (an action's number, name, goal,
/// indicators or standard amount).
public enum Zekerheid: String, Sendable, Codable, CaseIterable {
    /// Stated by a source, or unambiguous (the administration's application form).
    case zeker
    /// Derived from a source: the form's order, or a figure computed from published ones.
    case afgeleid
    /// The toolkit's own assumption, because no source gives it; the reasoning is in the
    /// catalogue. Replace by importing a catalogue.
    case aanname

    /// A certainty as stored by any version of the toolkit: earlier versions wrote
    /// `waarschijnlijk` (inferred from a source's grouping: now `afgeleid`) and `onbekend` (in
    /// no source: now `aanname`). Nil for anything else.
    public init?(opgeslagen tekst: String) {
        switch tekst.trimmedWhitespace.lowercased() {
        case "waarschijnlijk": self = .afgeleid
        case "onbekend": self = .aanname
        case let other: self.init(rawValue: other)
        }
    }

    public init(from decoder: Decoder) throws {
        let tekst = try decoder.singleValueContainer().decode(String.self)
        guard let waarde = Zekerheid(opgeslagen: tekst) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "onbekende zekerheid '\(tekst)'"))
        }
        self = waarde
    }

    /// The weaker of two certainties (zeker > afgeleid > aanname).
    public func zwakste(_ ander: Zekerheid) -> Zekerheid {
        let volgorde = Zekerheid.allCases
        return volgorde.firstIndex(of: self)! >= volgorde.firstIndex(of: ander)! ? self : ander
    }
}

/// The facts of a catalogue entry that each carry their own source and certainty.
public enum ActieFeit: String, Sendable, Codable, CaseIterable {
    case nummer, naam, doelstelling, indicatoren, standaardbedrag
}

/// Where a fact comes from and how sure that source is.
@MemberwiseInit(unlabeled: "zekerheid", "bron")
public struct Herleiding: Hashable, Sendable, Codable {
    public let zekerheid: Zekerheid
    /// Source codes as in the reference notes (`FORMULIER1`, `VVSG`), or an import file:row;
    /// with the reasoning for a derivation or an assumption.
    public let bron: String
}

/// One KPI indicator of an action, per target group, as the application form of project year 1
/// lists it (action 9: nieuwkomers, personen met een handicap, 55-plussers).
@MemberwiseInit
public struct Indicator: Hashable, Sendable, Codable {
    public let naam: String
    /// The largest planned reach the form accepts per bestuur.
    public let maxBereik: Int?
    /// The Flemish contribution per extra unit of reach (the bestuur invests as much).
    public let bijdragePerEenheid: Euro?
    public let herleiding: Herleiding

    /// The key under which indicator names are compared (case, accents and spaces do not count).
    public var sleutel: String { NameKey.normalise(naam) }
}

/// One action (actie) of the plan's 24.
@MemberwiseInit
public struct Actie: Hashable, Sendable, Codable, Identifiable {
    public let nummer: Int
    public let naam: String
    /// Nil when no source says which goal the action belongs to.
    public let doelstelling: Int?
    /// The weakest certainty of the entry's facts.
    public let zekerheid: Zekerheid
    /// Where the entry comes from (source codes as in the reference notes, or an import file:row).
    public let bron: String
    /// The KPI's unit where a source names it ("oefenkans", "actieplan").
    public var kpiEenheid: String? = nil
    /// Standard amount per KPI unit (p in the verdeelsleutel) where it is known: twice the
    /// Flemish contribution per unit of the application form.
    public var standaardbedrag: Euro? = nil
    /// False for an action of the plan that Plan Samenleven does not fund (action 12).
    public var gefinancierd: Bool = true
    /// First project year in which the action could be funded (action 23: year 2).
    public var vanafProjectjaar: Int = 1
    public var opmerking: String? = nil
    /// The KPI indicators (empty when no source lists them).
    public var indicatoren: [Indicator] = []
    /// Source and certainty per fact; a fact without its own entry has the entry's.
    public var feiten: [ActieFeit: Herleiding] = [:]

    public var id: Int { nummer }

    /// "Actie 5: Oefenkansen Nederlands organiseren"
    public var label: String { "Actie \(nummer): \(naam)" }

    public static let nummers = 1...24

    /// The source and certainty of one fact.
    public func herleiding(_ feit: ActieFeit) -> Herleiding {
        feiten[feit] ?? Herleiding(zekerheid, bron)
    }

    /// The Flemish contribution per unit when every indicator has the same one (the form
    /// never gives one action two contributions).
    public var bijdragePerEenheid: Euro? {
        let bijdragen = Set(indicatoren.compactMap(\.bijdragePerEenheid))
        return bijdragen.count == 1 && indicatoren.allSatisfy({ $0.bijdragePerEenheid != nil }) ? bijdragen.first : nil
    }

    /// The indicator a name in a file means (case, accents and spaces do not count).
    public func indicator(_ naam: String) -> Indicator? {
        let sleutel = NameKey.normalise(naam)
        return indicatoren.first { $0.sleutel == sleutel }
    }

    /// The indicators a grant or report covers: the named one, or without a name every
    /// indicator of the action (the only one, or all of them together).
    public func gedekteIndicatoren(_ naam: String?) -> [Indicator] {
        guard let naam else { return indicatoren }
        return indicator(naam).map { [$0] } ?? []
    }

    /// Up to three indicator names of the action closest to `naam` (for an error message).
    public func suggesties(voor naam: String) -> [String] {
        let sleutel = NameKey.normalise(naam)
        let drempel = max(2, sleutel.count / 4)
        return indicatoren.compactMap { i in NameKey.distance(sleutel, i.sleutel, limit: drempel).map { ($0, i.naam) } }
            .sorted { $0 < $1 }.prefix(3).map(\.1)
    }

    /// Without a standard amount, p derived as twice the contribution per unit of the
    /// indicators (when they agree), `afgeleid`; otherwise the entry as it is.
    public func metAfgeleidStandaardbedrag() -> Actie {
        guard standaardbedrag == nil, let bijdrage = bijdragePerEenheid, let p = try? bijdrage.maal(2, berekening: "het standaardbedrag") else { return self }
        let herleiding = Herleiding(.afgeleid, "2 x bijdrage_per_eenheid (\(herleiding(.indicatoren).bron))")
        return Actie(nummer: nummer, naam: naam, doelstelling: doelstelling, zekerheid: zekerheid.zwakste(.afgeleid), bron: bron,
                     kpiEenheid: kpiEenheid, standaardbedrag: p, gefinancierd: gefinancierd, vanafProjectjaar: vanafProjectjaar,
                     opmerking: opmerking, indicatoren: indicatoren, feiten: feiten.merging([.standaardbedrag: herleiding]) { _, nieuw in nieuw })
    }

    /// The same entry with other indicators (an import that lists them row by row).
    public func met(indicatoren: [Indicator], feiten extra: [ActieFeit: Herleiding] = [:]) -> Actie {
        Actie(nummer: nummer, naam: naam, doelstelling: doelstelling, zekerheid: zekerheid, bron: bron, kpiEenheid: kpiEenheid,
              standaardbedrag: standaardbedrag, gefinancierd: gefinancierd, vanafProjectjaar: vanafProjectjaar,
              opmerking: opmerking, indicatoren: indicatoren, feiten: feiten.merging(extra) { _, nieuw in nieuw })
    }
}

/// The action catalogue: the built-in one (from the administration's application form and the
/// reference notes) or one the administration imported. Always 1..24 keyed by number.
public struct ActieCatalogus: Sendable, Equatable {
    public let acties: [Actie]
    /// The place in `acties` of each number (the first action with it): a query looks an action
    /// up for every record.
    private let plaatsVan: [Int: Int]

    public init(acties: [Actie]) {
        self.acties = acties.sorted { $0.nummer < $1.nummer }
        self.plaatsVan = Dictionary(self.acties.enumerated().map { ($1.nummer, $0) }, uniquingKeysWith: { eerste, _ in eerste })
    }

    public subscript(nummer: Int) -> Actie? {
        plaatsVan[nummer].map { acties[$0] }
    }

    /// The catalogue bundled with the toolkit: `Resources/acties.csv` (one row per action,
    /// with source and certainty per fact) and `Resources/indicatoren.csv` (one row per action
    /// and indicator, as the application form of project year 1 lists them).
    public static func ingebouwd() throws -> ActieCatalogus {
        let indicatoren = try ResourceTable.load("indicatoren")
        var perActie: [Int: [Indicator]] = [:]
        for (index, row) in indicatoren.rows.enumerated() {
            let lees = ResourceRow(row: row, bestand: "indicatoren.csv", rij: index + 2)
            let actie = try lees.getal("actie")
            perActie[actie, default: []].append(Indicator(
                naam: try lees.verplicht("indicator"), maxBereik: try lees.optioneelGetal("max_bereik"),
                bijdragePerEenheid: try lees.waarde("bijdrage_per_eenheid").map { try Euro(parsing: $0) },
                herleiding: Herleiding(try lees.zekerheid("zekerheid"), try lees.verplicht("bron"))))
        }
        let table = try ResourceTable.load("acties")
        return ActieCatalogus(acties: try table.rows.enumerated().map { index, row in
            let lees = ResourceRow(row: row, bestand: "acties.csv", rij: index + 2)
            let nummer = try lees.getal("nummer")
            var feiten: [ActieFeit: Herleiding] = [:]
            for feit in ActieFeit.allCases {
                guard let zekerheid = lees.waarde("\(feit.rawValue)_zekerheid") else { continue }
                feiten[feit] = Herleiding(try lees.zekerheid("\(feit.rawValue)_zekerheid"), lees.waarde("\(feit.rawValue)_bron") ?? zekerheid)
            }
            let eigen = perActie[nummer] ?? []
            if feiten[.indicatoren] == nil, let eerste = eigen.first { feiten[.indicatoren] = eerste.herleiding }
            let zekerheid = (feiten.values.map(\.zekerheid) + eigen.map(\.herleiding.zekerheid)).reduce(Zekerheid.zeker) { $0.zwakste($1) }
            let bronnen = ActieFeit.allCases.compactMap { feiten[$0]?.bron }
            return Actie(
                nummer: nummer, naam: try lees.verplicht("naam"), doelstelling: lees.waarde("doelstelling").flatMap(Int.init),
                zekerheid: zekerheid, bron: uniek(bronnen).joined(separator: "; "),
                kpiEenheid: lees.waarde("kpi_eenheid"),
                standaardbedrag: try lees.waarde("standaardbedrag").map { try Euro(parsing: $0) },
                gefinancierd: lees.waarde("gefinancierd") != "nee",
                vanafProjectjaar: try lees.optioneelGetal("vanaf_projectjaar") ?? 1,
                opmerking: lees.waarde("opmerking"), indicatoren: eigen, feiten: feiten)
        })
    }
}

/// The distinct elements in their first order.
private func uniek(_ items: [String]) -> [String] {
    var seen = Set<String>()
    return items.filter { seen.insert($0).inserted }
}

/// One row of a bundled catalogue file, read by column name.
private struct ResourceRow {
    let row: [String: String]
    let bestand: String
    let rij: Int

    func waarde(_ kolom: String) -> String? {
        guard let v = row[kolom]?.trimmedWhitespace, !v.isEmpty else { return nil }
        return v
    }

    func fout(_ kolom: String, _ wat: String) -> ReferenceDataError {
        ReferenceDataError(message: "\(bestand):\(rij):\(kolom): \(wat)")
    }

    func verplicht(_ kolom: String) throws -> String {
        guard let v = waarde(kolom) else { throw fout(kolom, "verplicht veld is leeg") }
        return v
    }

    func getal(_ kolom: String) throws -> Int {
        guard let v = try optioneelGetal(kolom) else { throw fout(kolom, "verplicht veld is leeg") }
        return v
    }

    func optioneelGetal(_ kolom: String) throws -> Int? {
        guard let v = waarde(kolom) else { return nil }
        do { return try BelgianNumber.parseWholeNumber(v) } catch { throw fout(kolom, error.description) }
    }

    func zekerheid(_ kolom: String) throws -> Zekerheid {
        guard let z = Zekerheid(opgeslagen: try verplicht(kolom)) else { throw fout(kolom, "onbekende zekerheid") }
        return z
    }
}
