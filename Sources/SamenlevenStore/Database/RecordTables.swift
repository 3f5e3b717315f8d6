import GRDB
import SamenlevenModel

/// A record kind stored in its own table: how its key and columns map to SQL.
/// One generic mechanism reads, compares and replaces every kind.
protocol StoredRecord: Hashable, Sendable {
    static var table: String { get }
    static var keyColumns: [String] { get }
    /// Column values, in `columns` order. Includes the key columns and provenance.
    var databaseValues: [String: DatabaseValueConvertible?] { get }
    init(row: Row)
    var projectjaar: Int { get }
    /// The key columns' values joined: cheap to compute and compare during a diff.
    var key: String { get }
}

extension StoredRecord {
    static func fetchAll(_ db: Database, projectjaar: Int? = nil) throws -> [Self] {
        let order = keyColumns.joined(separator: ", ")
        if let projectjaar {
            return try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE projectjaar = ? ORDER BY \(order)", arguments: [projectjaar]).map(Self.init(row:))
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

private func herkomstColumns(_ row: Row) -> Herkomst {
    Herkomst(bron: row["bron_bestand"], rij: row["bron_rij"], voorbeelddata: row["voorbeelddata"])
}

private func provenance(_ h: Herkomst) -> [String: DatabaseValueConvertible?] {
    ["bron_bestand": h.bron, "bron_rij": h.rij, "voorbeelddata": h.voorbeelddata]
}

extension Toekenning: StoredRecord {
    var key: String { "\(projectjaar)|\(bestuur)|\(actie)" }
    static let table = "toekenning"
    static let keyColumns = ["projectjaar", "bestuur", "actie"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "bestuur": bestuur, "actie": actie, "kpi_huidig_bereik": kpiHuidigBereik,
         "kpi_vooropgesteld": kpiVooropgesteld, "subsidie_cent": subsidie.cents, "toelichting": toelichting,
         "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], bestuur: row["bestuur"], actie: row["actie"],
                  kpiHuidigBereik: row["kpi_huidig_bereik"], kpiVooropgesteld: row["kpi_vooropgesteld"],
                  subsidie: Euro(cents: row["subsidie_cent"]), toelichting: row["toelichting"],
                  provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
    }
}

extension Aanvraag: StoredRecord {
    var key: String { "\(projectjaar)|\(bestuur)|\(actie)" }
    static let table = "aanvraag"
    static let keyColumns = ["projectjaar", "bestuur", "actie"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "bestuur": bestuur, "actie": actie, "status": status.rawValue, "reden": reden,
         "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], bestuur: row["bestuur"], actie: row["actie"],
                  status: AanvraagStatus(rawValue: row["status"]) ?? .goedgekeurd, reden: row["reden"],
                  provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
    }
}

extension Samenwerking: StoredRecord {
    var key: String { "\(projectjaar)|\(indiener)|\(partner)" }
    static let table = "samenwerking"
    static let keyColumns = ["projectjaar", "indiener", "partner"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "indiener": indiener, "partner": partner,
         "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], indiener: row["indiener"], partner: row["partner"],
                  provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
    }
}

extension Mentorschap: StoredRecord {
    var key: String { "\(projectjaar)|\(bestuur)|\(actie)" }
    static let table = "mentorschap"
    static let keyColumns = ["projectjaar", "bestuur", "actie"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "bestuur": bestuur, "actie": actie, "stimulans_cent": stimulans.cents,
         "toelichting": toelichting, "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], bestuur: row["bestuur"], actie: row["actie"],
                  stimulans: Euro(cents: row["stimulans_cent"]), toelichting: row["toelichting"],
                  provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
    }
}

extension SIOExperiment: StoredRecord {
    var key: String { "\(projectjaar)|\(bestuur)" }
    static let table = "sio"
    static let keyColumns = ["projectjaar", "bestuur"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "bestuur": bestuur, "investeerder": investeerder,
         "sociale_organisatie": socialeOrganisatie, "bedrag_cent": bedrag.cents, "toelichting": toelichting,
         "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], bestuur: row["bestuur"], investeerder: row["investeerder"],
                  socialeOrganisatie: row["sociale_organisatie"], bedrag: Euro(cents: row["bedrag_cent"]),
                  toelichting: row["toelichting"], provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
    }
}

extension KPIRapportering: StoredRecord {
    var key: String { "\(projectjaar)|\(bestuur)|\(actie)|\(meetmoment.rawValue)" }
    static let table = "kpi_rapportering"
    static let keyColumns = ["projectjaar", "bestuur", "actie", "meetmoment"]
    var databaseValues: [String: DatabaseValueConvertible?] {
        ["projectjaar": projectjaar, "bestuur": bestuur, "actie": actie, "meetmoment": meetmoment.rawValue,
         "kpi_behaald": kpiBehaald, "motivering": motivering,
         "provincie_vermeld": provincieVermeld].merging(provenance(herkomst)) { a, _ in a }
    }
    init(row: Row) {
        self.init(projectjaar: row["projectjaar"], bestuur: row["bestuur"], actie: row["actie"],
                  meetmoment: Meetmoment(rawValue: row["meetmoment"]) ?? .twaalfMaanden, kpiBehaald: row["kpi_behaald"],
                  motivering: row["motivering"], provincieVermeld: row["provincie_vermeld"], herkomst: herkomstColumns(row))
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
