import Foundation
import SamenlevenReaders
import Testing
import XlsxWriter

/// Issue 12 items 6 and 8 end to end: what the toolkit writes into a workbook, its own reader
/// (and Excel) reads back as the text that was meant.
@Suite("Werkboek: tekst heen en terug")
struct XMLTekstRondgangTests {
    @Test func aLiteralEscapeAndAForbiddenCharacterReadBackAsMeant() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rondgang-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        let workbook = try Workbook(path: url.path)
        let sheet = try workbook.addWorksheet("toekenningen")
        try sheet.write("opmerking", row: 0, column: 0)
        try sheet.write("code _x0041_ blijft", row: 1, column: 0)
        try sheet.write("Ge\u{FFFE}nt", row: 2, column: 0)
        try workbook.close()
        let (sheets, _) = try XLSXReader.read(url: url)
        let texts = sheets[0].rows.map { $0.cells[0].displayText }
        #expect(texts == ["code _x0041_ blijft", "Ge\u{FFFD}nt"])
    }
}
