import Foundation
import SamenlevenReaders

/// The cabinet's house style, taken from a Word document it provides (`antwoord --huisstijl`):
/// its styles (`word/styles.xml`, completed with the answer's own styles it lacks), the page
/// setup of its last section (page size, margins, ...) and its headers and footers with the
/// parts they use (images). Its font table and theme are taken too when it has them.
///
/// The document is user input: it is read with the bounded zip reader (at most 32 MB, 64 MB
/// unpacked, 16 MB a part, no zip bombs), only the parts named above are copied, and a part
/// outside `word/` or one that would replace a part of the answer is refused.
public struct Huisstijl: Sendable, Equatable {
    /// One part copied from the house-style document.
    struct Deel: Sendable, Equatable {
        let pad: String
        let data: Data
        /// The content type of an `Override`, or nil when an extension `Default` covers it.
        let inhoudstype: String?
    }

    /// `word/styles.xml` of the document (before completion with the answer's styles).
    let stijlen: String
    /// The children of its last `<w:sectPr>` except header and footer references.
    let sectie: String?
    /// Header and footer references: element name (`w:headerReference`), type, part path.
    let verwijzingen: [(element: String, type: String, pad: String)]
    /// The headers, footers and what they use, with their `.rels`.
    let delen: [Deel]
    /// Extension → content type for copied parts without an override (images).
    let standaardtypes: [String: String]
    let lettertypen: String?
    let thema: String?
    let evenEnOneven: Bool

    public static func == (a: Huisstijl, b: Huisstijl) -> Bool {
        a.stijlen == b.stijlen && a.sectie == b.sectie && a.delen == b.delen && a.standaardtypes == b.standaardtypes
            && a.lettertypen == b.lettertypen && a.thema == b.thema && a.evenEnOneven == b.evenEnOneven
            && a.verwijzingen.map { [$0.element, $0.type, $0.pad] } == b.verwijzingen.map { [$0.element, $0.type, $0.pad] }
    }

    /// A document that cannot serve as house style; the message names the file.
    public struct Fout: Error, Sendable, Equatable, CustomStringConvertible {
        public let bestand: String
        public let reden: String
        public var description: String { "\(bestand): geen bruikbare huisstijl (Word-document, .docx): \(reden)." }
    }

    static let limieten = XLSXLimits(maxFileBytes: 32 << 20, maxUncompressedBytes: 64 << 20, maxSheetXMLBytes: 16 << 20)
    /// At most this many parts are copied (headers, footers, images).
    static let maxDelen = 64

    /// Reads the house style from a `.docx` file.
    public static func lees(_ url: URL) throws(Fout) -> Huisstijl {
        let bestand = url.path
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: bestand, isDirectory: &isMap) else {
            throw Fout(bestand: bestand, reden: "het bestand bestaat niet")
        }
        guard !isMap.boolValue else { throw Fout(bestand: bestand, reden: "dat is een map") }
        let grootte = (try? FileManager.default.attributesOfItem(atPath: bestand)[.size] as? Int) ?? 0
        guard grootte <= limieten.maxFileBytes else {
            throw Fout(bestand: bestand, reden: "het is groter dan \(limieten.maxFileBytes >> 20) MB")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Fout(bestand: bestand, reden: "het kan niet gelezen worden")
        }
        return try lees(data: data, bestand: bestand)
    }

    /// Reads the house style from the bytes of a `.docx`; `bestand` names it in messages.
    public static func lees(data: Data, bestand: String) throws(Fout) -> Huisstijl {
        func fout(_ reden: String) -> Fout { Fout(bestand: bestand, reden: reden) }
        var pakket: ZipPakket
        do { pakket = try ZipPakket(data: data, fileName: bestand, limits: limieten) } catch {
            throw fout(data.starts(with: [0x50, 0x4B]) ? "het zip-pakket is beschadigd of uitgepakt te groot (mogelijk een zip-bom)"
                                                       : "het is geen .docx (geen zip-pakket)")
        }
        func tekst(_ pad: String) throws(Fout) -> String? {
            do { return try pakket.deel(pad).map { String(decoding: $0, as: UTF8.self) } } catch {
                throw fout("het onderdeel \(pad) is beschadigd of uitgepakt te groot (mogelijk een zip-bom)")
            }
        }
        guard let document = try tekst("word/document.xml"), document.contains("<w:document") else {
            throw fout("het bevat geen word/document.xml")
        }
        guard let stijlen = try tekst("word/styles.xml") else { throw fout("het bevat geen opmaakprofielen (word/styles.xml)") }
        guard stijlen.contains("<w:styles"), stijlen.contains("</w:styles>") else {
            throw fout("word/styles.xml heeft een onverwachte opbouw")
        }
        let relaties = Relatie.lees(try tekst("word/_rels/document.xml.rels") ?? "", van: "word/document.xml")
        let types = try tekst("[Content_Types].xml") ?? ""
        let overrides = Dictionary(XMLDelen.elementen("Override", in: types).compactMap { e -> (String, String)? in
            guard let naam = XMLDelen.attribuut("PartName", in: e), let type = XMLDelen.attribuut("ContentType", in: e) else { return nil }
            return (ZipPakketPad.sleutel(naam), type)
        }, uniquingKeysWith: { a, _ in a })
        let defaults = Dictionary(XMLDelen.elementen("Default", in: types).compactMap { e -> (String, String)? in
            guard let ext = XMLDelen.attribuut("Extension", in: e), let type = XMLDelen.attribuut("ContentType", in: e) else { return nil }
            return (ext.lowercased(), type)
        }, uniquingKeysWith: { a, _ in a })

        // The page setup: the last section of the body, without references to parts we do not copy.
        var sectie: String?
        var verwijzingen: [(String, String, String)] = []
        if let sectPr = XMLDelen.laatste("w:sectPr", in: document) {
            var rest = ""
            for kind in XMLDelen.kinderen(sectPr) {
                switch kind.naam {
                case "w:headerReference", "w:footerReference":
                    guard let id = XMLDelen.attribuut("r:id", in: kind.tekst), let relatie = relaties.first(where: { $0.id == id }),
                          let pad = relatie.pad else { throw fout("een kop- of voettekst verwijst naar een onbekend onderdeel") }
                    verwijzingen.append((kind.naam, XMLDelen.attribuut("w:type", in: kind.tekst) ?? "default", pad))
                case "w:printerSettings", "w:sectPrChange":
                    continue
                default:
                    rest += kind.tekst
                }
            }
            sectie = rest
        }

        // The headers and footers, and what they use (breadth first, each part once).
        let eigen: Set<String> = ["word/document.xml", "word/styles.xml", "word/settings.xml", "word/fonttable.xml",
                                  "word/theme/theme1.xml", "word/_rels/document.xml.rels", "[content_types].xml", "_rels/.rels"]
        var delen: [Deel] = []
        var gezien = Set<String>()
        var rij = verwijzingen.map(\.2)
        var standaardtypes: [String: String] = [:]
        while !rij.isEmpty {
            let pad = rij.removeFirst()
            let sleutel = ZipPakketPad.sleutel(pad)
            guard !gezien.contains(sleutel) else { continue }
            gezien.insert(sleutel)
            guard sleutel.hasPrefix("word/"), !eigen.contains(sleutel) else { throw fout("het onderdeel \(pad) kan niet overgenomen worden") }
            guard delen.count < maxDelen else { throw fout("de kop- en voetteksten gebruiken meer dan \(maxDelen) onderdelen") }
            let data: Data
            do {
                guard let d = try pakket.deel(pad) else { throw fout("het onderdeel \(pad) ontbreekt") }
                data = d
            } catch let f as Fout {
                throw f
            } catch {
                throw fout("het onderdeel \(pad) is beschadigd of uitgepakt te groot (mogelijk een zip-bom)")
            }
            let ext = (pad as NSString).pathExtension.lowercased()
            let override = overrides[sleutel]
            if override == nil {
                guard let type = defaults[ext], ext != "xml" else { throw fout("het onderdeel \(pad) heeft geen inhoudstype") }
                standaardtypes[ext] = type
            }
            delen.append(Deel(pad: pad, data: data, inhoudstype: override))
            let relsPad = ZipPakketPad.relaties(van: pad)
            if let rels = try tekst(relsPad) {
                delen.append(Deel(pad: relsPad, data: Data(rels.utf8), inhoudstype: nil))
                rij += Relatie.lees(rels, van: pad).compactMap(\.pad)
            }
        }

        // Font table and theme of the document, when they stand alone (no embedded fonts).
        func alleen(_ type: String) throws(Fout) -> String? {
            guard let pad = relaties.first(where: { $0.type.hasSuffix("/" + type) })?.pad,
                  try tekst(ZipPakketPad.relaties(van: pad)) == nil else { return nil }
            return try tekst(pad)
        }
        let lettertypen = try alleen("fontTable").flatMap { $0.contains("<w:fonts") ? $0 : nil }
        let thema = try alleen("theme").flatMap { $0.contains(":theme") ? $0 : nil }
        let evenEnOneven = (try tekst("word/settings.xml"))?.contains("<w:evenAndOddHeaders") ?? false

        return Huisstijl(stijlen: stijlen, sectie: sectie, verwijzingen: verwijzingen, delen: delen,
                         standaardtypes: standaardtypes, lettertypen: lettertypen, thema: thema, evenEnOneven: evenEnOneven)
    }

    /// The document's styles, completed with each of `eigen`'s styles whose id it lacks (so
    /// every paragraph of the answer has a style; the cabinet's win where both have one).
    func stijlen(aangevuld eigen: String) -> String {
        let aanwezig = Set(XMLDelen.elementen("w:style", in: stijlen).compactMap { XMLDelen.attribuut("w:styleId", in: $0) })
        let ontbrekend = XMLDelen.elementen("w:style", in: eigen).filter {
            XMLDelen.attribuut("w:styleId", in: $0).map { !aanwezig.contains($0) } ?? false
        }
        guard let einde = stijlen.range(of: "</w:styles>", options: .backwards) else { return stijlen }
        return stijlen.replacingCharacters(in: einde, with: ontbrekend.joined() + "</w:styles>")
    }
}

/// A relationship of a part, its target resolved to a part path (nil for external targets).
struct Relatie {
    let id: String
    let type: String
    let pad: String?

    static func lees(_ rels: String, van bron: String) -> [Relatie] {
        XMLDelen.elementen("Relationship", in: rels).compactMap { e in
            guard let id = XMLDelen.attribuut("Id", in: e), let type = XMLDelen.attribuut("Type", in: e),
                  let doel = XMLDelen.attribuut("Target", in: e) else { return nil }
            let extern = XMLDelen.attribuut("TargetMode", in: e) == "External"
            return Relatie(id: id, type: type, pad: extern ? nil : ZipPakketPad.los(doel, op: bron))
        }
    }
}

/// Part paths in a package.
enum ZipPakketPad {
    /// Case-insensitive, without a leading slash.
    static func sleutel(_ pad: String) -> String {
        var p = pad
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }

    /// A relationship target resolved against the part it is in; nil when it leaves the package.
    static func los(_ doel: String, op bron: String) -> String? {
        let basis = doel.hasPrefix("/") ? [] : bron.split(separator: "/").dropLast().map(String.init)
        var delen = basis
        for stuk in doel.split(separator: "/") {
            switch stuk {
            case ".": continue
            case "..": if delen.isEmpty { return nil } else { delen.removeLast() }
            default: delen.append(String(stuk))
            }
        }
        return delen.isEmpty ? nil : delen.joined(separator: "/")
    }

    /// `word/header1.xml` → `word/_rels/header1.xml.rels`.
    static func relaties(van pad: String) -> String {
        let stukken = pad.split(separator: "/").map(String.init)
        return (stukken.dropLast() + ["_rels", stukken.last! + ".rels"]).joined(separator: "/")
    }
}

/// Just enough XML for machine-written package parts (Word, LibreOffice): elements by name,
/// attributes, the children of an element. Not a general parser.
enum XMLDelen {
    /// Every element `naam` (`<naam …/>` or `<naam …>…</naam>`), in order.
    static func elementen(_ naam: String, in xml: String) -> [String] {
        var uit: [String] = []
        var zoek = xml.startIndex
        while let e = volgende(naam, in: xml, vanaf: zoek) {
            uit.append(String(xml[e]))
            zoek = e.upperBound
        }
        return uit
    }

    /// The last element `naam`.
    static func laatste(_ naam: String, in xml: String) -> String? {
        var zoek = xml.startIndex
        var laatste: Range<String.Index>?
        while let e = volgende(naam, in: xml, vanaf: zoek) { laatste = e; zoek = e.upperBound }
        return laatste.map { String(xml[$0]) }
    }

    private static func volgende(_ naam: String, in xml: String, vanaf: String.Index) -> Range<String.Index>? {
        var zoek = vanaf
        while let begin = xml.range(of: "<" + naam, range: zoek..<xml.endIndex) {
            zoek = begin.upperBound
            guard begin.upperBound < xml.endIndex, " \t\r\n/>".contains(xml[begin.upperBound]) else { continue }
            guard let sluit = xml.range(of: ">", range: begin.upperBound..<xml.endIndex) else { return nil }
            if xml[xml.index(before: sluit.lowerBound)] == "/" { return begin.lowerBound..<sluit.upperBound }
            guard let einde = xml.range(of: "</" + naam + ">", range: sluit.upperBound..<xml.endIndex) else { return nil }
            return begin.lowerBound..<einde.upperBound
        }
        return nil
    }

    /// The value of attribute `naam` in an element's start tag (entities left as they are).
    static func attribuut(_ naam: String, in element: String) -> String? {
        guard let kopEinde = element.firstIndex(of: ">") else { return nil }
        let kop = element[..<kopEinde]
        var zoek = kop.startIndex
        while let r = kop.range(of: naam + "=", range: zoek..<kop.endIndex) {
            zoek = r.upperBound
            guard r.lowerBound > kop.startIndex, kop[kop.index(before: r.lowerBound)].isWhitespace,
                  r.upperBound < kop.endIndex else { continue }
            let aanhaling = kop[r.upperBound]
            guard aanhaling == "\"" || aanhaling == "'" else { continue }
            let start = kop.index(after: r.upperBound)
            guard let eind = kop[start...].firstIndex(of: aanhaling) else { return nil }
            return String(kop[start..<eind])
        }
        return nil
    }

    /// The child elements of an element: (name, text).
    static func kinderen(_ element: String) -> [(naam: String, tekst: String)] {
        guard let kopEinde = element.firstIndex(of: ">"), element[element.index(before: kopEinde)] != "/",
              let slot = element.range(of: "</", options: .backwards) else { return [] }
        let binnen = element[element.index(after: kopEinde)..<slot.lowerBound]
        var uit: [(String, String)] = []
        var i = binnen.startIndex
        while let begin = binnen[i...].firstIndex(of: "<") {
            let naamStart = binnen.index(after: begin)
            guard naamStart < binnen.endIndex, binnen[naamStart] != "/", binnen[naamStart] != "!", binnen[naamStart] != "?" else {
                i = binnen.index(after: begin); continue
            }
            let naamEinde = binnen[naamStart...].firstIndex { " \t\r\n/>".contains($0) } ?? binnen.endIndex
            let naam = String(binnen[naamStart..<naamEinde])
            guard let e = volgende(naam, in: String(binnen[begin...]), vanaf: String(binnen[begin...]).startIndex) else { break }
            let tekst = String(binnen[begin...])[e]
            uit.append((naam, String(tekst)))
            i = binnen.index(begin, offsetBy: tekst.count)
        }
        return uit
    }
}
