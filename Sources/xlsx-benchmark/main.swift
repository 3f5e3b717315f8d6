// xlsx-benchmark: writes N rows × 8 columns with XlsxWriter in constant-memory mode,
// the same cells as Benchmarks/xlsx/bench.c and bench.py (see scripts/bench-xlsx.sh).
//
//   xlsx-benchmark ROWS OUTPUT.xlsx [TMPDIR]
//   xlsx-benchmark --leak-scenarios DIR     error paths, for valgrind / LeakSanitizer
import XlsxWriter

#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments

func fail(_ message: String) -> Never {
    let text = "xlsx-benchmark: \(message)\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

// MARK: - The benchmark

/// 300 distinct place-like names, built the same way in all three benchmark programs.
let prefixes = ["Aal", "Bee", "Dran", "Eke", "Gel", "Hau", "Ker", "Lem", "Mol", "Nie",
                "Oos", "Pol", "Ren", "Sta", "Ter", "Vil", "Wes", "Zot", "Ber", "Lan"]
let suffixes = ["berg", "dam", "gem", "hout", "kerke", "lo", "mere", "rode", "voorde", "zele",
                "beek", "donk", "hoven", "kapelle", "wijk"]
let names: [String] = (0..<300).map { prefixes[$0 % 20] + suffixes[$0 / 20] }
let remarks = ["paid", "under review", "second instalment pending", "approved after revision of the plan",
               "n/a", "follow-up requested", "closed"]
let headers = ["Name", "Code", "Year", "Action", "Indicator", "Count", "Amount", "Remark"]

func runBenchmark(rows: Int, path: String, temporaryDirectory: String?) throws(XlsxError) {
    let workbook = try Workbook(path: path, options: WorkbookOptions(constantMemory: true,
                                                                     temporaryDirectory: temporaryDirectory))
    try workbook.setDocumentProperties(DocumentProperties(title: "Benchmark"))
    let sheet = try workbook.addWorksheet("Data")
    let bold = try workbook.addFormat(CellFormat(bold: true))
    let euro = try workbook.addFormat(CellFormat(numberFormat: "#,##0.00 [$€-813]"))
    for (column, header) in headers.enumerated() {
        try sheet.write(header, row: 0, column: column, format: bold)
    }
    for i in 0..<rows {
        let row = i + 1
        try sheet.write(names[i % 300], row: row, column: 0)
        try sheet.write(String(10_000 + (i &* 7919) % 90_000), row: row, column: 1)
        try sheet.write(2020 + i % 6, row: row, column: 2)
        try sheet.write(1 + i % 40, row: row, column: 3)
        try sheet.write(100 + i % 25, row: row, column: 4)
        try sheet.write((i &* 37) % 1000, row: row, column: 5)
        try sheet.write(Double((i &* 7919) % 10_000_000) / 100, row: row, column: 6, format: euro)
        try sheet.write(remarks[i % 7], row: row, column: 7)
    }
    try workbook.close()
}

// MARK: - Error paths for the leak check

/// Runs every scenario in which an error is thrown midway; each must free everything.
func runLeakScenarios(in directory: String) {
    var count = 0
    func scenario(_ name: String, _ body: () throws(XlsxError) -> Void) {
        count += 1
        do {
            try body()
            print("scenario \(name): completed")
        } catch {
            print("scenario \(name): threw \(error.code) - \(error)")
        }
    }
    func fill(_ sheet: Worksheet, rows: Int) throws(XlsxError) {
        for row in 0..<rows {
            try sheet.write("text \(row)", row: row, column: 0)
            try sheet.write(Double(row), row: row, column: 1)
            try sheet.writeFormula("=B\(row + 1)*2", row: row, column: 2, cachedResult: .number(Double(row * 2)))
        }
    }
    for constantMemory in [false, true] {
        let options = WorkbookOptions(constantMemory: constantMemory)
        let tag = constantMemory ? "constant-memory" : "normal"
        scenario("\(tag): invalid sheet name after data") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/a-\(tag).xlsx", options: options)
            try fill(try workbook.addWorksheet("First"), rows: 100)
            try workbook.addWorksheet("bad/name")
        }
        scenario("\(tag): duplicate sheet name") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/b-\(tag).xlsx", options: options)
            try fill(try workbook.addWorksheet("Data"), rows: 100)
            try workbook.addWorksheet("DATA")
        }
        scenario("\(tag): write out of range") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/c-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 100)
            try sheet.write("x", row: 1_048_576, column: 0)
        }
        scenario("\(tag): string too long (libxlsxwriter error)") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/d-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 100)
            try sheet.write(String(repeating: "z", count: 40_000), row: 200, column: 0)
        }
        scenario("\(tag): list validation too long") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/e-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 10)
            try sheet.addDataValidation(CellRange("A1:A5")!, DataValidation(.list((1...60).map { "choice \($0)" })))
        }
        scenario("\(tag): bad table name (libxlsxwriter error), then deinit") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/f-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try sheet.addTable(CellRange("A1:C20")!, options: TableOptions(
                name: "has space", columns: [TableColumn(header: "One"), TableColumn(header: "Two")]))
        }
        scenario("\(tag): chart without series, then deinit") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/g-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 10)
            let chart = try workbook.addChart(.column)
            try chart.setTitle("Never shown")
            try sheet.insertChart(chart, row: 0, column: 5)
        }
        scenario("\(tag): deinit without close after everything") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/h-\(tag).xlsx", options: options)
            try workbook.setDocumentProperties(DocumentProperties(title: "Never written"))
            try workbook.setCustomProperty("Key", .string("value"))
            try workbook.defineName("Range", formula: "=Sheet1!$A$1:$A$10")
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 1_000)
            try sheet.setHeader("&CHeader")
            try sheet.addDataValidation(CellRange("D1:D5")!, DataValidation(.list(["a", "b"]), inputMessage: "pick"))
            let chart = try workbook.addChart(.line)
            try chart.addSeries(name: "S", values: SheetRange(sheet: "Sheet1", range: CellRange("B1:B10")!))
            try sheet.insertChart(chart, row: 0, column: 5)
            _ = try workbook.addFormat(CellFormat(bold: true, numberFormat: "0.00"))
        }
        scenario("\(tag): close into a missing directory") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/missing/i-\(tag).xlsx", options: options)
            try fill(try workbook.addWorksheet(), rows: 1_000)
            try workbook.close()
        }
        scenario("\(tag): rename onto a directory fails") { () throws(XlsxError) in
            let target = directory + "/j-\(tag).xlsx"
            mkdir(target, 0o755)
            let keep = fopen(target + "/keep", "w")
            if let keep { fclose(keep) }
            let workbook = try Workbook(path: target, options: options)
            try fill(try workbook.addWorksheet(), rows: 1_000)
            try workbook.close()
        }
        scenario("\(tag): use after close") { () throws(XlsxError) in
            let workbook = try Workbook(path: directory + "/k-\(tag).xlsx", options: options)
            let sheet = try workbook.addWorksheet()
            try fill(sheet, rows: 100)
            try workbook.close()
            try sheet.write("late", row: 200, column: 0)
        }
        scenario("\(tag): foreign format") { () throws(XlsxError) in
            let one = try Workbook(path: directory + "/l1-\(tag).xlsx", options: options)
            let two = try Workbook(path: directory + "/l2-\(tag).xlsx", options: options)
            let format = try one.addFormat(CellFormat(italic: true))
            try two.addWorksheet().write("x", row: 0, column: 0, format: format)
        }
        scenario("\(tag): complete workbook") { () throws(XlsxError) in
            try runBenchmark(rows: 2_000, path: directory + "/m-\(tag).xlsx", temporaryDirectory: nil)
        }
    }
    print("\(count) scenarios run")
}

// MARK: - Entry point

if arguments.count == 3, arguments[1] == "--leak-scenarios" {
    runLeakScenarios(in: arguments[2])
} else if arguments.count == 3 || arguments.count == 4, let rows = Int(arguments[1]), rows >= 0 {
    do {
        try runBenchmark(rows: rows, path: arguments[2], temporaryDirectory: arguments.count == 4 ? arguments[3] : nil)
    } catch {
        fail("\(error)")
    }
} else {
    fail("usage: xlsx-benchmark ROWS OUTPUT.xlsx [TMPDIR] | --leak-scenarios DIR")
}
