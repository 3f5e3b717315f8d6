import Foundation
import SamenlevenVraagbestand

/// The repository (Vragen/ is read through #filePath, as the goldens are).
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The head every error test starts from (lines 1-4), then its own deelvragen from line 5.
let hoofd = """
nummer = 1234
datum = 2025-03-05
vraagsteller = "Brecht Warnez"
projectjaren = [1, 2, 3]

"""

/// Reads a question file named `vraag-1234.toml`.
func lees(_ tekst: String, bestand: String = "vraag-1234.toml") throws(Vraagbestand.Fout) -> Vraagbestand {
    try Vraagbestand.lees(tekst: tekst, bestandsnaam: bestand)
}

/// The problems of a file that must be refused (`FILE:LINE: message`); empty when it was read.
func problemen(_ tekst: String, bestand: String = "vraag-1234.toml") -> [String] {
    do {
        _ = try Vraagbestand.lees(tekst: tekst, bestandsnaam: bestand)
        return []
    } catch {
        return error.problemen.map(\.description)
    }
}

/// The problems of `hoofd` followed by one deelvraag whose lines start on line 6
/// (`[[deelvraag]]` on line 5).
func problemen(deelvraag regels: String) -> [String] {
    problemen(hoofd + "[[deelvraag]]\n" + regels)
}

/// The ```toml blocks of a Markdown file.
func tomlBlokken(_ markdown: String) -> [String] {
    var blokken: [String] = []
    var huidig: [Substring]?
    for regel in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if huidig == nil, regel == "```toml" {
            huidig = []
        } else if huidig != nil, regel == "```" {
            blokken.append(huidig!.joined(separator: "\n") + "\n")
            huidig = nil
        } else {
            huidig?.append(regel)
        }
    }
    return blokken
}
