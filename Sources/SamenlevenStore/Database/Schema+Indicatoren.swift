import GRDB
import SamenlevenModel

extension Schema {
    /// Migration `v3-indicatoren`: the catalogue's indicators and the source and certainty of
    /// each catalogue fact in their own tables; grants and KPI reports can name an indicator
    /// (part of their key: a bestuur can have one grant per indicator of action 9). SQLite
    /// changes a primary key only by rebuilding the table; foreign keys and CHECKs stay. Rows
    /// of earlier versions name no indicator (''). Schema only: the built-in catalogue is
    /// written afterwards by `StandaardGegevens.werkBij`.
    static func indicatoren(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE actie_indicator (
                actie INTEGER NOT NULL REFERENCES actie(nummer),
                indicator TEXT NOT NULL CHECK (indicator <> ''),
                volgorde INTEGER NOT NULL,
                max_bereik INTEGER CHECK (max_bereik >= 0),
                bijdrage_per_eenheid_cent INTEGER CHECK (bijdrage_per_eenheid_cent >= 0),
                zekerheid TEXT NOT NULL,
                bron TEXT NOT NULL,
                PRIMARY KEY (actie, indicator)
            );
            CREATE TABLE actie_feit (
                actie INTEGER NOT NULL REFERENCES actie(nummer),
                feit TEXT NOT NULL CHECK (feit IN ('nummer', 'naam', 'doelstelling', 'indicatoren', 'standaardbedrag')),
                zekerheid TEXT NOT NULL,
                bron TEXT NOT NULL,
                PRIMARY KEY (actie, feit)
            );
            CREATE TABLE toekenning_v3 (
                \(jaarBestuurActiekolommen),
                indicator TEXT NOT NULL DEFAULT '',
                kpi_huidig_bereik INTEGER NOT NULL DEFAULT 0 CHECK (kpi_huidig_bereik >= 0),
                kpi_vooropgesteld INTEGER NOT NULL CHECK (kpi_vooropgesteld >= 0),
                subsidie_cent INTEGER NOT NULL CHECK (subsidie_cent >= 0),
                toelichting TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie, indicator)
            );
            INSERT INTO toekenning_v3 (projectjaar, bestuur, actie, kpi_huidig_bereik, kpi_vooropgesteld, subsidie_cent,
                                       toelichting, provincie_vermeld, bron_bestand, bron_rij, voorbeelddata)
                SELECT projectjaar, bestuur, actie, kpi_huidig_bereik, kpi_vooropgesteld, subsidie_cent,
                       toelichting, provincie_vermeld, bron_bestand, bron_rij, voorbeelddata FROM toekenning;
            DROP TABLE toekenning;
            ALTER TABLE toekenning_v3 RENAME TO toekenning;
            CREATE TABLE kpi_rapportering_v3 (
                \(jaarBestuurActiekolommen),
                indicator TEXT NOT NULL DEFAULT '',
                meetmoment TEXT NOT NULL CHECK (meetmoment IN ('6m', '12m')),
                kpi_behaald INTEGER NOT NULL CHECK (kpi_behaald >= 0),
                motivering TEXT,
                \(herkomstkolommen),
                PRIMARY KEY (projectjaar, bestuur, actie, indicator, meetmoment)
            );
            INSERT INTO kpi_rapportering_v3 (projectjaar, bestuur, actie, meetmoment, kpi_behaald, motivering,
                                             provincie_vermeld, bron_bestand, bron_rij, voorbeelddata)
                SELECT projectjaar, bestuur, actie, meetmoment, kpi_behaald, motivering,
                       provincie_vermeld, bron_bestand, bron_rij, voorbeelddata FROM kpi_rapportering;
            DROP TABLE kpi_rapportering;
            ALTER TABLE kpi_rapportering_v3 RENAME TO kpi_rapportering;
            """)
    }
}
