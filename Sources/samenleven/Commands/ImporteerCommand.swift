import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore

struct ImporteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "importeer",
        abstract: "Leest de spreadsheets van de administratie (CSV of XLSX) in de databank.",
        discussion: """
            Een CSV-bestand bevat één soort; de soort volgt uit de bestandsnaam \
            (toekenningen.csv, toekenningen-2024.csv) of uit --soort. Een XLSX-werkboek heeft \
            één blad per soort, genoemd naar de soort; andere bladen worden overgeslagen.

            Soorten: \(Soort.lijst).

            Alles of niets: bij één fout wordt niets opgeslagen en worden alle fouten gemeld als \
            BESTAND:RIJ:KOLOM: melding (rij 1 is de kopregel). Een soort importeren vervangt de \
            opgeslagen gegevens van die soort voor de projectjaren in het bestand; hetzelfde \
            bestand opnieuw importeren verandert niets.

            Voorbeelden:
              samenleven importeer toekenningen-2024.csv
              samenleven importeer gegevens.xlsx --droog
            """)

    @Argument(help: ArgumentHelp("Een of meer CSV- of XLSX-bestanden.", valueName: "bestand"))
    var bestanden: [String]

    @Option(help: ArgumentHelp("De soort van de CSV-bestanden, als de bestandsnaam ze niet aangeeft.", valueName: "soort"))
    var soort: String?

    @Flag(help: "Enkel controleren en melden wat er zou veranderen; niets opslaan.")
    var droog = false

    @OptionGroup var opslag: StoreOptions

    /// How many problems are listed before the rest is only counted.
    static let shownProblems = 50

    /// Prints the first `shownProblems` lines to standard error and then how many more there
    /// are: errors and warnings alike, so that a hostile file cannot flood the terminal.
    static func printCapped(_ lines: [String], prefix: String = "", meervoud: String) {
        for line in lines.prefix(shownProblems) { printError(prefix + line) }
        if lines.count > shownProblems {
            printError("... en nog \(BelgianNumber.format(lines.count - shownProblems)) \(meervoud) (\(BelgianNumber.format(lines.count)) in totaal)")
        }
    }

    func run() throws {
        let soort = try self.soort.map { text -> Soort in
            guard let soort = Soort(bladnaam: text) else {
                throw InvalidInput("onbekende soort '\(text)'. Geldige soorten: \(Soort.lijst).")
            }
            return soort
        }
        for path in self.bestanden {
            guard !path.isEmpty else {
                throw InvalidInput("'' (een leeg argument) is geen bestand; geef de naam van een CSV- of XLSX-bestand")
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InvalidInput("\(path): bestand niet gevonden")
            }
            guard !isDirectory.boolValue else {
                throw InvalidInput("\(path): is een map, geen bestand; geef de CSV- of XLSX-bestanden zelf")
            }
        }
        // Files are named by their last path component, unless two share it: then by the path
        // as given, so that every message names the file it is about.
        let urls = self.bestanden.map { URL(fileURLWithPath: $0) }
        let names = urls.map(\.lastPathComponent)
        let bestanden = zip(urls, self.bestanden).map { url, path in
            ImportBestand(url: url, naam: names.filter { $0 == url.lastPathComponent }.count > 1 ? path : url.lastPathComponent,
                          soort: soort)
        }
        let store = try opslag.open()
        let progress = Progress.whenInteractive()
        let verslag: ImportVerslag
        do {
            verslag = try Importer(store: store).importeer(bestanden, opties: ImportOpties(droog: droog), voortgang: progress?.update)
            progress?.finish()
        } catch let failure as ImportFailure {
            progress?.finish()
            Self.printCapped(failure.waarschuwingen, prefix: "waarschuwing: ", meervoud: "waarschuwingen")
            Self.printCapped(failure.problemen.map(\.description), meervoud: "fouten")
            let count = failure.problemen.count
            printError("\(BelgianNumber.format(count)) \(count == 1 ? "fout" : "fouten") gevonden; er is niets opgeslagen.")
            throw ExitStatusError(status: ExitStatus.invalidInput)
        }
        Self.printCapped(verslag.waarschuwingen, prefix: "waarschuwing: ", meervoud: "waarschuwingen")
        var table = TextTable(headers: ["Soort", "Toegevoegd", "Vervangen", "Ongewijzigd", "Verwijderd"],
                              alignments: [.left, .right, .right, .right, .right])
        table.rows = verslag.tellingen.map {
            [$0.soort.rawValue, BelgianNumber.format($0.toegevoegd), BelgianNumber.format($0.vervangen),
             BelgianNumber.format($0.ongewijzigd), BelgianNumber.format($0.verwijderd)]
        }
        print(table.render())
        print(droog ? "\nDroog: niets opgeslagen (\(BelgianNumber.format(verslag.rijen)) rijen gecontroleerd)."
                    : "\nOpgeslagen in \(store.path) (\(BelgianNumber.format(verslag.rijen)) rijen).")
    }
}
