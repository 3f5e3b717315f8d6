/// Finds the bestuur that a name or code in a source means, on a given day, as the import
/// spec's section "Besturen" describes:
/// - a NIS code (`44021`), `VGC` or `DERAND`;
/// - a name, compared after normalising case, accents, apostrophes, hyphens and spaces and
///   after dropping a leading `Stad`, `Gemeente` or `Lokaal bestuur`;
/// - only besturen that existed on that day count; an unknown name gets up to three close
///   suggestions.
public struct BestuurResolver: Sendable {
    private let referentie: Referentie
    /// Normalised name -> besturen with that name (Hasselt has two codes over time).
    private let byName: [String: [Bestuur]]
    /// Every bestuur with its normalised names, computed once (normalising is the costly part
    /// of looking for suggestions).
    private let entries: [(bestuur: Bestuur, keys: [[Unicode.Scalar]])]

    public init(referentie: Referentie = .ingebouwd) {
        self.referentie = referentie
        var names: [String: [Bestuur]] = [:]
        var entries: [(bestuur: Bestuur, keys: [[Unicode.Scalar]])] = []
        for bestuur in referentie.besturen {
            let keys = BestuurResolver.keys(for: bestuur)
            for key in keys { names[key, default: []].append(bestuur) }
            entries.append((bestuur, keys.sorted().map { Array($0.unicodeScalars) }))
        }
        self.byName = names
        self.entries = entries
    }

    /// Every normalised name a bestuur answers to.
    static func keys(for bestuur: Bestuur) -> Set<String> {
        var keys: Set<String> = [NameKey.normalise(bestuur.naam), NameKey.normalise(bestuur.code)]
        switch bestuur.soort {
        case .gemeente:
            break
        case .gemeenschapscommissie:
            keys.insert("vgc")
        case .vzw:
            // "vzw De Rand", "De Rand vzw" and "De Rand" all mean vzw De Rand.
            let bare = NameKey.normalise(bestuur.naam.replacingOccurrences(of: "vzw", with: "", options: .caseInsensitive))
            keys.formUnion([bare, bare + "vzw", "vzw" + bare])
        }
        return keys
    }

    /// Why a name or code does not resolve to a bestuur on the day asked for; the description is
    /// the Dutch message, with close suggestions for an unknown name.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case leeg
        case onbekendeCode(String)
        case onbekend(String, suggesties: [Bestuur])
        /// Longer than any bestuur name (`Grenzen.bestuursnaam`): the start of the value and its length.
        case teLang(String, lengte: Int)
        /// The bestuur exists, but not on the day asked for (a 2025 gemeente in project year 1).
        case nietGeldig(String, Bestuur, op: CalendarDate)

        public var description: String {
            switch self {
            case .leeg:
                return "geen bestuur opgegeven"
            case .onbekendeCode(let code):
                return "onbekende NIS-code '\(code)'"
            case let .onbekend(text, suggesties):
                let hint = suggesties.isEmpty ? "" : "; bedoelde u " + suggesties.map { "\($0.naam) (\($0.code))" }.joined(separator: ", ") + "?"
                return "onbekend bestuur '\(text)'\(hint)"
            case let .teLang(begin, lengte):
                return "'\(begin)…' is \(BelgianNumber.format(lengte)) tekens lang; een bestuursnaam of NIS-code is hoogstens \(Grenzen.bestuursnaam) tekens (staat er een andere kolom in deze kolom?)"
            case let .nietGeldig(text, bestuur, datum):
                let subject = text == bestuur.code ? "NIS-code \(text) (\(bestuur.naam))" : bestuur.label
                var message = "\(subject) bestond niet op \(datum.dutch)"
                if datum < bestuur.geldigVan {
                    let parts = Referentie.ingebouwd.voorgangers(of: bestuur.code).map(\.naam)
                    message += " (pas vanaf \(bestuur.geldigVan.dutch))"
                    if !parts.isEmpty { message += "; gebruik de gemeenten van vóór de fusie: " + parts.joined(separator: ", ") }
                } else if let tot = bestuur.geldigTot {
                    message += " (opgeheven na \(tot.dutch))"
                }
                return message
            }
        }
    }

    public func resolve(_ input: String, op datum: CalendarDate) -> Result<Bestuur, Failure> {
        let text = input.trimmedWhitespace
        guard !text.isEmpty else { return .failure(.leeg) }
        // A bestuur name is short: a long value is refused before any comparison, so that
        // hostile or misplaced values cost no time (a text column in the bestuur column).
        let lengte = text.unicodeScalars.count
        if lengte > Grenzen.bestuursnaam {
            return .failure(.teLang(String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))), lengte: lengte))
        }

        if text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let bestuur = referentie.bestuur(code: text) else { return .failure(.onbekendeCode(text)) }
            return bestuur.isGeldig(op: datum) ? .success(bestuur) : .failure(.nietGeldig(text, bestuur, op: datum))
        }

        for key in Set([NameKey.normalise(text), NameKey.withoutTitle(text)]) {
            guard let candidates = byName[key] else { continue }
            if let valid = candidates.first(where: { $0.isGeldig(op: datum) }) { return .success(valid) }
            return .failure(.nietGeldig(text, candidates[0], op: datum))
        }
        return .failure(.onbekend(text, suggesties: suggestions(for: text, op: datum)))
    }

    /// Up to three besturen valid on the day whose names are closest to `text`.
    public func suggestions(for text: String, op datum: CalendarDate, limit: Int = 3) -> [Bestuur] {
        let key = NameKey.withoutTitle(text)
        guard !key.isEmpty else { return [] }
        let scalars = Array(key.unicodeScalars)
        let threshold = max(2, scalars.count / 3)
        // Only besturen within reach are looked at: no copies of the others.
        var scored: [(Int, Int)] = []
        for index in entries.indices {
            let keys = entries[index].keys
            guard keys.contains(where: { abs($0.count - scalars.count) <= threshold }),
                  let distance = keys.compactMap({ NameKey.distance(scalars, $0, limit: threshold) }).min(),
                  entries[index].bestuur.isGeldig(op: datum) else { continue }
            scored.append((distance, index))
        }
        return scored.map { ($0.0, entries[$0.1].bestuur) }
            .sorted { ($0.0, $0.1.naam) < ($1.0, $1.1.naam) }
            .prefix(limit).map(\.1)
    }
}
