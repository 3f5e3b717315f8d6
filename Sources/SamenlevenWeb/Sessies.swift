import Foundation

/// A signed-in browser: who, with which role, and the token its forms must send back.
struct Sessie: Sendable {
    let naam: String
    let rol: Rol
    let csrf: String
    let geldigTot: Date
}

/// The sessions of one server, in memory: a restart signs everyone out.
actor Sessies {
    private var sessies: [String: Sessie] = [:]
    static let duur: TimeInterval = 8 * 3600
    /// At most this many sessions are kept: a client that never sends its cookie back (a
    /// script, a load test) opens a session per request, and must not fill the memory. The
    /// names with failed logins are bounded by the same number.
    let maximum: Int

    init(maximum: Int = 10_000) { self.maximum = maximum }

    var aantal: Int { sessies.count }

    func nieuw(naam: String, rol: Rol) -> (sleutel: String, sessie: Sessie) {
        let sleutel = Self.willekeurig()
        let sessie = Sessie(naam: naam, rol: rol, csrf: Self.willekeurig(), geldigTot: Date().addingTimeInterval(Self.duur))
        if sessies.count >= maximum { maakPlaats() }
        sessies[sleutel] = sessie
        return (sleutel, sessie)
    }

    /// Drops the expired sessions and, when that is not enough, the oldest quarter: work in
    /// proportion to the sessions only once per `maximum / 4` new ones.
    private func maakPlaats() {
        let nu = Date()
        sessies = sessies.filter { $0.value.geldigTot > nu }
        guard sessies.count >= maximum else { return }
        let oudste = sessies.sorted { $0.value.geldigTot < $1.value.geldigTot }.prefix(max(1, maximum / 4))
        for (sleutel, _) in oudste { sessies[sleutel] = nil }
    }

    func zoek(_ sleutel: String) -> Sessie? {
        guard let sessie = sessies[sleutel] else { return nil }
        guard sessie.geldigTot > Date() else {
            sessies[sleutel] = nil
            return nil
        }
        return sessie
    }

    func verwijder(_ sleutel: String) { sessies[sleutel] = nil }

    /// Failed logins per user name, the last `pogingen` within `wachttijd`.
    private var mislukt: [String: [Date]] = [:]
    static let pogingen = 5
    static let wachttijd: TimeInterval = 15 * 60

    /// Whether `naam` may try again: fewer than `pogingen` failures in the last `wachttijd`.
    func magAanmelden(_ naam: String) -> Bool {
        let grens = Date().addingTimeInterval(-Self.wachttijd)
        mislukt[naam] = mislukt[naam]?.filter { $0 > grens }
        return (mislukt[naam]?.count ?? 0) < Self.pogingen
    }

    /// Notes a failed login. Every name tried gets an entry, so the names kept are bounded
    /// like the sessions: a script that tries name after name must not fill the memory.
    func noteerMislukt(_ naam: String) {
        if mislukt[naam] == nil, mislukt.count >= maximum { maakPlaatsVoorPogingen() }
        mislukt[naam, default: []].append(Date())
    }

    var aantalNamenMetPogingen: Int { mislukt.count }

    /// Drops the names whose failures are all older than `wachttijd` (they may try again
    /// anyway) and, when that is not enough, the quarter whose last failure is oldest.
    private func maakPlaatsVoorPogingen() {
        let grens = Date().addingTimeInterval(-Self.wachttijd)
        mislukt = mislukt.filter { ($0.value.last ?? .distantPast) > grens }
        guard mislukt.count >= maximum else { return }
        let oudste = mislukt.sorted { ($0.value.last ?? .distantPast) < ($1.value.last ?? .distantPast) }.prefix(max(1, maximum / 4))
        for (naam, _) in oudste { mislukt[naam] = nil }
    }

    func wisMislukt(_ naam: String) { mislukt[naam] = nil }

    /// 32 random bytes as hex (SystemRandomNumberGenerator: the system's secure source).
    static func willekeurig() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
