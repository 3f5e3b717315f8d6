// ReadSheets: CSV files and XLSX workbooks read with SamenlevenReaders, their cells printed.
//
// Shows the two readers (`CSVReader`, `XLSXReader`), the sheets they return (header, rows with
// their true row numbers, raw cells), reading a row by column name, the warnings a reader gives
// and its located Dutch error messages.
//
//     swift run ReadSheets lijst.csv werkboek.xlsx
import Foundation
import SamenlevenReaders

let paths = CommandLine.arguments.dropFirst()
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: ReadSheets FILE.csv|FILE.xlsx ...\n".utf8))
    exit(64)
}

/// A cell as the example prints it: its kind and its value.
func describe(_ cell: CellValue) -> String {
    switch cell {
    case .empty: return "empty"
    case .text(let text): return "text \(text.debugDescription)"
    case .number(let lexical): return "number \(lexical)"
    case .boolean(let value): return "boolean \(value)"
    case .date: return "date \(cell.displayText)"
    case .error(let code): return "error \(code)"
    }
}

var failed = false
for path in paths {
    let url = URL(fileURLWithPath: path)
    do {
        let sheets: [Sheet]
        let warnings: [ReadWarning]
        if url.pathExtension.lowercased() == "xlsx" {
            (sheets, warnings) = try XLSXReader.read(url: url)
        } else {
            let read = try CSVReader.read(url: url)
            (sheets, warnings) = ([read.sheet], read.warnings)
        }
        for warning in warnings { print("warning: \(warning)") }
        for sheet in sheets {
            print("\(sheet.fileName) [\(sheet.name)]: header row \(sheet.headerRowNumber): \(sheet.header.joined(separator: " | "))")
            for row in sheet.rows {
                let cells = row.cells.enumerated().map { "\(Sheet.columnLetters($0.offset))=\(describe($0.element))" }
                print("  row \(row.number): \(cells.joined(separator: ", "))")
            }
            if let first = sheet.rows.first, let column = sheet.header.first {
                print("  first row by name: \(column) = \(sheet.values(of: first)[column] ?? "")")
            }
            for problem in sheet.problems {
                print("  problem in row \(problem.row): \(problem.message)")
            }
        }
    } catch {
        // ReadError: "FILE:ROW:COLUMN: message" in Dutch.
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        failed = true
    }
}
exit(failed ? 1 : 0)
