import SamenlevenModel

/// Close names for an unknown key or value, with the distance the bestuur resolver uses
/// (`NameKey`: case, accents and hyphens do not count; a swap of two
/// neighbouring letters is one edit).
enum Suggestie {
    /// Up to three of `namen` within reach of `tekst`, closest first.
    static func dichtste(_ tekst: String, uit namen: [String], limiet: Int = 3) -> [String] {
        // A long value is no misspelt name: no comparisons (as BestuurResolver).
        guard tekst.unicodeScalars.count <= Grenzen.bestuursnaam else { return [] }
        let sleutel = NameKey.normalise(tekst)
        guard !sleutel.isEmpty else { return [] }
        let drempel = max(2, sleutel.unicodeScalars.count / 3)
        return namen.compactMap { naam in NameKey.distance(sleutel, NameKey.normalise(naam), limit: drempel).map { ($0, naam) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .prefix(limiet).map(\.1)
    }

    /// `; bedoelde u subsidie?`, else (for a short list) `; mogelijk: a, b, c`, else nothing.
    static func hint(_ tekst: String, uit namen: [String], toonLijst: Bool = true) -> String {
        let dichtste = dichtste(tekst, uit: namen)
        if !dichtste.isEmpty { return "; bedoelde u " + dichtste.joined(separator: " of ") + "?" }
        return toonLijst && !namen.isEmpty ? "; mogelijk: " + namen.joined(separator: ", ") : ""
    }

    /// A value as shown in a message: at most `max` characters, with what a terminal would act
    /// on made visible (`withVisibleControlCharacters`, the project's one rule) and line breaks
    /// escaped, so that a problem stays on its line.
    static func toon(_ tekst: String, max: Int = 40) -> String {
        let begin = String(String.UnicodeScalarView(tekst.unicodeScalars.prefix(max)))
        let zichtbaar = begin.withVisibleControlCharacters.replacingOccurrences(of: "\n", with: "\\n")
        return tekst.unicodeScalars.count > max ? zichtbaar + "…" : zichtbaar
    }
}
