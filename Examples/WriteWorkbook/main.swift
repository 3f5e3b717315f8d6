// WriteWorkbook: a workbook written with the XlsxWriter API alone (no domain, no store).
//
// Shows a workbook with document properties, a sheet with a bold header, a frozen header row,
// column widths, text, whole numbers, amounts in a euro number format and a SUM formula with its
// cached result, closed atomically (a complete file or none).
//
//     swift run WriteWorkbook out.xlsx
import Foundation
import XlsxWriter

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 1, let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: WriteWorkbook OUT.xlsx\n".utf8))
    exit(64)
}

let rows: [(name: String, count: Int, amount: Double)] = [
    ("Aalst", 3, 12_500),
    ("Brugge", 5, 30_000.5),
    ("Gent", 8, 47_250),
]

do {
    // A fixed creation date: the same calls give a byte-identical file.
    let workbook = try Workbook(path: path)
    try workbook.setDocumentProperties(DocumentProperties(title: "Example", created: Date(timeIntervalSince1970: 0)))
    let sheet = try workbook.addWorksheet("Data")
    let bold = try workbook.addFormat(CellFormat(bold: true))
    let money = try workbook.addFormat(CellFormat(numberFormat: "#,##0.00 [$€-813]"))

    try sheet.writeRow([.string("Name"), .string("Count"), .string("Amount")], row: 0, format: bold)
    try sheet.freezePanes(row: 1)
    try sheet.setColumnWidth(0, 20)
    try sheet.setColumnWidth(2, 14)
    for (index, row) in rows.enumerated() {
        try sheet.write(row.name, row: index + 1, column: 0)
        try sheet.write(row.count, row: index + 1, column: 1)
        try sheet.write(row.amount, row: index + 1, column: 2, format: money)
    }
    let totalRow = rows.count + 1
    let total = rows.map(\.amount).reduce(0, +)
    try sheet.write("Total", row: totalRow, column: 0, format: bold)
    try sheet.writeFormula("=SUM(C2:C\(totalRow))", row: totalRow, column: 2, format: money, cachedResult: .number(total))
    try workbook.close()
    print("wrote \(path): sheet Data, \(rows.count) rows and a total of \(total)")
} catch {
    FileHandle.standardError.write(Data("WriteWorkbook: \(error)\n".utf8))
    exit(1)
}
