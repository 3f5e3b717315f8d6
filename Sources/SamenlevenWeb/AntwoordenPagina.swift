import Foundation
import Hummingbird
import SamenlevenExport
import SamenlevenModel
import SamenlevenVraagbestand
import SamenlevenVraagopsteller

/// The Antwoorden pages: the question files of the vragen map, a new one drafted from pasted
/// text (as `samenleven vraagbestand NNN --tekst`), editing one with the reader of
/// `samenleven antwoord`, and the answer bundle of `samenleven antwoord NNN` as a preview, as
/// separate downloads and as one ZIP.
///
/// A file name from a request is never a path: only `vraag-NNN.toml` (NNN digits, as
/// `Vraagbestand.bestandsnaam` writes it) is accepted, and the file is then named from the
/// number, inside the vragen map; anything else is 404 before the file system is touched.
extension Routes {
    /// The largest posted question text or question file (a real one is a few kilobytes).
    static let maximaleTekst = 256 * 1024

    func voegAntwoordenToe(aan router: Router<BasicRequestContext>) {
        let bundels = Bundels()
        router.get("/antwoorden") { request, _ in
            try await metSessie(request, minimaal: .lezer) { sessie in
                antwoordpagina("antwoorden", titel: "Antwoorden", sessie: sessie, data: lijst(sessie: sessie))
            }
        }
        router.get("/antwoorden/nieuw") { request, _ in
            try await metSessie(request, minimaal: .invoerder) { sessie in
                antwoordpagina("antwoord-nieuw", titel: "Nieuw vraagbestand", sessie: sessie, data: Self.nieuw(nummer: "", tekst: ""))
            }
        }
        router.post("/antwoorden/nieuw") { request, _ in
            try await metSessie(request, minimaal: .invoerder) { sessie in try await stelOp(request, sessie: sessie) }
        }
        router.post("/antwoorden/bewaren") { request, _ in
            try await metSessie(request, minimaal: .invoerder) { sessie in try await bewaarNieuw(request, sessie: sessie) }
        }
        router.get("/vraagbestand/:bestand") { request, context in
            try await metSessie(request, minimaal: .lezer) { sessie in
                try metVraagbestand(context, sessie: sessie) { nummer, url in try toon(nummer: nummer, url: url, sessie: sessie) }
            }
        }
        router.get("/vraagbestand/:bestand/bewerken") { request, context in
            try await metSessie(request, minimaal: .invoerder) { sessie in
                try metVraagbestand(context, sessie: sessie) { nummer, url in
                    antwoordpagina("vraagbestand-bewerken", titel: "\(Vraagbestand.bestandsnaam(nummer: nummer)) bewerken", sessie: sessie,
                                   data: ["bestand": Vraagbestand.bestandsnaam(nummer: nummer), "toml": try Self.tekst(url, nummer: nummer), "problemen": false])
                }
            }
        }
        router.post("/vraagbestand/:bestand/bewerken") { request, context in
            try await metSessie(request, minimaal: .invoerder) { sessie in
                guard let form = try await formulier(request, als: Tekstformulier.self, grens: Self.maximaleTekst),
                      Self.gelijk(form.csrf ?? "", sessie.csrf) else { return csrfWeigering(sessie) }
                return try metVraagbestand(context, sessie: sessie) { nummer, url in
                    try bewaar(Self.regels(form.toml ?? ""), nummer: nummer, url: url, vervang: true, sessie: sessie) { problemen, toml in
                        antwoordpagina("vraagbestand-bewerken", titel: "\(Vraagbestand.bestandsnaam(nummer: nummer)) bewerken", sessie: sessie,
                                       data: ["bestand": Vraagbestand.bestandsnaam(nummer: nummer), "toml": toml, "problemen": ["lijst": problemen]])
                    }
                }
            }
        }
        router.post("/vraagbestand/:bestand/antwoord") { request, context in
            try await metSessie(request, minimaal: .lezer) { sessie in
                guard let form = try await formulier(request, als: Tekstformulier.self), Self.gelijk(form.csrf ?? "", sessie.csrf) else {
                    return csrfWeigering(sessie)
                }
                guard let nummer = Self.vraagnummer(bestand: context.parameters.get("bestand") ?? "") else { return nietGevonden(sessie) }
                let url = Self.vraagbestandURL(nummer, in: instellingen.vragen)
                // `projectjaar` as `samenleven antwoord --projectjaar`; empty: the default.
                let projectjaar = Int(form.projectjaar ?? "").flatMap { Projectjaar.nummer($0)?.nummer }
                let gestart = await bundels.begin(vraag: nummer) { [bron, instellingen] in
                    Bundels.maak(nummer: nummer, url: url, projectjaar: projectjaar, bron: bron, sjablonen: instellingen.sjablonen)
                }
                guard let id = gestart else {
                    return weigering(sessie: sessie, status: .tooManyRequests,
                                     "Er worden al \(Bundels.tegelijk) antwoorden tegelijk gemaakt; probeer het over enkele ogenblikken opnieuw.")
                }
                // A quick bundle is shown at once; a long one shows its progress page.
                var wachten = 20
                while wachten > 0, await bundels.bezig(id) {
                    try await Task.sleep(for: .milliseconds(50))
                    wachten -= 1
                }
                return Response(status: .seeOther, headers: [.location: "/bundel/\(id)"])
            }
        }
        router.get("/bundel/:id") { request, context in
            try await metSessie(request, minimaal: .lezer) { sessie in
                let id = context.parameters.get("id") ?? ""
                guard await bundels.staat(id) != nil else { return nietGevonden(sessie) }
                return await bundelpagina(id: id, bundels: bundels, sessie: sessie, momentopname: request.uri.queryParameters.get("momentopname") != nil)
            }
        }
        router.get("/bundel/:id/zip") { request, context in
            try await metSessie(request, minimaal: .lezer) { sessie in
                guard case .klaar(let bundel)? = await bundels.staat(context.parameters.get("id") ?? "") else { return nietGevonden(sessie) }
                return VragenPagina.download(bundel.zip, "vraag-\(bundel.nummer).zip", "application/zip")
            }
        }
        router.get("/bundel/:id/bestand") { request, context in
            try await metSessie(request, minimaal: .lezer) { sessie in
                // The name is looked up among the bundle's own files, never used as a path.
                guard case .klaar(let bundel)? = await bundels.staat(context.parameters.get("id") ?? ""),
                      let naam = request.uri.queryParameters.get("naam"),
                      let bestand = bundel.bestanden.first(where: { $0.naam == naam }) else { return nietGevonden(sessie) }
                return VragenPagina.download(bestand.data, (naam as NSString).lastPathComponent, Self.inhoudstype(naam))
            }
        }
    }

    // MARK: the list and one file

    /// A page of this section: the Antwoorden link is current.
    func antwoordpagina(_ naam: String, titel: String, sessie: Sessie, data: [String: Any]) -> Response {
        pagina(naam, titel: titel, sessie: sessie, data: Self.antwoorddata(data, sessie: sessie))
    }

    /// The values every page of Antwoorden has: its place in the navigation and whether the
    /// user may write question files.
    static func antwoorddata(_ data: [String: Any], sessie: Sessie) -> [String: Any] {
        var data = data
        data["pagina_antwoorden"] = true
        data["magSchrijven"] = sessie.rol >= .invoerder
        return data
    }

    func nietGevonden(_ sessie: Sessie) -> Response {
        weigering(sessie: sessie, status: .notFound, "Deze pagina of dit bestand bestaat niet.")
    }

    func csrfWeigering(_ sessie: Sessie) -> Response {
        weigering(sessie: sessie, "Het formulier is verlopen of komt niet van deze toepassing (CSRF-controle). Laad de pagina opnieuw.")
    }

    /// The question number of `vraag-NNN.toml` exactly as `Vraagbestand.bestandsnaam` writes
    /// it (digits, no leading zero, no path); nil for any other name.
    static func vraagnummer(bestand naam: String) -> Int? {
        guard naam.hasPrefix("vraag-"), naam.hasSuffix(".toml") else { return nil }
        let cijfers = naam.dropFirst("vraag-".count).dropLast(".toml".count)
        guard (1...9).contains(cijfers.count), cijfers.allSatisfy({ ("0"..."9").contains($0) }),
              let nummer = Int(cijfers), nummer > 0, Vraagbestand.bestandsnaam(nummer: nummer) == naam else { return nil }
        return nummer
    }

    /// The question number typed in a form, within the bounds of `vraagnummer(bestand:)` (so
    /// the file it names is one the routes can show); nil for anything else.
    static func vraagnummer(_ tekst: String?) -> Int? {
        vraagnummer(bestand: "vraag-\((tekst ?? "").trimmingCharacters(in: .whitespaces)).toml")
    }

    /// The file of question `nummer` inside the vragen map: named from the number, not from a request.
    static func vraagbestandURL(_ nummer: Int, in map: URL) -> URL {
        map.appendingPathComponent(Vraagbestand.bestandsnaam(nummer: nummer), isDirectory: false)
    }

    /// Runs `body` for the existing question file the route names; 404 for any other name.
    func metVraagbestand(_ context: BasicRequestContext, sessie: Sessie, _ body: (Int, URL) throws -> Response) throws -> Response {
        guard let nummer = Self.vraagnummer(bestand: context.parameters.get("bestand") ?? "") else { return nietGevonden(sessie) }
        let url = Self.vraagbestandURL(nummer, in: instellingen.vragen)
        guard FileManager.default.fileExists(atPath: url.path) else { return nietGevonden(sessie) }
        return try body(nummer, url)
    }

    /// The question files of the vragen map, by number, each read by the CLI's reader.
    func lijst(sessie: Sessie) -> [String: Any] {
        let map = instellingen.vragen
        let namen = (try? FileManager.default.contentsOfDirectory(atPath: map.path)) ?? []
        let nummers = namen.compactMap { Self.vraagnummer(bestand: $0) }.sorted()
        let vragen: [[String: Any]] = nummers.map { nummer in
            let naam = Vraagbestand.bestandsnaam(nummer: nummer)
            var rij: [String: Any] = ["bestand": naam, "nummer": nummer, "fout": false]
            do throws(Vraagbestand.Fout) {
                let vraag = try Vraagbestand.lees(Self.vraagbestandURL(nummer, in: map), bestandsnaam: naam)
                rij["titel"] = vraag.titel ?? vraag.deelvragen.first?.tekst ?? ""
                rij["vraagsteller"] = vraag.vraagsteller
                rij["datum"] = vraag.datum.description
                rij["deelvragen"] = vraag.deelvragen.count
            } catch {
                rij["fout"] = error.problemen.first?.description ?? error.description
            }
            return rij
        }
        return ["vragen": vragen, "geenVragen": vragen.isEmpty, "map": map.relativePath]
    }

    /// One question file: its head and deelvragen as the reader reads them (or its problems),
    /// its text, and the buttons to edit it and to produce the answer.
    func toon(nummer: Int, url: URL, sessie: Sessie) throws -> Response {
        let naam = Vraagbestand.bestandsnaam(nummer: nummer)
        var data: [String: Any] = ["bestand": naam, "toml": try Self.tekst(url, nummer: nummer), "vraag": false, "problemen": false,
                                   "projectjaren": Projectjaar.alle.map(\.nummer)]
        do throws(Vraagbestand.Fout) {
            let vraag = try Vraagbestand.lees(url, bestandsnaam: naam)
            data["vraag"] = [
                "nummer": vraag.nummer, "datum": vraag.datum.description, "vraagsteller": vraag.vraagsteller,
                "minister": vraag.minister.map { $0 as Any } ?? false, "titel": vraag.titel.map { $0 as Any } ?? false,
                "deelvragen": vraag.deelvragen.map { ["nummer": $0.nummer, "tekst": $0.tekst, "vorm": $0.vorm.beschrijving] },
            ] as [String: Any]
        } catch {
            data["problemen"] = ["lijst": Self.problemen(error)]
        }
        return antwoordpagina("vraagbestand", titel: naam, sessie: sessie, data: data)
    }

    /// The text of a question file, read with the reader's bounds.
    static func tekst(_ url: URL, nummer: Int) throws -> String {
        String(decoding: try Vraagbestand.leesBestand(url, naam: Vraagbestand.bestandsnaam(nummer: nummer)), as: UTF8.self)
    }

    /// Every problem of the reader as its own line (`vraag-492.toml:14: …`).
    static func problemen(_ fout: Vraagbestand.Fout) -> [String] {
        fout.description.split(separator: "\n").map(String.init)
    }

    /// `{"lijst": items}` for a section with a wrapper, or false when there are none.
    static func lijstOfNiets(_ items: [String]) -> Any {
        if items.isEmpty { return false }
        return ["lijst": items]
    }

    /// A textarea sends CRLF line ends; the files are written with LF.
    static func regels(_ tekst: String) -> String {
        tekst.replacingOccurrences(of: "\r\n", with: "\n")
    }

    // MARK: new and edited question files

    struct Tekstformulier: Decodable {
        var csrf: String?
        var nummer: String?
        var tekst: String?
        var toml: String?
        var vervang: String?
        var projectjaar: String?
    }

    static func nieuw(nummer: String, tekst: String) -> [String: Any] {
        ["nummer": nummer, "tekst": tekst, "ontwerp": false, "problemen": false, "bestaat": false]
    }

    /// The draft of the pasted text by the drafter of `samenleven vraagbestand`: the proposals
    /// per deelvraag for review, and the file's text to edit before it is saved.
    func stelOp(_ request: Request, sessie: Sessie) async throws -> Response {
        guard let form = try await formulier(request, als: Tekstformulier.self, grens: Self.maximaleTekst),
              Self.gelijk(form.csrf ?? "", sessie.csrf) else { return csrfWeigering(sessie) }
        let tekst = Self.regels(form.tekst ?? "")
        var data = Self.nieuw(nummer: form.nummer ?? "", tekst: tekst)
        func fout(_ problemen: [String]) -> Response {
            data["problemen"] = ["lijst": problemen]
            var response = antwoordpagina("antwoord-nieuw", titel: "Nieuw vraagbestand", sessie: sessie, data: data)
            response.status = .badRequest
            return response
        }
        guard let nummer = Self.vraagnummer(form.nummer) else {
            return fout(["Vraagnummer: geef het nummer van de schriftelijke vraag (een positief geheel getal van hoogstens 9 cijfers)."])
        }
        guard !tekst.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return fout(["Tekst van de vraag: plak de tekst van de schriftelijke vraag."])
        }
        let naam = Vraagbestand.bestandsnaam(nummer: nummer)
        let ontwerp: Vraagopsteller.Ontwerp
        do throws(Vraagbestand.Fout) {
            ontwerp = try Vraagopsteller().stelOp(tekst: tekst, nummer: nummer, vandaag: Vraagopsteller.vandaag(),
                                                   bron: "de geplakte tekst", bestandsnaam: naam)
        } catch {
            return fout(Self.problemen(error))
        }
        data["ontwerp"] = [
            "bestand": naam, "nummer": nummer, "toml": ontwerp.toml, "samenvatting": ontwerp.samenvatting,
            "voorstellen": zip(ontwerp.vraagbestand.deelvragen, ontwerp.voorstellen).map { deelvraag, voorstel in
                ["nummer": deelvraag.nummer, "tekst": deelvraag.tekst, "vorm": deelvraag.vorm.beschrijving,
                 "redenen": Self.lijstOfNiets(voorstel.redenen), "nakijken": Self.lijstOfNiets(voorstel.nakijken)] as [String: Any]
            },
        ] as [String: Any]
        data["bestaat"] = FileManager.default.fileExists(atPath: Self.vraagbestandURL(nummer, in: instellingen.vragen).path)
        return antwoordpagina("antwoord-nieuw", titel: "Nieuw vraagbestand", sessie: sessie, data: data)
    }

    /// Saves a drafted (and perhaps edited) question file; an existing one only with `vervang`.
    func bewaarNieuw(_ request: Request, sessie: Sessie) async throws -> Response {
        guard let form = try await formulier(request, als: Tekstformulier.self, grens: Self.maximaleTekst),
              Self.gelijk(form.csrf ?? "", sessie.csrf) else { return csrfWeigering(sessie) }
        guard let nummer = Self.vraagnummer(form.nummer) else { return nietGevonden(sessie) }
        let naam = Vraagbestand.bestandsnaam(nummer: nummer)
        let url = Self.vraagbestandURL(nummer, in: instellingen.vragen)
        return try bewaar(Self.regels(form.toml ?? ""), nummer: nummer, url: url, vervang: form.vervang == "ja", sessie: sessie) { problemen, toml in
            var data = Self.nieuw(nummer: String(nummer), tekst: "")
            data["ontwerp"] = ["bestand": naam, "nummer": nummer, "toml": toml, "samenvatting": false, "voorstellen": [Any]()] as [String: Any]
            data["bestaat"] = FileManager.default.fileExists(atPath: url.path)
            data["problemen"] = ["lijst": problemen]
            return antwoordpagina("antwoord-nieuw", titel: "Nieuw vraagbestand", sessie: sessie, data: data)
        }
    }

    /// Checks `toml` with the reader of `samenleven antwoord` and writes it atomically at `url`;
    /// on a problem nothing is written and `opnieuw` shows the form again (400) with the
    /// problems and the user's text.
    func bewaar(_ toml: String, nummer: Int, url: URL, vervang: Bool, sessie: Sessie,
                opnieuw: ([String], String) -> Response) throws -> Response {
        let naam = Vraagbestand.bestandsnaam(nummer: nummer)
        var problemen: [String] = []
        do throws(Vraagbestand.Fout) {
            _ = try Vraagbestand.lees(tekst: toml, bestandsnaam: naam)
            if !vervang && FileManager.default.fileExists(atPath: url.path) {
                problemen = ["\(naam): het vraagbestand bestaat al; vink 'Vervang het bestaande vraagbestand' aan om het te vervangen."]
            }
        } catch {
            problemen = Self.problemen(error)
        }
        guard problemen.isEmpty else {
            var response = opnieuw(problemen, toml)
            response.status = .badRequest
            return response
        }
        try AtomicFileWriter.write(Data(toml.utf8), to: url.path)
        return Response(status: .seeOther, headers: [.location: "/vraagbestand/\(naam)"])
    }

    // MARK: the answer bundle

    /// The bundle's page: while it is made, a page that grows until the bundle is there
    /// (`groeiendePagina`); `?momentopname=1`: the state of now.
    func bundelpagina(id: String, bundels: Bundels, sessie: Sessie, momentopname: Bool) async -> Response {
        await groeiendePagina("bundel", titel: "Antwoordbundel", sessie: sessie, momentopname: momentopname) { [bundels] in
            guard let staat = await bundels.staat(id) else { return (true, Self.antwoorddata(["bundel": false, "bezig": false, "problemen": false], sessie: sessie)) }
            if case .bezig = staat { return (false, Self.antwoorddata(Self.bundeldata(staat, id: id), sessie: sessie)) }
            return (true, Self.antwoorddata(Self.bundeldata(staat, id: id), sessie: sessie))
        }
    }

    /// The bundle page's values: while the bundle is made, a notice; then its preview and downloads.
    static func bundeldata(_ staat: Bundels.Staat, id: String) -> [String: Any] {
        var data: [String: Any] = ["id": id, "bezig": false, "bundel": false, "problemen": false]
        switch staat {
        case .bezig(let nummer, let begonnen):
            data["bezig"] = ["bestand": Vraagbestand.bestandsnaam(nummer: nummer), "seconden": max(1, Int(Date().timeIntervalSince(begonnen)))] as [String: Any]
        case .fout(let nummer, let problemen):
            data["bestand"] = Vraagbestand.bestandsnaam(nummer: nummer)
            data["problemen"] = ["lijst": problemen]
        case .klaar(let bundel):
            data["bundel"] = [
                "bestand": Vraagbestand.bestandsnaam(nummer: bundel.nummer), "nummer": bundel.nummer, "projectjaar": bundel.projectjaar,
                "markdown": bundel.markdown, "zip": "/bundel/\(id)/zip", "zipGrootte": BelgianNumber.format(bundel.zip.count),
                "bestanden": bundel.bestanden.map { bestand in
                    ["naam": bestand.naam, "grootte": BelgianNumber.format(bestand.data.count),
                     "href": "/bundel/\(id)/bestand?naam=" + VragenPagina.codeer(bestand.naam)]
                },
            ] as [String: Any]
        }
        return data
    }

    static func inhoudstype(_ naam: String) -> String {
        switch (naam as NSString).pathExtension {
        case "md": "text/markdown; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "jsonld": "application/ld+json; charset=utf-8"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}

/// The answer bundles made by this server, in memory: each runs in the background (reads and
/// other requests go on), its page refreshes until it is done. The last `maximum` are kept.
actor Bundels {
    struct Bundel: Sendable {
        let nummer: Int
        let projectjaar: Int
        /// The files of the bundle, in the order `Antwoordbundel.schrijf` wrote them.
        let bestanden: [(naam: String, data: Data)]
        let zip: Data
        var markdown: String { String(decoding: bestanden.first { $0.naam == "antwoord.md" }?.data ?? Data(), as: UTF8.self) }
    }

    enum Staat: Sendable {
        case bezig(nummer: Int, begonnen: Date)
        case klaar(Bundel)
        case fout(nummer: Int, problemen: [String])
    }

    static let maximum = 8
    /// The most bundles made at the same time (the machine has few cores; reads go on).
    static let tegelijk = 2
    private var taken: [(id: String, staat: Staat)] = []

    /// Starts `maak` on a background thread (not on the server's), returns the job's id; nil
    /// when `tegelijk` bundles are being made already.
    func begin(vraag nummer: Int, _ maak: @escaping @Sendable () -> Staat) -> String? {
        guard taken.filter({ if case .bezig = $0.staat { true } else { false } }).count < Self.tegelijk else { return nil }
        let id = Sessies.willekeurig()
        taken.append((id, .bezig(nummer: nummer, begonnen: Date())))
        if taken.count > Self.maximum, let oudste = taken.firstIndex(where: { if case .bezig = $0.staat { false } else { true } }) {
            taken.remove(at: oudste)
        }
        DispatchQueue.global().async {
            let staat = maak()
            Task { await self.zet(id, staat) }
        }
        return id
    }

    func zet(_ id: String, _ staat: Staat) {
        guard let i = taken.firstIndex(where: { $0.id == id }) else { return }
        taken[i].staat = staat
    }

    func staat(_ id: String) -> Staat? { taken.first { $0.id == id }?.staat }

    func bezig(_ id: String) -> Bool {
        if case .bezig? = staat(id) { return true }
        return false
    }

    /// The bundle of `samenleven antwoord NNN`: the same reader, template lookup and
    /// `Antwoordbundel`, written into a temporary folder of the toolkit and read back, with
    /// the ZIP of its files (under `vraag-NNN/`).
    static func maak(nummer: Int, url: URL, projectjaar: Int?, bron: WebBron, sjablonen: String?) -> Staat {
        do {
            // Named by its path, as `samenleven antwoord` names it (its sources cite it).
            let vraagbestand = try Vraagbestand.lees(url)
            let sjabloon = try SjablonenMap.zoek(gegeven: sjablonen).sjabloon(voorVraag: nummer, naam: vraagbestand.sjabloon)
            let bundel = Antwoordbundel(dataset: try bron.laad(), correcties: bron.correcties, vraagbestand: vraagbestand,
                                        projectjaar: projectjaar, sjabloon: sjabloon)
            return try TijdelijkeMap.gebruik { map in
                let doel = map.appendingPathComponent("vraag-\(nummer)")
                let namen = try bundel.schrijf(naar: doel)
                let bestanden = try namen.map { (naam: $0, data: try Data(contentsOf: doel.appendingPathComponent($0))) }
                let zip = try DeterministicZip.data(bestanden.map { (path: "vraag-\(nummer)/" + $0.naam, data: $0.data) })
                return .klaar(Bundel(nummer: nummer, projectjaar: bundel.projectjaar, bestanden: bestanden, zip: zip))
            }
        } catch let fout as Vraagbestand.Fout {
            return .fout(nummer: nummer, problemen: Routes.problemen(fout))
        } catch {
            return .fout(nummer: nummer, problemen: [String(describing: error)])
        }
    }
}

/// A temporary folder of the toolkit's own, removed afterwards: for what the libraries write
/// only to files (workbooks, the answer bundle).
enum TijdelijkeMap {
    static func gebruik<T>(_ body: (URL) throws -> T) throws -> T {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("samenleven-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        return try body(map)
    }
}
