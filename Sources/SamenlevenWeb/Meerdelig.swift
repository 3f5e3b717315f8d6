import Foundation
import Hummingbird
import MultipartKit

/// A posted `multipart/form-data` form (the upload of the Invoer page), read by MultipartKit's
/// parser as the body streams in, within limits: at most `maximum` bytes in all and at most
/// `maximumBestanden` files; form fields of at most `maximumVeld` bytes.
struct Meerdelig {
    struct Bestand {
        /// The name the browser sent: a label only, never a path.
        let naam: String
        let data: ByteBuffer
    }

    enum Fout: Error, Equatable {
        case teGroot
        case teVeelBestanden
        case ongeldig
    }

    var velden: [String: String] = [:]
    var bestanden: [Bestand] = []

    static let maximumVeld = 4096

    /// Reads the body of `request`; throws `Fout` when it is too large, has too many files or is
    /// not multipart/form-data.
    static func lees(_ request: Request, maximum: Int, maximumBestanden: Int) async throws -> Meerdelig {
        guard let soort = request.headers[.contentType], let grens = grens(soort) else { throw Fout.ongeldig }
        if let lengte = request.headers[.contentLength].flatMap(Int.init), lengte > maximum { throw Fout.teGroot }
        let parser = MultipartParser(boundary: grens)
        let ontvanger = Ontvanger(maximumBestanden: maximumBestanden)
        parser.onHeader = { naam, waarde in ontvanger.koppen.append((naam.lowercased(), waarde)) }
        parser.onBody = { stuk in ontvanger.inhoud.writeBuffer(&stuk) }
        parser.onPartComplete = { ontvanger.deelKlaar() }
        var gelezen = 0
        // The last bytes read: a form that stops before its closing boundary (a cut-off
        // upload) is refused, not read without its last part.
        let slot = Array("--\(grens)--".utf8)
        var staart: [UInt8] = []
        for try await stuk in request.body {
            gelezen += stuk.readableBytes
            guard gelezen <= maximum else { throw Fout.teGroot }
            do { try parser.execute(stuk) } catch { throw Fout.ongeldig }
            if let fout = ontvanger.fout { throw fout }
            staart = Array((staart + stuk.readableBytesView.suffix(slot.count + 4)).suffix(slot.count + 4))
        }
        while let laatste = staart.last, [UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(laatste) {
            staart.removeLast()
        }
        guard staart.suffix(slot.count).elementsEqual(slot) else { throw Fout.ongeldig }
        return ontvanger.resultaat
    }

    /// The boundary of a `multipart/form-data` content type.
    static func grens(_ soort: String) -> String? {
        let delen = soort.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard delen.first?.lowercased() == "multipart/form-data" else { return nil }
        let grens = parameters(delen.dropFirst().joined(separator: ";"))["boundary"] ?? ""
        return (1...70).contains(grens.count) ? grens : nil
    }

    /// The `name=value` parameters of a header (`form-data; name="x"; filename="a.csv"`), names
    /// lower-cased, quoted values unquoted (a backslash escapes the next character).
    static func parameters(_ tekst: String) -> [String: String] {
        var resultaat: [String: String] = [:]
        var i = tekst.startIndex
        func slaSpatiesOver() { while i < tekst.endIndex, tekst[i] == " " || tekst[i] == "\t" || tekst[i] == ";" { i = tekst.index(after: i) } }
        while i < tekst.endIndex {
            slaSpatiesOver()
            let begin = i
            while i < tekst.endIndex, tekst[i] != "=", tekst[i] != ";" { i = tekst.index(after: i) }
            let naam = tekst[begin..<i].trimmingCharacters(in: .whitespaces).lowercased()
            guard i < tekst.endIndex, tekst[i] == "=" else { continue }
            i = tekst.index(after: i)
            var waarde = ""
            if i < tekst.endIndex, tekst[i] == "\"" {
                i = tekst.index(after: i)
                while i < tekst.endIndex, tekst[i] != "\"" {
                    if tekst[i] == "\\", tekst.index(after: i) < tekst.endIndex { i = tekst.index(after: i) }
                    waarde.append(tekst[i])
                    i = tekst.index(after: i)
                }
                if i < tekst.endIndex { i = tekst.index(after: i) }
            } else {
                let begin = i
                while i < tekst.endIndex, tekst[i] != ";" { i = tekst.index(after: i) }
                waarde = tekst[begin..<i].trimmingCharacters(in: .whitespaces)
            }
            if !naam.isEmpty { resultaat[naam] = waarde }
        }
        return resultaat
    }

    /// Collects the parts as the parser hands them over.
    final class Ontvanger {
        let maximumBestanden: Int
        var koppen: [(String, String)] = []
        var inhoud = ByteBuffer()
        var resultaat = Meerdelig()
        var fout: Fout?

        init(maximumBestanden: Int) { self.maximumBestanden = maximumBestanden }

        func deelKlaar() {
            defer {
                koppen = []
                inhoud = ByteBuffer()
            }
            guard let dispositie = koppen.first(where: { $0.0 == "content-disposition" })?.1 else { return }
            let p = Meerdelig.parameters(dispositie)
            guard let naam = p["name"] else { return }
            if let bestandsnaam = p["filename"] {
                // A file input left empty sends a part without a name and without content.
                guard !bestandsnaam.isEmpty || inhoud.readableBytes > 0 else { return }
                guard resultaat.bestanden.count < maximumBestanden else {
                    fout = .teVeelBestanden
                    return
                }
                resultaat.bestanden.append(Bestand(naam: bestandsnaam, data: inhoud))
            } else if inhoud.readableBytes <= Meerdelig.maximumVeld {
                resultaat.velden[naam] = String(buffer: inhoud)
            }
        }
    }
}
