import GRDB
import SamenlevenModel

/// A record kind stored in its own table. The table, its key and its columns come from the
/// kind's description (`Soort.kolommen`) and the record's values from `Gegeven.waarden`; each
/// record only says how it reads itself back. One generic mechanism reads, compares and
/// replaces every kind.
protocol StoredRecord: Gegeven, Hashable {
    init(row: Row)
}

extension KolomWaarde {
    /// The value as the store keeps it: amounts in cents, words as they are.
    var databaseValue: DatabaseValueConvertible? {
        switch self {
        case .leeg: return nil
        case .getal(let n): return n
        case .tekst(let s), .keuze(let s, _): return s
        case .bedrag(let euro): return euro.cents
        }
    }
}

extension StoredRecord {
    static var table: String { soort.tabel }
    static var keyColumns: [String] { soort.sleutelKolommen.map(\.opslag) }

    /// Column values by stored column name: the described columns and provenance.
    var databaseValues: [String: DatabaseValueConvertible?] {
        var values: [String: DatabaseValueConvertible?] = [:]
        for (kolom, waarde) in waardenInVolgorde {
            // No indicator is stored as '' (part of the key: NULL would never match in the key).
            values[kolom.opslag] = kolom.waarde == .indicator ? waarde.databaseValue ?? "" : waarde.databaseValue
        }
        let h = herkomst
        for (naam, waarde) in zip(KolomSpec.herkomstOpslag, [h.bron, h.rij, h.voorbeelddata] as [DatabaseValueConvertible?]) {
            values[naam] = waarde
        }
        return values
    }

    /// The key columns' values: cheap to compare during a diff.
    var key: [KolomWaarde] { sleutelwaarden }

    static func fetchAll(_ db: Database, projectjaar: Int? = nil) throws -> [Self] {
        let order = keyColumns.joined(separator: ", ")
        if let projectjaar {
            return try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(KolomSpec.projectjaar.opslag) = ? ORDER BY \(order)", arguments: [projectjaar]).map(Self.init(row:))
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY \(order)").map(Self.init(row:))
    }

    func insert(_ db: Database) throws {
        let values = databaseValues
        let columns = values.keys.sorted()
        let sql = "INSERT OR REPLACE INTO \(Self.table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        // Typed so Swift picks the non-failable initializer (the `[Any]` one would yield nil).
        let arguments: StatementArguments = StatementArguments(columns.map { values[$0]! })
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func delete(_ db: Database) throws {
        let values = databaseValues
        let condition = Self.keyColumns.map { "\($0) = ?" }.joined(separator: " AND ")
        let arguments: StatementArguments = StatementArguments(Self.keyColumns.map { values[$0]! })
        try db.cachedStatement(sql: "DELETE FROM \(Self.table) WHERE \(condition)").execute(arguments: arguments)
    }
}

extension Row {
    /// The stored value of a described column.
    subscript<Value: DatabaseValueConvertible>(_ kolom: KolomSpec) -> Value { self[kolom.opslag] }

    /// An amount stored in cents.
    func euro(_ kolom: KolomSpec) -> Euro { Euro(cents: self[kolom.opslag]) }

    /// A stored indicator; '' is none.
    var indicator: String? {
        let tekst: String = self[KolomSpec.indicator.opslag]
        return tekst.isEmpty ? nil : tekst
    }

    /// The provenance columns.
    var herkomst: Herkomst {
        let namen = KolomSpec.herkomstOpslag
        return Herkomst(bron: self[namen[0]], rij: self[namen[1]], voorbeelddata: self[namen[2]])
    }
}

extension Toekenning: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], bestuur: row[.bestuur], actie: row[.actie], indicator: row.indicator,
                  kpiHuidigBereik: row[.kpiHuidigBereik], kpiVooropgesteld: row[.kpiVooropgesteld],
                  subsidie: row.euro(.subsidie), toelichting: row[.toelichting],
                  provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension Aanvraag: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], bestuur: row[.bestuur], actie: row[.actie],
                  status: AanvraagStatus(rawValue: row[.status]) ?? .goedgekeurd, reden: row[.reden],
                  provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension Samenwerking: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], indiener: row[.indiener], partner: row[.partner],
                  provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension Mentorschap: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], bestuur: row[.bestuur], actie: row[.actie],
                  stimulans: row.euro(.stimulans), toelichting: row[.toelichting],
                  provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension SIOExperiment: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], bestuur: row[.bestuur], investeerder: row[.investeerder],
                  socialeOrganisatie: row[.socialeOrganisatie], bedrag: row.euro(.bedrag),
                  toelichting: row[.toelichting], provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension KPIRapportering: StoredRecord {
    init(row: Row) {
        self.init(projectjaar: row[.projectjaar], bestuur: row[.bestuur], actie: row[.actie], indicator: row.indicator,
                  meetmoment: Meetmoment(rawValue: row[.meetmoment]) ?? .twaalfMaanden, kpiBehaald: row[.kpiBehaald],
                  motivering: row[.motivering], provincieVermeld: row[.provincie], herkomst: row.herkomst)
    }
}

extension Store {
    /// Every stored record, optionally of one project year.
    public func gegevens(projectjaar: Int? = nil) throws -> Gegevens {
        try lees { db in
            Gegevens(toekenningen: try Toekenning.fetchAll(db, projectjaar: projectjaar),
                     aanvragen: try Aanvraag.fetchAll(db, projectjaar: projectjaar),
                     samenwerkingen: try Samenwerking.fetchAll(db, projectjaar: projectjaar),
                     mentorschappen: try Mentorschap.fetchAll(db, projectjaar: projectjaar),
                     sio: try SIOExperiment.fetchAll(db, projectjaar: projectjaar),
                     kpiRapporteringen: try KPIRapportering.fetchAll(db, projectjaar: projectjaar))
        }
    }

    /// The published per-action figures as stored.
    public func gepubliceerdeCijfers() throws -> [GepubliceerdCijfer] {
        try lees { db in
            try Row.fetchAll(db, sql: "SELECT * FROM gepubliceerd_cijfer ORDER BY actie, projectjaar").map { row in
                GepubliceerdCijfer(actie: row["actie"], projectjaar: row["projectjaar"],
                                   budget: Euro(cents: row["budget_cent"]), besturen: row["besturen"],
                                   kpiVooropgesteld: row["kpi_vooropgesteld"], kpiGerealiseerd: row["kpi_gerealiseerd"],
                                   bron: row["bron"])
            }
        }
    }
}
