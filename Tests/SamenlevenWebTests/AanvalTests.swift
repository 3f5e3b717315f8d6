import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamenlevenModel
@testable import SamenlevenWeb
import Testing

/// The security review of issue 18: the web application attacked as on a government intranet.
/// A server with accounts (a lezer, an invoerder, a beheerder), the import of the command line
/// and a question folder of its own.
struct Aanvalsproef {
    let invoer: InvoerProef
    let vragen: URL

    init() throws {
        invoer = try InvoerProef()
        vragen = Proef.map()
    }

    static let wachtwoord = "aanval-wachtwoord"

    static let gebruikers: Gebruikersbestand = {
        var bestand = Gebruikersbestand()
        for rol in Rol.allCases { try! bestand.voegToe(naam: rol.rawValue, rol: rol, wachtwoord: wachtwoord, kost: 4) }
        return bestand
    }()

    func router(gebruikers: Gebruikersbestand? = Self.gebruikers) -> Router<BasicRequestContext> {
        let store = invoer.store
        return SamenlevenWebApp.router(bron: WebBron(laad: { try store.laad() }, importeer: invoer.importeer),
                                       instellingen: WebInstellingen(gebruikers: gebruikers, vragen: vragen))
    }

    /// A browser signed in with `rol`: its session cookie and the token of its forms.
    static func browser(_ client: any TestClientProtocol, _ rol: Rol) async throws -> Invoerbrowser {
        let sessie = try #require(try await WebAanmeldingTests().aanmelden(client, rol.rawValue, wachtwoord))
        return try await Invoerbrowser.open(client, cookie: sessie)
    }
}

/// A multipart body from raw parts, as a hostile client sends it.
func meerdelig(_ grens: String, _ delen: [String], sluit: Bool = true) -> ByteBuffer {
    var body = ByteBuffer()
    for deel in delen { body.writeString("--\(grens)\r\n\(deel)\r\n") }
    if sluit { body.writeString("--\(grens)--\r\n") }
    return body
}

@Suite struct AanvalTests {
    @Test func aHostileDownloadNameCannotBreakTheContentDispositionHeader() {
        let waarde = VragenPagina.dispositie("a\"b\\c\r\nSet-Cookie: x=1 é.md")
        #expect(waarde == "attachment; filename=\"a_b_c__Set-Cookie: x=1 _.md\"; filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%20%C3%A9.md")
        #expect(VragenPagina.dispositie("vraag-492.zip") == "attachment; filename=\"vraag-492.zip\"; filename*=UTF-8''vraag-492.zip")
    }

    @Test func malformedMultipartIsRefusedInDutchAndTheServerGoesOn() async throws {
        let proef = try Aanvalsproef()
        try await Application(router: proef.router(gebruikers: nil)).test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let token = "Content-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.token)"
            let bestand = "Content-Disposition: form-data; name=\"bestanden\"; filename=\"goed.csv\"\r\n\r\n\(InvoerProef.goed)"
            func stuur(_ soort: String, _ body: ByteBuffer) async throws -> TestResponse {
                var kop = browser.kop
                kop[.contentType] = soort
                return try await client.execute(uri: "/invoer", method: .post, headers: kop, body: body)
            }
            // No boundary; a boundary that never closes (a cut-off upload).
            let zonderGrens = try await stuur("multipart/form-data", meerdelig("x", [token, bestand]))
            #expect(zonderGrens.status == .badRequest)
            #expect(zonderGrens.tekst.contains("Het formulier kon niet gelezen worden"))
            let open = try await stuur("multipart/form-data; boundary=x", meerdelig("x", [token, bestand, bestand], sluit: false))
            #expect(open.status == .badRequest)
            #expect(open.tekst.contains("Het formulier kon niet gelezen worden"))
            // A file part without a file name is a field, not a file.
            let zonderNaam = try await stuur("multipart/form-data; boundary=x",
                                             meerdelig("x", [token, "Content-Disposition: form-data; name=\"bestanden\"\r\n\r\n\(InvoerProef.goed)"]))
            #expect(zonderNaam.status == .badRequest)
            #expect(zonderNaam.tekst.contains("Kies een of meer CSV- of XLSX-bestanden."))
            // 10.000 tiny files.
            let klein = "Content-Disposition: form-data; name=\"bestanden\"; filename=\"a.csv\"\r\n\r\na"
            let veel = try await stuur("multipart/form-data; boundary=x", meerdelig("x", [token] + Array(repeating: klein, count: 10_000)))
            #expect(veel.status == .contentTooLarge)
            #expect(veel.tekst.contains("Te veel bestanden"))
            // A part header of a megabyte.
            let kop = "Content-Disposition: form-data; name=\"bestanden\"; filename=\"a.csv\"\r\nX-Opvulling: \(String(repeating: "a", count: 1 << 20))\r\n\r\na"
            let grotekop = try await stuur("multipart/form-data; boundary=x", meerdelig("x", [token, kop]))
            #expect((400..<500).contains(grotekop.status.code) || grotekop.status == .seeOther)
            #expect(try await browser.get("/invoer").status == .ok)
        }
    }

    @Test func aQuestionFormTooLargeIs413InDutchAndOddNumbersNeverReachAFile() async throws {
        let proef = try Aanvalsproef()
        try await Application(router: proef.router(gebruikers: nil)).test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            var kop = browser.kop
            kop[.contentType] = "application/x-www-form-urlencoded"
            let groot = String(repeating: "# opvulling\n", count: 300 * 1024 / 12)
            for uri in ["/vraagbestand/vraag-7.toml/bewerken", "/antwoorden/nieuw", "/antwoorden/bewaren"] {
                let response = try await client.execute(uri: uri, method: .post, headers: kop,
                                                        body: formulier([("csrf", browser.token), ("nummer", "7"), ("toml", groot), ("tekst", groot)]))
                #expect(response.status == .contentTooLarge, "\(uri)")
                #expect(response.tekst.contains("Het formulier is te groot"), "\(uri)")
            }
            let geldig = "nummer = 7\n"
            for nummer in ["12345678901234567890", "1234567890", "-1", "0", "1e3", "007", " 7x"] {
                let bewaard = try await client.execute(uri: "/antwoorden/bewaren", method: .post, headers: kop,
                                                       body: formulier([("csrf", browser.token), ("nummer", nummer), ("toml", geldig)]))
                #expect(bewaard.status == .notFound, "\(nummer)")
                let opgesteld = try await client.execute(uri: "/antwoorden/nieuw", method: .post, headers: kop,
                                                         body: formulier([("csrf", browser.token), ("nummer", nummer), ("tekst", "Hoeveel kreeg Gent?")]))
                #expect(opgesteld.status == .badRequest, "\(nummer)")
                #expect(opgesteld.tekst.contains("Vraagnummer: geef het nummer"), "\(nummer)")
                #expect(try await browser.get("/vraagbestand/vraag-\(nummer).toml").status == .notFound, "\(nummer)")
            }
            // Deeply nested TOML and NUL bytes: refused by the reader, nothing written.
            for toml in ["a = " + String(repeating: "[", count: 10_000), "nummer = 7\ntitel = \"a\u{0}b\"\n"] {
                let response = try await client.execute(uri: "/antwoorden/bewaren", method: .post, headers: kop,
                                                        body: formulier([("csrf", browser.token), ("nummer", "7"), ("toml", toml)]))
                #expect(response.status == .badRequest)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: proef.vragen.path).isEmpty)
            #expect(try await browser.get("/antwoorden").status == .ok)
        }
    }
}
