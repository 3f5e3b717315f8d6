import Foundation

extension Vraagbestand {
    /// The environment variable that names the folder of question files when `--vragen` is not given.
    public static let omgevingsvariabele = "SAMENLEVEN_VRAGEN"

    /// `vraag-492.toml`
    public static func bestandsnaam(nummer: Int) -> String { "vraag-\(nummer).toml" }

    /// The folder of question files: `map` (the CLI's `--vragen DIR`), else `$SAMENLEVEN_VRAGEN`,
    /// else `Vragen/` in the working directory; with where it came from (for messages).
    public static func vragenmap(_ map: String?, omgeving: [String: String] = ProcessInfo.processInfo.environment,
                                 werkmap: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> (map: URL, herkomst: String) {
        // A base without its trailing slash would resolve `Vragen` against its parent.
        let werkmap = URL(fileURLWithPath: werkmap.path, isDirectory: true)
        if let map { return (URL(fileURLWithPath: map, isDirectory: true, relativeTo: werkmap), "--vragen") }
        if let map = omgeving[omgevingsvariabele], !map.isEmpty {
            return (URL(fileURLWithPath: map, isDirectory: true, relativeTo: werkmap), omgevingsvariabele)
        }
        return (URL(fileURLWithPath: "Vragen", isDirectory: true, relativeTo: werkmap), "de werkmap")
    }

    /// The question file of question `nummer`: `vraag-NNN.toml` in the first of `map` (the CLI's
    /// `--vragen DIR`), `$SAMENLEVEN_VRAGEN`, or `Vragen/` in the working directory. Throws
    /// ``Fout`` (without a line) when the folder or the file does not exist, listing the
    /// question files the folder has.
    public static func zoek(nummer: Int, map: String? = nil,
                            omgeving: [String: String] = ProcessInfo.processInfo.environment,
                            werkmap: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) throws(Fout) -> URL {
        let werkmap = URL(fileURLWithPath: werkmap.path, isDirectory: true)
        let (gekozen, herkomst) = vragenmap(map, omgeving: omgeving, werkmap: werkmap)
        let toon = gekozen.relativePath
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: gekozen.path, isDirectory: &isMap), isMap.boolValue else {
            throw Fout(problemen: [Probleem(bestand: toon, regel: nil, boodschap:
                "de map met vraagbestanden bestaat niet (uit \(herkomst)); geef ze met --vragen MAP of \(omgevingsvariabele)")])
        }
        let naam = bestandsnaam(nummer: nummer)
        let bestand = URL(fileURLWithPath: (toon as NSString).appendingPathComponent(naam), relativeTo: werkmap)
        guard FileManager.default.fileExists(atPath: bestand.path) else {
            let aanwezig = ((try? FileManager.default.contentsOfDirectory(atPath: gekozen.path)) ?? [])
                .filter { $0.hasPrefix("vraag-") && $0.hasSuffix(".toml") }.sorted()
            let lijst = aanwezig.isEmpty ? "de map heeft geen vraagbestanden" : "wel: " + aanwezig.prefix(10).joined(separator: ", ")
                + (aanwezig.count > 10 ? ", …" : "")
            throw Fout(problemen: [Probleem(bestand: bestand.relativePath, regel: nil, boodschap:
                "geen vraagbestand voor vraag \(nummer) (\(lijst)); schrijf het volgens Vragen/README.md")])
        }
        return bestand
    }
}
