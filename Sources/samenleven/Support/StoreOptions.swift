import ArgumentParser
import Foundation
import SamenlevenStore

/// `--db PATH`, shared by every command that reads or writes the store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Pad naar de databank (SQLite).",
        discussion: "Zonder deze optie: de omgevingsvariabele SAMENLEVEN_DB, anders ~/.local/share/samenleven/samenleven.sqlite. Een nieuwe databank wordt aangemaakt en gevuld met de referentiegegevens.",
        valueName: "pad"))
    var db: String?

    var path: String { db ?? Store.defaultPath() }

    /// `SAMENLEVEN_STANDAARDGEGEVENS=0` creates new stores without the default dataset (for
    /// tests and for a clean start with only the administration's own files).
    static var standaardgegevens: Bool {
        ProcessInfo.processInfo.environment["SAMENLEVEN_STANDAARDGEGEVENS"] != "0"
    }

    func open() throws -> Store {
        do {
            return try Store.open(path: path, standaardgegevens: Self.standaardgegevens)
        } catch let error as StoreError {
            throw InvalidInput(error.description)
        }
    }
}
