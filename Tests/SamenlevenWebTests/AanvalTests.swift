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
    /// Every POST route of the router with the lowest role it allows (nil: the login form,
    /// which needs no session). A new POST route fails the first check until it is listed.
    static let postroutes: [String: Rol?] = [
        "/aanmelden": nil, "/afmelden": .lezer, "/invoer": .invoerder, "/invoer/taak/{id}/bevestig": .invoerder,
        "/antwoorden/nieuw": .invoerder, "/antwoorden/bewaren": .invoerder,
        "/vraagbestand/{bestand}/bewerken": .invoerder, "/vraagbestand/{bestand}/antwoord": .lezer,
    ]

    /// A post as a browser's form would send it, with `token` as its CSRF field: multipart
    /// with a good file for the upload, url-encoded fields a question route acts on otherwise.
    func post(_ client: any TestClientProtocol, _ uri: String, _ browser: Invoerbrowser, token: String?) async throws -> TestResponse {
        var kop = browser.kop
        if uri == "/invoer" {
            let grens = "aanval"
            var delen = ["Content-Disposition: form-data; name=\"bestanden\"; filename=\"goed.csv\"\r\n\r\n\(InvoerProef.goed)"]
            if let token { delen.insert("Content-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)", at: 0) }
            kop[.contentType] = "multipart/form-data; boundary=\(grens)"
            return try await client.execute(uri: uri, method: .post, headers: kop, body: meerdelig(grens, delen))
        }
        kop[.contentType] = "application/x-www-form-urlencoded"
        var velden = [("nummer", "7"), ("tekst", "Hoeveel subsidie kreeg Gent in projectjaar 1?"), ("toml", "nummer = 7\n"),
                      ("naam", "beheerder"), ("wachtwoord", Aanvalsproef.wachtwoord)]
        if let token { velden.append(("csrf", token)) }
        return try await client.execute(uri: uri, method: .post, headers: kop, body: formulier(velden))
    }

    @Test func everyPostRouteOfTheRouterRefusesAMissingOrWrongCSRFTokenAndARoleBelowItsMinimum() async throws {
        let proef = try Aanvalsproef()
        let router = proef.router()
        let posts = Set(router.routes.filter { $0.method == .post }.map(\.path.description))
        #expect(posts == Set(Self.postroutes.keys), "een nieuwe POST-route: zet ze met haar laagste rol in postroutes")
        try await Application(router: router).test(.router) { client in
            var browsers: [Rol: Invoerbrowser] = [:]
            for rol in Rol.allCases { browsers[rol] = try await Aanvalsproef.browser(client, rol) }
            let beheerder = try #require(browsers[.beheerder])
            // A validated upload of the beheerder, for the confirmation route.
            let (adres, _) = try await beheerder.controleer([("goed.csv", Data(InvoerProef.goed.utf8))])
            let id = try #require(adres.split(separator: "/").last.map(String.init))
            for (route, minimum) in Self.postroutes {
                let uri = route.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{bestand}", with: "vraag-7.toml")
                for rol in Rol.allCases where minimum.map({ rol < $0 }) ?? false {
                    let browser = try #require(browsers[rol])
                    let response = try await post(client, uri, browser, token: browser.token)
                    #expect(response.status == .forbidden, "\(route) als \(rol.rawValue)")
                }
                let ander = try #require(browsers[.invoerder]).token
                for token in [nil, "", "vals", ander] {
                    let response = try await post(client, uri, beheerder, token: token)
                    #expect(response.status == .forbidden, "\(route) met token \(token ?? "geen")")
                    #expect(response.cookie("samenleven_sessie") == nil, "\(route)")
                }
            }
            // Nothing was written or imported, and the beheerder is still signed in.
            #expect(try FileManager.default.contentsOfDirectory(atPath: proef.vragen.path).isEmpty)
            #expect(try proef.invoer.store.laad().gegevens.toekenningen.isEmpty)
            #expect(try await beheerder.get("/overzicht").status == .ok)
        }
    }

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

    @Test func aPNGAnEmptyFileAZipBombAndALineOf20MBAreRefusedInDutch() async throws {
        let proef = try Aanvalsproef()
        let bom = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SamenlevenCLITests/ImportCorpus/zip-bomb/gegevens.xlsx")
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
        try await Application(router: proef.router(gebruikers: nil)).test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let gevallen: [(naam: String, inhoud: Data)] = [
                ("toekenningen-plaatje.csv", png), ("toekenningen-leeg.csv", Data()), ("bom.xlsx", try Data(contentsOf: bom)),
                ("toekenningen-lang.csv", Data(String(repeating: "a", count: 20 << 20).utf8)),
            ]
            for geval in gevallen {
                let (_, pagina) = try await browser.controleer([(geval.naam, geval.inhoud)])
                #expect(pagina.contains("gevonden; er is niets opgeslagen"), "\(geval.naam)")
                #expect(pagina.contains("<td>\(geval.naam)</td>"), "\(geval.naam)")
                #expect(!pagina.contains("Bevestigen en inlezen"), "\(geval.naam)")
                if geval.naam == "bom.xlsx" { #expect(pagina.contains("zip-bom")) }
            }
            #expect(try proef.invoer.store.laad().gegevens.toekenningen.isEmpty)
            #expect(try await browser.get("/overzicht").status == .ok)
        }
    }

    @Test func aHostileBestuurNameIsEscapedInTheProblemTable() async throws {
        let proef = try Aanvalsproef()
        try await Application(router: proef.router(gebruikers: nil)).test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let csv = InvoerProef.kop + "1,\"<img src=x onerror=alert(1)>\",5,100,500,30.000,\"<b>toelichting</b>\",Oost-Vlaanderen\n"
            let (_, pagina) = try await browser.controleer([("toekenningen-vijandig.csv", Data(csv.utf8))])
            #expect(pagina.contains("&lt;img src=x onerror=alert(1)&gt;"))
            #expect(!pagina.contains("<img"))
            #expect(!pagina.contains("<b>toelichting"))
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

    @Test func sessionsAreFreshAtLoginEndAtLogoutAndEveryCookieIsStrict() async throws {
        let proef = try Aanvalsproef()
        try await Application(router: proef.router()).test(.router) { client in
            var regels: [String] = []
            // A cookie that is not ours opens nothing and is not adopted.
            let vreemd = try await client.execute(uri: "/overzicht", method: .get, headers: [.cookie: "samenleven_sessie=gekozen-door-aanvaller"])
            #expect(vreemd.status == .seeOther)
            #expect(vreemd.headers[.location] == "/aanmelden")
            #expect(vreemd.cookie("samenleven_sessie") == nil)
            // Login with a fixed session value: a fresh one is issued.
            let pagina = try await client.execute(uri: "/aanmelden", method: .get)
            regels += pagina.headers[values: .setCookie]
            let aanmeldkoekje = try #require(pagina.cookie("samenleven_aanmelden")).waarde
            var kop = formulierKop
            kop[.cookie] = "samenleven_aanmelden=\(aanmeldkoekje); samenleven_sessie=gekozen-door-aanvaller"
            let aanmelding = try await client.execute(uri: "/aanmelden", method: .post, headers: kop,
                                                      body: formulier([("naam", "lezer"), ("wachtwoord", Aanvalsproef.wachtwoord), ("csrf", try #require(csrf(pagina.tekst)))]))
            regels += aanmelding.headers[values: .setCookie]
            let sessie = try #require(aanmelding.cookie("samenleven_sessie")).waarde
            #expect(sessie != "gekozen-door-aanvaller" && sessie.count == 64)
            // Logout ends the session on the server, not only in the browser.
            let browser = try await Invoerbrowser.open(client, cookie: sessie)
            var afmeldkop = browser.kop
            afmeldkop[.contentType] = "application/x-www-form-urlencoded"
            let afmelding = try await client.execute(uri: "/afmelden", method: .post, headers: afmeldkop, body: formulier([("csrf", browser.token)]))
            regels += afmelding.headers[values: .setCookie]
            #expect(try await browser.get("/overzicht").status == .seeOther)
            // Without accounts, the first visit's cookie.
            regels += try await Application(router: proef.router(gebruikers: nil)).test(.router) { client in
                try await client.execute(uri: "/overzicht", method: .get).headers[values: .setCookie]
            }
            #expect(regels.count == 5)
            for regel in regels {
                #expect(regel.contains("HttpOnly") && regel.contains("SameSite=Strict") && regel.contains("Path=/"), "\(regel)")
            }
        }
    }
}
