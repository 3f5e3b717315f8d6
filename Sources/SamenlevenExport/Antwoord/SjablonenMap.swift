import Foundation

/// Where the answer templates live and which one a question uses: `vraag-NNN.mustache` when
/// it exists, else `standaard.mustache`; or a template named explicitly.
public struct SjablonenMap: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    /// No templates folder, or no template by the name asked for.
    public struct Fout: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The first of: the given folder, `$SAMENLEVEN_SJABLONEN`, `./Templates`, or a `Templates`
    /// folder above the executable (the repository the toolkit was built in).
    public static func zoek(gegeven: String?, omgeving: [String: String] = ProcessInfo.processInfo.environment,
                            programma: URL = URL(fileURLWithPath: CommandLine.arguments[0])) throws -> SjablonenMap {
        if let gegeven { return try bestaand(URL(fileURLWithPath: gegeven)) }
        if let map = omgeving["SAMENLEVEN_SJABLONEN"], !map.isEmpty { return try bestaand(URL(fileURLWithPath: map)) }
        var kandidaten = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates")]
        var map = programma.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            kandidaten.append(map.appendingPathComponent("Templates"))
            map = map.deletingLastPathComponent()
        }
        for kandidaat in kandidaten where FileManager.default.fileExists(atPath: kandidaat.appendingPathComponent("standaard.mustache").path) {
            return SjablonenMap(url: kandidaat)
        }
        throw Fout(description: "geen map met antwoordsjablonen gevonden (Templates/ met standaard.mustache); geef ze met --sjablonen MAP of SAMENLEVEN_SJABLONEN")
    }

    static func bestaand(_ url: URL) throws -> SjablonenMap {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isMap), isMap.boolValue else {
            throw Fout(description: "de sjablonenmap '\(url.path)' bestaat niet")
        }
        return SjablonenMap(url: url)
    }

    /// The names of the templates in the folder, without extension.
    public var namen: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
    }

    /// The template for a question: the one named, else `vraag-NNN`, else `standaard`.
    public func sjabloon(voorVraag nummer: Int, naam: String? = nil) throws -> Antwoordsjabloon {
        let gekozen: String
        if let naam {
            let kaal = naam.hasSuffix(".mustache") ? String(naam.dropLast(".mustache".count)) : naam
            guard namen.contains(kaal) else {
                throw Fout(description: "onbekend sjabloon '\(naam)'; beschikbaar in \(url.path): \(namen.joined(separator: ", "))")
            }
            gekozen = kaal
        } else {
            gekozen = namen.contains("vraag-\(nummer)") ? "vraag-\(nummer)" : "standaard"
        }
        return try Antwoordsjabloon(url: url.appendingPathComponent(gekozen + ".mustache"))
    }
}
