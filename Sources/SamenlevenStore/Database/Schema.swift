import GRDB
import SamenlevenModel

/// The store's schema as named migrations. A migration, once released, never changes:
/// new needs get a new migration, so existing stores upgrade in place. Migrations hold schema
/// only: the built-in data are written after them by `StandaardGegevens.werkBij`, which also
/// brings the data of existing stores up to date.
enum Schema {
    typealias Migratie = (naam: String, voerUit: @Sendable (Database) throws -> Void)

    /// `v1-referentiegegevens` and `v2-standaardgegevens` filled the store in earlier releases;
    /// they keep their names (stores record them) but write nothing any more.
    static let migraties: [Migratie] = [
        ("v1-schema", createTables),
        ("v1-referentiegegevens", { _ in }),
        ("v2-standaardgegevens", { _ in }),
        ("v3-indicatoren", indicatoren),
        ("v4-ingebouwde-gegevens", createIngebouwdeGegevens),
        ("v5-ingelezen-op", addIngelezenOp),
    ]

    /// The names of the migrations this version knows, in order.
    static let namen = migraties.map(\.naam)

    /// The schema version (`PRAGMA user_version`): the number of migrations this version knows.
    static let versie = namen.count

    /// The table that records applied migrations (the GRDB migrator's, which earlier versions
    /// used; stores made by them keep working).
    static let migratietabel = "grdb_migrations"

    /// Every migration recorded in the store, known or not, in the order applied; nil when
    /// the store has no migration table. Asks SQLite itself, not GRDB's schema cache: another
    /// command may have created the table since this connection last looked.
    static func opgetekend(_ db: Database) throws -> [String]? {
        guard try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                arguments: [migratietabel]) == true else { return nil }
        return try String.fetchAll(db, sql: "SELECT identifier FROM \(migratietabel) ORDER BY rowid")
    }

    /// The known migrations applied to the store, in order.
    static func toegepast(_ db: Database) throws -> [String] {
        let namen = Set(try opgetekend(db) ?? [])
        return Schema.namen.filter(namen.contains)
    }

    /// Applies the migrations the store lacks, all inside the caller's transaction: two
    /// commands that create the same store at once cannot both run a migration, and a store
    /// is never left half-created. Returns whether anything ran.
    static func werkBij(_ db: Database) throws -> Bool {
        let gedaan = Set(try toegepast(db))
        let open = migraties.filter { !gedaan.contains($0.naam) }
        guard !open.isEmpty else { return false }
        // Foreign keys are checked at the commit, as GRDB's migrator did.
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try db.execute(sql: "CREATE TABLE IF NOT EXISTS \(migratietabel) (identifier TEXT NOT NULL PRIMARY KEY)")
        for migratie in open {
            try migratie.voerUit(db)
            try db.execute(sql: "INSERT INTO \(migratietabel) (identifier) VALUES (?)", arguments: [migratie.naam])
        }
        return true
    }

    /// The columns most tables of imported records begin with: the project year, the bestuur
    /// and the action.
    ///
    /// This and `herkomstkolommen` are part of released migrations (`v1-schema`,
    /// `v3-indicatoren`): they never change. They are joined as those migrations always wrote
    /// their columns, one a line indented by four spaces, because SQLite keeps the text of
    /// each `CREATE TABLE` (`sqlite_master`): a new store gets the text a store of an earlier
    /// release has.
    static let jaarBestuurActiekolommen = kolommen([
        "projectjaar INTEGER NOT NULL CHECK (projectjaar BETWEEN 1 AND 3)",
        "bestuur TEXT NOT NULL REFERENCES bestuur(code)",
        "actie INTEGER NOT NULL REFERENCES actie(nummer)",
    ])

    /// The columns every table of imported records ends with (before its key): the province
    /// the source named, the source file and row, and whether the row is voorbeelddata.
    static let herkomstkolommen = kolommen([
        "provincie_vermeld TEXT",
        "bron_bestand TEXT NOT NULL",
        "bron_rij INTEGER",
        "voorbeelddata INTEGER NOT NULL DEFAULT 0",
    ])

    private static func kolommen(_ regels: [String]) -> String { regels.joined(separator: ",\n    ") }

    /// Every imported row carries its source (bron_bestand, bron_rij) and whether it is
    /// synthetic example data (voorbeelddata), so each figure can say where it came from.
    static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE bestuur (
                code TEXT PRIMARY KEY NOT NULL,
                naam TEXT NOT NULL,
                soort TEXT NOT NULL,
                provincie TEXT NOT NULL,
                arrondissement TEXT,
                geldig_van TEXT NOT NULL,
                geldig_tot TEXT,
                opvolger TEXT,
                inwoners_2020 INTEGER,
                toelichting TEXT
            );
            CREATE TABLE doelstelling (
                nummer INTEGER PRIMARY KEY NOT NULL,
                naam TEXT NOT NULL,
                omschrijving TEXT
            );
            CREATE TABLE actie (
                nummer INTEGER PRIMARY KEY NOT NULL CHECK (nummer BETWEEN 1 AND 24),
                naam TEXT NOT NULL,
                doelstelling INTEGER REFERENCES doelstelling(nummer),
                zekerheid TEXT NOT NULL,
                bron TEXT NOT NULL,
                kpi_eenheid TEXT,
                standaardbedrag_cent INTEGER CHECK (standaardbedrag_cent >= 0),
                gefinancierd INTEGER NOT NULL DEFAULT 1,
                vanaf_projectjaar INTEGER NOT NULL DEFAULT 1,
                opmerking TEXT,
                bron_bestand TEXT NOT NULL,
                bron_rij INTEGER
            );
            CREATE TABLE projectjaar (
                nummer INTEGER PRIMARY KEY NOT NULL,
                start TEXT NOT NULL,
                einde TEXT NOT NULL,
                toegekend_cent INTEGER NOT NULL,
                deelnemers_vermeld TEXT NOT NULL,
                bron TEXT NOT NULL,
                opmerking TEXT
            );
            CREATE TABLE gepubliceerd_cijfer (
                actie INTEGER NOT NULL,
                projectjaar INTEGER NOT NULL,
                budget_cent INTEGER NOT NULL,
                besturen INTEGER NOT NULL,
                kpi_vooropgesteld INTEGER NOT NULL,
                kpi_gerealiseerd INTEGER,
                bron TEXT NOT NULL,
                PRIMARY KEY (actie, projectjaar)
            );
            CREATE TABLE toekenning (
                \(jaarBestuurActiekolommen),
                kpi_huidig_bereik INTEGER NOT NULL DEFAULT 0 CHECK (kpi_huidig_bereik >= 0),
                kpi_vooropgesteld INTEGER NOT NULL CHECK (kpi_vooropgesteld >= 0),
                subsidie_cent INTEGER NOT NULL CHECK (subsidie_cent >= 0),
                toelichting TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie)
            );
            CREATE TABLE aanvraag (
                \(jaarBestuurActiekolommen),
                status TEXT NOT NULL CHECK (status IN ('goedgekeurd', 'geweigerd', 'ingetrokken')),
                reden TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie),
                CHECK (status <> 'geweigerd' OR reden IS NOT NULL)
            );
            CREATE TABLE samenwerking (
                projectjaar INTEGER NOT NULL CHECK (projectjaar BETWEEN 1 AND 3),
                indiener TEXT NOT NULL REFERENCES bestuur(code),
                partner TEXT NOT NULL REFERENCES bestuur(code),
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, indiener, partner),
                CHECK (indiener <> partner)
            );
            CREATE TABLE mentorschap (
                \(jaarBestuurActiekolommen),
                stimulans_cent INTEGER NOT NULL CHECK (stimulans_cent >= 0),
                toelichting TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie)
            );
            CREATE TABLE sio (
                projectjaar INTEGER NOT NULL CHECK (projectjaar BETWEEN 1 AND 3),
                bestuur TEXT NOT NULL REFERENCES bestuur(code),
                investeerder TEXT,
                sociale_organisatie TEXT,
                bedrag_cent INTEGER NOT NULL CHECK (bedrag_cent >= 0),
                toelichting TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur)
            );
            CREATE TABLE kpi_rapportering (
                \(jaarBestuurActiekolommen),
                meetmoment TEXT NOT NULL CHECK (meetmoment IN ('6m', '12m')),
                kpi_behaald INTEGER NOT NULL CHECK (kpi_behaald >= 0),
                motivering TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie, meetmoment)
            );
            -- Which file each kind's records of a project year came from (the data vintage).
            -- Replaced, not appended, on import: importing the same file twice changes nothing.
            CREATE TABLE bronbestand (
                soort TEXT NOT NULL,
                projectjaar INTEGER NOT NULL,
                bestand TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                rijen INTEGER NOT NULL,
                voorbeelddata INTEGER NOT NULL DEFAULT 0,
                PRIMARY KEY (soort, projectjaar)
            );
            """)
    }

    /// The built-in reference data: besturen of both geographies, goals, the action
    /// catalogue (without `catalogus`: the administration imported its own), project years and
    /// the published per-action figures. Written by `StandaardGegevens.werkBij` into emptied tables.
    static func seedReferenceData(_ db: Database, catalogus: Bool) throws {
        let referentie = Referentie.ingebouwd
        for b in referentie.besturen {
            try db.execute(
                sql: """
                    INSERT INTO bestuur (code, naam, soort, provincie, arrondissement, geldig_van, geldig_tot,
                                         opvolger, inwoners_2020, toelichting)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [b.code, b.naam, b.soort.rawValue, b.provincie.rawValue, b.arrondissement, b.geldigVan.iso,
                            b.geldigTot?.iso, b.opvolger, b.inwoners2020, b.toelichting])
        }
        for d in Doelstelling.alle {
            try db.execute(sql: "INSERT INTO doelstelling (nummer, naam, omschrijving) VALUES (?, ?, ?)",
                           arguments: [d.nummer, d.naam, d.omschrijving])
        }
        for a in referentie.acties.acties where catalogus {
            try ActieTable.vervang(a, bronBestand: ActieTable.ingebouwdBestand, bronRij: a.nummer + 1, db: db)
        }
        for p in Projectjaar.alle {
            try db.execute(
                sql: """
                    INSERT INTO projectjaar (nummer, start, einde, toegekend_cent, deelnemers_vermeld, bron, opmerking)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [p.nummer, p.start.iso, p.einde.iso, p.toegekend.cents, p.deelnemersVermeld, p.bron, p.opmerking])
        }
        for c in referentie.gepubliceerdeCijfers {
            try db.execute(
                sql: """
                    INSERT INTO gepubliceerd_cijfer (actie, projectjaar, budget_cent, besturen, kpi_vooropgesteld,
                                                     kpi_gerealiseerd, bron)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [c.actie, c.projectjaar, c.budget.cents, c.besturen, c.kpiVooropgesteld, c.kpiGerealiseerd, c.bron])
        }
    }

    /// Which version of the built-in data the store holds (`StandaardGegevens.versie`), and
    /// whether it holds the default dataset: one row, written by `StandaardGegevens.werkBij`.
    static func createIngebouwdeGegevens(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ingebouwde_gegevens (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                versie INTEGER NOT NULL,
                standaardgegevens INTEGER NOT NULL
            )
            """)
    }
}
