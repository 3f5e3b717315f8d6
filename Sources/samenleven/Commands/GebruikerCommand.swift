import ArgumentParser
import Foundation
import SamenlevenWeb
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

struct GebruikerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gebruiker",
        abstract: "Beheert de gebruikers van samenleven web.",
        subcommands: [GebruikerToevoegenCommand.self])
}

struct GebruikerToevoegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toevoegen",
        abstract: "Voegt een gebruiker toe aan het gebruikersbestand (of geeft een bestaande een nieuwe rol en wachtwoord).",
        discussion: """
            Het wachtwoord (minstens 10 tekens) wordt gevraagd zonder het te tonen, of gelezen van \
            de standaardinvoer (één regel). Het bestand bewaart enkel een bcrypt-hash met zout, \
            nooit het wachtwoord. Rollen: lezer (lezen en downloaden), invoerder (ook inlezen en \
            vraagbestanden schrijven), beheerder (ook gebruikers en open data).

            Voorbeeld:
              samenleven gebruiker toevoegen an --rol beheerder --gebruikers /etc/samenleven/gebruikers.json
            """)

    @Argument(help: ArgumentHelp("De gebruikersnaam.", valueName: "naam"))
    var naam: String

    @Option(help: ArgumentHelp("lezer, invoerder of beheerder.", valueName: "rol"))
    var rol: String

    @OptionGroup var gebruikers: GebruikersOptions

    func run() throws {
        guard let rol = Rol(rawValue: rol.lowercased()) else {
            throw InvalidInput("--rol: '\(rol)' is geen rol. Geldige rollen: \(Rol.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        guard let pad = gebruikers.pad() else {
            throw InvalidInput("geef het gebruikersbestand met --gebruikers BESTAND (of zet SAMENLEVEN_GEBRUIKERS).")
        }
        let wachtwoord = try Self.leesWachtwoord()
        do {
            var bestand = try Gebruikersbestand.lees(pad, moetBestaan: false)
            try bestand.voegToe(naam: naam, rol: rol, wachtwoord: wachtwoord)
            let nieuw = !FileManager.default.fileExists(atPath: pad)
            try CommandOutput.write(try bestand.json(), to: pad)
            // Only the owner reads the hashes of a new file (an existing file keeps its rights).
            if nieuw { try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pad) }
        } catch let fout as GebruikersFout {
            throw InvalidInput(fout.boodschap)
        }
        print("Gebruiker \(naam) (\(rol.rawValue)) bewaard in \(pad).")
    }

    /// The password: asked twice without echo on a terminal, else one line of standard input.
    static func leesWachtwoord() throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            guard let regel = readLine(strippingNewline: true) else { throw InvalidInput("geen wachtwoord op de standaardinvoer.") }
            return regel
        }
        let eerste = try vraagZonderEcho("Wachtwoord: ")
        let tweede = try vraagZonderEcho("Nogmaals: ")
        guard eerste == tweede else { throw InvalidInput("de twee wachtwoorden verschillen.") }
        return eerste
    }

    static func vraagZonderEcho(_ vraag: String) throws -> String {
        FileHandle.standardError.write(Data(vraag.utf8))
        var oud = termios()
        tcgetattr(STDIN_FILENO, &oud)
        var stil = oud
        stil.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &stil)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &oud)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let regel = readLine(strippingNewline: true) else { throw InvalidInput("geen wachtwoord gegeven.") }
        return regel
    }
}
