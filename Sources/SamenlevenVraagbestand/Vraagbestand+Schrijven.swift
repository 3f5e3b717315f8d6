import SamenlevenQueries

extension Vraagbestand {
    /// A table question as a `[[deelvraag]]` to paste into a question file, its text still to
    /// be written; a 2025 geography as a comment, since it belongs to the head. For
    /// `samenleven vraag --als-deelvraag` and the Vragen page of `samenleven web`.
    public static func deelvraagregels(_ vraag: Tabelvraag) -> String {
        let deelvraag = Deelvraag(nummer: "1", tekst: "TE VERVANGEN: de deelvraag zoals ze gesteld werd", vorm: .tabel(vraag), regel: 1)
        var regels = ""
        if vraag.geografie == .gemeenten2025 {
            regels += "# Zet geografie = \"2025\" in het hoofd van het vraagbestand (boven de eerste [[deelvraag]]).\n"
        }
        return regels + deelvraag.toml
    }
}

extension Vraagbestand.Deelvraag {
    /// The deelvraag as the lines of a question file (`[[deelvraag]]` and its keys), which
    /// ``Vraagbestand/lees(tekst:bestandsnaam:)`` reads back into the same deelvraag; for
    /// `samenleven vraag ... --als-deelvraag`. The geography belongs to the head and is not
    /// written; `projectjaren`, `van` and `naar` are written as they are.
    public var toml: String {
        var regels = ["[[deelvraag]]", "nummer = \(Self.tekst(nummer))", "tekst = \(Self.tekst(tekst))"]
        switch vorm {
        case .beleid:
            regels.append("beleid = true")
        case .tabel(let vraag):
            regels.append("tabel = \(Self.tekst(vraag.tabel.rawValue))")
            regels.append("projectjaren = \(Self.lijst(vraag.projectjaren.map(String.init)))")
            if !vraag.per.isEmpty { regels.append("per = \(Self.lijst(vraag.per.map { Self.tekst($0.rawValue) }))") }
            if let naast = vraag.naast { regels.append("naast = \(Self.tekst(naast.rawValue))") }
            if !vraag.maten.isEmpty { regels.append("maten = \(Self.lijst(vraag.maten.map { Self.tekst($0.rawValue) }))") }
            let filter = Self.filter(vraag.filter)
            if !filter.isEmpty { regels.append("filter = { " + filter.joined(separator: ", ") + " }") }
            if vraag.tabel == .wijzigingen {
                if let van = vraag.van { regels.append("van = \(van)") }
                if let naar = vraag.naar { regels.append("naar = \(naar)") }
            }
        }
        if let toelichting { regels.append("toelichting = \(Self.tekst(toelichting))") }
        return regels.joined(separator: "\n") + "\n"
    }

    private static func filter(_ f: Vraagfilter) -> [String] {
        var delen: [String] = []
        if !f.provincies.isEmpty { delen.append("provincie = " + lijst(f.provincies.map { tekst($0.naam) })) }
        if !f.arrondissementen.isEmpty { delen.append("arrondissement = " + lijst(f.arrondissementen.map(tekst))) }
        if !f.besturen.isEmpty { delen.append("bestuur = " + lijst(f.besturen.map(tekst))) }
        if !f.doelstellingen.isEmpty { delen.append("doelstelling = " + lijst(f.doelstellingen.map(String.init))) }
        if !f.acties.isEmpty { delen.append("actie = " + lijst(f.acties.map(String.init))) }
        if let groep = f.groep { delen.append("groep = " + tekst(groep.rawValue)) }
        if let groep = f.buitenGroep { delen.append("buiten_groep = " + tekst(groep.rawValue)) }
        if let status = f.status { delen.append("status = " + tekst(status.rawValue)) }
        return delen
    }

    private static func lijst(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// A TOML basic string: quotes, backslashes and control characters escaped.
    fileprivate static func tekst(_ waarde: String) -> String {
        var uit = "\""
        for scalar in waarde.unicodeScalars {
            switch scalar {
            case "\"": uit += "\\\""
            case "\\": uit += "\\\\"
            case "\n": uit += "\\n"
            case "\t": uit += "\\t"
            case "\r": uit += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    uit += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    uit.unicodeScalars.append(scalar)
                }
            }
        }
        return uit + "\""
    }
}

extension Vraagbestand {
    /// `waarde` as a TOML basic string (quotes, backslashes and control characters escaped), as
    /// ``Vraagbestand/Deelvraag/toml`` writes it; for a head value of a drafted question file.
    public static func tomlTekst(_ waarde: String) -> String { Deelvraag.tekst(waarde) }
}
