import Foundation
import Hummingbird
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

/// The Vragen page: the keys of a `[[deelvraag]]` as a form (GET, so an answer has an address),
/// checked and answered by the same `Vraagbestand.tabelvraag` and `Tabelvraag.beantwoord` as
/// `samenleven vraag`, shown as an HTML table or downloaded through the exporters.
struct VragenPagina {
    let parameters: [String: [String]]
    let query: String

    /// `parameters`: the query of the request, in order.
    init<S: Sequence>(parameters: S) where S.Element == (key: Substring, value: Substring) {
        var p: [String: [String]] = [:]
        var query: [String] = []
        for (sleutel, waarde) in parameters {
            p[String(sleutel), default: []].append(String(waarde))
            if sleutel != "formaat" { query.append("\(Self.codeer(String(sleutel)))=\(Self.codeer(String(waarde)))") }
        }
        self.parameters = p
        self.query = query.joined(separator: "&")
    }

    static func codeer(_ tekst: String) -> String {
        tekst.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~,"))) ?? ""
    }

    func waarde(_ sleutel: String) -> String? {
        let tekst = parameters[sleutel]?.last?.trimmingCharacters(in: .whitespaces) ?? ""
        return tekst.isEmpty ? nil : tekst
    }

    func lijst(_ sleutel: String) -> [String]? {
        let waarden = (parameters[sleutel] ?? []).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return waarden.isEmpty ? nil : waarden
    }

    func getallen(_ sleutel: String, _ problemen: inout [String]) -> [Int]? {
        lijst(sleutel).map { $0.compactMap { tekst in
            guard let n = Int(tekst) else { problemen.append("\(sleutel): '\(tekst)' is geen geheel getal."); return nil }
            return n
        } }
    }

    /// The form's values as the parameters of a table; problems of form (not a number) in Dutch.
    func tabelparameters(_ tabel: String) -> (Tabelparameters, [String]) {
        var problemen: [String] = []
        let geografie: Geografie = waarde("geografie") == "2025" ? .gemeenten2025 : .gemeenten2019
        var p = Tabelparameters(tabel: tabel, geografie: geografie)
        if let jaren = getallen("projectjaren", &problemen) { p.projectjaren = jaren }
        p.per = lijst("per")
        p.naast = waarde("naast")
        p.maten = lijst("maten")
        p.provincie = lijst("provincie")
        p.arrondissement = lijst("arrondissement")
        p.bestuur = lijst("bestuur")
        p.doelstelling = getallen("doelstelling", &problemen)
        p.actie = getallen("actie", &problemen)
        p.groep = waarde("groep")
        p.buitenGroep = waarde("buiten_groep")
        p.status = waarde("status")
        p.van = getallen("van", &problemen)?.first
        p.naar = getallen("naar", &problemen)?.first
        return (p, problemen)
    }

    /// The page, or the download the form asked for (`formaat`). The engine's answer comes from
    /// `antwoorden` when the same question was answered on the same data before.
    func antwoord(bron: WebBron, antwoorden: Antwoordcache, pagina: ([String: Any]) -> Response) async throws -> Response {
        var data = formulier
        guard let tabel = waarde("tabel") else { return pagina(data) }
        let (p, vormfouten) = tabelparameters(tabel)
        guard vormfouten.isEmpty else {
            data["problemen"] = ["lijst": vormfouten]
            return status(pagina(data), .badRequest)
        }
        let vraag: Tabelvraag
        do throws(Parameterfout) {
            vraag = try Vraagbestand.tabelvraag(p)
        } catch {
            data["problemen"] = ["lijst": error.problemen.map { probleem in probleem.sleutel.map { "\($0): \(probleem.boodschap)" } ?? probleem.boodschap }]
            return status(pagina(data), .badRequest)
        }
        let deelvraag = Vraagbestand.deelvraagregels(vraag)
        if waarde("formaat") == "toml" { return Self.download(Data(deelvraag.utf8), "deelvraag-\(vraag.tabel.rawValue).toml", "application/toml; charset=utf-8") }
        let (versie, dataset) = try bron.geladen()
        let antwoord: Tabelantwoord
        do throws(Tabelvraagfout) {
            // The context is made only when the answer is not remembered.
            antwoord = try await antwoorden.antwoord(vraag, versie: versie) { () throws(Tabelvraagfout) in
                try vraag.beantwoord(QueryContext(dataset), vraagnummer: nil)
            }
        } catch {
            data["problemen"] = ["lijst": error.problemen]
            return status(pagina(data), .badRequest)
        }
        let tabelnaam = vraag.tabel.rawValue
        switch waarde("formaat") {
        case "xlsx":
            return Self.download(try werkboek(antwoord.tabel, bladnaam: tabelnaam, gegevens: dataset.gegevens), "\(tabelnaam).xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        case let f? where ExportFormaat(argument: f) != nil && f != "tekst":
            let formaat = ExportFormaat(argument: f)!
            let soort = ["csv": "text/csv", "json": "application/json", "md": "text/markdown"][formaat.rawValue] ?? "text/plain"
            return Self.download(Data(try formaat.render(antwoord.tabel).utf8), "\(tabelnaam).\(formaat.bestandsextensie)", soort + "; charset=utf-8")
        default:
            data["antwoord"] = HTMLTabel(antwoord.tabel).data
            data["deelvraag"] = deelvraag
            data["downloads"] = ["lijst": ["xlsx", "csv", "json", "md", "toml"].map { ["formaat": $0, "href": "/vragen?\(query)&formaat=\($0)"] }]
            return pagina(data)
        }
    }

    func status(_ response: Response, _ status: HTTPResponse.Status) -> Response {
        var response = response
        response.status = status
        return response
    }

    static func download(_ data: Data, _ naam: String, _ soort: String) -> Response {
        Response(status: .ok, headers: [.contentType: soort, .contentDisposition: dispositie(naam)],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `attachment` with `naam` as RFC 6266 wants it, whatever the name holds: `filename` an
    /// ASCII stand-in (no quote, backslash or control character: `_` instead), `filename*` the
    /// exact name as UTF-8, percent-encoded (RFC 8187).
    static func dispositie(_ naam: String) -> String {
        let veilig = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~".utf8)
        let ascii = String(decoding: naam.unicodeScalars.map { s -> UInt8 in
            s.isASCII && s.value >= 0x20 && s.value != 0x7F && s != "\"" && s != "\\" ? UInt8(s.value) : UInt8(ascii: "_")
        }, as: UTF8.self)
        let exact = naam.utf8.map { veilig.contains($0) ? String(UnicodeScalar($0)) : String(format: "%%%02X", $0) }.joined()
        return "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(exact)"
    }

    /// The workbook of `samenleven vraag --uit X.xlsx`, through a temporary file.
    func werkboek(_ tabel: AnswerTable, bladnaam: String, gegevens: Gegevens) throws -> Data {
        try TijdelijkeMap.gebruik { map in
            let pad = map.appendingPathComponent("antwoord.xlsx").path
            let instellingen = WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: gegevens))
            try AntwoordWerkboek.schrijf(tabel, bladnaam: bladnaam, vraag: nil, naar: pad, instellingen: instellingen)
            return try Data(contentsOf: URL(fileURLWithPath: pad))
        }
    }

    /// The form with the values of the request, and the choices the question file knows.
    var formulier: [String: Any] {
        func keuzes(_ namen: [String], _ gekozen: String?) -> [[String: Any]] {
            namen.map { ["waarde": $0, "gekozen": $0 == gekozen] }
        }
        let jaren = (parameters["projectjaren"] ?? []).flatMap { $0.split(separator: ",").map(String.init) }
        return [
            "tabellen": keuzes(Tabel.allCases.map(\.rawValue), waarde("tabel")),
            "projectjaren": Projectjaar.alle.map { ["nummer": $0.nummer, "gekozen": jaren.isEmpty || jaren.contains(String($0.nummer))] },
            "geografieen": [["waarde": "2019", "label": "2019-2024 (300 gemeenten)", "gekozen": waarde("geografie") != "2025"],
                            ["waarde": "2025", "label": "vanaf 2025 (285 gemeenten)", "gekozen": waarde("geografie") == "2025"]],
            "naastKeuzes": keuzes(["", "projectjaar"], waarde("naast") ?? ""),
            "groepKeuzes": keuzes(["", "centrumsteden"], waarde("groep") ?? ""),
            "buitenGroepKeuzes": keuzes(["", "centrumsteden"], waarde("buiten_groep") ?? ""),
            "velden": [("per", "Rijen per (buitenste eerst)", "provincie,bestuur"), ("maten", "Maten", "subsidie,toekenningen"),
                       ("provincie", "Provincie(s)", "Limburg,Antwerpen"), ("arrondissement", "Arrondissement(en)", "Hasselt"),
                       ("bestuur", "Bestuur of besturen (naam of NIS-code)", "Gent,44021"), ("doelstelling", "Doelstelling(en)", "2,5"),
                       ("actie", "Actie(s)", "5"), ("status", "Status (tabel wijzigingen)", "gestopt"),
                       ("van", "Van projectjaar (wijzigingen)", "2"), ("naar", "Naar projectjaar (wijzigingen)", "3")]
                .map { ["naam": $0.0, "label": $0.1, "voorbeeld": $0.2, "waarde": parameters[$0.0]?.last ?? ""] },
            "maten": Maat.allCases.map(\.rawValue).joined(separator: ", "),
            "problemen": false,
            "antwoord": false,
            "deelvraag": false,
            "downloads": false,
        ]
    }
}
