import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamenlevenModel
import SamenlevenStore
import SamenlevenVoorbeelddata
@testable import SamenlevenWeb
import Testing

/// Stores and servers for the route tests.
enum Proef {
    static func map() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samenleven-web-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The default store as a user gets it (voorbeelddata included), made once.
    static let standaard: Store = try! Store.open(path: map().appendingPathComponent("test.sqlite").path)

    static let vijandigeNaam = "<script>alert(1)</script>\"'.csv"

    /// A store whose toekenningen came from a file with a hostile name.
    static let vijandig: Store = {
        let store = try! Store.open(path: map().appendingPathComponent("test.sqlite").path, standaardgegevens: false)
        let bestand = try! StandaardGegevens.generator().bestanden().first { $0.naam.hasPrefix("toekenningen") }!
        _ = try! Importer(store: store).importeer([ImportBestand(naam: vijandigeNaam, csv: bestand.data, soort: .toekenningen)])
        return store
    }()

    static func app(_ store: Store = standaard, gebruikers: Gebruikersbestand? = nil) -> some ApplicationProtocol {
        Application(router: SamenlevenWebApp.router(bron: WebBron { try store.laad() },
                                                    instellingen: WebInstellingen(gebruikers: gebruikers)))
    }

    /// An (lezer) and Bea (beheerder), with bcrypt's smallest cost to keep the tests quick.
    static let gebruikers: Gebruikersbestand = {
        var bestand = Gebruikersbestand()
        try! bestand.voegToe(naam: "an", rol: .lezer, wachtwoord: "lezer-wachtwoord", kost: 4)
        try! bestand.voegToe(naam: "bea", rol: .beheerder, wachtwoord: "beheer-wachtwoord", kost: 4)
        return bestand
    }()
}

extension TestResponse {
    var tekst: String { String(buffer: body) }

    /// The value of the cookie `naam` this response sets, and the whole Set-Cookie line.
    func cookie(_ naam: String) -> (waarde: String, regel: String)? {
        for regel in headers[values: .setCookie] where regel.hasPrefix(naam + "=") {
            let waarde = regel.dropFirst(naam.count + 1).prefix { $0 != ";" }
            return (String(waarde), regel)
        }
        return nil
    }
}

/// The value of the hidden `csrf` field of a page.
func csrf(_ html: String) -> String? {
    guard let r = html.range(of: "name=\"csrf\" value=\"") else { return nil }
    return String(html[r.upperBound...].prefix { $0 != "\"" })
}

func formulier(_ velden: [(String, String)]) -> ByteBuffer {
    ByteBuffer(string: velden.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&"))
}

let formulierKop: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

@Suite struct WebPaginaTests {
    @Test func overzichtWithoutUsersFileOnLoopbackNeedsNoLoginAndSetsAStrictCookie() async throws {
        try await Proef.app().test(.router) { client in
            try await client.execute(uri: "/overzicht", method: .get) { response in
                #expect(response.status == .ok)
                let cookie = try #require(response.cookie("samenleven_sessie"))
                #expect(cookie.regel.contains("HttpOnly"))
                #expect(cookie.regel.contains("SameSite=Strict"))
                #expect(response.tekst.contains(Herkomst.voorbeelddataLabel))
                #expect(response.tekst.contains("<h2>Controle</h2>"))
                #expect(response.tekst.contains("toekenningen"))
            }
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        try await Proef.app().test(.router) { client in
            for uri in ["/overzicht", "/vragen", "/stijl.css", "/bestaat-niet"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let csp = try #require(response.headers[HTTPField.Name("Content-Security-Policy")!])
                    #expect(csp.contains("frame-ancestors 'none'"), "\(uri)")
                    #expect(csp.contains("default-src 'none'"), "\(uri)")
                    #expect(!csp.contains("unsafe-inline"), "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                }
            }
        }
    }

    @Test func pagesHaveNoScriptAndTheStyleSheetIsServedByTheToolkit() async throws {
        try await Proef.app().test(.router) { client in
            try await client.execute(uri: "/vragen?tabel=toekenningen&per=provincie", method: .get) { response in
                #expect(!response.tekst.lowercased().contains("<script"))
                #expect(!response.tekst.contains("http://") && !response.tekst.contains("https://"))
                #expect(response.tekst.contains("<link rel=\"stylesheet\" href=\"/stijl.css\">"))
            }
            try await client.execute(uri: "/stijl.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.tekst.contains("details"))
            }
        }
    }

    @Test func templatesNeverSkipEscaping() throws {
        let map = Sjablonen.map.appendingPathComponent("sjablonen")
        let namen = try FileManager.default.contentsOfDirectory(atPath: map.path).filter { $0.hasSuffix(".mustache") }
        #expect(namen.count >= 6)
        for naam in namen {
            let tekst = try String(contentsOf: map.appendingPathComponent(naam), encoding: .utf8)
            #expect(!tekst.contains("{{{") && !tekst.contains("{{&"), "\(naam) schrijft een waarde zonder escaping")
            // A page on a timer fails WCAG 2.2.1 (axe-core: meta-refresh); jobs grow their page instead.
            #expect(!tekst.lowercased().contains("http-equiv"), "\(naam) ververst zichzelf")
        }
    }

    @Test func aHostileFileNameIsEscapedOnOverzichtAndInTheSourcesOfVragen() async throws {
        try await Proef.app(Proef.vijandig).test(.router) { client in
            try await client.execute(uri: "/overzicht", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.tekst.contains("<script>"))
                #expect(response.tekst.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;.csv"))
            }
            try await client.execute(uri: "/vragen?tabel=toekenningen&projectjaren=1&per=provincie", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.tekst.contains("<script>"))
                #expect(response.tekst.contains("title=\"Bron: &lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;.csv:"))
            }
        }
    }

    @Test func hostileQueryValuesAreEscapedInTheFormAndTheProblems() async throws {
        try await Proef.app().test(.router) { client in
            let uri = "/vragen?tabel=toekenningen&bestuur=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%27"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(!response.tekst.contains("<script>"))
                #expect(response.tekst.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;\""))
                #expect(response.tekst.contains("role=\"alert\""))
            }
        }
    }

    @Test func vragenShowsGroupsAsDetailsWithDownloadsAndTheDeelvraag() async throws {
        try await Proef.app().test(.router) { client in
            let uri = "/vragen?tabel=toekenningen&projectjaren=1&projectjaren=2&per=provincie,bestuur"
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.tekst.contains("<details open>"))
                #expect(response.tekst.contains("<summary"))
                #expect(response.tekst.contains("[[deelvraag]]"))
                #expect(response.tekst.contains("per = [&quot;provincie&quot;, &quot;bestuur&quot;]"))
                #expect(response.tekst.contains("formaat=xlsx"))
            }
            for (formaat, soort, begin) in [("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK"),
                                            ("csv", "text/csv; charset=utf-8", ""), ("json", "application/json; charset=utf-8", "{"),
                                            ("md", "text/markdown; charset=utf-8", ""), ("toml", "application/toml; charset=utf-8", "[[deelvraag]]")] {
                try await client.execute(uri: uri + "&formaat=" + formaat, method: .get) { response in
                    #expect(response.status == .ok, "\(formaat)")
                    #expect(response.headers[.contentType] == soort, "\(formaat)")
                    let naam = formaat == "toml" ? "deelvraag-toekenningen.toml" : "toekenningen.\(formaat)"
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(naam)\"; filename*=UTF-8''\(naam)", "\(formaat)")
                    #expect(response.tekst.hasPrefix(begin), "\(formaat)")
                }
            }
        }
    }

    @Test func aRefusedQuestionNamesTheKey() async throws {
        try await Proef.app().test(.router) { client in
            try await client.execute(uri: "/vragen?tabel=toekenningen&maten=subsidi", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.tekst.contains("maten:"))
            }
        }
    }
}

@Suite struct WebAanmeldingTests {
    /// Logs in through the form; the session cookie, or nil when refused.
    func aanmelden(_ client: any TestClientProtocol, _ naam: String, _ wachtwoord: String) async throws -> String? {
        let pagina = try await client.execute(uri: "/aanmelden", method: .get)
        let token = try #require(csrf(pagina.tekst))
        let koekje = try #require(pagina.cookie("samenleven_aanmelden"))
        var kop = formulierKop
        kop[.cookie] = "samenleven_aanmelden=\(koekje.waarde)"
        let antwoord = try await client.execute(uri: "/aanmelden", method: .post, headers: kop,
                                                body: formulier([("naam", naam), ("wachtwoord", wachtwoord), ("csrf", token)]))
        guard antwoord.status == .seeOther else { return nil }
        let sessie = try #require(antwoord.cookie("samenleven_sessie"))
        #expect(sessie.regel.contains("HttpOnly") && sessie.regel.contains("SameSite=Strict"))
        return sessie.waarde
    }

    @Test func withAUsersFileEveryPageAsksForALogin() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            for uri in ["/overzicht", "/vragen", "/beheer"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/aanmelden")
                }
            }
        }
    }

    @Test func aWrongPasswordIsRefusedAndAGoodOneOpensTheSite() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            #expect(try await aanmelden(client, "an", "verkeerd-wachtwoord") == nil)
            #expect(try await aanmelden(client, "niemand", "lezer-wachtwoord") == nil)
            let sessie = try #require(try await aanmelden(client, "an", "lezer-wachtwoord"))
            try await client.execute(uri: "/overzicht", method: .get, headers: [.cookie: "samenleven_sessie=\(sessie)"]) { response in
                #expect(response.status == .ok)
                #expect(response.tekst.contains("an (lezer)"))
                #expect(response.tekst.contains("action=\"/afmelden\""))
            }
        }
    }

    @Test func afterFiveFailedLoginsEvenTheRightPasswordIsRefusedForThatName() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            for _ in 0..<5 {
                let sessie = try await aanmelden(client, "an", "verkeerd-wachtwoord")
                #expect(sessie == nil)
            }
            let an = try await aanmelden(client, "an", "lezer-wachtwoord")
            #expect(an == nil)
            let bea = try await aanmelden(client, "bea", "beheer-wachtwoord")
            #expect(bea != nil)
        }
    }

    @Test func aLoginWithAWrongCSRFTokenIs403() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            let pagina = try await client.execute(uri: "/aanmelden", method: .get)
            let koekje = try #require(pagina.cookie("samenleven_aanmelden"))
            var kop = formulierKop
            kop[.cookie] = "samenleven_aanmelden=\(koekje.waarde)"
            let antwoord = try await client.execute(uri: "/aanmelden", method: .post, headers: kop,
                                                    body: formulier([("naam", "an"), ("wachtwoord", "lezer-wachtwoord"), ("csrf", "vals")]))
            #expect(antwoord.status == .forbidden)
            #expect(antwoord.cookie("samenleven_sessie") == nil)
        }
    }

    @Test func aLezerCannotReachBeheerAndABeheerderCan() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            let lezer = try #require(try await aanmelden(client, "an", "lezer-wachtwoord"))
            try await client.execute(uri: "/beheer", method: .get, headers: [.cookie: "samenleven_sessie=\(lezer)"]) { response in
                #expect(response.status == .forbidden)
                #expect(!response.tekst.contains("bea"))
            }
            try await client.execute(uri: "/overzicht", method: .get, headers: [.cookie: "samenleven_sessie=\(lezer)"]) { response in
                #expect(!response.tekst.contains("href=\"/beheer\""))
            }
            let beheerder = try #require(try await aanmelden(client, "bea", "beheer-wachtwoord"))
            try await client.execute(uri: "/beheer", method: .get, headers: [.cookie: "samenleven_sessie=\(beheerder)"]) { response in
                #expect(response.status == .ok)
                #expect(response.tekst.contains("<td>an</td><td>lezer</td>"))
            }
        }
    }

    @Test func logoutNeedsTheSessionsCSRFTokenAndEndsTheSession() async throws {
        try await Proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            let sessie = try #require(try await aanmelden(client, "an", "lezer-wachtwoord"))
            let koekje: HTTPFields = [.cookie: "samenleven_sessie=\(sessie)", .contentType: "application/x-www-form-urlencoded"]
            let pagina = try await client.execute(uri: "/overzicht", method: .get, headers: koekje)
            let token = try #require(csrf(pagina.tekst))
            let vals = try await client.execute(uri: "/afmelden", method: .post, headers: koekje, body: formulier([("csrf", "vals")]))
            #expect(vals.status == .forbidden)
            let goed = try await client.execute(uri: "/afmelden", method: .post, headers: koekje, body: formulier([("csrf", token)]))
            #expect(goed.status == .seeOther)
            try await client.execute(uri: "/overzicht", method: .get, headers: koekje) { response in
                #expect(response.status == .seeOther)
            }
        }
    }

    @Test func aClientThatNeverReturnsItsCookieCannotFillTheMemoryWithSessions() async throws {
        let sessies = Sessies(maximum: 8)
        var laatste = ""
        for _ in 0..<100 { laatste = await sessies.nieuw(naam: "", rol: .lezer).sleutel }
        #expect(await sessies.aantal <= 8)
        #expect(await sessies.zoek(laatste) != nil)
    }

    @Test func tryingNameAfterNameCannotFillTheMemoryWithFailedLogins() async throws {
        let sessies = Sessies(maximum: 8)
        for _ in 0..<5 { await sessies.noteerMislukt("beheerder") }
        #expect(await !sessies.magAanmelden("beheerder"))
        for i in 0..<100 { await sessies.noteerMislukt("naam-\(i)") }
        #expect(await sessies.aantalNamenMetPogingen <= 8)
        // The most recent failures are kept: the last name tried is still counted.
        for _ in 0..<4 { await sessies.noteerMislukt("naam-99") }
        #expect(await !sessies.magAanmelden("naam-99"))
    }

    @Test func anAddressOtherComputersReachIsRefusedWithoutUsersFile() throws {
        #expect(throws: GebruikersFout.self) { try WebInstellingen(adres: "0.0.0.0").controleer() }
        #expect(throws: Never.self) { try WebInstellingen(adres: "0.0.0.0", gebruikers: Proef.gebruikers).controleer() }
        for adres in ["127.0.0.1", "::1", "localhost"] {
            #expect(throws: Never.self) { try WebInstellingen(adres: adres).controleer() }
        }
    }

    @Test func theUsersFileHoldsBcryptHashesNeverThePassword() throws {
        let json = String(decoding: try Proef.gebruikers.json(), as: UTF8.self)
        #expect(!json.contains("lezer-wachtwoord"))
        #expect(json.contains("\"hash\" : \"$2b$04$") || json.contains("\"hash\" : \"$2a$04$") || json.contains("\"hash\" : \"$2y$04$"))
        var kort = Gebruikersbestand()
        #expect(throws: GebruikersFout.self) { try kort.voegToe(naam: "x", rol: .lezer, wachtwoord: "kort", kost: 4) }
        #expect(throws: GebruikersFout.self) { try kort.voegToe(naam: "<b>", rol: .lezer, wachtwoord: "lang-genoeg-123", kost: 4) }
    }
}
