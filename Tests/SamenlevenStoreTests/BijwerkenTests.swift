import Foundation
import GRDB
import Testing
import SamenlevenModel
import SamenlevenStore

/// Existing stores get this version's built-in data on first use; the administration's own
/// data stay as they were.
@Suite("Een bestaande databank bijwerken")
struct BijwerkenTests {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let sources = tests.deletingLastPathComponent().appendingPathComponent("Sources")

    /// A copy of a store made by the previous release (`Tests/Fixtures/Databank/README.md`).
    func kopie(_ naam: String) throws -> String {
        let map = NSTemporaryDirectory() + "samenleven-bijwerken-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: map, withIntermediateDirectories: true)
        let path = map + "/databank.sqlite"
        try FileManager.default.copyItem(at: Self.tests.appendingPathComponent("Fixtures/Databank/\(naam)"),
                                         to: URL(fileURLWithPath: path))
        return path
    }

    func rijen(_ path: String, _ sql: String) throws -> [[DatabaseValue]] {
        try DatabaseQueue(path: path).read { db in try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) } }
    }

    func versie(_ path: String) throws -> Int? {
        try DatabaseQueue(path: path).read { db in
            guard try db.tableExists("ingebouwde_gegevens") else { return nil }
            return try Int.fetchOne(db, sql: "SELECT versie FROM ingebouwde_gegevens")
        }
    }

    func sha(_ path: String) throws -> String {
        try sha256Hex(Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// The columns of the previous release (v3-indicatoren adds `indicator`, empty for them).
    static let eigenToekenningen = """
        SELECT projectjaar, bestuur, actie, kpi_huidig_bereik, kpi_vooropgesteld, subsidie_cent, toelichting,
               provincie_vermeld, bron_bestand, bron_rij, voorbeelddata
        FROM toekenning WHERE projectjaar = 2 ORDER BY bestuur, actie
        """
    /// The columns of the previous release (`v5-ingelezen-op` adds `ingelezen_op`, NULL for its rows).
    static let eigenBron = "SELECT soort, projectjaar, bestand, sha256, rijen, voorbeelddata FROM bronbestand WHERE soort = 'toekenningen' AND projectjaar = 2"

    /// What the previous release left: the administration's year-2 grants, and built-in data
    /// that this test makes older than this version's (a renamed action, a changed example
    /// grant and bestuur, a missing published figure), so that the refresh has work to do.
    func maakOuder(_ path: String) throws {
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                UPDATE actie SET naam = 'oude naam' WHERE nummer = 2;
                UPDATE toekenning SET subsidie_cent = subsidie_cent + 1
                    WHERE rowid = (SELECT min(rowid) FROM toekenning WHERE projectjaar = 1);
                UPDATE bestuur SET naam = 'oude naam' WHERE code = '44021';
                DELETE FROM gepubliceerd_cijfer WHERE rowid = (SELECT min(rowid) FROM gepubliceerd_cijfer);
                """)
        }
    }

    @Test func aStoreOfThePreviousReleaseIsBroughtUpToDateOnFirstUse() throws {
        let path = try kopie("vorige-versie.sqlite")
        try maakOuder(path)
        let eigen = try rijen(path, Self.eigenToekenningen), eigenBron = try rijen(path, Self.eigenBron)
        #expect(eigen.count == 3 && eigenBron.count == 1)
        #expect(try versie(path) == nil)

        let store = try Store.open(path: path)
        #expect(try versie(path) == StandaardGegevens.versie)
        #expect(try store.appliedMigrations().last == "v5-ingelezen-op")
        // The administration's rows: byte-for-byte what they were, source and row included.
        #expect(try rijen(path, Self.eigenToekenningen) == eigen)
        #expect(try rijen(path, Self.eigenBron) == eigenBron)
        #expect(try rijen(path, "SELECT ingelezen_op FROM bronbestand WHERE soort = 'toekenningen' AND projectjaar = 2") == [[.null]])
        #expect(try store.gegevens(projectjaar: 2).toekenningen.allSatisfy { !$0.herkomst.voorbeelddata })

        // Everything the toolkit wrote is what a new store holds.
        let nieuw = try Store.inMemory(standaardgegevens: true)
        let g = try store.gegevens(), n = try nieuw.gegevens()
        #expect(g.toekenningen.filter { $0.projectjaar != 2 } == n.toekenningen.filter { $0.projectjaar != 2 })
        #expect(g.aanvragen == n.aanvragen)
        #expect(g.samenwerkingen == n.samenwerkingen)
        #expect(g.mentorschappen == n.mentorschappen)
        #expect(g.sio == n.sio)
        #expect(g.kpiRapporteringen == n.kpiRapporteringen)
        let andereBronnen = { (b: [Bronbestand]) in b.filter { !($0.soort == "toekenningen" && $0.projectjaar == 2) } }
        #expect(andereBronnen(try store.bronbestanden()) == andereBronnen(try nieuw.bronbestanden()))
        #expect(try store.acties() == Referentie.ingebouwd.acties)
        #expect(try store.gepubliceerdeCijfers() == nieuw.gepubliceerdeCijfers())
        let datum = CalendarDate(year: 2024, month: 6, day: 1)
        #expect(try store.besturen(geldigOp: datum) == nieuw.besturen(geldigOp: datum))

        // Up to date now: opening and reading again leaves the file as it is.
        let voor = try sha(path)
        _ = try Store.open(path: path).gegevens()
        #expect(try sha(path) == voor)
    }

    /// Released migrations never change: a store of the previous release, brought up to date,
    /// has the schema of a new store to the letter (SQLite keeps the text of each CREATE, so
    /// the tables `v1-schema` made then show the text it wrote then).
    @Test func anUpdatedStoreHasTheSchemaOfANewOneToTheLetter() throws {
        let path = try kopie("vorige-versie.sqlite")
        _ = try Store.open(path: path)
        let nieuw = NSTemporaryDirectory() + "samenleven-schema-\(UUID().uuidString).sqlite"
        defer { try? FileManager.default.removeItem(atPath: nieuw) }
        _ = try Store.open(path: nieuw, standaardgegevens: false)
        let schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        let bijgewerkt = try rijen(path, schema)
        #expect(bijgewerkt.count > 20)
        #expect(bijgewerkt == (try rijen(nieuw, schema)))
    }

    @Test func anImportedCatalogueWinsOverTheBuiltInOne() throws {
        let path = try kopie("vorige-versie-eigen-catalogus.sqlite")
        try maakOuder(path)
        let catalogus = try rijen(path, "SELECT * FROM actie ORDER BY nummer")
        #expect(try rijen(path, "SELECT naam, bron_bestand FROM actie WHERE nummer = 3")
                == [["Eigen actie van de administratie".databaseValue, "acties.csv".databaseValue]])

        let store = try Store.open(path: path)
        #expect(try versie(path) == StandaardGegevens.versie)
        #expect(try rijen(path, "SELECT * FROM actie ORDER BY nummer") == catalogus)
        #expect(try store.acties().acties.first { $0.nummer == 2 }?.naam == "oude naam")
        // The rest is brought up to date all the same.
        let nieuw = try Store.inMemory(standaardgegevens: true)
        #expect(try store.gegevens(projectjaar: 1).toekenningen == nieuw.gegevens(projectjaar: 1).toekenningen)
    }

    @Test func aRefreshThatWouldBreakAReferenceChangesNothingAndSaysWhy() throws {
        let path = try kopie("vorige-versie.sqlite")
        // A bestuur this version does not know, used by a row of the administration.
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                INSERT INTO bestuur (code, naam, soort, provincie, geldig_van) VALUES ('99999', 'Nergensdorp', 'gemeente', 'Antwerpen', '2019-01-01');
                INSERT INTO toekenning (projectjaar, bestuur, actie, kpi_vooropgesteld, subsidie_cent, bron_bestand, bron_rij)
                    VALUES (2, '99999', 5, 10, 100000, 'toekenningen-projectjaar-2.csv', 5);
                """)
        }
        let gegevens = "SELECT * FROM toekenning ORDER BY projectjaar, bestuur, actie"
        let voor = try rijen(path, gegevens), migraties = try rijen(path, "SELECT * FROM grdb_migrations")
        #expect {
            try Store.open(path: path)
        } throws: { error in
            guard case StoreError.nietBijgewerkt = error else { return false }
            let tekst = "\(error)"
            return tekst.contains("toekenning (toekenningen-projectjaar-2.csv rij 5) verwijst naar een rij van bestuur")
                && tekst.contains("Er is niets veranderd")
        }
        #expect(try rijen(path, gegevens) == voor)
        #expect(try rijen(path, "SELECT * FROM grdb_migrations") == migraties)
    }

    /// Two commands that find the same old store: one brings it up to date, the other waits
    /// and then finds nothing left to do.
    @Test func severalOpeningsAtOnceAllSucceed() throws {
        let path = try kopie("vorige-versie.sqlite")
        let eigen = try rijen(path, Self.eigenToekenningen)
        let fouten = DispatchQueue(label: "fouten")
        nonisolated(unsafe) var gemeld: [String] = []
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            do { _ = try Store.open(path: path) } catch { fouten.sync { gemeld.append("\(error)") } }
        }
        #expect(fouten.sync { gemeld } == [])
        #expect(try versie(path) == StandaardGegevens.versie)
        #expect(try rijen(path, Self.eigenToekenningen) == eigen)
        let nieuw = try Store.inMemory(standaardgegevens: true)
        #expect(try Store.open(path: path).gegevens(projectjaar: 3) == nieuw.gegevens(projectjaar: 3))
    }

    @Test func removedExampleDataStayRemovedWhileTheVersionIsTheSame() throws {
        let path = try kopie("vorige-versie.sqlite")
        #expect(try Store.open(path: path).verwijderVoorbeelddata() > 0)
        let store = try Store.open(path: path)
        #expect(try store.gegevens().toekenningen.allSatisfy { !$0.herkomst.voorbeelddata })
    }

    @Test func aStoreMadeWithoutTheDefaultDatasetStaysWithout() throws {
        let path = try kopie("vorige-versie.sqlite")
        try FileManager.default.removeItem(atPath: path)
        _ = try Store.open(path: path, standaardgegevens: false)
        let store = try Store.open(path: path, standaardgegevens: true)
        #expect(try store.gegevens().toekenningen.isEmpty)
        #expect(try store.acties() == Referentie.ingebouwd.acties)
    }

    /// The version of the built-in data goes up with its content: the default dataset's files
    /// (published and generated), the bundled reference files (catalogue, besturen, published
    /// figures) and the goals and project years.
    /// Version 1 changed content several times while it was being built (the catalogue of the
    /// application form, year 3 after the verdeelsleutel); version 2 is the content of
    /// 2026-12-01, so that every store made with one of those states is brought up to date.
    static let digests: [(versie: Int, sha256: String)] = [
        (2, "ae6c074ecbe7c4430ff919bca10117328c51ce9fc09ce52141c3303b372dd751"),
    ]

    @Test func theVersionIsRaisedWhenTheBuiltInDataChange() throws {
        var inhoud = Data()
        func voegToe(_ naam: String, _ data: Data) { inhoud += Data("\(naam) \(data.count)\n".utf8) + data }
        for bestand in try StandaardGegevens.bestanden() {
            guard case .csv(let data) = bestand.inhoud else { Issue.record("\(bestand.naam) is geen CSV in het geheugen"); continue }
            voegToe(bestand.naam, data)
        }
        let resources = Self.sources.appendingPathComponent("SamenlevenModel/Resources")
        for naam in try FileManager.default.contentsOfDirectory(atPath: resources.path).filter({ $0.hasSuffix(".csv") }).sorted() {
            voegToe(naam, try Data(contentsOf: resources.appendingPathComponent(naam)))
        }
        let json = JSONEncoder()
        json.outputFormatting = [.sortedKeys]
        voegToe("doelstellingen", try json.encode(Doelstelling.alle))
        voegToe("projectjaren", try json.encode(Projectjaar.alle))
        let laatste = try #require(Self.digests.last)
        #expect(laatste.versie == StandaardGegevens.versie)
        #expect(sha256Hex(inhoud) == laatste.sha256, """
            de ingebouwde gegevens zijn veranderd: verhoog StandaardGegevens.versie (zodat bestaande databanken \
            bijgewerkt worden) en voeg hier (\(StandaardGegevens.versie + 1), "\(sha256Hex(inhoud))") toe
            """)
    }

    @Test func theCurrentPublishedFilesAreAmongTheReleasedVersions() throws {
        for bestand in try StandaardGegevens.gepubliceerdeBestanden() {
            guard case .csv(let data) = bestand.inhoud else { continue }
            #expect(StandaardGegevens.uitgebrachteGepubliceerdeBestanden[bestand.naam]?.contains(sha256Hex(data)) == true,
                    "voeg de SHA-256 van \(bestand.naam) toe aan StandaardGegevens.uitgebrachteGepubliceerdeBestanden")
        }
    }
}
