import Foundation
import ZIPFoundation

/// Fills the template the way a person would: values typed into the kind sheets below the
/// header, everything else (validations, lists, instructions) left as it is. Works on the
/// sheet XML of a copy of the template.
enum SjabloonInvuller {
    enum Waarde {
        case leeg
        case tekst(String)
        /// A numeric cell, in its lexical form ("30000.5").
        case getal(String)
    }

    static func vul(_ sjabloon: String, naar doel: String, bladen: [String: [[Waarde]]]) throws {
        let pakket = try XlsxPakket(pad: sjabloon)
        var vervangen: [String: Data] = [:]
        for (naam, rijen) in bladen {
            guard let deel = pakket.bladen.first(where: { $0.naam == naam })?.deel else { throw CocoaError(.fileNoSuchFile) }
            var xml = pakket.tekst(deel)
            var rijenXML = ""
            for (i, rij) in rijen.enumerated() {
                let r = i + 2
                rijenXML += "<row r=\"\(r)\">"
                for (k, waarde) in rij.enumerated() {
                    let ref = kolomnaam(k) + "\(r)"
                    switch waarde {
                    case .leeg: continue
                    case .getal(let g): rijenXML += "<c r=\"\(ref)\"><v>\(g)</v></c>"
                    case .tekst(let t): rijenXML += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(t))</t></is></c>"
                    }
                }
                rijenXML += "</row>"
            }
            xml = xml.replacingOccurrences(of: "</sheetData>", with: rijenXML + "</sheetData>")
            vervangen[deel] = Data(xml.utf8)
        }
        try? FileManager.default.removeItem(atPath: doel)
        let archief = try Archive(url: URL(fileURLWithPath: doel), accessMode: .create)
        for (naam, data) in pakket.delen {
            let inhoud = vervangen[naam] ?? data
            try archief.addEntry(with: naam, type: .file, uncompressedSize: Int64(inhoud.count), compressionMethod: .deflate) { positie, grootte in
                inhoud.subdata(in: Int(positie)..<Int(positie) + grootte)
            }
        }
    }

    static func kolomnaam(_ k: Int) -> String { String(UnicodeScalar(UInt8(65 + k))) }

    static func escape(_ t: String) -> String {
        t.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
