import Foundation
import SamenlevenModel

/// Writes records in the import format (`import-formaat.md`): comma-separated UTF-8 with the
/// kind's columns as the description lists them (`Soort.kolommen`), without the optional
/// stated province (generated rows leave it out), amounts in Belgian notation and besturen as
/// codes, so generated data goes through the normal importer like any file of the
/// administration.
enum ImportCSV {
    /// The file `<soort>-voorbeelddata.csv` of the records.
    static func bestand<R: Gegeven>(_ records: [R]) -> (naam: String, data: Data) {
        ("\(R.soort.rawValue)-voorbeelddata.csv", tekst(records))
    }

    static func tekst<R: Gegeven>(_ records: [R]) -> Data {
        let kolommen = R.soort.kolommen.filter { $0.waarde != .provincie }
        var out = kolommen.map(\.naam).joined(separator: ",") + "\n"
        for record in records {
            let waarden = record.waarden
            out += kolommen.map { CSVField.quoted(tekst(waarden[$0] ?? .leeg)) }.joined(separator: ",") + "\n"
        }
        return Data(out.utf8)
    }

    /// A value as the import format writes it.
    static func tekst(_ waarde: KolomWaarde) -> String {
        switch waarde {
        case .leeg: return ""
        case .getal(let n): return "\(n)"
        case .tekst(let s), .keuze(let s, _): return s
        case .bedrag(let euro): return euro.belgianNumber
        }
    }
}
