import Foundation
import SamenlevenModel
internal import TOMLKit

extension Vraagbestand {
    /// The largest question file read: 1 MiB (a real one is a few kilobytes).
    public static let maxBytes = 1_048_576
    /// The most deelvragen in one file (a written question has some ten).
    public static let maxDeelvragen = 100

    /// Reads and checks a question file. `bestandsnaam` names it in messages and sources; by
    /// default the path as given (`Vragen/vraag-492.toml`).
    public static func lees(_ url: URL, bestandsnaam: String? = nil) throws(Fout) -> Vraagbestand {
        let naam = bestandsnaam ?? url.relativePath
        let data = try leesBestand(url, naam: naam)
        let tekst = try decodeer(Array(data), bestand: naam)
        return try lees(tekst: tekst, bestandsnaam: naam)
    }

    /// The bytes of `url` when it is a regular file of at most `grens` bytes, else a Dutch
    /// message naming the file (`het vraagbestand bestaat niet`, `is een map, geen ...`); `soort`
    /// names what the file should be. For question files, question texts and rules files.
    public static func leesBestand(_ url: URL, naam: String, soort: String = "vraagbestand", grens: Int = maxBytes) throws(Fout) -> Data {
        func fout(_ boodschap: String) -> Fout {
            Fout(problemen: [Probleem(bestand: naam, regel: nil, boodschap: boodschap)])
        }
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isMap) else { throw fout("het \(soort) bestaat niet") }
        guard !isMap.boolValue else { throw fout("is een map, geen \(soort)") }
        let kenmerken = (try? FileManager.default.attributesOfItem(atPath: url.path)) ?? [:]
        // A device or a pipe (/dev/zero, a FIFO) has no size to check and may never end.
        guard kenmerken[.type] as? FileAttributeType == .typeRegular else { throw fout("is geen gewoon bestand (een apparaat of een pipe?)") }
        let grootte = kenmerken[.size] as? Int ?? 0
        guard grootte <= grens else { throw fout(Self.teGroot(grootte, soort: soort, grens: grens)) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch { throw fout("kan niet gelezen worden (\(error.localizedDescription))") }
        guard data.count <= grens else { throw fout(Self.teGroot(data.count, soort: soort, grens: grens)) }
        return data
    }

    /// Reads and checks the text of a question file named `bestandsnaam`.
    public static func lees(tekst: String, bestandsnaam: String) throws(Fout) -> Vraagbestand {
        func fout(_ boodschap: String, regel: Int? = nil) -> Fout {
            Fout(problemen: [Probleem(bestand: bestandsnaam, regel: regel, boodschap: boodschap)])
        }
        guard tekst.utf8.count <= maxBytes else { throw fout(Self.teGroot(tekst.utf8.count)) }
        // TOMLKit hands the text to C as a NUL-terminated string and reads strings back the same
        // way: a NUL would silently cut the file or a value short.
        if let regel = regelMet(tekst, { $0.unicodeScalars.contains("\u{0}") }) {
            throw fout("bevat een NUL-teken; een vraagbestand is tekst", regel: regel)
        }
        if let regel = regelMet(tekst, { $0.contains("\\u0000") || $0.contains("\\U00000000") }) {
            throw fout("\\u0000 (het NUL-teken) kan niet in een tekst staan", regel: regel)
        }
        if let regel = Tabelkoppen.eersteZonderNaam(tekst) {
            throw fout("geen geldige TOML: een tabelkop zonder naam; na [ of [[ volgt meteen de naam, bv. [[deelvraag]]", regel: regel)
        }
        let wortel: TOMLTable
        do {
            wortel = try TOMLTable(string: tekst)
        } catch let parseFout as TOMLParseError {
            throw fout("geen geldige TOML: " + Self.tomlFout(parseFout.description), regel: max(1, parseFout.source.begin.line))
        } catch {
            throw fout("geen geldige TOML: \(error)")
        }
        var lezer = Lezer(bestand: bestandsnaam, regels: Bronregels(tekst))
        let vraagbestand = lezer.lees(wortel)
        guard lezer.problemen.isEmpty, let vraagbestand else {
            // Stable by line: the head's keys, then each deelvraag's, as they stand in the file.
            let gesorteerd = lezer.problemen.enumerated().sorted { ($0.element.regel ?? 0, $0.offset) < ($1.element.regel ?? 0, $1.offset) }
            throw Fout(problemen: gesorteerd.map(\.element), nietGetoond: lezer.teVeel, onvolledig: lezer.onvolledig)
        }
        return vraagbestand
    }

    /// toml++'s message (English) with a Dutch explanation of the common ones before it, on one line.
    static func tomlFout(_ engels: String) -> String {
        let uitleg: [(String, String)] = [
            ("cannot redefine existing", "deze sleutel of tabel staat al eerder (elke sleutel één keer per deelvraag; elke deelvraag onder een eigen [[deelvraag]])"),
            ("expected value", "na = ontbreekt de waarde"),
            ("control characters other than TAB", "een tekst bevat een regeleinde of stuurteken: sluit ze af op dezelfde regel, of zet een tekst over meer regels tussen \"\"\" en \"\"\""),
            ("expected a comment or whitespace", "na de waarde mag op deze regel enkel commentaar (#) volgen"),
            ("while parsing date", "geen geldige datum (JJJJ-MM-DD, bv. 2025-03-05)"),
            ("not representable in 64 bits", "een getal dat te groot is"),
            ("encountered end-of-file", "het bestand houdt op midden in een waarde (ontbreekt een ], } of aanhalingsteken?)"),
            ("expected comma or closing ']'", "de elementen van een lijst staan tussen komma's: [\"a\", \"b\"]"),
            ("expected '='", "na een sleutel volgt = en een waarde"),
            ("unknown escape sequence", "een \\ in een tekst schrijft u als \\\\"),
            ("expected key or closing '}'", "een filter staat op één regel: filter = { provincie = \"Limburg\" }"),
        ]
        let detail = Suggestie.toon(engels, max: 200)
        guard let (_, nederlands) = uitleg.first(where: { engels.contains($0.0) }) else { return detail }
        return nederlands + " (" + detail + ")"
    }

    static func teGroot(_ bytes: Int, soort: String = "vraagbestand", grens: Int = maxBytes) -> String {
        "is \(BelgianNumber.format(bytes)) bytes groot; een \(soort) is hoogstens \(BelgianNumber.format(grens)) bytes"
    }

    /// The text of the file's bytes: UTF-8 (a BOM is dropped); anything else is refused with
    /// the line where it goes wrong.
    static func decodeer(_ bytes: [UInt8], bestand: String) throws(Fout) -> String {
        func fout(_ boodschap: String, regel: Int? = nil) -> Fout {
            Fout(problemen: [Probleem(bestand: bestand, regel: regel, boodschap: boodschap)])
        }
        var inhoud = bytes[...]
        if inhoud.starts(with: [0xEF, 0xBB, 0xBF]) { inhoud = inhoud.dropFirst(3) }
        if inhoud.starts(with: [0xFF, 0xFE]) || inhoud.starts(with: [0xFE, 0xFF]) {
            throw fout("is UTF-16 gecodeerd; bewaar het als UTF-8")
        }
        func regel(_ offset: Int) -> Int { 1 + inhoud[inhoud.startIndex..<offset].lazy.filter { $0 == 0x0A }.count }
        if let nul = inhoud.firstIndex(of: 0) {
            throw fout("is geen tekstbestand (het bevat nul-bytes); een vraagbestand is TOML-tekst in UTF-8", regel: regel(nul))
        }
        // The first byte that is not UTF-8, with its line.
        var iterator = inhoud.makeIterator()
        var decoder = UTF8()
        var regels = 1
        var geldig = true
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { regels += 1 }
            case .emptyInput: break loop
            case .error: geldig = false; break loop
            }
        }
        if geldig { return String(decoding: inhoud, as: UTF8.self) }
        throw fout("is geen geldige UTF-8 (Windows-1252 of Latin-1?); bewaar het bestand als UTF-8", regel: regels)
    }

    /// The first line (1-based) for which `test` holds.
    static func regelMet(_ tekst: String, _ test: (Substring) -> Bool) -> Int? {
        var nummer = 0
        for regel in tekst.split(separator: "\n", omittingEmptySubsequences: false) {
            nummer += 1
            if test(regel) { return nummer }
        }
        return nil
    }
}
