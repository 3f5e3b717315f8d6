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

    func nieuw(naam: String, rol: Rol) -> (sleutel: String, sessie: Sessie) {
        let sleutel = Self.willekeurig()
        let sessie = Sessie(naam: naam, rol: rol, csrf: Self.willekeurig(), geldigTot: Date().addingTimeInterval(Self.duur))
        sessies = sessies.filter { $0.value.geldigTot > Date() }
        sessies[sleutel] = sessie
        return (sleutel, sessie)
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

    /// 32 random bytes as hex (SystemRandomNumberGenerator: the system's secure source).
    static func willekeurig() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
