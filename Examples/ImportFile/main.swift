// ImportFile: the administration's files imported into a store with SamenlevenStore's Importer,
// and what changed listed per record kind.
//
// Shows opening a store (a file, or in memory), `Importer.importeer` (validation of every row,
// all or nothing), the counts per kind in the `ImportVerslag`, and that importing the same files
// again changes nothing. On a problem nothing is stored and every problem is printed as
// `FILE:ROW:COLUMN: message` (Dutch).
//
//     swift run ImportFile toekenningen-2024.csv [--store gegevens.sqlite]
import Foundation
import SamenlevenModel
import SamenlevenStore

var arguments = Array(CommandLine.arguments.dropFirst())
var storePath: String? = nil
if let index = arguments.firstIndex(of: "--store"), index + 1 < arguments.count {
    storePath = arguments[index + 1]
    arguments.removeSubrange(index...index + 1)
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: ImportFile FILE.csv|FILE.xlsx ... [--store STORE.sqlite]\n".utf8))
    exit(64)
}

/// One line per record kind: what the import added, replaced, left alone and removed.
func report(_ title: String, _ verslag: ImportVerslag) {
    print("\(title): \(verslag.rijen) rows read")
    for telling in verslag.tellingen {
        print("  \(telling.soort.rawValue): \(telling.toegevoegd) added, \(telling.vervangen) replaced, "
              + "\(telling.ongewijzigd) unchanged, \(telling.verwijderd) removed")
    }
    for warning in verslag.waarschuwingen { print("  warning: \(warning)") }
}

do {
    // A new store starts with the reference data only (no built-in default records).
    let store = try storePath.map { try Store.open(path: $0, standaardgegevens: false) } ?? Store.inMemory()
    let importer = Importer(store: store)
    let files = arguments.map { ImportBestand(url: URL(fileURLWithPath: $0)) }
    report("first import", try importer.importeer(files))
    report("same files again", try importer.importeer(files))
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
