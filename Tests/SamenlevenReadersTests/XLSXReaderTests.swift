import Foundation
import Testing
import ZIPFoundation
import SamenlevenReaders

private typealias F = XLSXFixture

/// A workbook with most kinds of cells, two sheets and the odd corners of the format.
private let mainShared = [
    "<t>projectjaar</t>",
    "<t>bestuur</t>",
    "<r><rPr><b/></rPr><t>sub</t></r><r><t xml:space=\"preserve\">sidie </t></r>",
    "<t>datum</t>",
    "<t>Sint-Gillis-Waas &amp; co</t><rPh sb=\"0\" eb=\"1\"><t>fonetisch</t></rPh>",
    "<t xml:space=\"preserve\">  twee_x000D_\nregels</t>",
    "<t/>",
]

private let mainSheet1 = F.worksheet("""
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
    <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="3"><v>30000.5</v></c><c r="D2" s="1"><v>45292</v></c></row>
    <row r="3" spans="1:4"><c r="A3" s="1"/><c r="B3" t="s"><v>6</v></c></row>
    <row r="4"><c r="A4" t="inlineStr"><is><t>inline</t></is></c><c r="D4" t="b"><v>1</v></c></row>
    <row r="5"><c t="n"><v>3E-2</v></c><c><v>-7</v></c><c t="e"><v>#REF!</v></c><c t="str"><f>A1&amp;"x"</f><v>projectjaarx</v></c></row>
    <row><c r="A6" t="b"><v>0</v></c><c r="B6" t="s"><v>5</v></c><c r="C6" s="2"><v>45292.75</v></c><c r="F6"><v>9</v></c></row>
    <row r="8"><c r="A8"><v>2</v></c><c r="B8" s="4"><v>1.5</v></c><c r="C8"><f>SUM(1,2)</f></c></row>
    """)

private let mainSheet2 = F.worksheet("""
    <x:row r="1"/><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>status</x:t></x:is></x:c></x:row>
    <x:row r="3"><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>goed</x:t></x:r><x:r><x:t>gekeurd</x:t></x:r></x:is></x:c></x:row>
    """, prefix: "x")

func mainWorkbook() throws -> Data {
    try F.workbook(sheets: [
        .init(name: "toekenningen", xml: mainSheet1),
        .init(name: "aanvragen", xml: mainSheet2, target: "/xl/worksheets/other.xml"),
    ], shared: mainShared)
}

/// A 50 MB worksheet of padding, built once for the zip-bomb tests.
private let bombWorkbook: Data = {
    var parts = F.parts(sheets: [.init(name: "bom", xml: "")], shared: nil)
    parts.removeAll { $0.0 == "xl/worksheets/sheet1.xml" }
    parts.append(("xl/worksheets/sheet1.xml", F.paddedWorksheet(megabytes: 50)))
    return try! F.zip(parts)
}()

@Suite("XLSXReader")
struct XLSXReaderTests {
    @Test func readsAllKindsOfCells() throws {
        let (sheets, warnings) = try readXLSX(try mainWorkbook())
        #expect(sheets.map(\.name) == ["toekenningen", "aanvragen"])
        let s = sheets[0]
        #expect(s.fileName == "werkboek.xlsx")
        #expect(s.header == ["projectjaar", "bestuur", "subsidie ", "datum"])
        #expect(s.headerRowNumber == 1)
        #expect(s.rows.map(\.number) == [2, 4, 5, 6, 8])
        #expect(s.rows[0].cells == [.number("1"), .text("Sint-Gillis-Waas & co"), .number("30000.5"),
                                    .date(year: 2024, month: 1, day: 1, secondsOfDay: 0)])
        #expect(s.rows[1].cells == [.text("inline"), .empty, .empty, .boolean(true)])
        #expect(s.rows[2].cells == [.number("3E-2"), .number("-7"), .error("#REF!"), .text("projectjaarx")])
        #expect(s.rows[3].cells == [.boolean(false), .text("  twee\r\nregels"),
                                    .date(year: 2024, month: 1, day: 1, secondsOfDay: 18 * 3600),
                                    .empty, .empty, .number("9")])
        #expect(s.rows[4].cells == [.number("2"), .number("1.5"), .empty, .empty])
        #expect(warnings.count == 1)
        #expect(warnings.first?.row == 8)
        #expect(warnings.first?.description.hasPrefix("werkboek.xlsx:8: blad ‘toekenningen’: 1 formule(s) zonder berekende waarde (eerste in cel C8)") == true)
    }

    @Test func secondSheetWithPrefixesAbsoluteTargetAndLaterHeader() throws {
        let sheet = try readXLSX(try mainWorkbook()).sheets[1]
        #expect(sheet.header == ["", "status"])
        #expect(sheet.headerRowNumber == 2)
        #expect(sheet.rows == [SheetRow(number: 3, cells: [.empty, .text("goedgekeurd")])])
    }

    @Test func date1904System() throws {
        let xml = F.worksheet("""
            <row r="1"><c t="inlineStr"><is><t>d</t></is></c></row>
            <row r="2"><c s="1"><v>43830</v></c></row><row r="3"><c s="1"><v>0</v></c></row>
            """)
        let sheet = try readXLSX(try F.workbook(sheets: [.init(name: "a", xml: xml)], date1904: true)).sheets[0]
        #expect(sheet.rows.map(\.cells) == [[.date(year: 2024, month: 1, day: 1, secondsOfDay: 0)],
                                            [.date(year: 1904, month: 1, day: 1, secondsOfDay: 0)]])
    }

    @Test func withoutStylesAndSharedStrings() throws {
        let xml = F.worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"2\"><c s=\"1\"><v>45292</v></c></row>")
        let sheet = try readXLSX(try F.workbook(sheets: [.init(name: "a", xml: xml)], styles: nil)).sheets[0]
        #expect(sheet.rows[0].cells == [.number("45292")])
    }

    @Test func emptySheetHasNoHeader() throws {
        let (sheets, _) = try readXLSX(try F.workbook(sheets: [.init(name: "leeg", xml: F.worksheet("<row r=\"1\"/>"))]))
        #expect(sheets[0].isEmpty)
        #expect(sheets[0].header.isEmpty)
        #expect(sheets[0].rows.isEmpty)
    }

    @Test func chartSheetIsSkippedWithAWarning() throws {
        let chart = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"
        let data = try F.workbook(sheets: [
            .init(name: "grafiek", xml: "<chartsheet/>", target: "chartsheets/sheet1.xml", type: chart),
            .init(name: "a", xml: F.worksheet("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>")),
        ])
        let (sheets, warnings) = try readXLSX(data)
        #expect(sheets.map(\.name) == ["a"])
        #expect(warnings.map(\.description) == ["werkboek.xlsx: blad ‘grafiek’ is geen werkblad (grafiek of dialoog) en wordt overgeslagen"])
    }

    @Test func storedEntriesAreReadToo() throws {
        let parts = F.parts(sheets: [.init(name: "toekenningen", xml: mainSheet1)], shared: mainShared)
        let sheets = try readXLSX(try F.zip(parts, compression: .none)).sheets
        #expect(sheets[0].rows.count == 5)
    }

    @Test func cellErrorsNameRowAndColumn() throws {
        let badIndex = F.worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"2\"><c r=\"B2\" t=\"s\"><v>99</v></c></row>")
        let e1 = xlsxError(try F.workbook(sheets: [.init(name: "toekenningen", xml: badIndex)], shared: ["<t>x</t>"]))
        #expect(e1?.description == "werkboek.xlsx:2:B: blad ‘toekenningen’: verwijzing naar een gedeelde tekst die niet bestaat (99)")
        let badNumber = F.worksheet("<row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"7\"><c r=\"C7\"><v>12,5</v></c></row>")
        let e2 = xlsxError(try F.workbook(sheets: [.init(name: "t", xml: badNumber)]))
        #expect(e2?.row == 7)
        #expect(e2?.column == "C")
        #expect(e2?.message.contains("ongeldig getal") == true)
    }

    @Test func malformedXMLIsReported() throws {
        let mismatched = F.worksheet("<row r=\"1\"><c><v>1</c></row>")
        let e1 = xlsxError(try F.workbook(sheets: [.init(name: "t", xml: mismatched)]))
        #expect(e1?.message.hasPrefix("geen geldig XLSX-bestand (beschadigd of onvolledig): fout in xl/worksheets/sheet1.xml (blad ‘t’): eindtag </c> past niet bij <v>") == true)
        let doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>"
        let e2 = xlsxError(try F.workbook(sheets: [.init(name: "t", xml: doctype)]))
        #expect(e2?.message.contains("DOCTYPE") == true)
        let unclosed = "<worksheet><sheetData><row r=\"1\">"
        let e3 = xlsxError(try F.workbook(sheets: [.init(name: "t", xml: unclosed)]))
        #expect(e3?.message.contains("niet afgesloten") == true)
    }

    // MARK: Not an XLSX, damaged, truncated

    @Test func truncatedWorkbook() throws {
        let data = try mainWorkbook()
        let error = xlsxError(data.prefix(data.count / 2))
        #expect(error?.description.hasPrefix("werkboek.xlsx: geen geldig XLSX-bestand (beschadigd of onvolledig): ") == true)
    }

    @Test func notAnXLSX() {
        #expect(xlsxError(Data())?.description == "werkboek.xlsx: het bestand is leeg")
        let xls = xlsxError(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]), "oud.xlsx")
        #expect(xls?.description.hasPrefix("oud.xlsx: geen XLSX-bestand: dit is een oud Excel-bestand (.xls)") == true)
        let csv = xlsxError(Data("projectjaar;bestuur\n1;Gent\n".utf8), "toekenningen.xlsx")
        #expect(csv?.message.contains("gewone tekst") == true)
        let junk = xlsxError(Data([0x00, 0x01, 0x02, 0xFF, 0x10]))
        #expect(junk?.message == "geen geldig XLSX-bestand (beschadigd of onvolledig): het is geen zip-archief")
    }

    @Test func zipWithoutWorkbook() throws {
        let other = try F.zip([("notities.txt", Data("hallo".utf8))])
        #expect(xlsxError(other)?.message == "geen geldig XLSX-bestand (beschadigd of onvolledig): er is geen werkboek in het zip-archief (xl/workbook.xml ontbreekt)")
        let ods = try F.zip([("mimetype", Data("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", Data("<x/>".utf8))])
        #expect(xlsxError(ods)?.message.contains(".ods") == true)
    }

    @Test func readsFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("readers-\(UUID().uuidString).xlsx")
        try mainWorkbook().write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (sheets, _) = try XLSXReader.read(url: url)
        #expect(sheets[0].fileName == url.lastPathComponent)
        #expect(sheets.count == 2)
        let small = XLSXLimits(maxFileBytes: 100)
        #expect(throws: ReadError.self) { try XLSXReader.read(url: url, limits: small) }
    }

    // MARK: Zip bombs and absurd workbooks

    @Test func bombRefusedOnDeclaredSize() {
        let limits = XLSXLimits(maxUncompressedBytes: 8 << 20)
        let error = xlsxError(bombWorkbook, "bom.xlsx", limits: limits)
        #expect(error?.description == "bom.xlsx: werkboek geweigerd: uitgepakt groter dan 8 MB (mogelijk een zip-bom)")
    }

    @Test func bombRefusedOnCompressionRatio() {
        let error = xlsxError(bombWorkbook, "bom.xlsx")
        #expect(error?.description == "bom.xlsx: werkboek geweigerd: onderdeel xl/worksheets/sheet1.xml is meer dan 100 keer samengeperst (mogelijk een zip-bom)")
    }

    @Test func bombWithLyingHeaderIsStoppedWhileExtracting() {
        // The directory claims 100 kB; the actual bytes are counted and the extraction stops.
        let lying = F.patchDeclaredSizes(bombWorkbook, path: "xl/worksheets/sheet1.xml", uncompressed: 100_000)
        let start = ContinuousClock.now
        let error = xlsxError(lying, "bom.xlsx")
        #expect(error?.description == "bom.xlsx: werkboek geweigerd: onderdeel xl/worksheets/sheet1.xml is uitgepakt groter dan aangegeven (mogelijk een zip-bom)")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func bombWithLyingHeaderStopsAtTheTotalLimit() {
        // Declared 3 MB (ratio and totals look harmless for a 4 MB limit); the 4 MB limit is hit first.
        let lying = F.patchDeclaredSizes(bombWorkbook, path: "xl/worksheets/sheet1.xml", uncompressed: 3 << 20)
        let limits = XLSXLimits(maxUncompressedBytes: 4 << 20, maxCompressionRatio: 10_000)
        let error = xlsxError(lying, "bom.xlsx", limits: limits)
        #expect(error?.message.hasPrefix("werkboek geweigerd: ") == true)
        #expect(error?.message.hasSuffix("(mogelijk een zip-bom)") == true)
    }

    @Test func declaredHugeEntryIsRefusedByTheDefaultLimits() throws {
        let huge = F.patchDeclaredSizes(try mainWorkbook(), path: "xl/worksheets/sheet1.xml", uncompressed: 0xFFFF_FFF0)
        #expect(xlsxError(huge)?.description == "werkboek.xlsx: werkboek geweigerd: uitgepakt groter dan 256 MB (mogelijk een zip-bom)")
    }

    @Test func tooManyCells() throws {
        let error = xlsxError(try mainWorkbook(), limits: XLSXLimits(maxCells: 10))
        #expect(error?.description == "werkboek.xlsx: werkboek geweigerd: meer dan 10 cellen")
        let strings = xlsxError(try mainWorkbook(), limits: XLSXLimits(maxCells: 3))
        #expect(strings?.message == "werkboek geweigerd: meer dan 3 gedeelde teksten")
    }

    @Test func farAwayCellsCountAsCells() throws {
        // One cell in column XFD makes a row of 16.384 cells.
        let xml = F.worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>")
        let error = xlsxError(try F.workbook(sheets: [.init(name: "t", xml: xml)]), limits: XLSXLimits(maxCells: 10_000))
        #expect(error?.message == "werkboek geweigerd: meer dan 10.000 cellen")
        let beyond = F.worksheet("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
        #expect(xlsxError(try F.workbook(sheets: [.init(name: "t", xml: beyond)])) != nil)
    }

    @Test func mediumWorkbookReadsQuickly() throws {
        var rows = "<row r=\"1\">" + (0..<7).map { "<c t=\"inlineStr\"><is><t>k\($0)</t></is></c>" }.joined() + "</row>"
        for r in 2...10_001 {
            rows += "<row r=\"\(r)\"><c r=\"A\(r)\"><v>\(r % 3 + 1)</v></c><c r=\"B\(r)\" t=\"s\"><v>0</v></c><c r=\"C\(r)\"><v>\(r % 24)</v></c><c r=\"D\(r)\"><v>\(r)</v></c><c r=\"E\(r)\"><v>\(r * 2)</v></c><c r=\"F\(r)\"><v>30000.5</v></c><c r=\"G\(r)\" t=\"s\"><v>1</v></c></row>"
        }
        let data = try F.workbook(sheets: [.init(name: "t", xml: F.worksheet(rows))], shared: ["<t>Gent</t>", "<t>opmerking</t>"])
        let start = ContinuousClock.now
        let sheet = try readXLSX(data).sheets[0]
        #expect(ContinuousClock.now - start < .seconds(10))  // debug build
        #expect(sheet.rows.count == 10_000)
        #expect(sheet.rows.last?.cells == [.number("3"), .text("Gent"), .number("17"), .number("10001"),
                                           .number("20002"), .number("30000.5"), .text("opmerking")])
    }
}
