import Foundation
import Testing
import XlsxWriter

@Suite struct ErrorTests {
    @Test func invalidSheetNamesAreRejectedWithPreciseMessages() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("names.xlsx"))
        try workbook.addWorksheet("Data")

        let long = expectXlsxError(.sheetnameLengthExceeded) { () throws(XlsxError) in
            try workbook.addWorksheet(String(repeating: "x", count: 32))
        }
        #expect(long?.message == "Worksheet name exceeds Excel's limit of 31 characters.")
        #expect(long?.detail?.contains("32 characters") == true)
        #expect(long?.description.contains("addWorksheet") == true)

        for bad in ["a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b"] {
            let error = expectXlsxError(.invalidSheetnameCharacter) { () throws(XlsxError) in
                try workbook.addWorksheet(bad)
            }
            #expect(error?.message.contains("invalid characters") == true)
        }
        _ = expectXlsxError(.sheetnameStartEndApostrophe) { () throws(XlsxError) in try workbook.addWorksheet("'quoted") }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in try workbook.addWorksheet("") }
        let duplicate = expectXlsxError(.sheetnameAlreadyUsed) { () throws(XlsxError) in try workbook.addWorksheet("data") }
        #expect(duplicate?.message == "Worksheet name is already in use.")
        #expect(duplicate?.detail?.contains("case-insensitive") == true)

        // 31 characters, including non-ASCII ones, are fine.
        try workbook.addWorksheet(String(repeating: "é", count: 31))
        #expect(workbook.worksheets.count == 2)
        try workbook.close()
    }

    @Test func writingOutsideTheGridThrows() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("range.xlsx"))
        let sheet = try workbook.addWorksheet("My sheet")
        let error = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in
            try sheet.write("x", row: 1_048_576, column: 0)
        }
        #expect(error?.message == "Worksheet row or column index out of range.")
        #expect(error?.context.contains("'My sheet'!") == true)
        _ = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in try sheet.write(1.0, row: 0, column: 16_384) }
        _ = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in try sheet.write(true, row: -1, column: 0) }
        _ = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in
            try sheet.writeFormula("=1", row: 2_000_000, column: 0, cachedResult: .number(1))
        }
        // The last cell of the grid is fine.
        try sheet.write(1, row: 1_048_575, column: 16_383)
        // libxlsxwriter's own checks come through with its message too.
        let tooLong = expectXlsxError(.maxStringLengthExceeded) { () throws(XlsxError) in
            try sheet.write(String(repeating: "a", count: 32_768), row: 0, column: 0)
        }
        #expect(tooLong?.message == "String exceeds Excel's limit of 32,767 characters.")
        try workbook.close()
    }

    @Test func badArgumentsThrowBeforeReachingC() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("args.xlsx"))
        let sheet = try workbook.addWorksheet()
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            _ = try workbook.addFormat(CellFormat(rotation: 100))
        }
        _ = expectXlsxError(.stringLength128Exceeded) { () throws(XlsxError) in
            _ = try workbook.addFormat(CellFormat(numberFormat: String(repeating: "0", count: 200)))
        }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in try sheet.setRow(0, level: 8) }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            try sheet.mergeRange(CellRange("A1")!, text: "single")
        }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            try sheet.addTable(CellRange("A1:B3")!, options: TableOptions(style: .medium(40)))
        }
        _ = expectXlsxError(.stringLength255Exceeded) { () throws(XlsxError) in
            try sheet.setHeader(String(repeating: "h", count: 256))
        }
        _ = expectXlsxError(.stringLength32Exceeded) { () throws(XlsxError) in
            try sheet.addDataValidation(CellRange("A1")!, DataValidation(.any, inputTitle: String(repeating: "t", count: 33)))
        }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            try workbook.defineName("bad name", formula: "=Sheet1!$A$1")
        }
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            try sheet.addTable(CellRange("A1:B3")!, options: TableOptions(name: "has space"))
        }
        try workbook.close()
    }

    @Test func longListValidationRequiresARangeSource() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("lists.xlsx"))
        let sheet = try workbook.addWorksheet("Input")
        let values = (1...40).map { "Option \($0)" }  // 40 × ~9 chars + commas > 255
        let error = expectXlsxError(.stringLength255Exceeded) { () throws(XlsxError) in
            try sheet.addDataValidation(CellRange("A1:A10")!, DataValidation(.list(values)))
        }
        #expect(error?.detail?.contains("listSource") == true)
        #expect(error?.message == "Parameter exceeds Excel's limit of 255 characters.")
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in
            try sheet.addDataValidation(CellRange("A1")!, DataValidation(.list(["a,b", "c"])))
        }
        // Exactly 255 characters is still allowed.
        let exact = [String(repeating: "a", count: 127), String(repeating: "b", count: 127)]
        try sheet.addDataValidation(CellRange("B1")!, DataValidation(.list(exact)))

        let choices = try workbook.addWorksheet("Choices")
        for (i, value) in values.enumerated() { try choices.write(value, row: i, column: 0) }
        try sheet.addDataValidation(CellRange("A1:A10")!, DataValidation(
            .listSource(SheetRange(sheet: "Choices", range: CellRange(rows: 0...39, columns: 0...0)))))
        try workbook.close()
        let xml = try Zip.entry(dir.file("lists.xlsx"), "xl/worksheets/sheet1.xml")
        #expect(xml.contains("<formula1>Choices!$A$1:$A$40</formula1>"))
    }

    @Test func chartMisuseThrows() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("charts.xlsx"))
        let sheet = try workbook.addWorksheet()
        let empty = try workbook.addChart(.line)
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in try sheet.insertChart(empty, row: 0, column: 0) }
        let pie = try workbook.addChart(.pie)
        _ = expectXlsxError(.featureNotSupported) { () throws(XlsxError) in try pie.setValueAxisTitle("x") }
        try pie.addSeries(values: SheetRange(sheet: "Sheet1", range: CellRange("A1:A3")!))
        try sheet.insertChart(pie, row: 0, column: 0)
        _ = expectXlsxError(.parameterValidation) { () throws(XlsxError) in try sheet.insertChart(pie, row: 5, column: 0) }
        _ = expectXlsxError(.indexOutOfRange) { () throws(XlsxError) in
            try empty.addSeries(values: SheetRange(sheet: "Sheet1", firstRow: 3, firstColumn: 0, lastRow: 1, lastColumn: 0))
        }

        // Objects of one workbook cannot be used with another.
        let other = try Workbook(path: dir.file("other.xlsx"))
        let otherSheet = try other.addWorksheet()
        let format = try workbook.addFormat(CellFormat(bold: true))
        _ = expectXlsxError(.foreignObject) { () throws(XlsxError) in try otherSheet.write("x", row: 0, column: 0, format: format) }
        let chart = try workbook.addChart(.column)
        try chart.addSeries(values: SheetRange(sheet: "Sheet1", range: CellRange("A1:A3")!))
        _ = expectXlsxError(.foreignObject) { () throws(XlsxError) in try otherSheet.insertChart(chart, row: 0, column: 0) }
        try workbook.close()
    }
}

@Suite struct LifecycleTests {
    @Test func closingIntoAMissingDirectoryThrowsAndLeavesNothing() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("missing/out.xlsx"))
        try workbook.addWorksheet().write("x", row: 0, column: 0)
        let error = expectXlsxError(.creatingXlsxFile) { () throws(XlsxError) in try workbook.close() }
        #expect(error?.message == "Error creating output xlsx file. Usually a permissions error.")
        #expect(error?.detail?.contains("No such file or directory") == true)
        #expect(try dir.contents().isEmpty)
        #expect(workbook.isClosed)
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try workbook.close() }
    }

    @Test func failedPublishLeavesTheDestinationUntouchedAndNoTemporaryFile() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        // The destination is a non-empty directory: libxlsxwriter writes the temporary file
        // fine, but only a regular file is replaced.
        let path = dir.file("report.xlsx")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: path + "/inside.txt"))
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().write("new", row: 0, column: 0)
        let error = expectXlsxError(.fileOperation) { () throws(XlsxError) in try workbook.close() }
        #expect(error?.detail?.contains("is not a regular file") == true)
        #expect(try dir.contents() == ["report.xlsx"], "the temporary output file was removed")
        #expect(try String(contentsOfFile: path + "/inside.txt", encoding: .utf8) == "keep me")
    }

    @Test func longFileNamesWork() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let name = String(repeating: "n", count: 240) + ".xlsx"
        let workbook = try Workbook(path: dir.file(name))
        try workbook.addWorksheet().write("x", row: 0, column: 0)
        try workbook.close()
        #expect(try dir.contents() == [name])
    }

    @Test func successfulCloseReplacesTheDestination() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = dir.file("report.xlsx")
        try Data("previous version".utf8).write(to: URL(fileURLWithPath: path))
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().write("new", row: 0, column: 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "previous version", "nothing written before close")
        try workbook.close()
        #expect(try dir.contents() == ["report.xlsx"])
        #expect(try Zip.entries(path).contains("xl/worksheets/sheet1.xml"))
    }

    @Test func deinitWithoutCloseWritesNothing() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        var kept: Worksheet?
        var keptChart: Chart?
        for constantMemory in [false, true] {
            let workbook = try Workbook(path: dir.file("never-\(constantMemory).xlsx"),
                                        options: WorkbookOptions(constantMemory: constantMemory))
            let sheet = try workbook.addWorksheet()
            for row in 0..<100 { try sheet.write("row \(row)", row: row, column: 0) }
            keptChart = try workbook.addChart(.column)
            kept = sheet
        }
        #expect(try dir.contents().isEmpty)
        // Sheets and charts outliving their workbook fail cleanly instead of touching freed memory.
        let error = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try kept?.write("late", row: 200, column: 0) }
        #expect(error?.message == "The workbook is closed.")
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try keptChart?.setTitle("late") }
    }

    @Test func usingAClosedWorkbookThrows() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let workbook = try Workbook(path: dir.file("closed.xlsx"))
        let sheet = try workbook.addWorksheet()
        let format = try workbook.addFormat(CellFormat(italic: true))
        try workbook.close()
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try sheet.write(1, row: 0, column: 0, format: format) }
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try workbook.addWorksheet() }
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in _ = try workbook.addFormat(CellFormat(bold: true)) }
        _ = expectXlsxError(.workbookClosed) { () throws(XlsxError) in try sheet.freezePanes(row: 1) }
    }

    @Test func missingTemporaryDirectoryIsRejectedUpFront() throws {
        let error = expectXlsxError(.creatingTmpfile) { () throws(XlsxError) in
            _ = try Workbook(path: "/tmp/x.xlsx", options: WorkbookOptions(constantMemory: true,
                                                                           temporaryDirectory: "/nonexistent/dir"))
        }
        #expect(error?.detail?.contains("/nonexistent/dir") == true)
    }
}
