import Foundation
import HummingbirdBcrypt

/// What a user of `samenleven web` may do: a lezer reads and downloads, an invoerder also
/// imports and writes question files, a beheerder also manages users and open data.
public enum Rol: String, Sendable, Codable, CaseIterable, Comparable {
    case lezer, invoerder, beheerder

    var rang: Int { Rol.allCases.firstIndex(of: self)! }
    public static func < (a: Rol, b: Rol) -> Bool { a.rang < b.rang }
}

/// One account of the users file: a name, a role and a bcrypt hash (salted; never the password).
public struct Gebruiker: Sendable, Codable, Equatable {
    public let naam: String
    public let rol: Rol
    public let hash: String
}

/// A problem with the users file or a user to add, in Dutch.
public struct GebruikersFout: Error, Sendable, CustomStringConvertible {
    public let boodschap: String
    public var description: String { boodschap }
}

/// The users file of `samenleven web` (JSON, written by `samenleven gebruiker toevoegen`).
public struct Gebruikersbestand: Sendable, Equatable {
    public private(set) var gebruikers: [Gebruiker]

    public init(gebruikers: [Gebruiker] = []) { self.gebruikers = gebruikers }

    struct Inhoud: Codable {
        var versie = 1
        var gebruikers: [Gebruiker]
    }

    /// Reads the file at `pad`; a missing file is an error when `moetBestaan`, else empty.
    public static func lees(_ pad: String, moetBestaan: Bool = true) throws(GebruikersFout) -> Gebruikersbestand {
        guard FileManager.default.fileExists(atPath: pad) else {
            if moetBestaan { throw GebruikersFout(boodschap: "gebruikersbestand '\(pad)' bestaat niet (maak het met 'samenleven gebruiker toevoegen').") }
            return Gebruikersbestand()
        }
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: pad))
            let inhoud = try JSONDecoder().decode(Inhoud.self, from: data)
            return Gebruikersbestand(gebruikers: inhoud.gebruikers)
        } catch {
            throw GebruikersFout(boodschap: "gebruikersbestand '\(pad)' is geen geldig gebruikersbestand van samenleven.")
        }
    }

    /// The file's content; the command line writes it with its atomic writer.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Inhoud(gebruikers: gebruikers))
    }

    /// Adds `naam` or replaces its role and password. `kost`: bcrypt's cost (12; lower in tests).
    public mutating func voegToe(naam: String, rol: Rol, wachtwoord: String, kost: UInt8 = 12) throws(GebruikersFout) {
        guard !naam.isEmpty, naam.count <= 64,
              naam.unicodeScalars.allSatisfy({ CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0) }) else {
            throw GebruikersFout(boodschap: "ongeldige gebruikersnaam '\(naam)': gebruik letters, cijfers, punt, streepje, liggend streepje of @ (hoogstens 64 tekens).")
        }
        guard wachtwoord.count >= 10 else {
            throw GebruikersFout(boodschap: "het wachtwoord is te kort: minstens 10 tekens.")
        }
        guard wachtwoord.utf8.count <= 72 else {
            throw GebruikersFout(boodschap: "het wachtwoord is te lang: hoogstens 72 bytes (de grens van bcrypt).")
        }
        let gebruiker = Gebruiker(naam: naam, rol: rol, hash: Bcrypt.hash(wachtwoord, cost: kost))
        gebruikers.removeAll { $0.naam == naam }
        gebruikers.append(gebruiker)
        gebruikers.sort { $0.naam < $1.naam }
    }

    /// The user when `wachtwoord` is theirs; nil otherwise (unknown name or wrong password
    /// alike). For an unknown name a hash of the file is checked all the same, with its cost,
    /// so both take as long and the time does not tell which names exist.
    func aanmelden(naam: String, wachtwoord: String) -> Gebruiker? {
        guard let gebruiker = gebruikers.first(where: { $0.naam == naam }) else {
            if let lokaas = gebruikers.first { _ = Bcrypt.verify(wachtwoord, hash: lokaas.hash) }
            return nil
        }
        return Bcrypt.verify(wachtwoord, hash: gebruiker.hash) ? gebruiker : nil
    }
}
