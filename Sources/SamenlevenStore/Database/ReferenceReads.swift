import GRDB
import SamenlevenModel

extension Store {
    /// The besturen valid on a day, optionally in one province: gemeenten in NIS order,
    /// then the VGC and vzw De Rand.
    public func besturen(geldigOp datum: CalendarDate, provincie: Provincie? = nil) throws -> [Bestuur] {
        try lees { db in
            var sql = """
                SELECT * FROM bestuur
                WHERE geldig_van <= ? AND (geldig_tot IS NULL OR geldig_tot >= ?)
                """
            var arguments: StatementArguments = [datum.iso, datum.iso]
            if let provincie {
                sql += " AND provincie = ?"
                _ = arguments.append(contentsOf: [provincie.rawValue])
            }
            sql += " ORDER BY soort <> 'gemeente', code"
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Store.bestuur(from:))
        }
    }

    /// The action catalogue as stored (built in, or as last imported).
    public func acties() throws -> ActieCatalogus {
        try lees { ActieCatalogus(acties: try ActieTable.fetchAll($0)) }
    }

    static func bestuur(from row: Row) -> Bestuur {
        Bestuur(code: row["code"], naam: row["naam"],
                soort: BestuurSoort(rawValue: row["soort"]) ?? .gemeente,
                provincie: Provincie(naam: row["provincie"]) ?? .brusselHoofdstad,
                arrondissement: row["arrondissement"],
                geldigVan: CalendarDate(iso: row["geldig_van"])!,
                geldigTot: (row["geldig_tot"] as String?).flatMap(CalendarDate.init(iso:)),
                opvolger: row["opvolger"], inwoners2020: row["inwoners_2020"], toelichting: row["toelichting"])
    }
}
