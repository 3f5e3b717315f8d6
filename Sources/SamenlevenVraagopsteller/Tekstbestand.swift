import Foundation
import SamenlevenModel
import SamenlevenVraagbestand

/// A text file read with bounds (`Vraagbestand.leesBestand`: a regular
/// file of at most `maxBytes`), UTF-8 (a BOM is dropped), no NUL bytes, not empty; else a Dutch
/// message that names the file.
enum Tekstbestand {
    static func lees(_ url: URL, naam: String, soort: String, maxBytes: Int) throws(Vraagbestand.Fout) -> String {
        func fout(_ boodschap: String) -> Vraagbestand.Fout {
            Vraagbestand.Fout(problemen: [Vraagbestand.Probleem(bestand: naam, regel: nil, boodschap: boodschap)])
        }
        let data = try Vraagbestand.leesBestand(url, naam: naam, soort: soort, grens: maxBytes)
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw fout("is UTF-16 gecodeerd; bewaar het als UTF-8") }
        if bytes.contains(0) { throw fout("is geen tekstbestand (het bevat nul-bytes); bewaar het als tekst in UTF-8") }
        guard let tekst = String(bytes: bytes, encoding: .utf8) else {
            throw fout("is geen geldige UTF-8 (Windows-1252 of Latin-1?); bewaar het bestand als UTF-8")
        }
        guard !tekst.trimmedWhitespace.isEmpty else { throw fout("is leeg") }
        return tekst
    }
}
