import ArgumentParser
import Foundation

/// `--gebruikers BESTAND`, shared by `web` and `gebruiker toevoegen`: the users file of the web
/// application, else `SAMENLEVEN_GEBRUIKERS`.
struct GebruikersOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Het gebruikersbestand van samenleven web.",
        discussion: "Zonder deze optie: de omgevingsvariabele SAMENLEVEN_GEBRUIKERS. samenleven web zonder gebruikersbestand heeft geen aanmelding en draait enkel op 127.0.0.1, ::1 of localhost.",
        valueName: "bestand"))
    var gebruikers: String?

    /// `--gebruikers`, else `SAMENLEVEN_GEBRUIKERS`, else none.
    func pad(omgeving: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let gebruikers, !gebruikers.isEmpty { return gebruikers }
        if let pad = omgeving["SAMENLEVEN_GEBRUIKERS"], !pad.isEmpty { return pad }
        return nil
    }
}
