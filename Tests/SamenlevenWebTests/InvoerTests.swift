import Dispatch
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamenlevenExport
import SamenlevenModel
import SamenlevenReaders
import SamenlevenStore
@testable import SamenlevenWeb
@testable import samenleven
import Testing

/// The Invoer page on a store of its own, with the command line's import (`WebCommand.importeur`)
/// on a second connection, as `samenleven web` runs it.
struct InvoerProef {
    let store: Store
    let importeer: Importeur

    init() throws {
        store = try Store.open(path: Proef.map().appendingPathComponent("invoer.sqlite").path, standaardgegevens: false)
        importeer = WebCommand.importeur(try Store.open(path: store.path, standaardgegevens: false))
    }

    func app(importeer: Importeur? = nil, gebruikers: Gebruikersbestand? = nil) -> some ApplicationProtocol {
        let store = self.store
        return Application(router: SamenlevenWebApp.router(bron: WebBron(laad: { try store.laad() }, importeer: importeer ?? self.importeer),
                                                           instellingen: WebInstellingen(gebruikers: gebruikers)))
    }

    static let kop = "projectjaar,bestuur,actie,kpi_huidig_bereik,kpi_vooropgesteld,subsidie,toelichting,provincie\n"
    static let goed = kop + "1,44021,5,100,500,30.000,oefenkansen in de bib,Oost-Vlaanderen\n1,Antwerpen,5,500,800,€ 36.000,,Antwerpen\n"
    static let vijandigeCel = "<script>alert(\"x\")</script>'"
    /// Row 3 has an amount that is hostile text, row 4 an unknown bestuur and a bad action.
    static let fout = kop + "1,44021,5,100,500,30.000,oefenkansen in de bib,Oost-Vlaanderen\n"
        + "1,Antwerpen,5,500,800,\"\(vijandigeCel.replacingOccurrences(of: "\"", with: "\"\""))\",,Antwerpen\n"
        + "1,Nergensdorp,99,0,1,1.000,,\n"
}

/// A client's session: its cookie and the CSRF token of its forms.
struct Invoerbrowser {
    let client: any TestClientProtocol
    var cookie: String
    var token: String

    /// A browser without accounts: the Invoer page gives it a session and a token.
    static func open(_ client: any TestClientProtocol, cookie: String? = nil) async throws -> Invoerbrowser {
        var kop = HTTPFields()
        if let cookie { kop[.cookie] = "samenleven_sessie=\(cookie)" }
        let pagina = try await client.execute(uri: "/invoer", method: .get, headers: kop)
        var sessie = cookie ?? ""
        if cookie == nil { sessie = try #require(pagina.cookie("samenleven_sessie")).waarde }
        return Invoerbrowser(client: client, cookie: sessie, token: try #require(csrf(pagina.tekst)))
    }

    var kop: HTTPFields { [.cookie: "samenleven_sessie=\(cookie)"] }

    /// Posts files as a browser's form does (multipart/form-data, the token as a field).
    func upload(_ bestanden: [(naam: String, inhoud: Data)], token: String? = nil) async throws -> TestResponse {
        let grens = "----samenleven\(UUID().uuidString)"
        var body = ByteBuffer()
        if let token = token ?? Optional(self.token), !token.isEmpty {
            body.writeString("--\(grens)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n")
        }
        for bestand in bestanden {
            let naam = bestand.naam.replacingOccurrences(of: "\"", with: "\\\"")
            body.writeString("--\(grens)\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"\(naam)\"\r\nContent-Type: text/csv\r\n\r\n")
            body.writeBytes(bestand.inhoud)
            body.writeString("\r\n")
        }
        body.writeString("--\(grens)--\r\n")
        var kop = self.kop
        kop[.contentType] = "multipart/form-data; boundary=\(grens)"
        return try await client.execute(uri: "/invoer", method: .post, headers: kop, body: body)
    }

    func get(_ uri: String) async throws -> TestResponse { try await client.execute(uri: uri, method: .get, headers: kop) }

    /// The page of a task once the validation or import is done (a page that grows ends then).
    func uitkomst(_ adres: String) async throws -> String {
        let pagina = try await get(adres)
        #expect(pagina.status == .ok)
        return pagina.tekst
    }

    /// Uploads and returns the address of the validation and its finished page.
    func controleer(_ bestanden: [(naam: String, inhoud: Data)]) async throws -> (adres: String, pagina: String) {
        let antwoord = try await upload(bestanden)
        #expect(antwoord.status == .seeOther)
        let adres = try #require(antwoord.headers[.location])
        #expect(adres.hasPrefix("/invoer/taak/"))
        return (adres, try await uitkomst(adres))
    }

    func bevestig(_ adres: String, token: String? = nil) async throws -> TestResponse {
        var kop = self.kop
        kop[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: adres + "/bevestig", method: .post, headers: kop, body: formulier([("csrf", token ?? self.token)]))
    }
}

/// An import that waits, inside its first progress report, until `laatGaan` is signalled.
final class TraagImport: @unchecked Sendable {
    let binnen = DispatchSemaphore(value: 0)
    let laatGaan = DispatchSemaphore(value: 0)
    private let slot = NSLock()
    private var gewacht = false
    private(set) var gekregen: [[ImportBestand]] = []

    func importeur(_ echt: @escaping Importeur) -> Importeur {
        { bestanden, droog, voortgang in
            self.slot.withLock { self.gekregen.append(bestanden) }
            return try echt(bestanden, droog) { gedaan, totaal in
                let eerste = self.slot.withLock { () -> Bool in
                    defer { self.gewacht = true }
                    return !self.gewacht
                }
                if eerste {
                    self.binnen.signal()
                    self.laatGaan.wait()
                }
                voortgang(gedaan, totaal)
            }
        }
    }
}

@Suite struct InvoerTests {
    @Test func aFileWithErrorsShowsEveryProblemWithFileRowColumnAndValueEscapedAndStoresNothing() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let (_, pagina) = try await browser.controleer([("toekenningen-2024.csv", Data(InvoerProef.fout.utf8))])
            #expect(pagina.contains("gevonden; er is niets opgeslagen"))
            #expect(pagina.contains("<td>toekenningen-2024.csv</td><td class=\"getal\">3</td><td>subsidie</td>"))
            #expect(pagina.contains("<td>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39;</td>") || pagina.contains("&lt;script&gt;alert("))
            #expect(!pagina.contains("<script>"))
            #expect(pagina.contains("<td>toekenningen-2024.csv</td><td class=\"getal\">4</td><td>bestuur</td><td>Nergensdorp</td>"))
            #expect(pagina.contains("fouten.xlsx"))
            #expect(!pagina.contains("Bevestigen en inlezen"))
        }
        #expect(try proef.store.laad().gegevens.toekenningen.isEmpty)
    }

    @Test func theErrorWorkbookHasTheFailingRowsWithTheirOriginalColumnsAndAMessage() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let (adres, _) = try await browser.controleer([("toekenningen.csv", Data(InvoerProef.fout.utf8))])
            let antwoord = try await browser.get(adres + "/fouten.xlsx")
            #expect(antwoord.status == .ok)
            #expect(antwoord.headers[.contentType] == Routes.xlsxSoort)
            let (bladen, _) = try XLSXReader.read(data: Data(antwoord.body.readableBytesView), fileName: "fouten.xlsx")
            let blad = try #require(bladen.first)
            #expect(blad.name == "toekenningen")
            #expect(blad.header == InvoerProef.kop.dropLast().split(separator: ",").map(String.init) + ["melding"])
            #expect(blad.rows.map { $0.cells[1].displayText } == ["Antwerpen", "Nergensdorp"])
            #expect(blad.rows[0].cells[5].displayText == InvoerProef.vijandigeCel)
            let melding = blad.rows[1].cells.last?.displayText ?? ""
            #expect(melding.hasPrefix("rij 4: "))
            #expect(melding.contains("bestuur: ") && melding.contains("actie: ") && melding.contains("; "))
        }
    }

    @Test func aCorrectedUploadIsConfirmedAndImportedWithItsCounts() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let (adres, droog) = try await browser.controleer([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            #expect(droog.contains("Geen fouten gevonden (2 rijen gecontroleerd)"))
            #expect(droog.contains("Bevestigen en inlezen"))
            #expect(try proef.store.laad().gegevens.toekenningen.isEmpty)

            let bevestigd = try await browser.bevestig(adres)
            #expect(bevestigd.status == .seeOther)
            let importadres = try #require(bevestigd.headers[.location])
            let pagina = try await browser.uitkomst(importadres)
            #expect(pagina.contains("Ingelezen en opgeslagen (2 rijen)"))
            #expect(pagina.contains("<tr><th scope=\"row\">toekenningen</th><td class=\"getal\">2</td><td class=\"getal\">0</td><td class=\"getal\">0</td><td class=\"getal\">0</td></tr>"))
            #expect(try proef.store.laad().gegevens.toekenningen.count == 2)
            // Overzicht says when the file was imported.
            let moment = try #require(try proef.store.bronbestanden().first { $0.soort == "toekenningen" }?.ingelezenOp)
            #expect(try await browser.get("/overzicht").tekst.contains("<td>toekenningen.csv</td><td class=\"getal\">2</td>"))
            #expect(try await browser.get("/overzicht").tekst.contains("<td>\(Overzicht.moment(moment))</td></tr>"))
            // An upload is imported once.
            #expect(try await browser.bevestig(adres).status == .conflict)
        }
    }

    @Test func theTemplateIsTheWorkbookOfSamenlevenSjabloon() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            #expect(try await browser.get("/invoer").tekst.contains("href=\"/invoer/sjabloon.xlsx\""))
            let antwoord = try await browser.get("/invoer/sjabloon.xlsx")
            #expect(antwoord.status == .ok)
            let (bladen, _) = try XLSXReader.read(data: Data(antwoord.body.readableBytesView), fileName: "sjabloon.xlsx")
            #expect(bladen.map(\.name) == [Sjabloon.instructiesBlad] + Soort.allCases.map(\.rawValue) + [Sjabloon.lijstenBlad])
        }
    }

    @Test func aLezerGets403OnUploadAndDoesNotSeeTheForm() async throws {
        let proef = try InvoerProef()
        try await proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            let sessie = try #require(try await WebAanmeldingTests().aanmelden(client, "an", "lezer-wachtwoord"))
            let browser = try await Invoerbrowser.open(client, cookie: sessie)
            #expect(try await browser.get("/invoer").tekst.contains("enkel met de rol invoerder"))
            let antwoord = try await browser.upload([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            #expect(antwoord.status == .forbidden)
        }
        #expect(try proef.store.laad().gegevens.toekenningen.isEmpty)
    }

    @Test func aMissingOrWrongCSRFTokenIs403() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            #expect(try await browser.upload([("toekenningen.csv", Data(InvoerProef.goed.utf8))], token: "").status == .forbidden)
            #expect(try await browser.upload([("toekenningen.csv", Data(InvoerProef.goed.utf8))], token: String(repeating: "0", count: 64)).status == .forbidden)
            let (adres, _) = try await browser.controleer([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            #expect(try await browser.bevestig(adres, token: "fout").status == .forbidden)
        }
        #expect(try proef.store.laad().gegevens.toekenningen.isEmpty)
    }

    @Test func tooLargeOrTooManyFilesIs413() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let groot = Data(count: Routes.maximaleUpload + 1)
            let teGroot = try await browser.upload([("toekenningen.csv", groot)])
            #expect(teGroot.status == .contentTooLarge)
            #expect(teGroot.tekst.contains("te groot"))
            let veel = (0...Routes.maximumBestanden).map { ("toekenningen-\($0).csv", Data(InvoerProef.goed.utf8)) }
            let teVeel = try await browser.upload(veel)
            #expect(teVeel.status == .contentTooLarge)
            #expect(teVeel.tekst.contains("Te veel bestanden"))
        }
    }

    @Test func aHostileFileNameIsOnlyALabelEscapedInThePageAndNeverAPath() async throws {
        let proef = try InvoerProef()
        let traag = TraagImport()
        traag.laatGaan.signal()
        try await proef.app(importeer: traag.importeur(proef.importeer)).test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            // A browser sends a file's name without its folder; a name cannot hold a slash.
            let vijandig = "toekenningen <img src=x onerror=alert(1)> \"'&.csv"
            let (_, pagina) = try await browser.controleer([
                ("../../etc/passwd.csv", Data(InvoerProef.goed.utf8)), (vijandig, Data(InvoerProef.fout.utf8)),
            ])
            #expect(!pagina.contains("<img"))
            #expect(pagina.contains("<td>toekenningen &lt;img src=x onerror=alert(1)&gt; &quot;&#39;&amp;.csv</td>")
                    || pagina.contains("<td>toekenningen &lt;img src=x onerror=alert(1)&gt; &quot;&#x27;&amp;.csv</td>"))
            let bestanden = try #require(traag.gekregen.first)
            #expect(bestanden.map(\.naam) == ["passwd.csv", vijandig])
            #expect(bestanden.map(\.url?.lastPathComponent) == ["bestand-1.csv", "bestand-2.csv"])
            #expect(bestanden.allSatisfy { ($0.url?.path ?? "").hasPrefix(FileManager.default.temporaryDirectory.path) && !($0.url?.path ?? "..").contains("..") })
        }
    }

    /// Without accounts the notice names nobody; with accounts it names who imports.
    @Test(arguments: [nil, "bea"] as [String?])
    func aSecondImportWaitsWithANoticeAndPagesStillLoadDuringAnImport(_ naam: String?) async throws {
        let proef = try InvoerProef()
        let traag = TraagImport()
        try await proef.app(importeer: traag.importeur(proef.importeer), gebruikers: naam == nil ? nil : Proef.gebruikers).test(.router) { client in
            var cookie: String?
            if naam != nil { cookie = try #require(try await WebAanmeldingTests().aanmelden(client, "bea", "beheer-wachtwoord")) }
            let browser = try await Invoerbrowser.open(client, cookie: cookie)
            let eerste = try await browser.upload([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            let eersteAdres = try #require(eerste.headers[.location])
            // The first one is inside its import now, and stays there until released.
            await withCheckedContinuation { c in DispatchQueue.global().async { traag.binnen.wait(); c.resume() } }
            #expect(try await browser.get("/overzicht").status == .ok)
            let lopend = try await browser.get(eersteAdres + "?momentopname=1").tekst
            #expect(!lopend.contains("http-equiv=\"refresh\""))
            #expect(lopend.contains("Controleren:"))
            // Without ?momentopname the page grows until the validation is done.
            let groeiend = Task { try await browser.get(eersteAdres).tekst }

            let tweede = try await browser.upload([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            let tweedeAdres = try #require(tweede.headers[.location])
            let wachtend = try await browser.get(tweedeAdres + "?momentopname=1").tekst
            #expect(wachtend.contains("Er loopt al een invoer\(naam.map { " van \($0)" } ?? "") sinds "))
            #expect(wachtend.contains("; de uwe wacht."))
            #expect(wachtend.contains("href=\"?momentopname=1\""))

            traag.laatGaan.signal()
            let gegroeid = try await groeiend.value
            #expect(gegroeid.contains("<div class=\"voortgang\" role=\"status\" aria-live=\"polite\"><div class=\"stap\">"))
            #expect(gegroeid.contains("Controleren:"))
            #expect(gegroeid.contains("Geen fouten gevonden"))
            // The last step is the finished page's (empty) progress, so no stale progress shows.
            #expect(gegroeid.contains("<div class=\"stap\"></div></div>"))
            #expect(gegroeid.hasSuffix("</html>\n") || gegroeid.hasSuffix("</html>"))
            #expect(!gegroeid.contains("http-equiv=\"refresh\""))
            #expect(try await browser.uitkomst(eersteAdres).contains("Geen fouten gevonden"))
            #expect(try await browser.uitkomst(tweedeAdres).contains("Geen fouten gevonden"))
        }
    }

    @Test func anotherSessionCannotSeeOrConfirmAnUpload() async throws {
        let proef = try InvoerProef()
        try await proef.app().test(.router) { client in
            let browser = try await Invoerbrowser.open(client)
            let (adres, _) = try await browser.controleer([("toekenningen.csv", Data(InvoerProef.goed.utf8))])
            let ander = try await Invoerbrowser.open(client)
            #expect(try await ander.get(adres).status == .notFound)
            #expect(try await ander.bevestig(adres).status == .notFound)
        }
        #expect(try proef.store.laad().gegevens.toekenningen.isEmpty)
    }
}
