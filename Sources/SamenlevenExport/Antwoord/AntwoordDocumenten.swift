import Foundation
import Memberwise
import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries

/// The text parts of an answer bundle: the draft answer (`antwoord.md`, `antwoord.docx`), the
/// consistency report (`controle.txt`) and the source of every figure (`bronnen.md`).
@MemberwiseInit
public struct AntwoordDocumenten: Sendable {
    public let vraag: ParlementaireVraag
    public let projectjaar: Int
    public let sjabloon: Antwoordsjabloon
    public let opgesteld: AntwoordOpsteller.Resultaat
    public let bevindingen: [Bevinding]
    public let correcties: [Correctie]
    /// Creation time of the documents: from the data, never the wall clock.
    public let aangemaakt: Date
    /// The cabinet's house style for `antwoord.docx`; nil for the bundled style.
    public var huisstijl: Huisstijl? = nil

    /// `antwoord.md`: the rendered template (checked name by name first).
    public func markdown() throws(Antwoordsjabloon.Fout) -> String {
        let tekst = try sjabloon.render(opgesteld.gegevens, prototype: AntwoordGegevens.prototype(opgesteld.gegevens))
        // Templates leave blank lines where sections were; keep at most one.
        var regels: [Substring] = []
        for regel in tekst.split(separator: "\n", omittingEmptySubsequences: false) {
            let leeg = regel.allSatisfy(\.isWhitespace)
            if leeg && (regels.last.map { $0.allSatisfy(\.isWhitespace) } ?? true) { continue }
            regels.append(leeg ? "" : regel)
        }
        return regels.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// `antwoord.docx`: the same text as a Word document.
    public func docx(markdown: String) throws -> Data {
        try DocxWriter(huisstijl: huisstijl).document(DocumentBlock.parse(markdown), properties: .init(
            title: "Antwoord op schriftelijke vraag nr. \(vraag.nummer)",
            subject: vraag.titel,
            creator: vraag.minister,
            keywords: "Plan Samenleven; schriftelijke vraag \(vraag.nummer); projectjaar \(projectjaar)",
            created: aangemaakt))
    }

    /// `controle.txt`: the consistency report for the data the answer uses, and why the
    /// numbers of answer 2 differ from the published ones.
    public func controle() -> String {
        var uit: [String] = []
        uit.append("Consistentiecontrole bij het antwoord op vraag nr. \(vraag.nummer), projectjaar \(projectjaar)")
        uit.append(String(repeating: "=", count: uit[0].count))
        uit.append("")
        let s = opgesteld.gegevens.samenwerking
        if s.wijktAfVanPublicatie {
            uit.append("Antwoord 2 zegt \"\(s.indieners) projectindieners vertegenwoordigen \(s.besturen) samenwerkende lokale besturen\";")
            uit.append("het gepubliceerde antwoord zei \(s.gepubliceerdeIndieners) en \(s.gepubliceerdeBesturen). Het verschil komt van")
            uit.append("verbeteringen aan de gepubliceerde lijst, die de bronnen zelf aantonen:")
            uit.append("")
        }
        let relevant = correcties.filter { s.wijktAfVanPublicatie || $0.bestand.contains("projectjaar-\(projectjaar)") }
        if !relevant.isEmpty {
            uit.append("Verbeteringen aan de gepubliceerde gegevens:")
            for c in relevant { uit.append("- " + c.voetnoot) }
            uit.append("")
        }
        if bevindingen.isEmpty {
            uit.append("Geen bevindingen: de gegevens kloppen met de gepubliceerde cijfers en de regels van het plan.")
        } else {
            uit.append("Bevindingen (\(bevindingen.count)): ernst, bron, melding")
            uit.append("")
            uit += bevindingen.map(\.regel)
            uit.append("")
            let telling = Bevinding.Ernst.allCases.map { ernst in "\(bevindingen.filter { $0.ernst == ernst }.count) \(ernst.rawValue)" }
            uit.append(telling.joined(separator: ", "))
        }
        if opgesteld.gegevens.voorbeelddata {
            uit.append("")
            uit.append("\(Herkomst.voorbeelddataLabel): het antwoord steunt op synthetische voorbeeldgegevens voor de cijfers die niet openbaar zijn.")
        }
        return uit.joined(separator: "\n") + "\n"
    }

    /// `bronnen.md`: each figure in the answer with its source; the sources of each deelvraag's table.
    public func bronnen(deelantwoorden: [Deelantwoord] = []) -> String {
        var uit = ["# Bronnen bij het antwoord op vraag nr. \(vraag.nummer)", "",
                   "Elk cijfer in het antwoord met zijn bron: bestand en rij in de databank, of de gepubliceerde bron.", ""]
        if opgesteld.gegevens.voorbeelddata {
            uit += ["> **\(Herkomst.voorbeelddataLabel)**: bronnen met `-voorbeelddata` in de naam zijn synthetisch.", ""]
        }
        // Per table, under the deelvraag of the question that asks for it, in the order asked.
        let tabellen = StandaardVraag.allCases.filter { t in opgesteld.bronnen.contains { $0.tabel == t } }
        let rang = { (t: StandaardVraag) in vraag.deelvragen.firstIndex { $0.standaardvragen.contains(t) } ?? vraag.deelvragen.count }
        for tabel in tabellen.sorted(by: { rang($0) < rang($1) }) {
            let kop = vraag.deelvraag(voor: tabel).map { "Antwoord \($0.nummer)" } ?? "Ter informatie: tabel \(tabel.rawValue) (geen deelvraag vraagt erom)"
            uit += ["## \(kop)", ""] + MarkdownTable.header(["cijfer", "waarde", "bron"], alignments: [.left, .right, .left])
            for b in opgesteld.bronnen where b.tabel == tabel {
                uit.append(MarkdownTable.row([b.wat, b.waarde, b.bron.replacingOccurrences(of: "|", with: "/")]))
            }
            uit.append("")
        }
        uit += ["## Tabellen in de bijlage", ""]
        for d in deelantwoorden {
            guard let antwoord = d.antwoord else { continue }
            uit.append("- **Deelvraag \(d.nummer)** (blad \(d.blad ?? "–"); gegevens/deelvraag-\(d.nummer).csv): \(antwoord.tabel.titel)")
            uit += antwoord.bronnen.map { "  - \($0)" }
        }
        for v in StandaardVraag.allCases where deelantwoorden.isEmpty {
            guard let tabel = opgesteld.tabellen[v] else { continue }
            uit.append("- **\(tabel.titel)**" + (tabel.vraag.map { " (\($0))" } ?? "") + ": \(tabel.gegevensstand)")
            for noot in tabel.voetnoten where noot.bron != nil || noot.tekst.hasPrefix("Bron") {
                uit.append("  - \(noot.tekst)")
            }
        }
        if !correcties.isEmpty {
            uit += ["", "## Verbeteringen aan gepubliceerde gegevens", ""]
            uit += correcties.map { "- \($0.voetnoot)" }
        }
        uit += ["", "## Gepubliceerde bronnen", ""]
        uit += Bron.alle.map { "- **\($0.code)**: \($0.titel)" + ($0.url.map { " (\($0))" } ?? "") }
        return uit.joined(separator: "\n") + "\n"
    }
}
