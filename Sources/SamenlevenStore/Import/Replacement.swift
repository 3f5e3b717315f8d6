import GRDB
import SamenlevenModel

/// What one import brings for one kind: the records, the project years they cover (whose
/// stored records of that kind they replace) and the file they came from.
public struct Vervanging: Sendable {
    public var soort: Soort
    public var projectjaren: Set<Int>
    public var bestand: String
    public var sha256: String
    public var records: Records

    public enum Records: Sendable {
        case toekenningen([Toekenning])
        case aanvragen([Aanvraag])
        case samenwerkingen([Samenwerking])
        case mentorschappen([Mentorschap])
        case sio([SIOExperiment])
        case kpiRapporteringen([KPIRapportering])
        case acties([Actie], rijen: [Int])

        var count: Int {
            switch self {
            case .toekenningen(let r): return r.count
            case .aanvragen(let r): return r.count
            case .samenwerkingen(let r): return r.count
            case .mentorschappen(let r): return r.count
            case .sio(let r): return r.count
            case .kpiRapporteringen(let r): return r.count
            case .acties(let r, _): return r.count
            }
        }
    }

    public init(soort: Soort, projectjaren: Set<Int>, bestand: String, sha256: String, records: Records) {
        self.soort = soort
        self.projectjaren = projectjaren
        self.bestand = bestand
        self.sha256 = sha256
        self.records = records
    }
}

/// How an import changed the store, per kind.
public struct ImportTelling: Sendable, Equatable {
    public var soort: Soort
    public var toegevoegd = 0
    public var vervangen = 0
    public var ongewijzigd = 0
    /// Stored records of the file's project years that the file no longer contains.
    public var verwijderd = 0

    public init(soort: Soort) { self.soort = soort }

    public var changesSomething: Bool { toegevoegd + vervangen + verwijderd > 0 }
}

extension Store {
    /// Applies the replacements in ONE transaction: all or nothing. Records of a kind for the
    /// project years present are replaced; identical records are left alone, so importing the
    /// same file twice leaves the store byte-for-byte as after the first time.
    /// With `droog` nothing is written; the counts say what would happen.
    public func vervang(_ vervangingen: [Vervanging], droog: Bool = false) throws -> [ImportTelling] {
        func plan(_ db: Database) throws -> [(ImportTelling, (Database) throws -> Void)] {
            try vervangingen.map { v in
                switch v.records {
                case .toekenningen(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .aanvragen(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .samenwerkingen(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .mentorschappen(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .sio(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .kpiRapporteringen(let r): return try Store.diff(r, years: v.projectjaren, soort: v.soort, db)
                case .acties(let acties, let rijen): return try Store.diffActies(acties, rijen: rijen, bestand: v.bestand, db)
                }
            }
        }
        // Plan and apply inside one write transaction, so nothing can change in between; roll
        // back (nothing written, the file untouched) for a dry run or when nothing changes.
        var tellingen: [ImportTelling] = []
        try queue.inTransaction { db in
            let planned = try plan(db)
            tellingen = planned.map(\.0)
            let sourcesChanged = try vervangingen.contains { try Store.sourceChanged($0, db) }
            guard !droog, tellingen.contains(where: \.changesSomething) || sourcesChanged else { return .rollback }
            for (_, apply) in planned { try apply(db) }
            for v in vervangingen { try Store.recordSource(v, db) }
            return .commit
        }
        return tellingen
    }

    static func diff<R: StoredRecord>(_ incoming: [R], years: Set<Int>, soort: Soort, _ db: Database)
        throws -> (ImportTelling, (Database) throws -> Void)
    {
        var existing: [String: R] = [:]
        for year in years {
            for record in try R.fetchAll(db, projectjaar: year) { existing[record.key] = record }
        }
        var telling = ImportTelling(soort: soort)
        var writes: [R] = []
        for record in incoming {
            if let old = existing.removeValue(forKey: record.key) {
                if old == record { telling.ongewijzigd += 1 } else { telling.vervangen += 1; writes.append(record) }
            } else {
                telling.toegevoegd += 1
                writes.append(record)
            }
        }
        let removals = Array(existing.values)
        telling.verwijderd = removals.count
        return (telling, { db in
            for record in removals { try record.delete(db) }
            for record in writes { try record.insert(db) }
        })
    }

    static func diffActies(_ incoming: [Actie], rijen: [Int], bestand: String, _ db: Database)
        throws -> (ImportTelling, (Database) throws -> Void)
    {
        let existing = Dictionary(uniqueKeysWithValues: try ActieTable.fetchAll(db).map { ($0.nummer, $0) })
        var telling = ImportTelling(soort: .acties)
        var writes: [(Actie, Int)] = []
        for (actie, rij) in zip(incoming, rijen) {
            if let old = existing[actie.nummer] {
                if old == actie { telling.ongewijzigd += 1 } else { telling.vervangen += 1; writes.append((actie, rij)) }
            } else {
                telling.toegevoegd += 1
                writes.append((actie, rij))
            }
        }
        return (telling, { db in
            for (actie, rij) in writes {
                try db.execute(sql: "DELETE FROM actie WHERE nummer = ?", arguments: [actie.nummer])
                try ActieTable.insert(actie, bronBestand: bestand, bronRij: rij, db: db)
            }
        })
    }

    static func sourceChanged(_ v: Vervanging, _ db: Database) throws -> Bool {
        for year in v.projectjaren {
            let row = try Row.fetchOne(db, sql: "SELECT bestand, sha256 FROM bronbestand WHERE soort = ? AND projectjaar = ?",
                                       arguments: [v.soort.rawValue, year])
            if row?["bestand"] != v.bestand || row?["sha256"] != v.sha256 { return true }
        }
        return false
    }

    static func recordSource(_ v: Vervanging, _ db: Database) throws {
        guard try sourceChanged(v, db) else { return }
        for year in v.projectjaren {
            try db.execute(
                sql: "INSERT OR REPLACE INTO bronbestand (soort, projectjaar, bestand, sha256, rijen, voorbeelddata) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [v.soort.rawValue, year, v.bestand, v.sha256, v.records.count, v.bestand.contains("voorbeelddata")])
        }
    }
}

/// The file each kind's records of a project year came from.
public struct Bronbestand: Sendable, Equatable {
    public let soort: String
    public let projectjaar: Int
    public let bestand: String
    public let sha256: String
    public let rijen: Int

    public init(soort: String, projectjaar: Int, bestand: String, sha256: String, rijen: Int) {
        self.soort = soort
        self.projectjaar = projectjaar
        self.bestand = bestand
        self.sha256 = sha256
        self.rijen = rijen
    }
}

extension Store {
    public func bronbestanden() throws -> [Bronbestand] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM bronbestand ORDER BY soort, projectjaar").map {
                Bronbestand(soort: $0["soort"], projectjaar: $0["projectjaar"], bestand: $0["bestand"],
                            sha256: $0["sha256"], rijen: $0["rijen"])
            }
        }
    }
}
