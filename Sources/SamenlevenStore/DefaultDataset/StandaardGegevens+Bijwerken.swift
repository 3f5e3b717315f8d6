import GRDB
import SamenlevenModel

/// Bringing a store's built-in data up to date: run by `Store.open` after the migrations, in
/// the same write transaction, whenever the store records another `StandaardGegevens.versie`
/// than this version's (or none: a new store, or one made by an earlier release).
///
/// What the toolkit wrote is replaced by what this version writes; what the administration
/// imported stays byte-for-byte as it was:
/// - the reference tables the toolkit owns (bestuur, doelstelling, projectjaar,
///   gepubliceerd_cijfer) are rewritten;
/// - the built-in action catalogue is replaced, unless the administration imported its own;
/// - per kind and project year, records of the default dataset (voorbeelddata, or a built-in
///   published file) are replaced through the importer; a kind and year the administration
///   imported itself is left alone.
extension StandaardGegevens {
    /// The version of the built-in data (reference tables, catalogue, default dataset). Raise
    /// it with every change to what they contain, so that existing stores are brought up to
    /// date on their next use (`BijwerkenTests` fails when the content changes without it).
    public static let versie = 2

    /// The SHA-256 of every released version of the built-in published files, by name: a
    /// kind and year whose source is one of them holds the toolkit's data, not the
    /// administration's. Add the new hash when a file changes (`BijwerkenTests` checks the
    /// current files are listed).
    public static let uitgebrachteGepubliceerdeBestanden: [String: Set<String>] = [
        "mentorschappen-projectjaar-1.csv": ["dbe4bec40896a3998fce82303755c4025c19b407a246f7f737652e2463a92585",
                                            "d3a49608471b654f0ccd0c084fac1220219200d8320ef00d7080d0b22d34d8dc"],
        "samenwerkingsverbanden-projectjaar-1.csv": ["8bd96545d7035e585b60357ee78753d1c3e3299bbf3c985ebb163f910e01f163"],
        "sio-projectjaar-1.csv": ["fcb4ecaa89f7dd4c2e2b97855c5d375b18fa07452d5735dcda1928fbbc74ac2b"],
    ]

    /// What the store records about its built-in data; nil when it records nothing yet.
    struct Stand {
        var versie: Int
        /// Whether the store holds the default dataset (false: made without, for tests or a
        /// clean start with only the administration's files).
        var standaardgegevens: Bool

        static func lees(_ db: Database) throws -> Stand? {
            try Row.fetchOne(db, sql: "SELECT versie, standaardgegevens FROM ingebouwde_gegevens").map {
                Stand(versie: $0["versie"], standaardgegevens: $0["standaardgegevens"])
            }
        }
    }

    /// Whether the store's built-in data are those of this version (read only).
    static func isActueel(_ db: Database) throws -> Bool {
        try Stand.lees(db)?.versie == versie
    }

    /// Brings the built-in data up to date inside the caller's transaction (after the
    /// migrations); `standaardgegevens` only counts for a store that records nothing yet.
    /// Returns whether anything was written. Throws `BijwerkFout` when the result would be
    /// inconsistent: the caller rolls back and the store stays as it was.
    static func werkBij(_ db: Database, standaardgegevens: Bool) throws -> Bool {
        let stand = try Stand.lees(db)
        guard stand?.versie != versie else { return false }
        let metGegevens = stand?.standaardgegevens ?? standaardgegevens
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try schrijfReferentie(db)
        if metGegevens { try vernieuwGegevens(db) }
        try controleerVerwijzingen(db)
        try db.execute(sql: "INSERT OR REPLACE INTO ingebouwde_gegevens (id, versie, standaardgegevens) VALUES (1, ?, ?)",
                       arguments: [versie, metGegevens])
        return true
    }

    /// Empties the tables the toolkit owns (the catalogue unless the administration imported
    /// its own) and writes them as this version knows them.
    static func schrijfReferentie(_ db: Database) throws {
        let catalogus = try !heeftEigenCatalogus(db)
        for tabel in ["bestuur", "doelstelling", "projectjaar", "gepubliceerd_cijfer"] + (catalogus ? ActieTable.tabellen : []) {
            try db.execute(sql: "DELETE FROM \(tabel)")
        }
        try Schema.seedReferenceData(db, catalogus: catalogus)
    }

    /// Whether the administration imported its own catalogue (it wins over the built-in one).
    static func heeftEigenCatalogus(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM \(ActieTable.table) WHERE bron_bestand <> ?",
                          arguments: [ActieTable.ingebouwdBestand]) ?? false
    }

    /// Replaces the default dataset's records, per kind and project year, wherever the
    /// toolkit wrote them (or nothing is there yet), through the importer's validation and
    /// replacement; the administration's kinds and years stay as they are.
    static func vernieuwGegevens(_ db: Database) throws {
        let vervangingen: [Vervanging]
        do {
            (vervangingen, _, _) = try Importer.valideer(try bestanden(), opties: ImportOpties(), catalogus: Set(Actie.nummers))
        } catch {
            // A packaging error of this version, never the store's.
            throw BijwerkFout(reden: "de ingebouwde standaardgegevens van deze versie zijn onbruikbaar (\(error))")
        }
        let bronnen = try Row.fetchAll(db, sql: "SELECT soort, projectjaar, bestand, sha256, voorbeelddata FROM bronbestand")
        var vanToolkit: [String: Set<Int>] = [:]
        var vanAdministratie: [String: Set<Int>] = [:]
        for rij in bronnen {
            let soort: String = rij["soort"], jaar: Int = rij["projectjaar"]
            if rij["voorbeelddata"] || isIngebouwdGepubliceerd(bestand: rij["bestand"], sha256: rij["sha256"]) {
                vanToolkit[soort, default: []].insert(jaar)
            } else {
                vanAdministratie[soort, default: []].insert(jaar)
            }
        }
        var nieuw: [Vervanging] = []
        for v in vervangingen where v.soort != .acties {
            let jaren = v.projectjaren.subtracting(vanAdministratie[v.soort.rawValue] ?? [])
            vanToolkit[v.soort.rawValue]?.subtract(v.projectjaren)
            guard !jaren.isEmpty else { continue }
            nieuw.append(Vervanging(soort: v.soort, projectjaren: jaren, bronnen: v.bronnen, records: v.records.van(jaren)))
        }
        // Kinds and years the toolkit filled before but this version no longer does.
        for (soort, jaren) in vanToolkit {
            guard let tabel = Soort(rawValue: soort)?.tabel else { continue }
            for jaar in jaren {
                try db.execute(sql: "DELETE FROM \(tabel) WHERE projectjaar = ?", arguments: [jaar])
                try db.execute(sql: "DELETE FROM bronbestand WHERE soort = ? AND projectjaar = ?", arguments: [soort, jaar])
            }
        }
        _ = try Store.pasToe(nieuw, droog: false, db)
    }

    /// Whether a `bronbestand` row names only built-in published files, in a released version.
    static func isIngebouwdGepubliceerd(bestand: String, sha256: String) -> Bool {
        let namen = bestand.components(separatedBy: ", "), hashes = sha256.components(separatedBy: ",")
        return namen.count == hashes.count
            && zip(namen, hashes).allSatisfy { uitgebrachteGepubliceerdeBestanden[$0]?.contains($1) == true }
    }

    /// Every reference still points at a row: a record of the administration that names a
    /// bestuur, goal or action this version no longer knows stops the update.
    static func controleerVerwijzingen(_ db: Database) throws {
        let fouten = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
        guard !fouten.isEmpty else { return }
        let voorbeelden = try fouten.prefix(3).map { rij -> String in
            let tabel: String = rij[0], ouder: String = rij[2], rowid: Int64 = rij[1]
            let record = try Row.fetchOne(db, sql: "SELECT * FROM \(tabel) WHERE rowid = ?", arguments: [rowid])
            let bron = record.map { r -> String in
                let bestand: String? = r["bron_bestand"], rij: Int? = r["bron_rij"]
                return " (\(bestand ?? "?")\(rij.map { " rij \($0)" } ?? ""))"
            } ?? ""
            return "een rij van \(tabel)\(bron) verwijst naar een rij van \(ouder) die deze versie niet meer kent"
        }
        throw BijwerkFout(reden: voorbeelden.joined(separator: "; ") + (fouten.count > 3 ? " (en \(fouten.count - 3) meer)" : ""))
    }
}

/// The built-in data could not be brought up to date; nothing was changed.
struct BijwerkFout: Error {
    let reden: String
}

extension Vervanging.Records {
    /// The records of some project years.
    func van(_ jaren: Set<Int>) -> Self {
        func van<R: Gegeven>(_ r: [R]) -> [R] { r.filter { jaren.contains($0.projectjaar) } }
        switch self {
        case .toekenningen(let r): return .toekenningen(van(r))
        case .aanvragen(let r): return .aanvragen(van(r))
        case .samenwerkingen(let r): return .samenwerkingen(van(r))
        case .mentorschappen(let r): return .mentorschappen(van(r))
        case .sio(let r): return .sio(van(r))
        case .kpiRapporteringen(let r): return .kpiRapporteringen(van(r))
        case .acties: return self
        }
    }
}
