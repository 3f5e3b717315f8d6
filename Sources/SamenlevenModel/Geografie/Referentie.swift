/// The built-in reference data: all besturen of both geographies with the 2025 merger
/// crosswalk, and the action catalogue. Loaded once from the bundled files in `Resources/`.
public struct Referentie: Sendable {
    /// All besturen ever valid in the data: 300 gemeenten of 2019-2024, the 12 created on
    /// 2025-01-01, the VGC and vzw De Rand.
    public let besturen: [Bestuur]
    public let acties: ActieCatalogus
    public let gepubliceerdeCijfers: [GepubliceerdCijfer]
    private let byCode: [String: Bestuur]
    /// The besturen whose `opvolger` is another bestuur, by that opvolger's code, in the order of
    /// `besturen`: a query asks for the predecessors of a bestuur once per record.
    private let voorgangersVan: [String: [Bestuur]]

    public init(besturen: [Bestuur], acties: ActieCatalogus, gepubliceerdeCijfers: [GepubliceerdCijfer]) {
        self.besturen = besturen
        self.acties = acties
        self.gepubliceerdeCijfers = gepubliceerdeCijfers
        self.byCode = Dictionary(besturen.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        self.voorgangersVan = Dictionary(grouping: besturen.filter { $0.opvolger != nil && $0.opvolger != $0.code }, by: { $0.opvolger! })
    }

    /// The reference data bundled with the toolkit.
    public static let ingebouwd: Referentie = {
        do { return try laadIngebouwd() } catch { fatalError("ingebouwde referentiegegevens onleesbaar: \(error)") }
    }()

    static func laadIngebouwd() throws -> Referentie {
        var besturen: [Bestuur] = []
        for row in try ResourceTable.load("gemeenten").rows {
            guard let code = row["nis_code"], let naam = row["naam"],
                  let provincie = row["provincie"].flatMap(Provincie.init(naam:)),
                  let van = row["geldig_van"].flatMap(CalendarDate.init(iso:))
            else { throw ReferenceDataError(message: "gemeenten.csv: onvolledige rij \(row)") }
            besturen.append(Bestuur(
                code: code, naam: naam, soort: .gemeente, provincie: provincie,
                arrondissement: row["arrondissement"].flatMap { $0.isEmpty ? nil : $0 },
                geldigVan: van, geldigTot: row["geldig_tot"].flatMap(CalendarDate.init(iso:)),
                opvolger: row["opvolger_nis"].flatMap { $0.isEmpty ? nil : $0 },
                inwoners2020: row["inwoners_2020"].flatMap { Int($0) }))
        }
        for row in try ResourceTable.load("bijzondere-besturen").rows {
            guard let code = row["code"], let naam = row["naam"],
                  let soort = row["soort"].flatMap(BestuurSoort.init(rawValue:)),
                  let provincie = row["provincie"].flatMap(Provincie.init(naam:))
            else { throw ReferenceDataError(message: "bijzondere-besturen.csv: onvolledige rij \(row)") }
            besturen.append(Bestuur(code: code, naam: naam, soort: soort, provincie: provincie, arrondissement: nil,
                                    geldigVan: CalendarDate(year: 2019, month: 1, day: 1), geldigTot: nil,
                                    opvolger: nil, inwoners2020: nil, toelichting: row["toelichting"]))
        }
        return Referentie(besturen: besturen, acties: try ActieCatalogus.ingebouwd(),
                          gepubliceerdeCijfers: try GepubliceerdCijfer.ingebouwd())
    }

    public func bestuur(code: String) -> Bestuur? { byCode[code] }

    /// The besturen valid on a day, in NIS order (gemeenten first, then VGC and De Rand).
    public func besturen(geldigOp datum: CalendarDate, provincie: Provincie? = nil) -> [Bestuur] {
        besturen.filter { $0.isGeldig(op: datum) && (provincie == nil || $0.provincie == provincie) }
    }

    /// The bestuur that stands for `code` in a geography: in the 2025 geography a merged
    /// gemeente is represented by the gemeente that absorbed it (Zwijndrecht, Antwerpen ->
    /// Beveren-Kruibeke-Zwijndrecht, Oost-Vlaanderen).
    public func bestuur(code: String, in geografie: Geografie) -> Bestuur? {
        guard var current = byCode[code] else { return nil }
        let peildatum = geografie.peildatum
        while !current.isGeldig(op: peildatum) {
            guard let next = current.opvolger.flatMap({ byCode[$0] }), peildatum >= current.geldigVan else { return current }
            current = next
        }
        return current
    }

    /// The inhabitants on 1 January 2020 of the bestuur `code` as it is in a geography. A
    /// gemeente created in 2025 carries the sum of its predecessors in the reference data; a
    /// gemeente that absorbed another and kept its number (Antwerpen with Borsbeek) counts its
    /// own and theirs in the 2025 geography. Nil for the VGC and vzw De Rand.
    public func inwoners2020(code: String, in geografie: Geografie) -> Int? {
        guard let bestuur = byCode[code], let eigen = bestuur.inwoners2020 else { return nil }
        guard bestuur.isGeldig(op: CalendarDate(year: 2020, month: 1, day: 1)) else { return eigen }
        // Asked per figure (per inhabitant): only the bestuur's own predecessors are read.
        let peildatum = geografie.peildatum
        var opgeslorpt = 0
        for voorganger in voorgangersVan[code, default: []] where !voorganger.isGeldig(op: peildatum) {
            opgeslorpt += voorganger.inwoners2020 ?? 0
        }
        return eigen + opgeslorpt
    }

    /// The gemeenten of 2019-2024 that a 2025 gemeente absorbed (empty for unchanged ones).
    public func voorgangers(of code: String) -> [Bestuur] {
        voorgangersVan[code, default: []].sorted { $0.naam < $1.naam }
    }
}
