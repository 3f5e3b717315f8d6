import Foundation
import Testing
import SamenlevenModel
import SamenlevenStore

/// Import through the public API: round trips, idempotence, replacement, atomicity, provenance.
@Suite("Import: geldige bestanden")
struct ImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Import")

    func csv(_ naam: String, _ text: String) -> ImportBestand {
        ImportBestand(naam: naam, csv: Data(text.utf8))
    }

    func temporaryStore() throws -> Store {
        try Store.open(path: NSTemporaryDirectory() + "samenleven-import-\(UUID().uuidString).sqlite", standaardgegevens: false)
    }

    @Test func csvRoundTripKeepsEveryValueAndItsRow() throws {
        let store = try Store.inMemory()
        let verslag = try Importer(store: store).importeer([ImportBestand(url: Self.fixtures.appendingPathComponent("toekenningen-geldig.csv"))])
        #expect(verslag.tellingen == [{ var t = ImportTelling(soort: .toekenningen); t.toegevoegd = 5; return t }()])
        func h(_ rij: Int) -> Herkomst { Herkomst(bron: "toekenningen-geldig.csv", rij: rij) }
        let expected = [
            Toekenning(projectjaar: 1, bestuur: "11002", actie: 5, kpiHuidigBereik: 500, kpiVooropgesteld: 800,
                       subsidie: Euro(euros: 36_000), provincieVermeld: "Antwerpen", herkomst: h(4)),
            Toekenning(projectjaar: 1, bestuur: "44021", actie: 2, kpiHuidigBereik: 0, kpiVooropgesteld: 1,
                       subsidie: Euro(euros: 25_000), toelichting: "actieplan; met \"citaat\"", herkomst: h(3)),
            Toekenning(projectjaar: 1, bestuur: "44021", actie: 5, kpiHuidigBereik: 100, kpiVooropgesteld: 500,
                       subsidie: Euro(euros: 30_000), toelichting: "oefenkansen in de bib", provincieVermeld: "Oost-Vlaanderen", herkomst: h(2)),
            Toekenning(projectjaar: 1, bestuur: "DERAND", actie: 5, kpiHuidigBereik: 10, kpiVooropgesteld: 30,
                       subsidie: Euro(euros: 1_200), herkomst: h(6)),
            Toekenning(projectjaar: 1, bestuur: "VGC", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: 100,
                       subsidie: Euro(cents: 600_050), toelichting: "twee\nregels", provincieVermeld: "Brussel", herkomst: h(5)),
        ]
        #expect(try store.gegevens().toekenningen == expected)
    }

    @Test func theSourceFileRecordsWhenItWasImportedAndTheSameFileAgainChangesNothing() throws {
        let store = try temporaryStore()
        let bestand = ImportBestand(url: Self.fixtures.appendingPathComponent("toekenningen-geldig.csv"))
        let voor = Date(timeIntervalSinceNow: -1)
        _ = try Importer(store: store).importeer([bestand])
        let na = Date(timeIntervalSinceNow: 1)
        let eerste = try #require(try store.bronbestanden().first { $0.soort == "toekenningen" })
        let moment = try #require(eerste.ingelezenOp)
        #expect(moment >= voor && moment <= na)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
        _ = try Importer(store: store).importeer([bestand])
        #expect(try store.bronbestanden().first { $0.soort == "toekenningen" } == eerste)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == bytes)
        // The built-in data record no moment: two new stores are alike.
        #expect(try Store.inMemory(standaardgegevens: true).bronbestanden().allSatisfy { $0.ingelezenOp == nil })
    }

    @Test func xlsxRoundTripReadsEverySheetOfAKind() throws {
        let store = try Store.inMemory()
        let verslag = try Importer(store: store).importeer([ImportBestand(url: Self.fixtures.appendingPathComponent("gegevens-geldig.xlsx"))])
        #expect(verslag.waarschuwingen == ["gegevens-geldig.xlsx: blad 'Instructies' genegeerd (geen soort; verwacht een van: toekenningen, aanvragen, samenwerkingsverbanden, mentorschappen, sio, kpi_rapportering, acties)"])
        let g = try store.gegevens()
        func h(_ blad: String, _ rij: Int) -> Herkomst { Herkomst(bron: "gegevens-geldig.xlsx[\(blad)]", rij: rij) }
        #expect(g.toekenningen == [
            Toekenning(projectjaar: 2, bestuur: "11002", actie: 5, kpiHuidigBereik: 500, kpiVooropgesteld: 800,
                       subsidie: Euro(cents: 3_600_050), herkomst: h("toekenningen", 3)),
            Toekenning(projectjaar: 2, bestuur: "44021", actie: 5, kpiHuidigBereik: 100, kpiVooropgesteld: 500,
                       subsidie: Euro(euros: 30_000), toelichting: "oefenkansen", herkomst: h("toekenningen", 2)),
            Toekenning(projectjaar: 2, bestuur: "46020", actie: 2, kpiHuidigBereik: 0, kpiVooropgesteld: 1,
                       subsidie: Euro(euros: 25_000), toelichting: "inline", herkomst: h("toekenningen", 4)),
        ])
        #expect(g.samenwerkingen.map { "\($0.indiener)>\($0.partner)" } == ["46013>11056", "46013>46025"])
        #expect(g.mentorschappen == [Mentorschap(projectjaar: 2, bestuur: "44021", actie: 17, stimulans: Euro(euros: 10_000),
                                                 toelichting: "omstaanders", herkomst: h("mentorschappen", 2))])
        #expect(g.sio.first?.bedrag == Euro(euros: 25_000))
        #expect(g.sio.first?.investeerder == nil)
        #expect(g.aanvragen.map(\.status) == [.geweigerd, .goedgekeurd])   // ordered by key: Lier 12021, Gent 44021
        #expect(g.aanvragen.first?.reden == "KPI niet meetbaar")
        #expect(g.kpiRapporteringen.map(\.kpiBehaald) == [480, 260])
    }

    @Test func importingTheSameFileTwiceChangesNothing() throws {
        let store = try temporaryStore()
        let file = ImportBestand(url: Self.fixtures.appendingPathComponent("gegevens-geldig.xlsx"))
        _ = try Importer(store: store).importeer([file])
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let again = try Importer(store: store).importeer([file])
        #expect(again.tellingen.allSatisfy { $0.toegevoegd == 0 && $0.vervangen == 0 && $0.verwijderd == 0 && $0.ongewijzigd > 0 })
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func aKindIsReplacedForTheProjectYearsInTheFileOnly() throws {
        let store = try Store.inMemory()
        let header = "projectjaar,bestuur,actie,kpi_vooropgesteld,subsidie\n"
        _ = try Importer(store: store).importeer([csv("toekenningen-1.csv", header + "1,Gent,5,10,1.000\n1,Gent,2,1,25.000\n1,Lier,5,10,1.000\n2,Lier,5,10,1.000\n")])
        let verslag = try Importer(store: store).importeer([csv("toekenningen-1.csv", header + "1,Gent,5,10,1.000\n1,Gent,2,1,12.500\n")])
        var expected = ImportTelling(soort: .toekenningen)
        expected.ongewijzigd = 1
        expected.vervangen = 1
        expected.verwijderd = 1
        #expect(verslag.tellingen == [expected])
        let rows = try store.gegevens().toekenningen.map { "\($0.projectjaar) \($0.bestuur) \($0.actie) \($0.subsidie.cents)" }
        #expect(rows == ["1 44021 2 1250000", "1 44021 5 100000", "2 12021 5 100000"])
    }

    @Test func dryRunStoresNothing() throws {
        let store = try temporaryStore()
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let verslag = try Importer(store: store).importeer([csv("sio.csv", "projectjaar,bestuur,bedrag\n1,Sint-Niklaas,25.000\n")],
                                                           opties: ImportOpties(droog: true))
        #expect(verslag.droog)
        #expect(verslag.tellingen.first?.toegevoegd == 1)
        #expect(try store.gegevens().sio.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
    }

    @Test func oneBadFileMeansNothingFromAnyFileIsStored() throws {
        let store = try Store.inMemory()
        #expect(throws: ImportFailure.self) {
            try Importer(store: store).importeer([
                csv("sio.csv", "projectjaar,bestuur,bedrag\n1,Sint-Niklaas,25.000\n"),
                csv("mentorschappen.csv", "projectjaar,bestuur,actie\n1,Gent,55\n"),
            ])
        }
        #expect(try store.gegevens() == Gegevens())
    }

    @Test func aDuplicateKeyIsNamedByTheKindsKeyColumns() throws {
        let store = try Store.inMemory()
        do {
            _ = try Importer(store: store).importeer([
                csv("samenwerkingsverbanden.csv", "projectjaar,indiener,partner\n2,Gent,Merelbeke\n2,44021,Merelbeke\n"),
                csv("kpi_rapportering.csv", "projectjaar,bestuur,actie,meetmoment,kpi_behaald\n1,Gent,5,6m,3\n1,Gent,5,6M,4\n1,Gent,5,12m,4\n"),
                csv("acties.csv", "nummer,naam,doelstelling\n3,Een,1\n3,Twee,1\n"),
            ])
            Issue.record("expected duplicate keys")
        } catch let failure as ImportFailure {
            // Problems come sorted by file, row and column.
            #expect(failure.problemen.map(\.description) == [
                "acties.csv:3: dubbele sleutel (actie 3): staat ook op rij 2",
                "kpi_rapportering.csv:3: dubbele sleutel (projectjaar 1, Gent, actie 5, meetmoment 6m): staat ook op rij 2",
                "samenwerkingsverbanden.csv:3: dubbele sleutel (projectjaar 2, indiener Gent, partner Merelbeke): staat ook op rij 2",
            ])
        }
    }

    @Test func duplicateKeysAcrossFilesNameBothPlaces() throws {
        let store = try Store.inMemory()
        do {
            _ = try Importer(store: store).importeer([
                csv("sio-a.csv", "projectjaar,bestuur,bedrag\n1,Sint-Niklaas,25.000\n"),
                csv("sio-b.csv", "projectjaar,bestuur,bedrag\n1,46021,25.000\n"),
            ])
            Issue.record("expected a duplicate key")
        } catch let failure as ImportFailure {
            #expect(failure.problemen.map(\.description) == ["sio-b.csv:2: dubbele sleutel (projectjaar 1, Sint-Niklaas): staat ook op sio-a.csv rij 2"])
        }
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() throws {
        let store = try Store.inMemory()
        do {
            _ = try Importer(store: store).importeer([csv("kpi_rapportering.csv",
                "projectjaar,bestuur,actie,meetmoment,kpi_behaald\n4,Gent,5,6m,1\n1,Gnet,5,9m,1\n1,Gent,25,12m,x\n")])
            Issue.record("expected problems")
        } catch let failure as ImportFailure {
            #expect(failure.problemen.map(\.description) == [
                "kpi_rapportering.csv:2:projectjaar: projectjaar 4 bestaat niet; toegelaten: 1, 2 of 3",
                "kpi_rapportering.csv:3:bestuur: onbekend bestuur 'Gnet'; bedoelde u Gent (44021), Geel (13008), Genk (71016)?",
                "kpi_rapportering.csv:3:meetmoment: '9m' is geen geldige waarde voor meetmoment; toegelaten: 6m, 12m",
                "kpi_rapportering.csv:4:actie: onbekende actie 25; de catalogus kent de acties 1 tot 24",
                "kpi_rapportering.csv:4:kpi_behaald: 'x' is geen geldig getal",
            ])
        }
    }

    @Test func kindComesFromTheFileNameOrIsGiven() throws {
        #expect(Soort(bestandsnaam: "toekenningen-2024.csv") == .toekenningen)
        #expect(Soort(bestandsnaam: "kpi-rapportering-jaar2.csv") == .kpiRapportering)
        #expect(Soort(bestandsnaam: "Acties.csv") == .acties)
        #expect(Soort(bestandsnaam: "data.csv") == nil)
        let store = try Store.inMemory()
        #expect(throws: ImportFailure.self) { try Importer(store: store).importeer([csv("data.csv", "projectjaar,bestuur,bedrag\n1,Gent,1\n")]) }
        let given = try Importer(store: store).importeer([ImportBestand(naam: "data.csv", csv: Data("projectjaar,bestuur,bedrag\n1,Gent,1\n".utf8), soort: .sio)])
        #expect(given.tellingen.first?.soort == .sio)
    }

    @Test func anImportedCatalogueReplacesTheBuiltInEntries() throws {
        let store = try Store.inMemory()
        _ = try Importer(store: store).importeer([csv("acties.csv", "nummer,naam,doelstelling,kpi_eenheid,standaardbedrag\n1,Pleinwerking,1,plein,\"1.000,00\"\n")])
        let catalogus = try store.acties()
        #expect(catalogus[1]?.naam == "Pleinwerking")
        #expect(catalogus[1]?.standaardbedrag == Euro(euros: 1_000))
        #expect(catalogus[2]?.naam == Referentie.ingebouwd.acties[2]?.naam)
        #expect(catalogus.acties.count == 24)
        // An acties file without indicator rows keeps the indicators the store has (and p follows them).
        _ = try Importer(store: store).importeer([csv("acties.csv", "nummer,naam,doelstelling\n5,Oefenkansen,2\n")])
        let vijf = try #require(try store.acties()[5])
        #expect(vijf.naam == "Oefenkansen")
        #expect(vijf.indicatoren == Referentie.ingebouwd.acties[5]?.indicatoren)
        #expect(vijf.standaardbedrag == Euro(euros: 120))
    }

    /// One row per action and indicator, like the form; p derived as twice the contribution.
    @Test func anImportedCatalogueBringsItsIndicators() throws {
        let store = try Store.inMemory()
        _ = try Importer(store: store).importeer([csv("acties.csv", """
            nummer,naam,doelstelling,kpi_eenheid,standaardbedrag,indicator,max_bereik,bijdrage_per_eenheid
            9,Begeleiding naar werk,4,,,nieuwkomers,100,700
            9,Begeleiding naar werk,4,,,55-plussers,50,700
            3,Een nieuwe actie,7,,,,,

            """)])
        let catalogus = try store.acties()
        let negen = try #require(catalogus[9])
        #expect(negen.indicatoren.map(\.naam) == ["nieuwkomers", "55-plussers"])
        #expect(negen.indicatoren.map(\.maxBereik) == [100, 50])
        #expect(negen.standaardbedrag == Euro(euros: 1_400))
        #expect(negen.herleiding(.standaardbedrag).zekerheid == .afgeleid)
        #expect(negen.herleiding(.indicatoren) == Herleiding(.zeker, "acties.csv:2"))
        #expect(catalogus[3]?.naam == "Een nieuwe actie" && catalogus[3]?.indicatoren.isEmpty == true)
        // Grants name the imported indicators now.
        _ = try Importer(store: store).importeer([csv("toekenningen.csv", "projectjaar,bestuur,actie,indicator,kpi_vooropgesteld,subsidie\n1,Gent,9,55 Plussers,10,7.000\n")])
        #expect(try store.gegevens().toekenningen.map(\.indicator) == ["55-plussers"])
        // Rows of one action must agree on its name and goal.
        #expect(throws: ImportFailure.self) {
            try Importer(store: store).importeer([csv("acties.csv", "nummer,naam,doelstelling,indicator\n9,Werk,4,a\n9,Ander,4,b\n")])
        }
    }

    @Test func exampleDataIsMarkedByName() throws {
        let store = try Store.inMemory()
        _ = try Importer(store: store).importeer([csv("sio-voorbeelddata.csv", "projectjaar,bestuur,bedrag\n1,Gent,1\n")])
        #expect(try store.gegevens().sio.first?.herkomst.voorbeelddata == true)
        #expect(try store.gegevens().bevatVoorbeelddata)
    }

    @Test func sha256() {
        #expect(sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(sha256Hex(Data(repeating: 0x61, count: 1_000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
