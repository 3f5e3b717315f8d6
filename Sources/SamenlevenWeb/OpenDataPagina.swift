import Foundation
import Hummingbird
import SamenlevenExport
import SamenlevenModel

/// The Open data page (beheerder only): the package of `samenleven opendata` for one project
/// year or all, made by the same `OpenDataInput` and `OpenDataPackage`, with the package's own
/// check (`OpenDataKeyCheck`, which `samenleven opendata` runs before it writes) and its tables,
/// and the package as a ZIP. Nothing is written on the server: the ZIP is made in memory.
extension Routes {
    func voegOpenDataToe(aan router: Router<BasicRequestContext>) {
        router.get("/opendata") { request, _ in
            try await metSessie(request, minimaal: .beheerder) { sessie in
                try openDataPagina(keuze: request.uri.queryParameters.get("projectjaar"), sessie: sessie)
            }
        }
        router.get("/opendata/zip") { request, _ in
            try await metSessie(request, minimaal: .beheerder) { sessie in
                guard let jaar = Self.projectjaarKeuze(request.uri.queryParameters.get("projectjaar")) else {
                    return weigering(sessie: sessie, status: .badRequest, "Kies een projectjaar (1, 2 of 3) of alle projectjaren.")
                }
                let files: [AtomicDirectoryWriter.File]
                do {
                    files = try OpenDataPackage.files(try openDataInput(jaar))
                } catch let fout as OpenDataPackage.InvalidPackage {
                    return weigering(sessie: sessie, status: .unprocessableContent, fout.description)
                }
                return VragenPagina.download(try DeterministicZip.data(files.map { (path: $0.name, data: $0.data) }),
                                             "opendata-\(jaar.map { "projectjaar-\($0)" } ?? "alle-projectjaren").zip", "application/zip")
            }
        }
    }

    /// `alle` (or empty): every year, `.some(nil)`; `1`, `2`, `3`: that year; else nil.
    static func projectjaarKeuze(_ tekst: String?) -> Int?? {
        guard let tekst, !tekst.isEmpty, tekst != "alle" else { return .some(nil) }
        guard let nummer = Int(tekst), Projectjaar.nummer(nummer) != nil else { return nil }
        return .some(nummer)
    }

    /// The input of `samenleven opendata [--projectjaar N]` without `--datum` and `--publicatie`.
    func openDataInput(_ jaar: Int?) throws -> OpenDataInput {
        try OpenDataInput(dataset: try bron.laad(), projectjaar: jaar, datum: nil)
    }

    func openDataPagina(keuze: String?, sessie: Sessie) throws -> Response {
        let gekozen = Self.projectjaarKeuze(keuze)
        let keuzes: [[String: Any]] = [["waarde": "alle", "label": "alle projectjaren", "gekozen": keuze == nil || keuze == "alle"]]
            + Projectjaar.alle.map { ["waarde": String($0.nummer), "label": "projectjaar \($0.nummer)", "gekozen": keuze == String($0.nummer)] }
        var data: [String: Any] = ["pagina_opendata": true, "pakket": false, "keuzes": keuzes]
        guard keuze != nil, let jaar = gekozen else {
            return pagina("opendata", titel: "Open data", sessie: sessie, data: data)
        }
        let input = try openDataInput(jaar)
        let resources = OpenDataPackage.resources(input)
        let problemen = OpenDataKeyCheck.violations(resources)
        data["pakket"] = [
            "projectjaar": jaar.map { "projectjaar \($0)" } ?? "alle projectjaren",
            "publicatiedatum": input.publicationDate.iso,
            "tabellen": resources.map { r -> [String: String] in
                ["naam": r.name, "rijen": BelgianNumber.format(r.rows.count), "voorbeelddata": r.hasProvenance ? BelgianNumber.format(r.voorbeelddataRows) : ""]
            },
            "aantalProblemen": BelgianNumber.format(problemen.count),
            "geenProblemen": problemen.isEmpty,
            "problemen": problemen,
            "waarschuwing": OpenDataMetadata.voorbeelddataWarning(resources).map { $0 as Any } ?? false,
            "zip": "/opendata/zip?projectjaar=\(jaar.map(String.init) ?? "alle")",
        ] as [String: Any]
        return pagina("opendata", titel: "Open data", sessie: sessie, data: data)
    }
}
