import Foundation
import Testing
import XlsxWriter

/// Hostile text never makes a workbook malformed, and a literal `_xHHHH_` reads back as itself.
@Suite struct XMLTextTests {
    static let hostile = "a\u{FFFE}b\u{FFFF}c\u{01}d\u{0B}e\u{00}f"

    @Test func forbiddenCharactersAreReplacedEverywhere() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = dir.file("x.xlsx")
        let workbook = try Workbook(path: path)
        try workbook.setDocumentProperties(DocumentProperties(title: Self.hostile, author: Self.hostile))
        try workbook.setCustomProperty("Bron", .string(Self.hostile))
        let sheet = try workbook.addWorksheet("Blad")
        try sheet.write(Self.hostile, row: 0, column: 0)
        try sheet.writeFormula("=A1", row: 1, column: 0, cachedResult: .string(Self.hostile))
        try sheet.mergeRange(CellRange(rows: 2...2, columns: 0...1), text: Self.hostile)
        try sheet.writeURL("https://example.org/", row: 3, column: 0, text: Self.hostile, tooltip: Self.hostile)
        try sheet.setHeader("&C" + Self.hostile)
        try sheet.setFooter("&C" + Self.hostile)
        try sheet.addDataValidation(CellRange("D2:D3")!, DataValidation(
            .list(["ja", "nee"]), inputTitle: Self.hostile, inputMessage: Self.hostile,
            errorTitle: Self.hostile, errorMessage: Self.hostile))
        try workbook.close()

        for part in try Zip.entries(path) where part.hasSuffix(".xml") {
            let xml = try Zip.entry(path, part)
            let bad = xml.unicodeScalars.first(where: XMLText.isForbidden)
            #expect(bad == nil, "\(part) has U+\(String(bad?.value ?? 0, radix: 16, uppercase: true))")
        }
        let strings = try Zip.entry(path, "xl/sharedStrings.xml")
        #expect(strings.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f"))
        #expect(try Zip.entry(path, "docProps/core.xml").contains("a\u{FFFD}b\u{FFFD}c"))
    }

    @Test func aLiteralEscapeIsItselfEscaped() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = dir.file("x.xlsx")
        let workbook = try Workbook(path: path)
        let sheet = try workbook.addWorksheet("Blad")
        try sheet.write("code _x0041_ en _X00e9_ maar niet _x004_ of _xZZZZ_", row: 0, column: 0)
        try sheet.setFooter("&C_x0041_")
        try workbook.close()
        let strings = try Zip.entry(path, "xl/sharedStrings.xml")
        #expect(strings.contains("code _x005F_x0041_ en _x005F_X00e9_ maar niet _x004_ of _xZZZZ_"), "\(strings)")
        #expect(try Zip.entry(path, "xl/worksheets/sheet1.xml").contains("&amp;C_x005F_x0041_"))
    }

    @Test func theRuleItself() {
        #expect(XMLText.sanitized("gewoon\ttekst\r\n") == "gewoon\ttekst\r\n")
        #expect(XMLText.sanitized("x\u{FFFE}") == "x\u{FFFD}")
        #expect(XMLText.sanitized("\u{1F}\u{7F}\u{85}") == "\u{FFFD}\u{7F}\u{85}")  // DEL and C1 are allowed in XML 1.0
        #expect(XMLText.spreadsheetString("_x0041_") == "_x005F_x0041_")
        #expect(XMLText.spreadsheetString("_x0041") == "_x0041")
        #expect(XMLText.spreadsheetString("a_b") == "a_b")
    }
}
