import SamenlevenModel
import SamenlevenQueries

/// An AnswerTable as aligned text for the terminal: the VOORBEELDDATA label on top when the
/// answer uses example data, title and selection, the table with labels indented two spaces
/// per `niveau` and numbers right-aligned in Belgian notation, a rule above the total, and
/// the numbered footnotes under it.
public enum TextExport {
    public static func render(_ tabel: AnswerTable) -> String {
        var lines: [String] = []
        if tabel.voorbeelddata {
            lines += ["*** \(Herkomst.voorbeelddataLabel) ***", ""]
        }
        lines.append(tabel.titel)
        if let vraag = tabel.vraag { lines.append(vraag.description) }
        lines.append("Gegevensstand: \(tabel.gegevensstand)")
        if !tabel.filters.isEmpty { lines.append("Selectie: \(CelOpmaak.filters(tabel))") }
        lines.append("")

        let kolommen = tabel.kolommen
        let headers = kolommen.map(\.kop)
        let body: [[String]] = tabel.rijen.map { rij in
            kolommen.indices.map { i in
                // A line break inside a cell would break the alignment.
                let text = (i < rij.cellen.count ? CelOpmaak.belgisch(rij.cellen[i]) : "")
                    .split(whereSeparator: \.isNewline).joined(separator: " ").withVisibleControlCharacters
                return i == 0 ? String(repeating: "  ", count: max(0, rij.niveau)) + text : text
            }
        }
        let table = TextTable(
            headers: headers.map(\.withVisibleControlCharacters),
            alignments: kolommen.map { CelOpmaak.isNumeriek($0) ? .right : .left },
            rows: body,
            rulesAbove: Set(tabel.rijen.indices.filter { $0 > 0 && tabel.rijen[$0].soort == .totaal }))
        lines += table.lines()

        if !tabel.voetnoten.isEmpty {
            lines.append("")
            lines.append("Voetnoten:")
            for (n, voetnoot) in tabel.voetnoten.enumerated() { lines.append("\(n + 1). \(CelOpmaak.voetnoot(voetnoot))") }
        }
        // Cells were made visible before aligning; this shows the rest (titles, footnotes).
        return (lines.joined(separator: "\n") + "\n").withVisibleControlCharacters
    }
}
