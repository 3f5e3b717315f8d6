import Foundation
/// A small reader for the comma-separated lists kept with the toolkit (published lists,
/// corrections): UTF-8, optional BOM, `"` quoting with doubled quotes, LF or CRLF.
///
/// The administration's own files go through the full readers of SamenlevenStore instead.
enum CSVTekst {
    /// The records, each with its spreadsheet row number (header = row 1; a line break inside
    /// quotes does not start a new row). Blank lines are skipped but counted.
    static func records(_ tekst: String) -> [(rij: Int, velden: [String])] {
        var result: [(Int, [String])] = []
        var velden: [String] = []
        var veld = ""
        var inQuotes = false
        var regel = 1
        var scalars = Array(tekst.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        func sluitRecord() {
            velden.append(veld)
            veld = ""
            if !(velden.count == 1 && velden[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                result.append((regel, velden))
            }
            velden = []
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" { veld.unicodeScalars.append("\""); i += 1 } else { inQuotes = false }
                } else {
                    veld.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                velden.append(veld)
                veld = ""
            } else if c == "\r" || c == "\n" {
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                sluitRecord()
                regel += 1
            } else {
                veld.unicodeScalars.append(c)
            }
            i += 1
        }
        if !veld.isEmpty || !velden.isEmpty { sluitRecord() }
        return result
    }

    /// The header (trimmed, lower case) and the rows as dictionaries with their row numbers.
    static func tabel(_ tekst: String) -> (kop: [String], rijen: [(rij: Int, waarden: [String: String], aantalVelden: Int)]) {
        let alle = records(tekst)
        guard let kop = alle.first?.velden.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else { return ([], []) }
        let rijen = alle.dropFirst().map { record -> (Int, [String: String], Int) in
            var waarden: [String: String] = [:]
            for (index, naam) in kop.enumerated() {
                waarden[naam] = index < record.velden.count ? record.velden[index].trimmingCharacters(in: .whitespaces) : ""
            }
            return (record.rij, waarden, record.velden.count)
        }
        return (kop, rijen)
    }
}
