import GRDB
import SamenlevenModel

/// Reading and writing the action catalogue (built in, or replaced by an import): the actions
/// (`actie`), their indicators (`actie_indicator`, from migration v3) and the source and
/// certainty of each fact (`actie_feit`, idem). The columns the import describes
/// (`KolomSpec.actieKolommen`) come from the description; the others only the built-in
/// catalogue knows.
enum ActieTable {
    static let table = Soort.acties.tabel
    /// The catalogue's tables, those that refer to the actions first.
    static let tabellen = ["actie_indicator", "actie_feit", table]
    /// The `bron_bestand` of the built-in catalogue's rows.
    static let ingebouwdBestand = "ingebouwd: acties.csv"
    static let extraColumns = ["zekerheid", "bron", "gefinancierd", "vanaf_projectjaar", "opmerking"]
    static let columns = KolomSpec.actieKolommen.map(\.opslag) + extraColumns + KolomSpec.herkomstOpslag.prefix(2)

    /// The action's own row (the schema of migration v1).
    static func insert(_ a: Actie, bronBestand: String, bronRij: Int?, db: Database) throws {
        let values: [DatabaseValueConvertible?] = [a.nummer, a.naam, a.doelstelling, a.kpiEenheid, a.standaardbedrag?.cents,
                                                   a.zekerheid.rawValue, a.bron, a.gefinancierd, a.vanafProjectjaar, a.opmerking,
                                                   bronBestand, bronRij]
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        try db.execute(sql: sql, arguments: StatementArguments(values))
    }

    /// Replaces an action with its indicators and facts (from migration v3 on).
    static func vervang(_ a: Actie, bronBestand: String, bronRij: Int?, db: Database) throws {
        for tabel in tabellen.dropLast() {
            try db.execute(sql: "DELETE FROM \(tabel) WHERE actie = ?", arguments: [a.nummer])
        }
        try db.execute(sql: "DELETE FROM \(table) WHERE \(KolomSpec.nummer.opslag) = ?", arguments: [a.nummer])
        try insert(a, bronBestand: bronBestand, bronRij: bronRij, db: db)
        for (volgorde, i) in a.indicatoren.enumerated() {
            try db.execute(sql: """
                INSERT INTO actie_indicator (actie, indicator, volgorde, max_bereik, bijdrage_per_eenheid_cent, zekerheid, bron)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [a.nummer, i.naam, volgorde, i.maxBereik, i.bijdragePerEenheid?.cents, i.herleiding.zekerheid.rawValue,
                                 i.herleiding.bron])
        }
        for (feit, h) in a.feiten.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try db.execute(sql: "INSERT INTO actie_feit (actie, feit, zekerheid, bron) VALUES (?, ?, ?, ?)",
                           arguments: [a.nummer, feit.rawValue, h.zekerheid.rawValue, h.bron])
        }
    }

    static func fetchAll(_ db: Database) throws -> [Actie] {
        var indicatoren: [Int: [Indicator]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM actie_indicator ORDER BY actie, volgorde") {
            indicatoren[row["actie"], default: []].append(Indicator(
                naam: row["indicator"], maxBereik: row["max_bereik"],
                bijdragePerEenheid: (row["bijdrage_per_eenheid_cent"] as Int64?).map(Euro.init(cents:)),
                herleiding: Herleiding(Zekerheid(opgeslagen: row["zekerheid"]) ?? .aanname, row["bron"])))
        }
        var feiten: [Int: [ActieFeit: Herleiding]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM actie_feit") {
            guard let feit = ActieFeit(rawValue: row["feit"]) else { continue }
            feiten[row["actie"], default: [:]][feit] = Herleiding(Zekerheid(opgeslagen: row["zekerheid"]) ?? .aanname, row["bron"])
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(KolomSpec.nummer.opslag)").map { row in
            let nummer: Int = row[.nummer]
            return Actie(nummer: nummer, naam: row[.naam], doelstelling: row[.doelstelling],
                         zekerheid: Zekerheid(opgeslagen: row["zekerheid"]) ?? .aanname, bron: row["bron"],
                         kpiEenheid: row[.kpiEenheid],
                         standaardbedrag: (row[.standaardbedrag] as Int64?).map(Euro.init(cents:)),
                         gefinancierd: row["gefinancierd"], vanafProjectjaar: row["vanaf_projectjaar"],
                         opmerking: row["opmerking"], indicatoren: indicatoren[nummer] ?? [], feiten: feiten[nummer] ?? [:])
        }
    }
}
