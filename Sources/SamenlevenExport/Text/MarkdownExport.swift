import SamenlevenModel
import SamenlevenQueries

/// An AnswerTable as Markdown: the VOORBEELDDATA label as a quote on top when needed, the
/// title as a heading, the question and selection, a pipe table in Belgian notation (labels
/// indented with non-breaking spaces per `niveau`, group headings and the total in bold,
/// subtotals in italics, numbers right-aligned) and the footnotes as a numbered list.
public enum MarkdownExport {
    public static func render(_ tabel: AnswerTable) -> String {
        var lines: [String] = []
        if tabel.voorbeelddata { lines += ["> **\(Herkomst.voorbeelddataLabel)**", ""] }
        lines += ["## \(escape(tabel.titel))", ""]
        lines.append((tabel.vraag.map { "*\($0.description)* — " } ?? "") + escape(tabel.gegevensstand))
        if !tabel.filters.isEmpty { lines += ["", "**Selectie:** \(escape(CelOpmaak.filters(tabel)))"] }
        lines.append("")

        let kolommen = tabel.kolommen
        lines += MarkdownTable.header(kolommen.map { escape($0.kop) },
                                      alignments: kolommen.map { CelOpmaak.isNumeriek($0) ? .right : .left })
        for rij in tabel.rijen {
            let cells = kolommen.indices.map { i -> String in
                var text = escape(i < rij.cellen.count ? CelOpmaak.belgisch(rij.cellen[i]) : "")
                if !text.isEmpty {
                    switch rij.soort {
                    case .kop, .totaal: text = "**\(text)**"
                    case .subtotaal where i == 0: text = "*\(text)*"
                    default: break
                    }
                }
                if i == 0 { text = String(repeating: "\u{00A0}\u{00A0}", count: max(0, rij.niveau)) + text }
                return text
            }
            lines.append(MarkdownTable.row(cells).replacingOccurrences(of: "  |", with: " |"))
        }

        if !tabel.voetnoten.isEmpty {
            lines += ["", "### Voetnoten", ""]
            for (n, voetnoot) in tabel.voetnoten.enumerated() { lines.append("\(n + 1). \(escape(CelOpmaak.voetnoot(voetnoot)))") }
        }
        return (lines.joined(separator: "\n") + "\n").withVisibleControlCharacters
    }

    /// Pipes and backslashes escaped, line breaks as `<br>`.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\r", with: "<br>")
    }
}
