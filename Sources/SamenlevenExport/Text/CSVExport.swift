import SamenlevenModel
import SamenlevenQueries

/// An AnswerTable as CSV (RFC 4180): UTF-8, comma-separated, CRLF line ends, fields quoted
/// when they hold a comma, quote or line break. Numbers are machine numbers (`1234.56`, dates
/// ISO), so the file is for further processing. Text that starts with `=`, `+`, `-`, `@`, tab
/// or carriage return gets a leading `'` (formula injection), as in the open-data files.
///
/// Columns: `soort`, `niveau`, one per table column (by its id), `herkomst` (`file:row`
/// separated by `; `). The structure survives in `soort` (kop, detail, subtotaal, totaal)
/// and `niveau`. Two more kinds of rows keep what a table shows beside its cells: a first
/// row of soort `voorbeelddata` with the label when the answer uses example data, and one
/// row of soort `voetnoot` per footnote at the end (text in the first table column, source
/// in `herkomst`).
public enum CSVExport {
    public static func render(_ tabel: AnswerTable) -> String {
        let width = tabel.kolommen.count
        var records: [[String]] = [["soort", "niveau"] + tabel.kolommen.map(\.id) + ["herkomst"]]
        func meta(_ soort: String, _ text: String, _ bron: String?) -> [String] {
            [soort, ""] + [text] + Array(repeating: "", count: max(0, width - 1)) + [bron ?? ""]
        }
        if tabel.voorbeelddata { records.append(meta("voorbeelddata", Herkomst.voorbeelddataLabel, nil)) }
        for rij in tabel.rijen {
            let cells = (0..<width).map { i -> String in
                guard i < rij.cellen.count else { return "" }
                // Text is neutralised against formula injection; numbers never are.
                if case .tekst(let t) = rij.cellen[i] { return CSVField.neutralised(t) }
                return CelOpmaak.machine(rij.cellen[i])
            }
            records.append([rij.soort.rawValue, String(rij.niveau)] + cells + [rij.herkomst.joined(separator: "; ")])
        }
        for voetnoot in tabel.voetnoten { records.append(meta("voetnoot", CSVField.neutralised(voetnoot.tekst), voetnoot.bron)) }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// One field, quoted when needed (`CSVField.quoted`).
    public static func field(_ value: String) -> String { CSVField.quoted(value) }
}
