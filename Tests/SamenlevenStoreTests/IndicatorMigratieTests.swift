import Foundation
import GRDB
import Testing
import SamenlevenModel
@testable import SamenlevenStore

/// Migration v3-indicatoren on a store made by an earlier version (schema up to v2).
@Suite("Migratie v3-indicatoren")
struct IndicatorMigratieTests {
    /// A store as the previous release left it: migrations v1 and v2 and the built-in
    /// catalogue; `aanpassing` changes it before it is closed.
    static func vorigeVersie(_ path: String, aanpassing: (Database) throws -> Void) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try Schema.createTables(db)
            // The catalogue as v1 stored it: the action rows only (v3 adds the indicators).
            try Schema.seedReferenceData(db, catalogus: false)
            for a in Referentie.ingebouwd.acties.acties {
                try ActieTable.insert(a, bronBestand: ActieTable.ingebouwdBestand, bronRij: a.nummer + 1, db: db)
            }
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for naam in ["v1-schema", "v1-referentiegegevens", "v2-standaardgegevens"] {
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES (?)", arguments: [naam])
            }
            try aanpassing(db)
        }
        try queue.close()
    }

    @Test func anEarlierStoreGetsTheIndicatorsAndKeepsItsRows() throws {
        let path = NSTemporaryDirectory() + "samenleven-v3-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        // The old built-in entry of action 22, an imported grant and KPI report.
        try Self.vorigeVersie(path) { db in
            try db.execute(sql: "UPDATE actie SET naam = 'Actie 22 (niet benoemd in de bronnen)', doelstelling = NULL, zekerheid = 'onbekend' WHERE nummer = 22")
            try db.execute(sql: """
                INSERT INTO toekenning (projectjaar, bestuur, actie, kpi_huidig_bereik, kpi_vooropgesteld, subsidie_cent, bron_bestand, bron_rij)
                VALUES (2, '44021', 9, 0, 100, 6500000, 'toekenningen.csv', 2);
                INSERT INTO kpi_rapportering (projectjaar, bestuur, actie, meetmoment, kpi_behaald, bron_bestand, bron_rij)
                VALUES (2, '44021', 9, '12m', 80, 'kpi.csv', 2);
                """)
        }

        let store = try Store.open(path: path, standaardgegevens: false)
        #expect(try store.appliedMigrations().suffix(3) == ["v3-indicatoren", "v4-ingebouwde-gegevens", "v5-ingelezen-op"])
        let gegevens = try store.gegevens()
        #expect(gegevens.toekenningen.map { [$0.bestuur, String($0.actie), $0.indicator ?? "-", $0.herkomst.bron, String($0.herkomst.rij ?? 0)] }
                == [["44021", "9", "-", "toekenningen.csv", "2"]])
        #expect(gegevens.toekenningen.first?.subsidie == Euro(euros: 65_000))
        #expect(gegevens.kpiRapporteringen.map(\.kpiBehaald) == [80])
        let acties = try store.acties()
        // The built-in catalogue follows the form.
        #expect(acties[22]?.naam.hasPrefix("Pleinmakers") == true)
        #expect(acties[22]?.indicatoren.map(\.naam) == ["pleinmakers"])
        #expect(acties[9]?.indicatoren.count == 3)
        // A grant per indicator now fits beside it.
        _ = try Importer(store: store).importeer([ImportBestand(naam: "toekenningen-per-indicator.csv", csv: Data(
            "projectjaar,bestuur,actie,indicator,kpi_vooropgesteld,subsidie\n1,Gent,9,begeleide nieuwkomers,10,6.500\n1,Gent,9,begeleide 55-plussers,10,6.500\n".utf8))])
        #expect(try store.gegevens().toekenningen.filter { $0.projectjaar == 1 }.count == 2)
    }

    /// An imported catalogue wins over the built-in one: it stays as imported, without
    /// indicators, and the certainties of the previous release read as their successors.
    @Test func anImportedCatalogueStaysWithItsOldCertainties() throws {
        let path = NSTemporaryDirectory() + "samenleven-v3-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Self.vorigeVersie(path) { db in
            try db.execute(sql: "UPDATE actie SET bron_bestand = 'abb.csv', zekerheid = 'waarschijnlijk'")
            try db.execute(sql: "UPDATE actie SET naam = 'Pleinwerking', zekerheid = 'onbekend' WHERE nummer = 1")
            try db.execute(sql: "UPDATE actie SET naam = 'Actie 22 (niet benoemd in de bronnen)' WHERE nummer = 22")
        }
        let acties = try Store.open(path: path, standaardgegevens: false).acties()
        #expect(acties[1]?.naam == "Pleinwerking")
        #expect(acties[1]?.zekerheid == .aanname)
        #expect(acties[2]?.zekerheid == .afgeleid)
        #expect(acties[22]?.naam == "Actie 22 (niet benoemd in de bronnen)")
        #expect(acties.acties.allSatisfy { $0.indicatoren.isEmpty })
    }
}
