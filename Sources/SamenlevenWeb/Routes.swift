import Foundation
import Hummingbird
import Logging
import Mustache
import SamenlevenModel

/// The pages and their access rules. Every page is a Mustache template from Resources; every
/// value reaches HTML through Mustache's `{{ }}`, the one escaping function (no `{{{ }}}`).
struct Routes: Sendable {
    let bron: WebBron
    let instellingen: WebInstellingen
    let sessies: Sessies
    /// The answers of the Vragen page, kept while the data stays the same.
    let antwoorden: Antwoordcache
    /// The uploads, validations and imports of the Invoer page.
    let invoer = Invoerdienst()

    static let sessieCookie = "samenleven_sessie"
    static let aanmeldCookie = "samenleven_aanmelden"
    static let maximaleFormulier = 16 * 1024

    var metAccounts: Bool { instellingen.gebruikers != nil }

    func voegToe(aan router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/overzicht"]) }
        router.get("/stijl.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: Sjablonen.stijl)))
        }
        router.get("/aanmelden") { request, _ in try await aanmeldpagina(request, melding: nil) }
        router.post("/aanmelden") { request, context in try await aanmelden(request, logger: context.logger) }
        router.post("/afmelden") { request, _ in try await afmelden(request) }
        router.get("/overzicht") { request, _ in
            try await metSessie(request, minimaal: .lezer) { sessie in
                pagina("overzicht", titel: "Overzicht", sessie: sessie, data: try Overzicht(dataset: bron.laad()).data)
            }
        }
        router.get("/vragen") { request, _ in
            try await metSessie(request, minimaal: .lezer) { sessie in
                try await VragenPagina(parameters: request.uri.queryParameters).antwoord(bron: bron, antwoorden: antwoorden) { data in
                    pagina("vragen", titel: "Vragen", sessie: sessie, data: data)
                }
            }
        }
        router.get("/beheer") { request, _ in
            try await metSessie(request, minimaal: .beheerder) { sessie in
                let gebruikers = (instellingen.gebruikers?.gebruikers ?? []).map { ["naam": $0.naam, "rol": $0.rol.rawValue] }
                return pagina("beheer", titel: "Beheer", sessie: sessie, data: ["gebruikers": gebruikers, "metAccounts": metAccounts])
            }
        }
        voegInvoerToe(aan: router)
        voegAntwoordenToe(aan: router)
        voegOpenDataToe(aan: router)
    }

    // MARK: sessions and roles

    /// Runs `body` for the request's session. Without accounts every browser gets a beheerder
    /// session of its own (for the CSRF token); with accounts a browser without a session is sent
    /// to the login page, and a role below `minimaal` gets 403.
    func metSessie(_ request: Request, minimaal: Rol, _ body: (Sessie) async throws -> Response) async throws -> Response {
        if let sleutel = request.cookies[Self.sessieCookie]?.value, let sessie = await sessies.zoek(sleutel) {
            guard sessie.rol >= minimaal else { return weigering(sessie: sessie, "Uw rol (\(sessie.rol.rawValue)) geeft geen toegang tot deze pagina; daarvoor is de rol \(minimaal.rawValue) nodig.") }
            return try await body(sessie)
        }
        guard !metAccounts else { return Response(status: .seeOther, headers: [.location: "/aanmelden"]) }
        let (sleutel, sessie) = await sessies.nieuw(naam: "", rol: .beheerder)
        var response = try await body(sessie)
        response.setCookie(Self.cookie(Self.sessieCookie, sleutel))
        return response
    }

    static func cookie(_ naam: String, _ waarde: String, maxAge: Int? = nil) -> Cookie {
        Cookie(name: naam, value: waarde, maxAge: maxAge, path: "/", httpOnly: true, sameSite: .strict)
    }

    func weigering(sessie: Sessie?, status: HTTPResponse.Status = .forbidden, _ melding: String) -> Response {
        var response = pagina("fout", titel: "Geen toegang", sessie: sessie, data: ["melding": melding])
        response.status = status
        return response
    }

    /// The fields of a posted form, at most `grens` bytes (`maximaleFormulier`); a larger form
    /// is `TeGrootFormulier` (413 with a Dutch page).
    func formulier<T: Decodable>(_ request: Request, als type: T.Type, grens: Int = Self.maximaleFormulier) async throws -> T? {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: grens)
        } catch let fout as any HTTPResponseError where fout.status == .contentTooLarge {
            // NIO's NIOTooManyBytesError, which Hummingbird answers with an empty 413.
            throw TeGrootFormulier(grens: grens)
        }
        return try? URLEncodedFormDecoder().decode(T.self, from: String(buffer: buffer))
    }

    /// Compares two tokens in time independent of where they differ.
    static func gelijk(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    // MARK: login and logout

    struct Aanmeldformulier: Decodable {
        var naam: String?
        var wachtwoord: String?
        var csrf: String?
    }

    struct Afmeldformulier: Decodable {
        var csrf: String?
    }

    func aanmeldpagina(_ request: Request, melding: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        guard metAccounts else { return Response(status: .seeOther, headers: [.location: "/overzicht"]) }
        let token = Sessies.willekeurig()
        var response = pagina("aanmelden", titel: "Aanmelden", sessie: nil, data: ["csrf": token, "melding": melding ?? false])
        response.status = status
        response.setCookie(Self.cookie(Self.aanmeldCookie, token))
        return response
    }

    /// Logs in; a failure is logged (name, never the password), and after `Sessies.pogingen`
    /// failures a name is refused for `Sessies.wachttijd` (429), even with the right password.
    func aanmelden(_ request: Request, logger: Logger) async throws -> Response {
        guard let gebruikers = instellingen.gebruikers else { return Response(status: .seeOther, headers: [.location: "/overzicht"]) }
        guard let form = try await formulier(request, als: Aanmeldformulier.self),
              let token = request.cookies[Self.aanmeldCookie]?.value, Self.gelijk(form.csrf ?? "", token) else {
            return weigering(sessie: nil, "Het formulier is verlopen of komt niet van deze toepassing (CSRF-controle). Laad de pagina opnieuw.")
        }
        let naam = form.naam ?? ""
        guard await sessies.magAanmelden(naam) else {
            logger.warning("aanmelding geweigerd: te veel mislukte pogingen", metadata: ["gebruiker": "\(naam)"])
            return try await aanmeldpagina(request, melding: "Te veel mislukte pogingen voor deze gebruiker; probeer het over \(Int(Sessies.wachttijd / 60)) minuten opnieuw.",
                                           status: .tooManyRequests)
        }
        guard let gebruiker = gebruikers.aanmelden(naam: naam, wachtwoord: form.wachtwoord ?? "") else {
            await sessies.noteerMislukt(naam)
            logger.warning("mislukte aanmelding", metadata: ["gebruiker": "\(naam)"])
            return try await aanmeldpagina(request, melding: "Onbekende gebruiker of verkeerd wachtwoord.", status: .unauthorized)
        }
        await sessies.wisMislukt(naam)
        let (sleutel, _) = await sessies.nieuw(naam: gebruiker.naam, rol: gebruiker.rol)
        var response = Response(status: .seeOther, headers: [.location: "/overzicht"])
        response.setCookie(Self.cookie(Self.sessieCookie, sleutel))
        response.setCookie(Self.cookie(Self.aanmeldCookie, "", maxAge: 0))
        return response
    }

    func afmelden(_ request: Request) async throws -> Response {
        guard let sleutel = request.cookies[Self.sessieCookie]?.value, let sessie = await sessies.zoek(sleutel) else {
            return Response(status: .seeOther, headers: [.location: metAccounts ? "/aanmelden" : "/overzicht"])
        }
        guard let form = try await formulier(request, als: Afmeldformulier.self), Self.gelijk(form.csrf ?? "", sessie.csrf) else {
            return weigering(sessie: sessie, "Het formulier is verlopen of komt niet van deze toepassing (CSRF-controle). Laad de pagina opnieuw.")
        }
        await sessies.verwijder(sleutel)
        var response = Response(status: .seeOther, headers: [.location: metAccounts ? "/aanmelden" : "/overzicht"])
        response.setCookie(Self.cookie(Self.sessieCookie, "", maxAge: 0))
        return response
    }

    // MARK: rendering

    /// A page: the template `naam` inside the layout, with the navigation and the session.
    func pagina(_ naam: String, titel: String, sessie: Sessie?, data: [String: Any]) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: html(naam, titel: titel, sessie: sessie, data: data))))
    }

    func html(_ naam: String, titel: String, sessie: Sessie?, data: [String: Any]) -> String {
        var context = data
        context["titel"] = titel
        context["gebruiker"] = sessie.map { s -> [String: Any] in
            ["naam": s.naam, "rol": s.rol.rawValue, "csrf": s.csrf, "metAccounts": metAccounts, "beheerder": s.rol >= .beheerder]
        } ?? false
        context["pagina_" + naam] = true
        return Sjablonen.render(naam, context)
    }

    /// Where a job's page has its progress: between these two comments of its template.
    static let voortgangBegin = "<!--voortgang-->", voortgangEinde = "<!--/voortgang-->"

    /// The page of a job (an import, a bundle) as it grows. A page that refreshes itself on a
    /// timer (`<meta http-equiv="refresh">`) fails WCAG 2.2.1 and there is no script, so while
    /// the job runs the page is sent in parts: the page up to its progress, then the progress
    /// each time it changes (the style sheet shows only the last), then, once the job is done,
    /// the rest of the finished page. `momentopname`: the page as it is now, at once (behind a
    /// proxy that holds a response until it is complete; the page links to it).
    /// `staat` gives the job's page values and whether it is done.
    func groeiendePagina(_ naam: String, titel: String, sessie: Sessie, momentopname: Bool,
                         staat: @escaping @Sendable () async -> (klaar: Bool, data: [String: Any])) async -> Response {
        let begin = await staat()
        guard !begin.klaar, !momentopname else { return pagina(naam, titel: titel, sessie: sessie, data: begin.data) }
        let routes = self
        let eerste = html(naam, titel: titel, sessie: sessie, data: begin.data)
        let body = ResponseBody(contentLength: nil) { (writer: inout any ResponseBodyWriter) in
            let kop = Self.deel(eerste).kop
            try await writer.write(ByteBuffer(string: kop + "<div class=\"voortgang\" role=\"status\" aria-live=\"polite\">"))
            var getoond = ""
            var html = eerste
            while true {
                let voortgang = Self.deel(html).voortgang
                if voortgang != getoond {
                    try await writer.write(ByteBuffer(string: "<div class=\"stap\">" + voortgang + "</div>\n"))
                    getoond = voortgang
                }
                try await Task.sleep(for: .milliseconds(250))
                let nu = await staat()
                html = routes.html(naam, titel: titel, sessie: sessie, data: nu.data)
                if nu.klaar { break }
            }
            // The finished page's progress (empty) as the last step hides the last progress shown.
            let klaar = Self.deel(html)
            try await writer.write(ByteBuffer(string: "<div class=\"stap\">" + klaar.voortgang + "</div></div>" + klaar.rest))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: body)
    }

    /// A job page's HTML in three: up to its progress, the progress, and the rest.
    static func deel(_ html: String) -> (kop: String, voortgang: String, rest: String) {
        guard let begin = html.range(of: voortgangBegin), let einde = html.range(of: voortgangEinde, range: begin.upperBound..<html.endIndex) else {
            return (html, "", "")
        }
        return (String(html[..<begin.lowerBound]), html[begin.upperBound..<einde.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines),
                String(html[einde.upperBound...]))
    }
}

/// A posted form larger than its limit: 413 with a Dutch page, not Hummingbird's empty answer.
struct TeGrootFormulier: HTTPResponseError {
    let grens: Int
    var status: HTTPResponse.Status { .contentTooLarge }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let melding = "Het formulier is te groot: hoogstens \(BelgianNumber.format(grens / 1024)) kB per keer. Maak de tekst korter."
        let html = Sjablonen.render("fout", ["titel": "Te groot", "gebruiker": false, "pagina_fout": true, "melding": melding])
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}

/// The templates and the style sheet, read once from the module's resources.
enum Sjablonen {
    static let map: URL = Bundle.module.url(forResource: "Resources", withExtension: nil)!

    static let bibliotheek: MustacheLibrary = {
        var bibliotheek = MustacheLibrary()
        let sjablonen = map.appendingPathComponent("sjablonen")
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: sjablonen.path)) ?? []
        for naam in namen where naam.hasSuffix(".mustache") {
            let tekst = (try? String(contentsOf: sjablonen.appendingPathComponent(naam), encoding: .utf8)) ?? ""
            try! bibliotheek.register(tekst, named: String(naam.dropLast(".mustache".count)))
        }
        return bibliotheek
    }()

    static let stijl: String = (try? String(contentsOf: map.appendingPathComponent("stijl.css"), encoding: .utf8)) ?? ""

    static func render(_ naam: String, _ context: [String: Any]) -> String {
        bibliotheek.render(context, withTemplate: naam) ?? ""
    }
}
