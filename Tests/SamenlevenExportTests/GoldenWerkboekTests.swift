import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenReaders
@testable import SamenlevenExport
import Testing

/// The workbooks for the fixed fixture are compared byte for byte with the committed files in
/// `Golden/`. Goldens change only on purpose:
///
///     SAMENLEVEN_GOLDEN_UPDATE=1 swift test --filter GoldenWerkboek
///
/// rewrites them (and still fails, so an update is never silent); review the result by
/// opening the files and with `git diff --stat`. On a mismatch the test names each XML part
/// that differs and shows its first differing lines.
@Suite("Golden werkboeken: byte-identiek aan Tests/SamenlevenExportTests/Golden")
struct GoldenWerkboekTests {
    static let goldenMap = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let bijwerken = ProcessInfo.processInfo.environment["SAMENLEVEN_GOLDEN_UPDATE"] == "1"

    @Test func bijlage() throws {
        try vergelijk("bijlage-vraag-492.xlsx") { pad in
            try WerkboekFixture.bijlage.schrijf(naar: pad, instellingen: WerkboekInstellingen(aangemaakt: WerkboekFixture.aangemaakt))
        }
    }

    @Test func eenAntwoord() throws {
        // As `samenleven vraag toekenningen --projectjaar 1 --vraagnummer 492`: the deelvraag from the question file.
        let opties = QueryOptions(projectjaar: 1, vraagnummer: 492, deelvraag: WerkboekFixture.vraag492.deelvraag(voor: .toekenningen)?.nummer)
        let tabel = StandaardVraag.toekenningen.beantwoord(WerkboekFixture.context, opties: opties)
        try vergelijk("vraag-toekenningen-projectjaar-1.xlsx") { pad in
            try AntwoordWerkboek.schrijf(tabel, bladnaam: StandaardVraag.toekenningen.bladnaam, vraag: WerkboekFixture.vraag492, naar: pad,
                                         instellingen: WerkboekInstellingen(aangemaakt: Aanmaakmoment.datum(CalendarDate(year: 2023, month: 9, day: 30))))
        }
    }

    @Test func sjabloon() throws {
        try vergelijk("sjabloon-invoer.xlsx") { pad in
            try Sjabloon.schrijf(naar: pad)
        }
    }

    @Test func foutenwerkboek() throws {
        // A CSV file and a workbook sheet with the same sheet name (the second gets " (2)"),
        // a row with two problems, a header problem (not in the workbook) and hostile text.
        let csv = Sheet(fileName: "toekenningen.csv", name: "toekenningen", header: ["projectjaar", "bestuur", "subsidie"], headerRowNumber: 1,
                        rows: [SheetRow(number: 2, cells: [.text("1"), .text("Gent"), .text("30.000")]),
                               SheetRow(number: 3, cells: [.text("1"), .text("Nergensdorp"), .text("<script>\"x\"</script>")])])
        let blad = Sheet(fileName: "gegevens.xlsx", name: "toekenningen", header: ["projectjaar", "bestuur", "subsidie"], headerRowNumber: 1,
                         rows: [SheetRow(number: 2, cells: [.number("4"), .text("Gent"), .number("1000")])])
        let problemen = [
            ImportProblem(bestand: "toekenningen.csv", rij: 3, kolom: "bestuur", boodschap: "onbekend bestuur 'Nergensdorp'"),
            ImportProblem(bestand: "toekenningen.csv", rij: 3, kolom: "subsidie", boodschap: "geen bedrag"),
            ImportProblem(bestand: "toekenningen.csv", rij: 1, kolom: "actie", boodschap: "verplichte kolom ontbreekt"),
            ImportProblem(bestand: "gegevens.xlsx[toekenningen]", rij: 2, kolom: "projectjaar", boodschap: "projectjaar 4 bestaat niet"),
        ]
        let bladen = Foutenwerkboek.bladen([("toekenningen.csv", csv), ("gegevens.xlsx[toekenningen]", blad)], problemen: problemen)
        #expect(bladen.map(\.naam) == ["toekenningen", "toekenningen (2)"])
        #expect(bladen.map { $0.rijen.map(\.nummer) } == [[3], [2]])
        #expect(bladen[0].rijen[0].melding == "rij 3: bestuur: onbekend bestuur 'Nergensdorp'; subsidie: geen bedrag")
        try vergelijk("fouten-invoer.xlsx") { pad in
            try Foutenwerkboek.schrijf(bladen, naar: pad, instellingen: WerkboekInstellingen(aangemaakt: WerkboekFixture.aangemaakt))
        }
    }

    /// Writes with `schrijf` and compares with the golden file of that name.
    func vergelijk(_ naam: String, _ schrijf: (String) throws -> Void) throws {
        let pad = tijdelijkPad(naam)
        try schrijf(pad)
        let nieuw = try Data(contentsOf: URL(fileURLWithPath: pad))
        let golden = Self.goldenMap.appendingPathComponent(naam)
        if Self.bijwerken {
            try FileManager.default.createDirectory(at: Self.goldenMap, withIntermediateDirectories: true)
            try nieuw.write(to: golden, options: .atomic)
            Issue.record("SAMENLEVEN_GOLDEN_UPDATE=1: \(golden.path) herschreven; controleer en commit het bestand, en draai de test opnieuw zonder de variabele.")
            return
        }
        guard let oud = try? Data(contentsOf: golden) else {
            Issue.record("Geen golden bestand \(golden.path). Maak het met SAMENLEVEN_GOLDEN_UPDATE=1 swift test --filter GoldenWerkboek.")
            return
        }
        if oud == nieuw { return }
        Issue.record(Comment(rawValue: try Self.verschil(golden: golden, nieuw: URL(fileURLWithPath: pad))))
    }

    /// Which parts differ, with the first differing lines of each (XML broken after every `>`).
    static func verschil(golden: URL, nieuw: URL) throws -> String {
        let a = try XlsxPakket(url: golden), b = try XlsxPakket(url: nieuw)
        var uit = ["\(nieuw.lastPathComponent) verschilt van \(golden.path) (nieuw bestand: \(nieuw.path))."]
        let namenA = a.delen.map(\.naam), namenB = b.delen.map(\.naam)
        if namenA != namenB {
            uit.append("Andere onderdelen: golden \(namenA), nieuw \(namenB).")
        }
        for (naam, dataA) in a.delen {
            guard let dataB = b.delen.first(where: { $0.naam == naam })?.data else { continue }
            if dataA == dataB { continue }
            let regelsA = regels(dataA), regelsB = regels(dataB)
            let eerste = Array(zip(regelsA, regelsB)).firstIndex { $0 != $1 } ?? min(regelsA.count, regelsB.count)
            uit.append("Onderdeel \(naam) verschilt vanaf regel \(eerste + 1):")
            for i in eerste..<min(eerste + 5, max(regelsA.count, regelsB.count)) {
                uit.append("  golden: " + (i < regelsA.count ? regelsA[i] : "(einde)"))
                uit.append("  nieuw:  " + (i < regelsB.count ? regelsB[i] : "(einde)"))
            }
        }
        if uit.count == 1 { uit.append("De onderdelen zijn gelijk; het verschil zit in de zip-verpakking (volgorde, tijdstempels of compressie).") }
        return uit.joined(separator: "\n")
    }

    static func regels(_ data: Data) -> [String] {
        String(decoding: data, as: UTF8.self).replacingOccurrences(of: ">", with: ">\n")
            .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    @Test func hetVerschilNoemtHetOnderdeelEnDeRegel() throws {
        let a = tijdelijkPad("a.xlsx"), b = tijdelijkPad("b.xlsx")
        let tabel = StandaardVraag.sio.beantwoord(WerkboekFixture.context)
        try AntwoordWerkboek.schrijf(tabel, bladnaam: "SIO", naar: a)
        var anders = tabel
        anders.titel = "Andere titel"
        try AntwoordWerkboek.schrijf(anders, bladnaam: "SIO", naar: b)
        let tekst = try Self.verschil(golden: URL(fileURLWithPath: a), nieuw: URL(fileURLWithPath: b))
        #expect(tekst.contains("Onderdeel xl/sharedStrings.xml verschilt vanaf regel"))
        #expect(tekst.contains("Andere titel"))
        #expect(!tekst.contains("xl/worksheets/sheet1.xml"))
    }
}
