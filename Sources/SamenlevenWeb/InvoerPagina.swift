import Foundation
import Hummingbird
import SamenlevenExport
import SamenlevenModel

/// The Invoer page: upload CSV or XLSX files, see them validated as `samenleven importeer
/// --droog` does (same `Importer`, through `WebBron.importeer`), download the failing rows as a
/// workbook, confirm, and see what the import added, replaced, left and removed. Validations
/// and imports run in the background on one queue (`Invoerdienst`); their page refreshes
/// itself every second (no JavaScript) until they are done.
extension Routes {
    /// At most this many bytes in one upload, and this many files.
    static let maximaleUpload = 50 * 1024 * 1024
    static let maximumBestanden = 20
    /// Problems and warnings listed on the page before the rest is only counted (as the CLI).
    static let getoondeProblemen = 50

    static let xlsxSoort = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    func voegInvoerToe(aan router: Router<BasicRequestContext>) {
        router.get("/invoer") { request, _ in
            try await metSessie(request, minimaal: .lezer) { sessie in invoerpagina(sessie: sessie) }
        }
        router.post("/invoer") { request, _ in
            try await metSessie(request, minimaal: .invoerder) { sessie in try await upload(request, sessie: sessie) }
        }
        router.get("/invoer/sjabloon.xlsx") { request, _ in
            try await metSessie(request, minimaal: .lezer) { _ in
                let data = try Self.werkboek { pad in
                    try Sjabloon.schrijf(naar: pad, instellingen: WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: nil)))
                }
                return VragenPagina.download(data, "sjabloon-invoer.xlsx", Self.xlsxSoort)
            }
        }
        router.get("/invoer/taak/:id") { request, context in
            try await metTaak(request, context) { sessie, taak in
                await taakpagina(taak, sessie: sessie, momentopname: request.uri.queryParameters.get("momentopname") != nil)
            }
        }
        router.get("/invoer/taak/:id/fouten.xlsx") { request, context in
            try await metTaak(request, context) { _, taak in try foutenwerkboek(taak) }
        }
        router.post("/invoer/taak/:id/bevestig") { request, context in
            try await metTaak(request, context) { sessie, taak in try await bevestig(request, taak: taak, sessie: sessie) }
        }
    }

    /// Runs `body` for a task of the request's session (404 for another session's or an
    /// unknown one); invoerder or higher.
    func metTaak(_ request: Request, _ context: BasicRequestContext, _ body: (Sessie, Invoertaak) async throws -> Response) async throws -> Response {
        try await metSessie(request, minimaal: .invoerder) { sessie in
            guard let id = context.parameters.get("id"), let taak = invoer.taak(id, eigenaar: sessie.csrf) else {
                return weigering(sessie: sessie, status: .notFound, "Deze invoer bestaat niet (meer): een invoer blijft \(Int(Invoerdienst.levensduur / 60)) minuten bewaard. Laad de bestanden opnieuw op.")
            }
            return try await body(sessie, taak)
        }
    }

    static let csrfMelding = "Het formulier is verlopen of komt niet van deze toepassing (CSRF-controle). Laad de pagina opnieuw."

    func invoerpagina(sessie: Sessie, melding: String? = nil, status: HTTPResponse.Status = .ok) -> Response {
        var response = pagina("invoer", titel: "Invoer", sessie: sessie, data: [
            "magInvoeren": sessie.rol >= .invoerder && bron.importeer != nil,
            "geenInvoer": bron.importeer == nil,
            "melding": melding ?? false,
            "maximum": "\(Self.maximaleUpload / 1024 / 1024) MB",
            "maximumBestanden": Self.maximumBestanden,
            "soorten": Soort.allCases.map(\.rawValue).joined(separator: ", "),
        ])
        response.status = status
        return response
    }

    /// Reads the upload within its limits, writes each file under a name the toolkit chooses
    /// in a fresh folder and starts its validation.
    func upload(_ request: Request, sessie: Sessie) async throws -> Response {
        guard let importeer = bron.importeer else { return invoerpagina(sessie: sessie, status: .serviceUnavailable) }
        let formulier: Meerdelig
        do {
            formulier = try await Meerdelig.lees(request, maximum: Self.maximaleUpload, maximumBestanden: Self.maximumBestanden)
        } catch let fout as Meerdelig.Fout {
            switch fout {
            case .teGroot:
                return invoerpagina(sessie: sessie, melding: "De bestanden zijn samen te groot: hoogstens \(Self.maximaleUpload / 1024 / 1024) MB per keer.", status: .contentTooLarge)
            case .teVeelBestanden:
                return invoerpagina(sessie: sessie, melding: "Te veel bestanden: hoogstens \(Self.maximumBestanden) per keer.", status: .contentTooLarge)
            case .ongeldig:
                return invoerpagina(sessie: sessie, melding: "Het formulier kon niet gelezen worden (geen geldige multipart/form-data). Kies de bestanden opnieuw.", status: .badRequest)
            }
        }
        guard Self.gelijk(formulier.velden["csrf"] ?? "", sessie.csrf) else { return weigering(sessie: sessie, Self.csrfMelding) }
        guard !formulier.bestanden.isEmpty else {
            return invoerpagina(sessie: sessie, melding: "Kies een of meer CSV- of XLSX-bestanden.", status: .badRequest)
        }
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("samenleven-invoer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        var bestanden: [ImportBestand] = []
        let labels = Self.labels(formulier.bestanden.map(\.naam))
        do {
            for (i, (bestand, label)) in zip(formulier.bestanden, labels).enumerated() {
                let extensie = ["xlsx", "xlsm"].contains((label as NSString).pathExtension.lowercased()) ? "xlsx" : "csv"
                let url = map.appendingPathComponent("bestand-\(i + 1).\(extensie)")
                try Data(bestand.data.readableBytesView).write(to: url, options: .withoutOverwriting)
                bestanden.append(ImportBestand(url: url, naam: label))
            }
        } catch {
            try? FileManager.default.removeItem(at: map)
            throw error
        }
        let upload = Upload(id: Sessies.willekeurig(), eigenaar: sessie.csrf, map: map, bestanden: bestanden)
        invoer.bewaar(upload)
        let taak = invoer.start(upload, droog: true, gebruiker: sessie.naam, importeer: importeer)
        return Response(status: .seeOther, headers: [.location: "/invoer/taak/\(taak.id)"])
    }

    /// The names the browser sent as labels: the last path component, without control
    /// characters, at most 120 characters, each label once (a second `a.csv` is `a (2).csv`).
    static func labels(_ namen: [String]) -> [String] {
        var gezien: Set<String> = []
        return namen.enumerated().map { i, ruw in
            let laatste = ruw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
            var naam = String(String.UnicodeScalarView(laatste.unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " }
                .filter { $0.value >= 0x20 && $0.value != 0x7F })).trimmingCharacters(in: .whitespaces)
            naam = String(naam.prefix(120))
            if naam.isEmpty || naam == "." || naam == ".." { naam = "bestand-\(i + 1).csv" }
            var label = naam
            var volgnummer = 2
            while gezien.contains(label) {
                let ns = naam as NSString
                label = ns.pathExtension.isEmpty ? "\(naam) (\(volgnummer))" : "\(ns.deletingPathExtension) (\(volgnummer)).\(ns.pathExtension)"
                volgnummer += 1
            }
            gezien.insert(label)
            return label
        }
    }

    /// Imports a validated upload for real (the form on its validation page).
    func bevestig(_ request: Request, taak: Invoertaak, sessie: Sessie) async throws -> Response {
        guard let form = try await formulier(request, als: Afmeldformulier.self), Self.gelijk(form.csrf ?? "", sessie.csrf) else {
            return weigering(sessie: sessie, Self.csrfMelding)
        }
        guard let importeer = bron.importeer, taak.droog, case .klaar(.verslag) = taak.toestand, invoer.isBewaard(taak.upload) else {
            return weigering(sessie: sessie, status: .conflict, "Deze invoer kan niet (meer) bevestigd worden: ze is al ingelezen, had fouten of is verlopen. Laad de bestanden opnieuw op.")
        }
        let nieuw = invoer.start(taak.upload, droog: false, gebruiker: sessie.naam, importeer: importeer)
        return Response(status: .seeOther, headers: [.location: "/invoer/taak/\(nieuw.id)"])
    }

    /// The page of a validation or import: while it waits or runs, a page that grows with its
    /// progress until the outcome (`groeiendePagina`); `?momentopname=1`: the state of now.
    func taakpagina(_ taak: Invoertaak, sessie: Sessie, momentopname: Bool) async -> Response {
        let titel = taak.droog ? "Invoer controleren" : "Invoer inlezen"
        return await groeiendePagina("invoertaak", titel: titel, sessie: sessie, momentopname: momentopname) { [self] in
            let data = taakdata(taak)
            return (data["lopend"] as? Bool != true, data)
        }
    }

    /// The values of a task's page: waiting (with the import that runs), progress, or the outcome.
    func taakdata(_ taak: Invoertaak) -> [String: Any] {
        var data: [String: Any] = [
            "id": taak.id, "droog": taak.droog, "bestanden": taak.upload.bestanden.map(\.naam).joined(separator: ", "),
            "wacht": false, "bezig": false, "verslag": false, "geweigerd": false, "mislukt": false, "lopend": false,
        ]
        switch taak.toestand {
        case .wacht:
            data["lopend"] = true
            let lopend = invoer.lopende
            data["wacht"] = ["melding": lopend.map { lopend in
                // Without accounts nobody has a name.
                let van = lopend.gebruiker.isEmpty ? "" : " van \(lopend.gebruiker)"
                let sinds: String = if case .bezig(let begin, _, _) = lopend.toestand { Self.uur(begin) } else { Self.uur(lopend.aangemaakt) }
                return "Er loopt al een invoer\(van) sinds \(sinds); de uwe wacht."
            } ?? "Uw invoer wacht op haar beurt."]
        case .bezig(_, let gedaan, let totaal):
            data["lopend"] = true
            data["bezig"] = ["gedaan": BelgianNumber.format(gedaan), "totaal": BelgianNumber.format(totaal),
                             "procent": totaal > 0 ? gedaan * 100 / totaal : 0, "geteld": totaal > 0]
        case .klaar(.verslag(let verslag)):
            data["verslag"] = [
                "tellingen": verslag.tellingen.map { ["soort": $0.soort.rawValue, "toegevoegd": BelgianNumber.format($0.toegevoegd), "vervangen": BelgianNumber.format($0.vervangen),
                                             "ongewijzigd": BelgianNumber.format($0.ongewijzigd), "verwijderd": BelgianNumber.format($0.verwijderd)] },
                "rijen": BelgianNumber.format(verslag.rijen),
                "kanBevestigen": taak.droog && invoer.isBewaard(taak.upload),
            ]
            data["waarschuwingen"] = Self.begrensd(verslag.waarschuwingen, meervoud: "waarschuwingen")
        case .klaar(.geweigerd(let problemen, let waarschuwingen)):
            data["geweigerd"] = [
                "aantal": "\(BelgianNumber.format(problemen.count)) \(problemen.count == 1 ? "fout" : "fouten")",
                "problemen": problemen.prefix(Self.getoondeProblemen).map { p in
                    ["bestand": p.bestand, "rij": p.rij.map(String.init) ?? "", "kolom": p.kolom ?? "", "waarde": taak.upload.waarde(p), "melding": p.boodschap]
                },
                "meer": problemen.count > Self.getoondeProblemen
                    ? "… en nog \(BelgianNumber.format(problemen.count - Self.getoondeProblemen)) fouten (\(BelgianNumber.format(problemen.count)) in totaal)" : false,
                "werkboek": problemen.contains { $0.rij != nil },
            ]
            data["waarschuwingen"] = Self.begrensd(waarschuwingen, meervoud: "waarschuwingen")
        case .mislukt(let melding):
            data["mislukt"] = ["melding": melding]
        }
        if data["waarschuwingen"] == nil { data["waarschuwingen"] = false }
        return data
    }

    /// The first `getoondeProblemen` lines and how many more, or false when there are none.
    static func begrensd(_ regels: [String], meervoud: String) -> Any {
        guard !regels.isEmpty else { return false }
        return ["lijst": Array(regels.prefix(getoondeProblemen)),
                "meer": regels.count > getoondeProblemen
                    ? "… en nog \(BelgianNumber.format(regels.count - getoondeProblemen)) \(meervoud) (\(BelgianNumber.format(regels.count)) in totaal)" : false] as [String: Any]
    }

    static func uur(_ moment: Date) -> String {
        let c = Calendar.current.dateComponents([.hour, .minute], from: moment)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// The failing rows of a refused upload with their problems, as a workbook.
    func foutenwerkboek(_ taak: Invoertaak) throws -> Response {
        guard case .klaar(.geweigerd(let problemen, _)) = taak.toestand else {
            return Response(status: .seeOther, headers: [.location: "/invoer/taak/\(taak.id)"])
        }
        let bladen = Foutenwerkboek.bladen(taak.upload.bladen, problemen: problemen)
        let data = try Self.werkboek { pad in
            try Foutenwerkboek.schrijf(bladen, naar: pad, instellingen: WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: nil)))
        }
        return VragenPagina.download(data, "fouten.xlsx", Self.xlsxSoort)
    }

    /// The bytes of the workbook `schrijf` writes at the path it gets, in a temporary folder.
    static func werkboek(_ schrijf: (String) throws -> Void) throws -> Data {
        try TijdelijkeMap.gebruik { map in
            let pad = map.appendingPathComponent("werkboek.xlsx").path
            try schrijf(pad)
            return try Data(contentsOf: URL(fileURLWithPath: pad))
        }
    }
}
