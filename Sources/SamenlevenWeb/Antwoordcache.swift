import SamenlevenQueries

/// The answers of the Vragen page, kept for the same question on the same data: a second
/// request for a table is not computed again while the store is unchanged.
///
/// An answer is kept under its question as the question file would state it (`Tabelvraag`, so
/// `per=provincie` and `per=%20provincie` are one question) and is valid for one data version
/// of the store (``WebBron/laadMetVersie``): a request on another version (after an import, or a
/// change by another program) drops every kept answer. Only the engine's answer is kept, never
/// a page: the HTML carries the user's name and CSRF token, and is rendered for every request.
/// At most ``capaciteit`` answers are kept; the one used longest ago makes room for a new one.
public actor Antwoordcache {
    /// The most answers kept; 0 keeps none (every request computes its answer).
    public let capaciteit: Int
    /// Requests answered with a kept answer.
    public private(set) var treffers = 0
    /// Requests whose answer was computed.
    public private(set) var missers = 0

    /// The data version of the kept answers.
    private var versie: Int?
    private var antwoorden: [Tabelvraag: (antwoord: Tabelantwoord, gebruikt: Int)] = [:]
    /// Counts the look-ups, to know which answer was used longest ago.
    private var klok = 0

    /// The bound of a server's cache unless told otherwise (`samenleven web --antwoordcache`).
    public static let standaardcapaciteit = 32

    public init(capaciteit: Int = Antwoordcache.standaardcapaciteit) {
        self.capaciteit = max(0, capaciteit)
    }

    /// How many answers are kept now.
    public var aantal: Int { antwoorden.count }

    /// The answer to `vraag` on the data of `versie`: the kept one, else the one `bereken`
    /// gives, which is kept. `bereken` runs outside the actor, so requests for different
    /// questions compute at the same time. Without a version (`nil`) nothing is kept.
    public nonisolated func antwoord<Fout: Error>(
        _ vraag: Tabelvraag, versie: Int?, bereken: () async throws(Fout) -> Tabelantwoord
    ) async throws(Fout) -> Tabelantwoord {
        if let versie, let bewaard = await zoek(vraag, versie: versie) { return bewaard }
        let antwoord = try await bereken()
        await bewaar(antwoord, voor: vraag, versie: versie)
        return antwoord
    }

    private func zoek(_ vraag: Tabelvraag, versie: Int) -> Tabelantwoord? {
        if versie != self.versie {
            antwoorden = [:]
            self.versie = versie
        }
        klok += 1
        guard let bewaard = antwoorden[vraag] else { return nil }
        antwoorden[vraag]?.gebruikt = klok
        treffers += 1
        return bewaard.antwoord
    }

    /// Keeps `antwoord` unless the data changed since it was looked up (then a newer version
    /// is current and this answer may be stale).
    private func bewaar(_ antwoord: Tabelantwoord, voor vraag: Tabelvraag, versie: Int?) {
        missers += 1
        guard let versie, versie == self.versie, capaciteit > 0 else { return }
        if antwoorden[vraag] == nil, antwoorden.count >= capaciteit,
           let oudste = antwoorden.min(by: { $0.value.gebruikt < $1.value.gebruikt })?.key {
            antwoorden[oudste] = nil
        }
        antwoorden[vraag] = (antwoord, klok)
    }
}
