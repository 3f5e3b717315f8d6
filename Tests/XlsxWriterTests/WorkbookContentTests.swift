import Foundation
import Testing
import XlsxWriter

/// Writes a workbook that uses every feature, then reads the XML parts back.
@Suite struct WorkbookContentTests {
    static let created = Date(timeIntervalSince1970: 1_714_557_600)  // 2024-05-01T10:00:00Z

    /// Builds the full-feature workbook at `path`.
    static func writeEverything(to path: String, created: Date? = WorkbookContentTests.created) throws {
        let workbook = try Workbook(path: path)
        try workbook.setDocumentProperties(DocumentProperties(
            title: "Quarterly figures", subject: "Test subject", author: "Test author", manager: "Manager",
            company: "Example Org", category: "Reports", keywords: "alpha, beta", comments: "Generated",
            status: "Final", created: created))
        try workbook.setCustomProperty("Revision", .integer(7))
        try workbook.setCustomProperty("Source", .string("unit test"))
        try workbook.setCustomProperty("Weight", .number(1.5))
        try workbook.setCustomProperty("Checked", .bool(true))

        let header = try workbook.addFormat(CellFormat(bold: true, backgroundColor: Color(rgb: 0xDDEBF7),
                                                       border: .thin, horizontalAlignment: .center, wrapText: true))
        let money = try workbook.addFormat(CellFormat(numberFormat: "#,##0.00 [$€-813]"))
        let date = try workbook.addFormat(CellFormat(numberFormat: "yyyy-mm-dd"))
        let title = try workbook.addFormat(CellFormat(fontName: "Arial", fontSize: 14, fontColor: .navy, bold: true,
                                                      italic: true, verticalAlignment: .center))
        let indented = try workbook.addFormat(CellFormat(indent: 2, rotation: 45))

        let data = try workbook.addWorksheet("Data sheet")
        try data.write("Name", row: 0, column: 0, format: header)
        try data.write("Amount", row: 0, column: 1, format: header)
        try data.write("Date", row: 0, column: 2, format: header)
        try data.write("Alpha", row: 1, column: 0)
        try data.write(10, row: 1, column: 1, format: money)
        try data.write(DateTime(year: 2024, month: 1, day: 31), row: 1, column: 2, format: date)
        try data.write("Beta & <Co>", row: 2, column: 0, format: indented)
        try data.write(20.0, row: 2, column: 1, format: money)
        try data.write(Date(timeIntervalSince1970: 1_706_745_600), row: 2, column: 2, format: date)  // 2024-02-01
        try data.write("Total", row: 3, column: 0, format: header)
        try data.writeFormula("=SUM(B2:B3)", row: 3, column: 1, format: money, cachedResult: .number(30))
        try data.writeFormula("=A2&\"!\"", row: 3, column: 2, cachedResult: .string("Alpha!"))
        try data.write(true, row: 4, column: 0)
        try data.writeBlank(row: 4, column: 1, format: money)
        try data.writeURL("https://example.org/", row: 4, column: 2, text: "Example", tooltip: "Open")
        try data.write(CellValue.formula("=B2*2", cached: .number(20)), row: 5, column: 1)
        try data.writeRow([.string("x"), .integer(3), .bool(false)], row: 6)

        // Outline: rows 2 and 3 (zero-based 1, 2) grouped one level.
        try data.setRow(1, level: 1)
        try data.setRow(2, height: 20, level: 1)
        try data.setOutlineSettings(symbolsBelow: false)
        try data.setColumn(0, width: 24)
        try data.setColumn(1, 2, width: 14, level: 1)
        try data.freezePanes(row: 1, column: 1)
        try data.autofilter(CellRange("A1:C3")!)
        try data.mergeRange(CellRange(rows: 9...9, columns: 0...2), text: "Merged title", format: title)
        try data.addDataValidation(CellRange("D2:D3")!, DataValidation(
            .list(["open", "closed", "pending"]), inputTitle: "Status", inputMessage: "Pick one",
            errorTitle: "Invalid", errorMessage: "Use the list"))
        try data.addDataValidation(CellRange("E2:E3")!, DataValidation(
            .wholeNumber(.between(2000, 2100)), errorMessage: "A year"))
        try data.addDataValidation(CellRange("F2")!, DataValidation(.wholeNumber(.greaterThanOrEqualTo(0))))
        try data.addDataValidation(CellRange("G2")!, DataValidation(.decimal(.lessThan(1.5)), errorStyle: .warning))
        try data.setPageSetup(PageSetup(
            orientation: .landscape, paperSize: .a4, fitToPages: (1, 0), repeatRows: 0...0,
            printArea: CellRange("A1:C10")!, margins: .init(left: 0.5, right: 0.5, top: 0.6, bottom: 0.6),
            centerHorizontally: true, printGridlines: true))
        try data.setHeader("&C&\"Arial,Bold\"Quarterly figures")
        try data.setFooter("&LPrinted&RPage &P of &N")
        try data.setTabColor(.orange)
        try data.activate()

        let table = try workbook.addWorksheet("Table")
        try table.write("Item", row: 0, column: 0)
        try table.write("Count", row: 0, column: 1)
        for i in 1...3 {
            try table.write("item \(i)", row: i, column: 0)
            try table.write(i * 10, row: i, column: 1)
        }
        try table.addTable(CellRange("A1:B5")!, options: TableOptions(
            name: "Items", style: .light(9), totalRow: true,
            columns: [TableColumn(header: "Item", totalLabel: "Total"),
                      TableColumn(header: "Count", totalFunction: .sum, totalValue: 60)]))
        try table.hideGridlines()

        let lists = try workbook.addWorksheet("Lists")
        let many = (1...120).map { "Value number \($0)" }
        for (i, value) in many.enumerated() { try lists.write(value, row: i, column: 0) }
        try data.addDataValidation(CellRange("H2:H10")!, DataValidation(
            .listSource(SheetRange(sheet: "Lists", firstRow: 0, firstColumn: 0, lastRow: 119, lastColumn: 0))))
        try lists.hide()

        try workbook.defineName("Rates", formula: "='Data sheet'!$B$2:$B$3")
        try workbook.defineName("ListValues", refersTo: SheetRange(sheet: "Lists", range: CellRange("A1:A120")!))

        let chart = try workbook.addChart(.column)
        try chart.addSeries(name: "Amount",
                            categories: SheetRange(sheet: "Data sheet", range: CellRange("A2:A3")!),
                            values: SheetRange(sheet: "Data sheet", range: CellRange("B2:B3")!))
        try chart.setTitle("Amounts")
        try chart.setCategoryAxisTitle("Name")
        try chart.setValueAxisTitle("Euro")
        try chart.setValueAxisNumberFormat("#,##0")
        try chart.setLegendPosition(.bottom)
        try chart.setStyle(10)
        try data.insertChart(chart, row: 12, column: 4, options: ChartPlacement(xOffset: 5, yOffset: 5, xScale: 1.5, yScale: 1))

        let pie = try workbook.addChart(.pie)
        try pie.addSeries(categories: SheetRange(sheet: "Table", range: CellRange("A2:A4")!),
                          values: SheetRange(sheet: "Table", range: CellRange("B2:B4")!))
        try pie.setLegendPosition(.none)
        try table.insertChart(pie, row: 7, column: 0)

        let bar = try workbook.addChart(.barStacked)
        try bar.addSeries(name: "Count", values: SheetRange(sheet: "Table", range: CellRange("B2:B4")!))
        try bar.setValueAxisTitle("Count axis")
        try table.insertChart(bar, row: 7, column: 8)

        try workbook.close()
        #expect(workbook.isClosed)
    }

    @Test func everyFeatureEndsUpInTheXML() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = dir.file("everything.xlsx")
        try Self.writeEverything(to: path)
        #expect(try dir.contents() == ["everything.xlsx"], "no temporary file may be left behind")

        let entries = try Zip.entries(path)
        for part in ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
                     "xl/tables/table1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml",
                     "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml", "xl/styles.xml", "xl/sharedStrings.xml"] {
            #expect(entries.contains(part), "missing \(part)")
        }

        let sheet = try Zip.entry(path, "xl/worksheets/sheet1.xml")
        #expect(sheet.contains("<f>SUM(B2:B3)</f><v>30</v>"))
        #expect(sheet.contains("<f>A2&amp;\"!\"</f><v>Alpha!</v>"))
        #expect(sheet.contains("<f>B2*2</f><v>20</v>"))
        #expect(sheet.contains("<c r=\"A5\" t=\"b\"><v>1</v></c>"))
        #expect(sheet.contains("<c r=\"C2\" s=\"3\"><v>45322</v></c>"), "DateTime 2024-01-31 is serial 45322")
        #expect(sheet.contains("<c r=\"C3\" s=\"3\"><v>45323</v></c>"), "Date 2024-02-01 is serial 45323")
        #expect(sheet.contains("outlineLevel=\"1\""))
        #expect(sheet.contains("<outlinePr summaryBelow=\"0\"/>"))
        #expect(sheet.contains("<col min=\"1\" max=\"1\" width=\"24.7109375\" customWidth=\"1\"/>"))
        #expect(sheet.contains("outlineLevel=\"1\"/></cols>") || sheet.contains("customWidth=\"1\" outlineLevel=\"1\""))
        #expect(sheet.contains("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"))
        #expect(sheet.contains("<autoFilter ref=\"A1:C3\"/>"))
        #expect(sheet.contains("<mergeCell ref=\"A10:C10\"/>"))
        #expect(sheet.contains("<dataValidations count=\"5\">"))
        #expect(sheet.contains("<formula1>\"open,closed,pending\"</formula1>"))
        #expect(sheet.contains("promptTitle=\"Status\" prompt=\"Pick one\""))
        #expect(sheet.contains("<formula1>2000</formula1><formula2>2100</formula2>"))
        #expect(sheet.contains("type=\"whole\" operator=\"greaterThanOrEqual\""))
        #expect(sheet.contains("type=\"decimal\" operator=\"lessThan\" errorStyle=\"warning\""))
        #expect(sheet.contains("<formula1>Lists!$A$1:$A$120</formula1>"))
        #expect(sheet.contains("<printOptions horizontalCentered=\"1\" gridLines=\"1\"/>"))
        #expect(sheet.contains("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\""))
        #expect(sheet.contains("paperSize=\"9\""))
        #expect(sheet.contains("fitToHeight=\"0\""))
        #expect(sheet.contains("orientation=\"landscape\""))
        #expect(sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"))
        #expect(sheet.contains("<headerFooter><oddHeader>&amp;C&amp;\"Arial,Bold\"Quarterly figures</oddHeader><oddFooter>&amp;LPrinted&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"))
        #expect(sheet.contains("<tabColor rgb=\"FFFF6600\"/>"))
        #expect(sheet.contains("<hyperlink ref=\"C5\" r:id=\"rId1\" tooltip=\"Open\"/>"))

        let tableSheet = try Zip.entry(path, "xl/worksheets/sheet2.xml")
        #expect(tableSheet.contains("showGridLines=\"0\""))
        #expect(tableSheet.contains("<tableParts count=\"1\">"))
        #expect(tableSheet.contains("<f>SUBTOTAL(109,[Count])</f><v>60</v>"))
        let table = try Zip.entry(path, "xl/tables/table1.xml")
        #expect(table.contains("name=\"Items\" displayName=\"Items\" ref=\"A1:B5\" totalsRowCount=\"1\""))
        #expect(table.contains("<tableColumn id=\"2\" name=\"Count\" totalsRowFunction=\"sum\"/>"))
        #expect(table.contains("<tableStyleInfo name=\"TableStyleLight9\""))

        let workbookXML = try Zip.entry(path, "xl/workbook.xml")
        #expect(workbookXML.contains("<definedName name=\"Rates\">'Data sheet'!$B$2:$B$3</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"ListValues\">Lists!$A$1:$A$120</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"_xlnm.Print_Area\" localSheetId=\"0\">'Data sheet'!$A$1:$C$10</definedName>"))
        #expect(workbookXML.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'Data sheet'!$1:$1</definedName>"))
        #expect(workbookXML.contains("<sheet name=\"Lists\" sheetId=\"3\" state=\"hidden\""))

        let core = try Zip.entry(path, "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-05-01T10:00:00Z</dcterms:created>"))
        #expect(core.contains("<dc:title>Quarterly figures</dc:title>"))
        #expect(core.contains("<cp:keywords>alpha, beta</cp:keywords>"))
        #expect(core.contains("<cp:contentStatus>Final</cp:contentStatus>"))
        let app = try Zip.entry(path, "docProps/app.xml")
        #expect(app.contains("<Company>Example Org</Company>"))
        let custom = try Zip.entry(path, "docProps/custom.xml")
        #expect(custom.contains("name=\"Revision\"><vt:i4>7</vt:i4>"))
        #expect(custom.contains("name=\"Source\"><vt:lpwstr>unit test</vt:lpwstr>"))
        #expect(custom.contains("<vt:bool>true</vt:bool>"))

        let styles = try Zip.entry(path, "xl/styles.xml")
        #expect(styles.contains("formatCode=\"#,##0.00 [$€-813]\""))
        #expect(styles.contains("formatCode=\"yyyy-mm-dd\""))
        #expect(styles.contains("<name val=\"Arial\"/>"))
        #expect(styles.contains("textRotation=\"45\""))
        #expect(styles.contains("<fgColor rgb=\"FFDDEBF7\"/>"))

        let strings = try Zip.entry(path, "xl/sharedStrings.xml")
        #expect(strings.contains("Beta &amp; &lt;Co&gt;"))

        let chart = try Zip.entry(path, "xl/charts/chart1.xml")
        #expect(chart.contains("<c:f>'Data sheet'!$A$2:$A$3</c:f>"))
        #expect(chart.contains("<c:f>'Data sheet'!$B$2:$B$3</c:f>"))
        #expect(chart.contains("<a:t>Amounts</a:t>"))
        #expect(chart.contains("<a:t>Euro</a:t>"))
        #expect(chart.contains("<c:numFmt formatCode=\"#,##0\" sourceLinked=\"0\"/>"))
        #expect(chart.contains("<c:legendPos val=\"b\"/>"))
        #expect(chart.contains("<c:style val=\"10\"/>"))
        #expect(try Zip.entry(path, "xl/charts/chart2.xml").contains("<c:pieChart>"))
        let bar = try Zip.entry(path, "xl/charts/chart3.xml")
        #expect(bar.contains("<c:barDir val=\"bar\"/>"))
        #expect(bar.contains("<c:grouping val=\"stacked\"/>"))
        // The value axis title lands on the value axis (libxlsxwriter's x axis for bar charts).
        let valueAxis = bar.range(of: "<c:valAx>").map { String(bar[$0.lowerBound...]) } ?? ""
        #expect(valueAxis.contains("<a:t>Count axis</a:t>"))
    }

    @Test func sameCallsGiveByteIdenticalFiles() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        try Self.writeEverything(to: dir.file("a.xlsx"))
        try Self.writeEverything(to: dir.file("b.xlsx"))
        let a = try Data(contentsOf: URL(fileURLWithPath: dir.file("a.xlsx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: dir.file("b.xlsx")))
        #expect(a.count > 5_000)
        #expect(a == b)

        // Without a creation time the fixed default is used, not the clock.
        try Self.writeEverything(to: dir.file("c.xlsx"), created: nil)
        try Self.writeEverything(to: dir.file("d.xlsx"), created: nil)
        let c = try Data(contentsOf: URL(fileURLWithPath: dir.file("c.xlsx")))
        let d = try Data(contentsOf: URL(fileURLWithPath: dir.file("d.xlsx")))
        #expect(c == d)
        #expect(try Zip.entry(dir.file("c.xlsx"), "docProps/core.xml").contains(">1980-01-01T00:00:00Z</dcterms:created>"))
    }

    @Test func workbookWithoutPropertiesIsDeterministicToo() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        for name in ["x.xlsx", "y.xlsx"] {
            let workbook = try Workbook(path: dir.file(name))
            try workbook.addWorksheet().write("hello", row: 0, column: 0)
            try workbook.close()
        }
        let x = try Data(contentsOf: URL(fileURLWithPath: dir.file("x.xlsx")))
        let y = try Data(contentsOf: URL(fileURLWithPath: dir.file("y.xlsx")))
        #expect(x == y)
        #expect(try Zip.entry(dir.file("x.xlsx"), "xl/workbook.xml").contains("<sheet name=\"Sheet1\""))
    }

    @Test func equalFormatSpecsShareOneFormat() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("formats.xlsx"))
        let a = try workbook.addFormat(CellFormat(bold: true, numberFormat: "0.0"))
        let b = try workbook.addFormat(CellFormat(bold: true, numberFormat: "0.0"))
        let c = try workbook.addFormat(CellFormat(bold: true))
        #expect(a == b)
        #expect(a != c)
        #expect(workbook.formatCount == 2)
        let sheet = try workbook.addWorksheet()
        try sheet.write(1, row: 0, column: 0, format: a)
        try sheet.write(2, row: 1, column: 0, format: b)
        try sheet.write(3, row: 2, column: 0, format: c)
        try workbook.close()
        let styles = try Zip.entry(dir.file("formats.xlsx"), "xl/styles.xml")
        #expect(styles.contains("<cellXfs count=\"3\">"), "default + two distinct formats")
    }

    @Test func constantMemoryModeWithTemporaryDirectory() throws {
        let dir = try TempDir()
        let tmp = try TempDir()
        defer { dir.cleanup(); tmp.cleanup() }
        let path = dir.file("big.xlsx")
        let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: true, temporaryDirectory: tmp.path))
        let sheet = try workbook.addWorksheet("Rows")
        let money = try workbook.addFormat(CellFormat(numberFormat: "#,##0.00"))
        try sheet.setRow(0, height: 30)
        for row in 0..<5_000 {
            try sheet.write("name \(row % 300)", row: row, column: 0)
            try sheet.write(row, row: row, column: 1)
            try sheet.write(Double(row) * 1.25, row: row, column: 2, format: money)
        }
        // Rows already flushed cannot be written again.
        let error = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in
            try sheet.write("late", row: 10, column: 0)
        }
        #expect(error?.detail?.contains("constant-memory") == true)
        #expect(expectXlsxError(.featureNotSupported) { () throws(XlsxError) in
            try sheet.mergeRange(CellRange("A5001:B5001")!, text: "x")
        } != nil)
        try workbook.close()
        #expect(try tmp.contents().isEmpty, "libxlsxwriter's temporary files are gone")
        #expect(try dir.contents() == ["big.xlsx"])
        let xml = try Zip.entry(path, "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<c r=\"A5000\" t=\"inlineStr\"><is><t>name 199</t></is></c>"))
        #expect(xml.contains("<c r=\"C5000\" s=\"1\"><v>6248.75</v></c>"))
        #expect(xml.contains("<row r=\"1\" ht=\"30\" customHeight=\"1\">"))
    }

    @Test func cellReferenceHelpers() {
        #expect(CellReference.columnName(0) == "A")
        #expect(CellReference.columnName(25) == "Z")
        #expect(CellReference.columnName(26) == "AA")
        #expect(CellReference.columnName(701) == "ZZ")
        #expect(CellReference.columnName(702) == "AAA")
        #expect(CellReference.columnName(16_383) == "XFD")
        #expect(CellReference.columnName(3, absolute: true) == "$D")
        #expect(CellReference.columnIndex("XFD") == 16_383)
        #expect(CellReference.columnIndex("aa") == 26)
        #expect(CellReference.columnIndex("A1") == nil)
        #expect(CellReference.cellName(row: 0, column: 0) == "A1")
        #expect(CellReference.cellName(row: 9, column: 2, absolute: true) == "$C$10")
        #expect(CellReference.parseCell("$C$10")! == (9, 2))
        #expect(CellReference.parseCell("b2")! == (1, 1))
        #expect(CellReference.parseCell("A0") == nil)
        #expect(CellReference.parseCell("A1048577") == nil)
        #expect(CellReference.parseCell("XFE1") == nil)
        #expect(CellRange("A1:C10") == CellRange(rows: 0...9, columns: 0...2))
        #expect(CellRange("C10:A1")?.a1 == "A1:C10")
        #expect(CellRange("B2")?.absoluteA1 == "$B$2")
        #expect(CellRange("A1:") == nil)
        #expect(CellRange(rows: 0...9, columns: 0...2).absoluteA1 == "$A$1:$C$10")
        #expect(CellReference.quoteSheetName("Data") == "Data")
        #expect(CellReference.quoteSheetName("Data sheet") == "'Data sheet'")
        #expect(CellReference.quoteSheetName("It's") == "'It''s'")
        #expect(CellReference.quoteSheetName("2024") == "'2024'")
        #expect(CellReference.quoteSheetName("A1") == "'A1'")
        #expect(CellReference.quoteSheetName("R1C1") == "'R1C1'")
        #expect(CellReference.quoteSheetName("Report") == "Report")
        #expect(SheetRange(sheet: "My data", range: CellRange("A1:A3")!).formula == "='My data'!$A$1:$A$3")
    }

    @Test func aChartKindIsDescribedByItsName() {
        #expect(Chart.Kind.columnStackedPercent.description == "columnStackedPercent")
        #expect(Chart.Kind.doughnut.description == "doughnut")
        #expect(Chart.Kind(rawValue: "barStacked") == .barStacked)
        #expect(Chart.Kind(rawValue: "taart") == nil)
    }
}
