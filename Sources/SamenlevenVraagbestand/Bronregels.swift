import SamenlevenModel

/// Where the keys of a question file stand: TOMLKit gives values but no lines, so the source is
/// scanned once for `[[deelvraag]]` headers, `[deelvraag.filter]` sub-tables and `key =` lines
/// (with the keys of an inline table, which stands on one line). Lines inside multi-line strings
/// are skipped. A value's problem is reported on the line of its key.
struct Bronregels {
    /// The head (before the first `[[deelvraag]]`) or the deelvraag with this index.
    enum Plaats: Hashable {
        case hoofd
        case deelvraag(Int)
    }

    /// Key path (`tabel`, `filter`, `filter.provincie`) -> the first line it stands on.
    private(set) var sleutels: [Plaats: [String: Int]] = [:]
    /// The line of each `[[deelvraag]]` header, in order.
    private(set) var koppen: [Int] = []
    /// The number of lines.
    private(set) var aantalRegels = 0

    init(_ tekst: String) {
        var plaats = Plaats.hoofd
        var voorvoegsel = ""
        var inMeerregelig: Substring?
        var nummer = 0
        for regel in tekst.split(separator: "\n", omittingEmptySubsequences: false) {
            nummer += 1
            if let teken = inMeerregelig {
                if Self.aantal(teken, in: regel) % 2 == 1 { inMeerregelig = nil }
                continue
            }
            let inhoud = regel.drop { $0 == " " || $0 == "\t" }
            if inhoud.isEmpty || inhoud.hasPrefix("#") { continue }
            if inhoud.hasPrefix("[") {
                let dubbel = inhoud.hasPrefix("[[")
                let naam = Self.kopnaam(inhoud, dubbel: dubbel)
                if dubbel && naam == ["deelvraag"] {
                    koppen.append(nummer)
                    plaats = .deelvraag(koppen.count - 1)
                    voorvoegsel = ""
                } else if naam.first == "deelvraag", naam.count > 1, !koppen.isEmpty {
                    plaats = .deelvraag(koppen.count - 1)
                    voorvoegsel = naam.dropFirst().joined(separator: ".") + "."
                    noteer(plaats, naam.dropFirst(), nummer, voorvoegsel: "")
                } else {
                    // Another table (`[foo]`, `[deelvraag]`): its name is a key of the head.
                    plaats = .hoofd
                    voorvoegsel = naam.joined(separator: ".") + "."
                    noteer(.hoofd, naam[...], nummer, voorvoegsel: "")
                }
                continue
            }
            guard let (sleutel, waarde) = Self.sleutelEnWaarde(inhoud) else { continue }
            noteer(plaats, sleutel[...], nummer, voorvoegsel: voorvoegsel)
            let pad = voorvoegsel + sleutel.joined(separator: ".")
            let kaal = waarde.drop { $0 == " " || $0 == "\t" }
            if kaal.hasPrefix("{") {
                for binnen in Self.inlineSleutels(kaal) { noteer(plaats, binnen[...], nummer, voorvoegsel: pad + ".") }
            }
            for teken in ["\"\"\"", "'''"] where Self.aantal(teken[...], in: waarde) % 2 == 1 {
                inMeerregelig = teken[...]
                break
            }
        }
        aantalRegels = nummer
    }

    /// The line of a key (`filter.provincie` falls back to `filter`), else the deelvraag's
    /// header (or the `deelvraag =` line of an inline array), else line 1.
    func regel(_ plaats: Plaats, _ sleutel: String? = nil) -> Int {
        if var pad = sleutel {
            while true {
                if let regel = sleutels[plaats]?[pad] { return regel }
                guard let punt = pad.lastIndex(of: ".") else { break }
                pad = String(pad[..<punt])
            }
        }
        if case .deelvraag(let index) = plaats {
            if koppen.indices.contains(index) { return koppen[index] }
            // `deelvraag = [{ ... }]`: no headers, the key's line.
            if let regel = sleutels[.hoofd]?["deelvraag"] { return regel }
        }
        return 1
    }

    private mutating func noteer(_ plaats: Plaats, _ sleutel: ArraySlice<String>, _ regel: Int, voorvoegsel: String) {
        var pad = voorvoegsel.isEmpty ? "" : String(voorvoegsel.dropLast())
        for deel in sleutel {
            pad = pad.isEmpty ? deel : pad + "." + deel
            if sleutels[plaats]?[pad] == nil { sleutels[plaats, default: [:]][pad] = regel }
        }
    }

    private static func aantal(_ teken: Substring, in regel: Substring) -> Int {
        var n = 0
        var rest = regel[...]
        while let bereik = rest.range(of: teken) {
            n += 1
            rest = rest[bereik.upperBound...]
        }
        return n
    }

    /// `[[deelvraag]]` -> ["deelvraag"], `[ deelvraag . filter ]` -> ["deelvraag", "filter"].
    private static func kopnaam(_ inhoud: Substring, dubbel: Bool) -> [String] {
        let binnen = inhoud.dropFirst(dubbel ? 2 : 1).prefix { $0 != "]" }
        return sleutelpad(binnen)
    }

    /// Splits `key = value` at the first `=` outside quotes; nil for a line that is no key.
    private static func sleutelEnWaarde(_ inhoud: Substring) -> ([String], Substring)? {
        var aanhaling: Character?
        for index in inhoud.indices {
            let teken = inhoud[index]
            if let open = aanhaling {
                if teken == open { aanhaling = nil }
            } else if teken == "\"" || teken == "'" {
                aanhaling = teken
            } else if teken == "=" {
                let pad = sleutelpad(inhoud[..<index])
                guard !pad.isEmpty, !pad.contains(where: \.isEmpty) else { return nil }
                return (pad, inhoud[inhoud.index(after: index)...])
            } else if teken == "[" || teken == "{" || teken == "," || teken == "]" || teken == "}" {
                return nil
            }
        }
        return nil
    }

    /// `filter . "provincie"` -> ["filter", "provincie"].
    private static func sleutelpad(_ tekst: Substring) -> [String] {
        tekst.split(separator: ".", omittingEmptySubsequences: false).map {
            var deel = $0.trimmedWhitespace
            if deel.count >= 2, let eerste = deel.first, eerste == "\"" || eerste == "'", deel.last == eerste {
                deel = String(deel.dropFirst().dropLast())
            }
            return deel
        }
    }

    /// The keys of the inline table a value starts with: `{ provincie = "X", actie = [1, 2] }`.
    private static func inlineSleutels(_ waarde: Substring) -> [[String]] {
        var sleutels: [[String]] = []
        var diepte = 0
        var aanhaling: Character?
        var begin = waarde.index(after: waarde.startIndex)
        var gezien = false
        for index in waarde.indices.dropFirst() {
            let teken = waarde[index]
            if let open = aanhaling {
                if teken == open { aanhaling = nil }
                continue
            }
            switch teken {
            case "\"", "'": aanhaling = teken
            case "[", "{": diepte += 1
            case "]": diepte -= 1
            case "}":
                if diepte == 0 { return sleutels }
                diepte -= 1
            case "=" where diepte == 0 && !gezien:
                sleutels.append(sleutelpad(waarde[begin..<index]))
                gezien = true
            case "," where diepte == 0:
                begin = waarde.index(after: index)
                gezien = false
            default: break
            }
        }
        return sleutels
    }
}
