import ArgumentParser
import Foundation
import SamenlevenStore

/// `--db PATH`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Pad naar de databank (SQLite).",
        discussion: "Zonder deze optie: de omgevingsvariabele SAMENLEVEN_DB, anders ~/.local/share/samenleven/samenleven.sqlite. Een nieuwe databank wordt aangemaakt en gevuld met de referentiegegevens; een databank van een ander programma of van een nieuwere versie wordt geweigerd.",
        valueName: "pad"), transform: StorePath.parser("--db"))
    var db: StorePath?

    var path: String { db?.pad ?? Store.defaultPath() }

    /// `SAMENLEVEN_STANDAARDGEGEVENS=0` creates new stores without the default dataset (for
    /// tests and for a clean start with only the administration's own files).
    static var standaardgegevens: Bool {
        ProcessInfo.processInfo.environment["SAMENLEVEN_STANDAARDGEGEVENS"] != "0"
    }

    /// `SAMENLEVEN_WACHTTIJD`: the maximum wait, in seconds, for another command that holds
    /// the store (default 60).
    static let wachttijdVariabele = "SAMENLEVEN_WACHTTIJD"

    static func wachten(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Store.Wachten {
        var maximum = Store.Wachten.standaardMaximum
        if let tekst = environment[wachttijdVariabele], !tekst.isEmpty {
            guard let seconden = Double(tekst), seconden >= 0, seconden <= 86_400 else {
                throw InvalidInput("\(wachttijdVariabele): '\(tekst)' is geen aantal seconden (0 tot 86400).")
            }
            maximum = seconden
        }
        let seconden = Int(maximum.rounded())
        return Store.Wachten(maximum: maximum, meldingNa: 1) {
            printError("wacht op een andere samenleven-opdracht die de databank gebruikt (hoogstens \(seconden) seconden)...")
        }
    }

    func open() throws -> Store {
        return try Store.open(path: path, standaardgegevens: Self.standaardgegevens, wachten: Self.wachten())
    }
}
