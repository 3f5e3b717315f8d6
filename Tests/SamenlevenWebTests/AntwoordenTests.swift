import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamenlevenControle
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore
import SamenlevenVraagbestand
@testable import SamenlevenWeb
import Testing
import ZIPFoundation

/// A vragen map, the repository's templates and a server on the default store for the
/// Antwoorden and Open data pages.
enum AntwoordProef {
    static let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sjablonen = repo.appendingPathComponent("Templates").path
    static let tekst492 = repo.appendingPathComponent("Tests/SamenlevenVraagopstellerTests/Fixtures/vraagteksten/vraag-492.txt")

    static let correcties: [Correctie] = try! Correctie.lees(csv: String(decoding: try! StandaardGegevens.correctiesCSV(), as: UTF8.self))

    /// A fresh vragen map inside a parent that also holds a file the pages must never show.
    static func vragenmap(met492: Bool = true, extra: [String: String] = [:]) throws -> URL {
        let ouder = Proef.map()
        try "GEHEIM-BUITEN-DE-MAP".write(to: ouder.appendingPathComponent("geheim.toml"), atomically: true, encoding: .utf8)
        let map = ouder.appendingPathComponent("vragen")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        if met492 {
            try FileManager.default.copyItem(at: repo.appendingPathComponent("Vragen/vraag-492.toml"), to: map.appendingPathComponent("vraag-492.toml"))
        }
        for (naam, tekst) in extra { try tekst.write(to: map.appendingPathComponent(naam), atomically: true, encoding: .utf8) }
        return map
    }

    static func app(vragen: URL, gebruikers: Gebruikersbestand? = nil) -> some ApplicationProtocol {
        Application(router: SamenlevenWebApp.router(
            bron: WebBron(laad: { try Proef.standaard.laad() }, correcties: correcties),
            instellingen: WebInstellingen(gebruikers: gebruikers, vragen: Vraagbestand.vragenmap(vragen.path).map, sjablonen: sjablonen)))
    }

    /// An (lezer), Ina (invoerder) and Bea (beheerder).
    static let gebruikers: Gebruikersbestand = {
        var bestand = Gebruikersbestand()
        try! bestand.voegToe(naam: "an", rol: .lezer, wachtwoord: "lezer-wachtwoord", kost: 4)
        try! bestand.voegToe(naam: "ina", rol: .invoerder, wachtwoord: "invoer-wachtwoord", kost: 4)
        try! bestand.voegToe(naam: "bea", rol: .beheerder, wachtwoord: "beheer-wachtwoord", kost: 4)
        return bestand
    }()

    static let vijandig = """
        nummer = 7
        datum = 2024-05-01
        vraagsteller = "<script>alert('vraagsteller')</script>"
        titel = "<script>alert('titel')</script>"

        [[deelvraag]]
        nummer = "1"
        tekst = "<script>alert('deelvraag')</script>"
        beleid = true
        """
}

/// The page's CSRF token (`csrf`, which `Browser.csrf` hides inside `Browser`).
private func csrfVan(_ html: String) -> String? { csrf(html) }

/// A browser without accounts: its session cookie and the CSRF token of its forms.
struct Browser {
    let kop: HTTPFields
    let csrf: String

    static func open(_ client: any TestClientProtocol) async throws -> Browser {
        let pagina = try await client.execute(uri: "/antwoorden/nieuw", method: .get)
        let sessie = try #require(pagina.cookie("samenleven_sessie"))
        return Browser(kop: [.cookie: "samenleven_sessie=\(sessie.waarde)", .contentType: "application/x-www-form-urlencoded"],
                       csrf: try #require(csrfVan(pagina.tekst)))
    }

    /// Signs in through the login form (`WebAanmeldingTests.aanmelden`).
    static func aanmelden(_ client: any TestClientProtocol, _ naam: String, _ wachtwoord: String) async throws -> Browser {
        let sessie = try #require(try await WebAanmeldingTests().aanmelden(client, naam, wachtwoord))
        let kop: HTTPFields = [.cookie: "samenleven_sessie=\(sessie)", .contentType: "application/x-www-form-urlencoded"]
        let pagina = try await client.execute(uri: "/antwoorden", method: .get, headers: kop)
        return Browser(kop: kop, csrf: try #require(csrfVan(pagina.tekst)))
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: kop)
    }

    func post(_ client: any TestClientProtocol, _ uri: String, _ velden: [(String, String)], csrf token: String? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: kop, body: formulier([("csrf", token ?? csrf)] + velden))
    }
}

/// The text of a value Mustache escaped (`{{ }}`), for a textarea's contents.
func onthtml(_ tekst: String) -> String {
    tekst.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&#x3D;", with: "=")
        .replacingOccurrences(of: "&#x60;", with: "`").replacingOccurrences(of: "&amp;", with: "&")
}

/// The contents of the textarea `id` of a page, unescaped.
func tekstvak(_ html: String, _ id: String) -> String? {
    guard let begin = html.range(of: "<textarea id=\"\(id)\""), let sluit = html[begin.upperBound...].range(of: ">"),
          let einde = html[sluit.upperBound...].range(of: "</textarea>") else { return nil }
    return onthtml(String(html[sluit.upperBound..<einde.lowerBound]))
}

/// The entries of a ZIP (path, bytes).
func zipInhoud(_ data: Data) throws -> [String: Data] {
    let archief = try Archive(data: data, accessMode: .read)
    var inhoud: [String: Data] = [:]
    for entry in archief {
        var bytes = Data()
        _ = try archief.extract(entry) { bytes.append($0) }
        inhoud[entry.path] = bytes
    }
    return inhoud
}

@Suite struct WebAntwoordenTests {
    @Test func theListShowsEveryQuestionFileWithItsHeadAndEscapesHostileText() async throws {
        let vragen = try AntwoordProef.vragenmap(extra: ["vraag-7.toml": AntwoordProef.vijandig, "notities.txt": "x", "vraag-abc.toml": "x"])
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            try await client.execute(uri: "/antwoorden", method: .get) { response in
                #expect(response.status == .ok)
                let html = response.tekst
                #expect(html.contains("href=\"/vraagbestand/vraag-492.toml\""))
                #expect(html.contains("<td>Plan Samenleven - Stand van zaken</td><td>Brecht Warnez</td><td>2023-09-01</td>"))
                #expect(html.contains("href=\"/vraagbestand/vraag-7.toml\""))
                #expect(!html.contains("vraag-abc.toml") && !html.contains("notities.txt"))
                #expect(!html.contains("<script>"))
                #expect(html.contains("&lt;script&gt;alert(&#39;titel&#39;)&lt;/script&gt;"))
                #expect(html.contains("href=\"/antwoorden\" aria-current=\"page\""))
            }
            try await client.execute(uri: "/vraagbestand/vraag-7.toml", method: .get) { response in
                #expect(response.status == .ok)
                #expect(!response.tekst.contains("<script>"))
                #expect(response.tekst.contains("&lt;script&gt;alert(&#39;deelvraag&#39;)&lt;/script&gt;"))
            }
            // The answer's preview escapes the question's text too; projectjaar as --projectjaar.
            let browser = try await Browser.open(client)
            let start = try await browser.post(client, "/vraagbestand/vraag-7.toml/antwoord", [("projectjaar", "2")])
            let pagina = try await WebAntwoordenTests.klaar(client, browser, try #require(start.headers[.location]))
            #expect(pagina.status == .ok)
            #expect(pagina.tekst.contains("(projectjaar 2)"))
            #expect(pagina.tekst.contains("<pre class=\"antwoord\">"))
            #expect(pagina.tekst.contains("&lt;script&gt;alert(&#39;deelvraag&#39;)&lt;/script&gt;"))
            #expect(!pagina.tekst.contains("<script>"))
        }
    }

    /// The bundle page once the bundle is made: a long bundle's page grows until then.
    static func klaar(_ client: any TestClientProtocol, _ browser: Browser, _ adres: String) async throws -> TestResponse {
        try await browser.get(client, adres)
    }

    @Test func whileABundleIsMadeItsPageShowsItsProgressWithoutTimedRefreshOrScript() {
        let html = Sjablonen.render("bundel", Routes.bundeldata(.bezig(nummer: 492, begonnen: Date()), id: "x"))
        #expect(!html.contains("http-equiv=\"refresh\""))
        let voortgang = Routes.deel(html).voortgang
        #expect(voortgang.contains("Het antwoord op vraag-492.toml wordt gemaakt"))
        #expect(voortgang.contains("href=\"?momentopname=1\""))
        #expect(!html.lowercased().contains("<script"))
        let fout = Sjablonen.render("bundel", Routes.bundeldata(.fout(nummer: 492, problemen: ["<b>kapot</b>"]), id: "x"))
        #expect(!fout.contains("http-equiv=\"refresh\""))
        #expect(fout.contains("<li>&lt;b&gt;kapot&lt;/b&gt;</li>"))
    }

    @Test func atMostTwoBundlesAreMadeAtOnce() async {
        let bundels = Bundels()
        let wacht = DispatchSemaphore(value: 0)
        let traag: @Sendable () -> Bundels.Staat = {
            wacht.wait()
            return .fout(nummer: 1, problemen: [])
        }
        let eerste = await bundels.begin(vraag: 1, traag)
        let tweede = await bundels.begin(vraag: 2, traag)
        let derde = await bundels.begin(vraag: 3, traag)
        #expect(eerste != nil && tweede != nil)
        #expect(derde == nil)
        wacht.signal()
        wacht.signal()
    }

    @Test func aNameFromTheRequestIsNeverAPath() async throws {
        let vragen = try AntwoordProef.vragenmap()
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            let namen = ["..%2Fgeheim.toml", "%2e%2e%2Fgeheim.toml", "%2e%2e", "..", "%2Fetc%2Fpasswd", "vraag-1.toml/../x",
                         "vraag-492.toml/../../geheim.toml", "vraag-0492.toml", "vraag-492.toml%00", "vraag-492.TOML", "vraag--1.toml",
                         "geheim.toml", "vraag-1.toml", "vraag-99999999999999999999.toml"]
            for naam in namen {
                for uri in ["/vraagbestand/\(naam)", "/vraagbestand/\(naam)/bewerken"] {
                    try await client.execute(uri: uri, method: .get) { response in
                        #expect(response.status == .notFound, "\(uri)")
                        #expect(!response.tekst.contains("GEHEIM"), "\(uri)")
                    }
                }
            }
            let browser = try await Browser.open(client)
            for naam in ["..%2Fgeheim.toml", "%2e%2e", "vraag-0492.toml"] {
                let bewaard = try await browser.post(client, "/vraagbestand/\(naam)/bewerken", [("toml", AntwoordProef.vijandig)])
                #expect(bewaard.status == .notFound, "\(naam)")
                let bundel = try await browser.post(client, "/vraagbestand/\(naam)/antwoord", [])
                #expect(bundel.status == .notFound, "\(naam)")
            }
            #expect(try String(contentsOf: vragen.deletingLastPathComponent().appendingPathComponent("geheim.toml"), encoding: .utf8) == "GEHEIM-BUITEN-DE-MAP")
            #expect(try FileManager.default.contentsOfDirectory(atPath: vragen.path) == ["vraag-492.toml"])
        }
    }

    @Test func theDraftOfThe492TextShowsItsProposalsAndIsSavedOnlyOnceWithoutVervang() async throws {
        let vragen = try AntwoordProef.vragenmap(met492: false)
        let tekst = try String(contentsOf: AntwoordProef.tekst492, encoding: .utf8)
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            let browser = try await Browser.open(client)
            let ontwerp = try await browser.post(client, "/antwoorden/nieuw", [("nummer", "492"), ("tekst", tekst)])
            #expect(ontwerp.status == .ok)
            let html = ontwerp.tekst
            #expect(html.contains("Wat de toolkit herkende"))
            #expect(html.contains("<h3>Deelvraag 1</h3>"))
            #expect(html.contains("<strong>Voorstel:</strong> toekenningen"))
            #expect(html.contains("keer NAKIJKEN"))
            let toml = try #require(tekstvak(html, "toml"))
            #expect(toml.contains("nummer = 492"))
            #expect(toml.contains("[[deelvraag]]"))
            #expect(!FileManager.default.fileExists(atPath: vragen.appendingPathComponent("vraag-492.toml").path))

            let bewaard = try await browser.post(client, "/antwoorden/bewaren", [("nummer", "492"), ("toml", toml)])
            #expect(bewaard.status == .seeOther)
            #expect(bewaard.headers[.location] == "/vraagbestand/vraag-492.toml")
            let pad = vragen.appendingPathComponent("vraag-492.toml")
            #expect(try String(contentsOf: pad, encoding: .utf8) == toml)

            // Again: refused unless vervang is ticked; then replaced.
            let gewijzigd = toml.replacingOccurrences(of: "nummer = 492", with: "nummer = 492 # nagekeken")
            let opnieuw = try await browser.post(client, "/antwoorden/bewaren", [("nummer", "492"), ("toml", gewijzigd)])
            #expect(opnieuw.status == .badRequest)
            #expect(opnieuw.tekst.contains("het vraagbestand bestaat al"))
            #expect(opnieuw.tekst.contains("name=\"vervang\""))
            #expect(tekstvak(opnieuw.tekst, "toml") == gewijzigd)
            #expect(try String(contentsOf: pad, encoding: .utf8) == toml)
            let vervangen = try await browser.post(client, "/antwoorden/bewaren", [("nummer", "492"), ("toml", gewijzigd), ("vervang", "ja")])
            #expect(vervangen.status == .seeOther)
            #expect(try String(contentsOf: pad, encoding: .utf8) == gewijzigd)
        }
    }

    @Test func aBrokenEditShowsTheLineKeepsTheTextAndWritesNothing() async throws {
        let vragen = try AntwoordProef.vragenmap()
        let pad = vragen.appendingPathComponent("vraag-492.toml")
        let origineel = try String(contentsOf: pad, encoding: .utf8)
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            let browser = try await Browser.open(client)
            let pagina = try await browser.get(client, "/vraagbestand/vraag-492.toml/bewerken")
            #expect(pagina.status == .ok)
            #expect(tekstvak(pagina.tekst, "toml") == origineel)

            let regels = origineel.split(separator: "\n", omittingEmptySubsequences: false)
            let regel = try #require(regels.firstIndex { $0.hasPrefix("maten = ") }) + 1
            let kapot = origineel.replacingOccurrences(of: "maten = [\"subsidie\", \"kpi_vooropgesteld\"]", with: "maten = [\"subsidi\"] # <script>")
            let antwoord = try await browser.post(client, "/vraagbestand/vraag-492.toml/bewerken", [("toml", kapot)])
            #expect(antwoord.status == .badRequest)
            #expect(antwoord.tekst.contains("vraag-492.toml:\(regel):"))
            #expect(!antwoord.tekst.contains("<script>"))
            #expect(tekstvak(antwoord.tekst, "toml") == kapot)
            #expect(try String(contentsOf: pad, encoding: .utf8) == origineel)

            let goed = origineel.replacingOccurrences(of: "titel = \"Plan Samenleven - Stand van zaken\"", with: "titel = \"Stand van zaken\"")
            let bewaard = try await browser.post(client, "/vraagbestand/vraag-492.toml/bewerken", [("toml", goed.replacingOccurrences(of: "\n", with: "\r\n"))])
            #expect(bewaard.status == .seeOther)
            #expect(try String(contentsOf: pad, encoding: .utf8) == goed)
        }
    }

    @Test func theBundleIsTheCLIsBundleAsPreviewFilesAndZip() async throws {
        let vragen = try AntwoordProef.vragenmap()
        // What `samenleven antwoord 492 --vragen MAP --sjablonen Templates` writes.
        let url = try Vraagbestand.zoek(nummer: 492, map: vragen.path)
        let vraagbestand = try Vraagbestand.lees(url)
        let sjabloon = try SjablonenMap.zoek(gegeven: AntwoordProef.sjablonen).sjabloon(voorVraag: 492, naam: vraagbestand.sjabloon)
        let cli = Proef.map().appendingPathComponent("vraag-492")
        let namen = try Antwoordbundel(dataset: try Proef.standaard.laad(), correcties: AntwoordProef.correcties,
                                       vraagbestand: vraagbestand, sjabloon: sjabloon).schrijf(naar: cli)
        #expect(namen.contains("bijlage.xlsx") && namen.contains("antwoord.md"))

        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            let browser = try await Browser.open(client)
            let start = try await browser.post(client, "/vraagbestand/vraag-492.toml/antwoord", [])
            #expect(start.status == .seeOther)
            let adres = try #require(start.headers[.location])
            #expect(adres.hasPrefix("/bundel/"))
            let pagina = try await Self.klaar(client, browser, adres)
            #expect(pagina.status == .ok)
            let markdown = String(decoding: try Data(contentsOf: cli.appendingPathComponent("antwoord.md")), as: UTF8.self)
            // The preview is antwoord.md itself, escaped.
            let voorvertoning = try #require(pagina.tekst.range(of: "<pre class=\"antwoord\">").flatMap { begin in
                pagina.tekst[begin.upperBound...].range(of: "</pre>").map { String(pagina.tekst[begin.upperBound..<$0.lowerBound]) }
            })
            #expect(onthtml(voorvertoning) == markdown)
            #expect(markdown.contains("492"))
            #expect(pagina.tekst.contains("href=\"\(adres)/bestand?naam=gegevens%2Fdeelvraag-1.csv\""))

            let zip = try await browser.get(client, adres + "/zip")
            #expect(zip.status == .ok)
            #expect(zip.headers[.contentType] == "application/zip")
            #expect(zip.headers[.contentDisposition] == "attachment; filename=\"vraag-492.zip\"; filename*=UTF-8''vraag-492.zip")
            let inhoud = try zipInhoud(Data(zip.body.readableBytesView))
            #expect(Set(inhoud.keys) == Set(namen.map { "vraag-492/" + $0 }))
            for naam in namen {
                #expect(inhoud["vraag-492/" + naam] == (try Data(contentsOf: cli.appendingPathComponent(naam))), "\(naam)")
            }
            #expect(String(decoding: inhoud["vraag-492/antwoord.md"] ?? Data(), as: UTF8.self) == markdown)

            let bijlage = try await browser.get(client, adres + "/bestand?naam=bijlage.xlsx")
            #expect(bijlage.status == .ok)
            #expect(Data(bijlage.body.readableBytesView) == (try Data(contentsOf: cli.appendingPathComponent("bijlage.xlsx"))))
            for naam in ["..%2F..%2Fgeheim.toml", "%2Fetc%2Fpasswd", "bijlage"] {
                let geweigerd = try await browser.get(client, adres + "/bestand?naam=" + naam)
                #expect(geweigerd.status == .notFound, "\(naam)")
            }
            let onbekend = try await browser.get(client, "/bundel/bestaat-niet/zip")
            #expect(onbekend.status == .notFound)
        }
    }

    @Test func aLezerMayReadButNotWriteAndEveryWriteNeedsTheCSRFToken() async throws {
        let vragen = try AntwoordProef.vragenmap()
        let pad = vragen.appendingPathComponent("vraag-492.toml")
        let origineel = try String(contentsOf: pad, encoding: .utf8)
        try await AntwoordProef.app(vragen: vragen, gebruikers: AntwoordProef.gebruikers).test(.router) { client in
            let lezer = try await Browser.aanmelden(client, "an", "lezer-wachtwoord")
            #expect(try await lezer.get(client, "/antwoorden").status == .ok)
            #expect(try await lezer.get(client, "/vraagbestand/vraag-492.toml").status == .ok)
            #expect(try await lezer.get(client, "/antwoorden/nieuw").status == .forbidden)
            #expect(try await lezer.get(client, "/vraagbestand/vraag-492.toml/bewerken").status == .forbidden)
            #expect(try await lezer.post(client, "/vraagbestand/vraag-492.toml/bewerken", [("toml", "nummer = 1")]).status == .forbidden)
            #expect(try await lezer.post(client, "/antwoorden/bewaren", [("nummer", "5"), ("toml", "nummer = 5")]).status == .forbidden)
            #expect(try await lezer.post(client, "/antwoorden/nieuw", [("nummer", "5"), ("tekst", "vraag")]).status == .forbidden)
            #expect(try await lezer.get(client, "/opendata").status == .forbidden)
            #expect(try await lezer.get(client, "/opendata/zip?projectjaar=1").status == .forbidden)

            let invoerder = try await Browser.aanmelden(client, "ina", "invoer-wachtwoord")
            let zonder = try await invoerder.post(client, "/vraagbestand/vraag-492.toml/bewerken", [("toml", "nummer = 1")], csrf: "vals")
            #expect(zonder.status == .forbidden)
            #expect(try await invoerder.post(client, "/antwoorden/bewaren", [("nummer", "5"), ("toml", "nummer = 5")], csrf: lezer.csrf).status == .forbidden)
            #expect(try await invoerder.post(client, "/antwoorden/nieuw", [("nummer", "5"), ("tekst", "vraag")], csrf: "").status == .forbidden)
            #expect(try await invoerder.post(client, "/vraagbestand/vraag-492.toml/antwoord", [], csrf: "vals").status == .forbidden)
            #expect(try await invoerder.get(client, "/opendata").status == .forbidden)
            #expect(try String(contentsOf: pad, encoding: .utf8) == origineel)
            #expect(try FileManager.default.contentsOfDirectory(atPath: vragen.path) == ["vraag-492.toml"])
            #expect(try await invoerder.get(client, "/vraagbestand/vraag-492.toml/bewerken").status == .ok)
        }
    }

    @Test func aPostedTextAboveTheLimitIsRefused() async throws {
        let vragen = try AntwoordProef.vragenmap(met492: false)
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            let browser = try await Browser.open(client)
            let antwoord = try await browser.post(client, "/antwoorden/nieuw", [("nummer", "5"), ("tekst", String(repeating: "a", count: Routes.maximaleTekst + 1))])
            #expect(antwoord.status == .contentTooLarge)
            #expect(try FileManager.default.contentsOfDirectory(atPath: vragen.path).isEmpty)
        }
    }
}

@Suite struct WebOpenDataTests {
    @Test func theBeheerderBuildsThePackageSeesItsCheckAndDownloadsTheSameFilesAsTheCLI() async throws {
        let vragen = try AntwoordProef.vragenmap(met492: false)
        try await AntwoordProef.app(vragen: vragen).test(.router) { client in
            try await client.execute(uri: "/opendata", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.tekst.contains("<select id=\"projectjaar\" name=\"projectjaar\">"))
                #expect(!response.tekst.contains("Controle van het pakket"))
            }
            try await client.execute(uri: "/opendata?projectjaar=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.tekst.contains("Controle van het pakket"))
                #expect(response.tekst.contains("<p>0 problemen:"))
                #expect(response.tekst.contains("<td>toekenningen</td>"))
                #expect(response.tekst.contains("href=\"/opendata/zip?projectjaar=1\""))
            }
            try await client.execute(uri: "/opendata/zip?projectjaar=1", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"opendata-projectjaar-1.zip\"; filename*=UTF-8''opendata-projectjaar-1.zip")
                let inhoud = try zipInhoud(Data(response.body.readableBytesView))
                let cli = try OpenDataPackage.files(try OpenDataInput(dataset: try Proef.standaard.laad(), projectjaar: 1, datum: nil))
                #expect(Set(inhoud.keys) == Set(cli.map(\.name)))
                #expect(inhoud["datapackage.json"] != nil)
                for bestand in cli { #expect(inhoud[bestand.name] == bestand.data, "\(bestand.name)") }
            }
            try await client.execute(uri: "/opendata?projectjaar=alle", method: .get) { response in
                #expect(response.tekst.contains("alle projectjaren"))
                #expect(response.tekst.contains("href=\"/opendata/zip?projectjaar=alle\""))
            }
            try await client.execute(uri: "/opendata/zip?projectjaar=4", method: .get) { response in
                #expect(response.status == .badRequest)
            }
        }
    }
}
