import Foundation
import Testing
import ZIPFoundation

/// An xlsx file opened as its zip parts, with just enough XML reading to check what the
/// workbook writers put in: sheets by name, cells (value, formula, shared or inline strings,
/// number format), rows (outline level), and the raw text of any part.
struct XlsxPakket {
    /// Part name -> bytes, in the archive's order.
    let delen: [(naam: String, data: Data)]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var delen: [(String, Data)] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            delen.append((entry.path, data))
        }
        self.delen = delen
    }

    init(pad: String) throws { try self.init(url: URL(fileURLWithPath: pad)) }

    func tekst(_ deel: String) -> String {
        guard let data = delen.first(where: { $0.naam == deel })?.data else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Sheet names in workbook order with their part names.
    var bladen: [(naam: String, deel: String)] {
        let workbook = tekst("xl/workbook.xml")
        let rels = tekst("xl/_rels/workbook.xml.rels")
        var doelen: [String: String] = [:]
        for rel in XML.elementen("Relationship", in: rels) {
            if let id = rel.attributen["Id"], let target = rel.attributen["Target"] { doelen[id] = target }
        }
        return XML.elementen("sheet", in: workbook).compactMap { sheet in
            guard let naam = sheet.attributen["name"], let id = sheet.attributen["r:id"], let doel = doelen[id] else { return nil }
            return (XML.ontsnap(naam), doel.hasPrefix("/") ? String(doel.dropFirst()) : "xl/" + doel)
        }
    }

    var gedeeldeTeksten: [String] {
        XML.blokken("si", in: tekst("xl/sharedStrings.xml")).map { si in
            XML.blokken("t", in: si).map(XML.ontsnap).joined()
        }
    }

    /// numFmt code per cellXfs index.
    var getalformaten: [String] {
        let styles = tekst("xl/styles.xml")
        var codes: [String: String] = ["0": "General", "3": "#,##0", "4": "#,##0.00", "10": "0.00%", "14": "mm-dd-yy", "49": "@"]
        for numFmt in XML.elementen("numFmt", in: styles) {
            if let id = numFmt.attributen["numFmtId"], let code = numFmt.attributen["formatCode"] { codes[id] = XML.ontsnap(code) }
        }
        guard let xfs = XML.blokken("cellXfs", in: styles).first else { return [] }
        return XML.elementen("xf", in: xfs).map { codes[$0.attributen["numFmtId"] ?? "0"] ?? "?" }
    }

    /// Whether text wraps, per cellXfs index.
    var omloop: [Bool] {
        guard let xfs = XML.blokken("cellXfs", in: tekst("xl/styles.xml")).first else { return [] }
        return XML.elementen("xf", in: xfs).map { $0.inhoud.contains(#"wrapText="1""#) }
    }

    func blad(_ naam: String) throws -> Blad {
        let deel = try #require(bladen.first { $0.naam == naam }?.deel, "geen blad \(naam)")
        return Blad(xml: tekst(deel), gedeeld: gedeeldeTeksten, formaten: getalformaten)
    }
}

struct XCel: Equatable {
    var waarde: String?
    var formule: String?
    var getalformaat: String
    var stijl: Int

    var getal: Double? { waarde.flatMap(Double.init) }
}

/// One worksheet's cells and rows.
struct Blad {
    let xml: String
    var cellen: [String: XCel] = [:]
    /// Row number (1-based) -> attributes of `<row>`.
    var rijen: [Int: [String: String]] = [:]

    init(xml: String, gedeeld: [String], formaten: [String]) {
        self.xml = xml
        let bytes = Array(xml.utf8)[...]
        let c = Array("c".utf8), v = Array("v".utf8), f = Array("f".utf8), t = Array("t".utf8)
        for (kop, inhoud) in XML.scan(Array("row".utf8), in: bytes) {
            let rijAttributen = XML.attributen(kop)
            if let r = rijAttributen["r"].flatMap(Int.init) { rijen[r] = rijAttributen }
            for (celKop, celInhoud) in XML.scan(c, in: inhoud) {
                let attributen = XML.attributen(celKop)
                guard let ref = attributen["r"] else { continue }
                let stijl = attributen["s"].flatMap(Int.init) ?? 0
                let waardeV = XML.scan(v, in: celInhoud).first.map { XML.ontsnap(String(decoding: $0.inhoud, as: UTF8.self)) }
                let formule = XML.scan(f, in: celInhoud).first.map { XML.ontsnap(String(decoding: $0.inhoud, as: UTF8.self)) }
                var waarde = waardeV
                switch attributen["t"] {
                case "s": waarde = waardeV.flatMap(Int.init).map { gedeeld[$0] }
                case "inlineStr": waarde = XML.scan(t, in: celInhoud).map { XML.ontsnap(String(decoding: $0.inhoud, as: UTF8.self)) }.joined()
                default: break
                }
                cellen[ref] = XCel(waarde: waarde, formule: formule, getalformaat: stijl < formaten.count ? formaten[stijl] : "?", stijl: stijl)
            }
        }
    }

    subscript(_ ref: String) -> XCel? { cellen[ref] }

    func tekst(_ ref: String) -> String? { cellen[ref]?.waarde }

    /// The outline level of a row (1-based), 0 when none.
    func niveau(_ rij: Int) -> Int { rijen[rij]?["outlineLevel"].flatMap(Int.init) ?? 0 }

    /// The first row (1-based) whose column A is `tekst`.
    func rij(metA tekst: String) -> Int? {
        cellen.filter { $0.key.hasPrefix("A") && Int($0.key.dropFirst()) != nil && $0.value.waarde == tekst }
            .compactMap { Int($0.key.dropFirst()) }.min()
    }
}

/// XML scanning for well-formed, machine-written parts, on UTF-8 bytes (the sheets of the
/// large-export test are megabytes long).
enum XML {
    struct Element {
        let attributen: [String: String]
        let inhoud: String
    }

    /// Start tags `<naam …/>` or `<naam …>` with their attributes and contents.
    static func elementen(_ naam: String, in xml: String) -> [Element] {
        scan(Array(naam.utf8), in: Array(xml.utf8)[...]).map { kop, inhoud in
            Element(attributen: attributen(kop), inhoud: String(decoding: inhoud, as: UTF8.self))
        }
    }

    /// The contents of `<naam …>…</naam>` (empty for `<naam/>`).
    static func blokken(_ naam: String, in xml: String) -> [String] {
        scan(Array(naam.utf8), in: Array(xml.utf8)[...]).map { String(decoding: $0.inhoud, as: UTF8.self) }
    }

    static func blokken(_ naam: String, in xml: String, metAttributen: Bool) -> [Element] {
        elementen(naam, in: xml)
    }

    /// Every element `naam` in `bytes`: (start tag without `<naam`, contents).
    static func scan(_ naam: [UInt8], in bytes: ArraySlice<UInt8>) -> [(kop: ArraySlice<UInt8>, inhoud: ArraySlice<UInt8>)] {
        var uit: [(ArraySlice<UInt8>, ArraySlice<UInt8>)] = []
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/"), space = UInt8(ascii: " ")
        var i = bytes.startIndex
        let end = bytes.endIndex
        func begintMet(_ at: Int, _ woord: [UInt8]) -> Bool {
            guard at + woord.count <= end else { return false }
            for k in 0..<woord.count where bytes[at + k] != woord[k] { return false }
            return true
        }
        let sluit = [lt, slash] + naam + [gt]
        while i < end {
            guard bytes[i] == lt, begintMet(i + 1, naam), i + 1 + naam.count < end else { i += 1; continue }
            let na = i + 1 + naam.count
            let volgend = bytes[na]
            guard volgend == space || volgend == gt || volgend == slash else { i += 1; continue }
            var j = na
            while j < end && bytes[j] != gt { j += 1 }
            guard j < end else { break }
            let kop = bytes[na..<j]
            if bytes[j - 1] == slash {
                uit.append((kop, bytes[j..<j]))
                i = j + 1
                continue
            }
            var k = j + 1
            while k < end && !(bytes[k] == lt && begintMet(k, sluit)) { k += 1 }
            uit.append((kop, bytes[(j + 1)..<min(k, end)]))
            i = k + sluit.count
        }
        return uit
    }

    static func attributen(_ kop: ArraySlice<UInt8>) -> [String: String] {
        attributen(String(decoding: kop, as: UTF8.self))
    }

    static func attributen(_ kop: String) -> [String: String] {
        var uit: [String: String] = [:]
        var rest = kop[...]
        while let is_ = rest.range(of: "=\"") {
            let naamDeel = rest[..<is_.lowerBound]
            let naam = naamDeel.split(whereSeparator: { $0 == " " || $0 == "\n" }).last.map(String.init) ?? ""
            let naIs = rest[is_.upperBound...]
            guard let eind = naIs.firstIndex(of: "\"") else { break }
            uit[naam] = String(naIs[..<eind])
            rest = naIs[naIs.index(after: eind)...]
        }
        return uit
    }

    static func ontsnap(_ tekst: String) -> String {
        guard tekst.contains("&") else { return tekst }
        return tekst.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Splits a cell reference `D12` into column letters and 1-based row.
func splits(_ ref: String) -> (kolom: String, rij: Int) {
    let letters = ref.prefix { $0.isLetter }
    return (String(letters), Int(ref.dropFirst(letters.count)) ?? 0)
}
