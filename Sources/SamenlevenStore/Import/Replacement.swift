import Foundation
import GRDB
import Memberwise
import SamenlevenModel

/// What one import brings for one kind: the records, the project years they cover (whose
/// stored records of that kind they replace) and the file they came from.
@MemberwiseInit
public struct Vervanging: Sendable {
    public var soort: Soort
    public var projectjaren: Set<Int>
    /// The files the records came from (label as in provenance, e.g. `data.xlsx[sio]`) and
    /// their SHA-256.
    public var bronnen: [String: String]
    public var records: Records

    /// The validated records of one kind (the catalogue with the rows its actions came from).
    public enum Records: Sendable {
        case toekenningen([Toekenning])
        case aanvragen([Aanvraag])
        case samenwerkingen([Samenwerking])
        case mentorschappen([Mentorschap])
        case sio([SIOExperiment])
        case kpiRapporteringen([KPIRapportering])
        case acties([Actie], rijen: [Int])

        /// Every record (nothing for the catalogue).
        var gegevens: [any Gegeven] {
            switch self {
            case .toekenningen(let r): return r
            case .aanvragen(let r): return r
            case .samenwerkingen(let r): return r
            case .mentorschappen(let r): return r
            case .sio(let r): return r
            case .kpiRapporteringen(let r): return r
            case .acties: return []
            }
        }

        var count: Int {
            if case .acties(let r, _) = self { return r.count }
            return gegevens.count
        }
    }
}

extension Store {
    /// Applies the replacements in ONE transaction: all or nothing. Records of a kind for the
    /// project years present are replaced; identical records are left alone, so importing the
    /// same file twice leaves the store byte-for-byte as after the first time.
    /// With `droog` nothing is written; the counts say what would happen.
    public func vervang(_ vervangingen: [Vervanging], droog: Bool = false) throws -> [ImportTelling] {
        try schrijf { db in
            let (tellingen, geschreven) = try Store.pasToe(vervangingen, droog: droog, ingelezenOp: Date(), db)
            return (tellingen, geschreven)
        }
    }

    /// Plans and applies replacements inside the caller's transaction (an import, or the
    /// refresh of the built-in data, `StandaardGegevens.werkBij`). Writes nothing for a dry run or when
    /// nothing changes. `ingelezenOp`: the moment recorded with each changed source file (nil
    /// for the built-in data, so that two new stores are alike).
    static func pasToe(_ vervangingen: [Vervanging], droog: Bool, ingelezenOp: Date? = nil, _ db: Database) throws -> (tellingen: [ImportTelling], geschreven: Bool) {
        let planned = try vervangingen.map { try plan($0, db) }
        let tellingen = planned.map(\.0)
        let sourcesChanged = try vervangingen.contains { try sourceChanged($0, db) }
        guard !droog, tellingen.contains(where: \.changesSomething) || sourcesChanged else { return (tellingen, false) }
        for (_, apply) in planned { try apply(db) }
        for v in vervangingen { try recordSource(v, ingelezenOp: ingelezenOp, db) }
        return (tellingen, true)
    }

    static func plan(_ v: Vervanging, _ db: Database) throws -> (ImportTelling, (Database) throws -> Void) {
        switch v.records {
        case .toekenningen(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .aanvragen(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .samenwerkingen(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .mentorschappen(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .sio(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .kpiRapporteringen(let r): return try diff(r, years: v.projectjaren, soort: v.soort, db)
        case .acties(let acties, let rijen): return try diffActies(acties, rijen: rijen, bestand: v.bronnen.keys.sorted().joined(separator: ", "), db)
        }
    }

    static func diff<R: StoredRecord>(_ incoming: [R], years: Set<Int>, soort: Soort, _ db: Database)
        throws -> (ImportTelling, (Database) throws -> Void)
    {
        var existing: [[KolomWaarde]: R] = [:]
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
        for (nieuw, rij) in zip(incoming, rijen) {
            // A catalogue without indicator rows (an older acties file, the open-data acties.csv)
            // keeps the indicators the store has for the action.
            var actie = nieuw
            if nieuw.indicatoren.isEmpty, let old = existing[nieuw.nummer], !old.indicatoren.isEmpty {
                actie = nieuw.met(indicatoren: old.indicatoren, feiten: [.indicatoren: old.herleiding(.indicatoren)]).metAfgeleidStandaardbedrag()
            }
            if let old = existing[actie.nummer] {
                if old == actie { telling.ongewijzigd += 1 } else { telling.vervangen += 1; writes.append((actie, rij)) }
            } else {
                telling.toegevoegd += 1
                writes.append((actie, rij))
            }
        }
        return (telling, { db in
            for (actie, rij) in writes {
                try ActieTable.vervang(actie, bronBestand: bestand, bronRij: rij, db: db)
            }
        })
    }

    /// Per project year: which files the year's records came from, how many rows, and whether
    /// any is example data — what the `bronbestand` table keeps as the data vintage.
    static func sources(_ v: Vervanging) -> [(jaar: Int, bestand: String, sha256: String, rijen: Int, voorbeelddata: Bool)] {
        let gegevens = v.records.gegevens
        return v.projectjaren.sorted().map { jaar in
            let vanJaar = gegevens.filter { $0.projectjaar == jaar }.map(\.herkomst)
            let labels = Set(vanJaar.map(\.bron)).sorted()
            return (jaar, labels.joined(separator: ", "), labels.map { v.bronnen[$0] ?? "" }.joined(separator: ","),
                    vanJaar.count, vanJaar.contains { $0.voorbeelddata })
        }
    }

    static func sourceChanged(_ v: Vervanging, _ db: Database) throws -> Bool {
        for s in sources(v) {
            let row = try Row.fetchOne(db, sql: "SELECT bestand, sha256, rijen, voorbeelddata FROM bronbestand WHERE soort = ? AND projectjaar = ?",
                                       arguments: [v.soort.rawValue, s.jaar])
            if row?["bestand"] != s.bestand || row?["sha256"] != s.sha256 || row?["rijen"] != s.rijen
                || row?["voorbeelddata"] != s.voorbeelddata { return true }
        }
        return false
    }

    static func recordSource(_ v: Vervanging, ingelezenOp: Date?, _ db: Database) throws {
        guard try sourceChanged(v, db) else { return }
        let moment = ingelezenOp.map(Bronbestand.tijdstip)
        for s in sources(v) {
            try db.execute(
                sql: "INSERT OR REPLACE INTO bronbestand (soort, projectjaar, bestand, sha256, rijen, voorbeelddata, ingelezen_op) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [v.soort.rawValue, s.jaar, s.bestand, s.sha256, s.rijen, s.voorbeelddata, moment])
        }
    }
}

// `Bronbestand` is a value of SamenlevenModel (`Dataset`), so that exports need not import the store.

extension Bronbestand {
    /// `ingelezen_op` as stored: UTC, to the second, ISO 8601.
    static func tijdstip(_ moment: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: moment)
    }

    static func tijdstip(_ tekst: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: tekst)
    }
}

extension Store {
    /// The import files the stored records came from, per kind and project year, with their
    /// SHA-256 and row count.
    public func bronbestanden() throws -> [Bronbestand] {
        try lees { db in
            try Row.fetchAll(db, sql: "SELECT * FROM bronbestand ORDER BY soort, projectjaar").map { (row: Row) -> Bronbestand in
                let soort: String = row["soort"], projectjaar: Int = row["projectjaar"], bestand: String = row["bestand"]
                let sha256: String = row["sha256"], rijen: Int = row["rijen"], voorbeelddata: Bool = row["voorbeelddata"]
                let ingelezenOp: String? = row["ingelezen_op"]
                return Bronbestand(soort: soort, projectjaar: projectjaar, bestand: bestand, sha256: sha256, rijen: rijen,
                                   voorbeelddata: voorbeelddata, ingelezenOp: ingelezenOp.flatMap(Bronbestand.tijdstip))
            }
        }
    }
}

extension Store {
    /// Removes every synthetic (voorbeelddata) record, in one transaction; the real published
    /// records stay. Returns the number of rows removed.
    public func verwijderVoorbeelddata() throws -> Int {
        try schrijf { db in
            var aantal = 0
            for tabel in Soort.metProjectjaar.map(\.tabel) {
                try db.execute(sql: "DELETE FROM \(tabel) WHERE voorbeelddata = 1")
                aantal += db.changesCount
            }
            try db.execute(sql: "DELETE FROM bronbestand WHERE voorbeelddata = 1")
            return (aantal, true)
        }
    }
}
