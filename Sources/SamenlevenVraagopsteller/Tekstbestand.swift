import Foundation
import SamenlevenModel
import SamenlevenVraagbestand

/// A text file read with bounds: a regular file, at most `maxBytes`, UTF-8 (a BOM is dropped),
/// no NUL bytes; else a Dutch message that names the file.
enum Tekstbestand {
    static func lees(_ url: URL, naam: String, soort: String, maxBytes: Int) throws(Vraagbestand.Fout) -> String {
        func fout(_ boodschap: String) -> Vraagbestand.Fout {
            Vraagbestand.Fout(problemen: [Vraagbestand.Probleem(bestand: naam, regel: nil, boodschap: boodschap)])
        }
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isMap) else { throw fout("het \(soort) bestaat niet") }
        guard !isMap.boolValue else { throw fout("is een map, geen \(soort)") }
        let kenmerken = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        // A device or a pipe (/dev/zero, a FIFO) has no size to check and may never end.
        guard kenmerken[.type] as? FileAttributeType == .typeRegular else { throw fout("is geen gewoon bestand (een apparaat of een pipe?)") }
        let grootte = kenmerken[.size] as? Int ?? 0
        func teGroot(_ n: Int) -> String {
            "is \(BelgianNumber.format(n)) bytes groot; een \(soort) is hoogstens \(BelgianNumber.format(maxBytes)) bytes"
        }
        guard grootte <= maxBytes else { throw fout(teGroot(grootte)) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw fout("kan niet gelezen worden (\(error.localizedDescription))") }
        guard data.count <= maxBytes else { throw fout(teGroot(data.count)) }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw fout("is UTF-16 gecodeerd; bewaar het als UTF-8") }
        if bytes.contains(0) { throw fout("is geen tekstbestand (het bevat nul-bytes); een \(soort) is tekst in UTF-8") }
        guard let tekst = String(bytes: bytes, encoding: .utf8) else {
            throw fout("is geen geldige UTF-8 (Windows-1252 of Latin-1?); bewaar het bestand als UTF-8")
        }
        guard !tekst.trimmedWhitespace.isEmpty else { throw fout("is leeg") }
        return tekst
    }
}
