import Foundation
import Testing
import SamenlevenModel
import SamenlevenStore

/// Import of hostile or unusual input that must end in a correct import (the refusals are in
/// the CLI's import corpus).
@Suite("Import: vijandige en ongewone invoer die geldig is")
struct HostileImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Import")

    @Test func excelBinaryFractionsAreReadAsExcelShowsThem() throws {
        let store = try Store.inMemory()
        _ = try Importer(store: store).importeer([ImportBestand(url: Self.fixtures.appendingPathComponent("excel-getallen.xlsx"))])
        let toekenning = try #require(try store.gegevens().toekenningen.first)
        #expect(toekenning.subsidie == Euro(cents: 3_000_030))
        #expect(toekenning.kpiVooropgesteld == 10)
    }

    @Test func anExcelSeparatorLineNamesTheDelimiterAndIsNoRow() throws {
        let store = try Store.inMemory()
        let csv = "sep=;\r\nprojectjaar;bestuur;actie;kpi_vooropgesteld;subsidie;toelichting\r\n1;Gent;5;10;30.000,50;a,b\r\n"
        _ = try Importer(store: store).importeer([ImportBestand(naam: "toekenningen.csv", csv: Data(csv.utf8))])
        let toekenning = try #require(try store.gegevens().toekenningen.first)
        #expect(toekenning.subsidie == Euro(cents: 3_000_050))
        #expect(toekenning.toelichting == "a,b")
        #expect(toekenning.herkomst.rij == 2)
    }

    @Test func tabAndLineBreaksInTextAreKept() throws {
        let store = try Store.inMemory()
        let csv = "projectjaar,bestuur,actie,kpi_vooropgesteld,subsidie,toelichting\n1,Gent,5,10,1000,\"met\ttab en\r\nregeleinde \u{1B}[31m\"\n"
        _ = try Importer(store: store).importeer([ImportBestand(naam: "toekenningen.csv", csv: Data(csv.utf8))])
        #expect(try store.gegevens().toekenningen.first?.toelichting == "met\ttab en\nregeleinde \u{1B}[31m")
    }

    @Test func theBoundsThemselvesAreAccepted() throws {
        let store = try Store.inMemory()
        let csv = "projectjaar,bestuur,actie,kpi_huidig_bereik,kpi_vooropgesteld,subsidie,toelichting\n1,Gent,5,1.000.000.000,1.000.000.000,\"1.000.000.000,00\",\(String(repeating: "x", count: Grenzen.tekstlengte))\n"
        _ = try Importer(store: store).importeer([ImportBestand(naam: "toekenningen.csv", csv: Data(csv.utf8))])
        let toekenning = try #require(try store.gegevens().toekenningen.first)
        #expect(toekenning.subsidie == Grenzen.bedrag)
        #expect(toekenning.kpiVooropgesteld == Grenzen.aantal)
        #expect(toekenning.toelichting?.count == Grenzen.tekstlengte)
    }

    @Test func aWindows1252FileIsStillReadWithAWarning() throws {
        let store = try Store.inMemory()
        var bytes = Array("projectjaar,bestuur,actie,kpi_vooropgesteld,subsidie,toelichting\n1,Gent,5,10,1000,caf".utf8)
        bytes += [0xE9, 0x0A]
        let verslag = try Importer(store: store).importeer([ImportBestand(naam: "toekenningen.csv", csv: Data(bytes))])
        #expect(verslag.waarschuwingen.count == 1)
        #expect(try store.gegevens().toekenningen.first?.toelichting == "café")
    }
}
