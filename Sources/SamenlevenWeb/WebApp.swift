import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Memberwise
import SamenlevenControle
import SamenlevenModel
import SamenlevenVraagbestand

/// What the web pages read, handed in by the command line: the web module never opens the
/// store itself (only the store module and the edges touch the database). `laad` loads the
/// store as `Store.laad()` does, once per request, so a page always shows the current data.
public struct WebBron: Sendable {
    public let laad: @Sendable () throws -> Dataset
    /// The load with the store's data version (`HergebruikteLading.laadMetVersie()`): while the
    /// version stays the data is the same, so the Vragen page answers a question it answered
    /// before from its ``Antwoordcache``. Nil: the version is unknown and every request computes.
    public let laadMetVersie: (@Sendable () throws -> (versie: Int, dataset: Dataset))?
    /// The corrections kept with the toolkit, for the answer bundle (as `samenleven antwoord`).
    public let correcties: [Correctie]
    /// The import of the Invoer page (nil: the page offers no upload).
    public var importeer: Importeur?

    public init(laad: @escaping @Sendable () throws -> Dataset, correcties: [Correctie] = [], importeer: Importeur? = nil) {
        self.laad = laad
        self.laadMetVersie = nil
        self.correcties = correcties
        self.importeer = importeer
    }

    /// A source whose loads carry the store's data version, so that answers can be reused
    /// until the data changes.
    public init(laadMetVersie: @escaping @Sendable () throws -> (versie: Int, dataset: Dataset), correcties: [Correctie] = [],
                importeer: Importeur? = nil) {
        self.laad = { try laadMetVersie().dataset }
        self.laadMetVersie = laadMetVersie
        self.correcties = correcties
        self.importeer = importeer
    }

    /// The dataset, with its data version when the source knows it.
    func geladen() throws -> (versie: Int?, dataset: Dataset) {
        guard let laadMetVersie else { return (nil, try laad()) }
        let (versie, dataset) = try laadMetVersie()
        return (versie, dataset)
    }
}

/// Where `samenleven web` listens and who may use it.
@MemberwiseInit
public struct WebInstellingen: Sendable {
    public var adres: String = "127.0.0.1"
    public var poort: Int = 8080
    /// Nil: no accounts, everyone is beheerder (allowed on a loopback address only).
    public var gebruikers: Gebruikersbestand?
    /// The folder of question files (`Vraagbestand.vragenmap`, as `samenleven antwoord --vragen`).
    public var vragen: URL = Vraagbestand.vragenmap(nil).map
    /// The templates folder as given (`--sjablonen`); nil: `SjablonenMap.zoek` looks as
    /// `samenleven antwoord` does.
    public var sjablonen: String?

    /// Whether only this computer can reach `adres`.
    public static func isLoopback(_ adres: String) -> Bool {
        ["127.0.0.1", "::1", "localhost", "[::1]"].contains(adres.lowercased())
    }

    /// Refuses an address other computers can reach without a users file.
    public func controleer() throws(GebruikersFout) {
        guard gebruikers == nil, !Self.isLoopback(adres) else { return }
        throw GebruikersFout(boodschap: "--adres \(adres) is bereikbaar voor andere computers: geef een gebruikersbestand met --gebruikers (maak het met 'samenleven gebruiker toevoegen NAAM --rol beheerder --gebruikers BESTAND'). Zonder gebruikersbestand kan samenleven web enkel op 127.0.0.1, ::1 of localhost draaien.")
    }

    /// The address to open in a browser.
    public var url: String {
        let host = adres.contains(":") && !adres.hasPrefix("[") ? "[\(adres)]" : adres
        return "http://\(host):\(poort)/"
    }
}

/// `samenleven web`: the router with every page, and the application that serves it.
public enum SamenlevenWebApp {
    /// `antwoorden`: the answers the Vragen page keeps (a server keeps its own).
    public static func router(bron: WebBron, instellingen: WebInstellingen,
                              antwoorden: Antwoordcache = Antwoordcache()) -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: Beveiligingskoppen())
        Routes(bron: bron, instellingen: instellingen, sessies: Sessies(), antwoorden: antwoorden).voegToe(aan: router)
        return router
    }

    /// The server; `bijStart` runs once it listens (to print the address only then).
    public static func application(bron: WebBron, instellingen: WebInstellingen, antwoorden: Antwoordcache = Antwoordcache(),
                                   bijStart: @escaping @Sendable () async -> Void = {}) throws(GebruikersFout) -> some ApplicationProtocol {
        try instellingen.controleer()
        var logger = Logger(label: "samenleven-web")
        logger.logLevel = .warning
        return Application(
            router: router(bron: bron, instellingen: instellingen, antwoorden: antwoorden),
            configuration: .init(address: .hostname(instellingen.adres, port: instellingen.poort), serverName: "samenleven"),
            onServerRunning: { _ in await bijStart() },
            logger: logger
        )
    }
}

/// The security headers on every response, errors included: a strict Content-Security-Policy
/// (no script at all, styles from the toolkit only, no framing), no MIME sniffing, no referrer.
struct Beveiligingskoppen<Context: RequestContext>: RouterMiddleware {
    static var koppen: [(String, String)] {
        [
            ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-store"),
        ]
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let fout as HTTPResponseError {
            response = try fout.response(from: request, context: context)
        }
        for (naam, waarde) in Self.koppen {
            if let veld = HTTPField.Name(naam) { response.headers[veld] = waarde }
        }
        return response
    }
}
