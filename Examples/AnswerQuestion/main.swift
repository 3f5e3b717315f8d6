// AnswerQuestion: one standard parliamentary question answered as a workbook.
//
// Shows the path from data to answer: load the data once at the edge (`Store.laad`, here from
// an in-memory store with the built-in default data), answer a standard question with
// SamenlevenQueries (an `AnswerTable`), and render it with SamenlevenExport as a one-sheet
// workbook, written atomically.
//
//     swift run AnswerQuestion budget antwoord.xlsx
import Foundation
import SamenlevenExport
import SamenlevenQueries
import SamenlevenStore

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2, let vraag = StandaardVraag(rawValue: arguments[0]) else {
    let names = StandaardVraag.allCases.map(\.rawValue).joined(separator: "|")
    FileHandle.standardError.write(Data("usage: AnswerQuestion \(names) OUT.xlsx\n".utf8))
    exit(64)
}
let path = arguments[1]

do {
    let store = try Store.inMemory(standaardgegevens: true)
    let context = QueryContext(try store.laad())
    let tabel = vraag.beantwoord(context, opties: QueryOptions(projectjaar: 1))
    try AntwoordWerkboek.schrijf(tabel, bladnaam: vraag.bladnaam, naar: path)
    print(tabel.titel)
    print("columns: \(tabel.kolommen.map(\.kop).joined(separator: " | "))")
    print("wrote \(path): sheet \(vraag.bladnaam), \(tabel.rijen.count) rows")
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
