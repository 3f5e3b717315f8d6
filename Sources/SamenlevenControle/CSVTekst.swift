import Foundation
import SamenlevenModel
import SamenlevenReaders

/// The comma-separated lists kept with the toolkit (published lists, corrections) as a header
/// and rows of values by column name, read with the readers' CSV reader.
enum CSVTekst {
    struct Fout: Error, CustomStringConvertible {
        let description: String
    }

    /// The header (trimmed, lower case) and the rows as dictionaries with their row numbers and
    /// the number of fields they really have (a row longer than the header is reported).
    static func tabel(_ tekst: String, bestand: String) throws -> (kop: [String], rijen: [(rij: Int, waarden: [String: String], aantalVelden: Int)]) {
        let sheet: Sheet
        do {
            sheet = try CSVReader.read(data: Data(tekst.utf8), fileName: bestand).sheet
        } catch {
            if error.message.contains("leeg") { return ([], []) }
            throw Fout(description: error.description)
        }
        let sleutel = { (naam: String) in naam.trimmedWhitespace.lowercased() }
        let rijen = sheet.rows.map { row in
            (row.number, sheet.values(of: row, name: sleutel, text: \.trimmedWhitespace), max(row.cells.count, sheet.header.count))
        }
        return (sheet.header.map(sleutel), rijen)
    }
}
