import ArgumentParser
import Foundation
import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

struct ControleerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controleer",
        abstract: "Controleert of de gegevens kloppen met de gepubliceerde cijfers en met de regels van het plan.",
        discussion: """
            Elke bevinding heeft een ernst (FOUT, WAARSCHUWING, INFO), een bron (bestand:rij of \
            gepubliceerde bron) en een melding. Gecontroleerd worden o.a.: sommen tegenover de \
            gepubliceerde totalen, dubbele vermeldingen, een vermelde provincie die niet klopt met de \
            NIS-code, besturen in meer dan één samenwerkingsverband, vermelde tegenover berekende \
            aantallen, de regels van projectjaar 3, subsidies van projectjaar 3 die afwijken van de \
            verdeelsleutel, de samenwerkingsstimulans (buiten de vergelijking met het gepubliceerde \
            totaal) en gepubliceerde cijfers waarvan de bronnen verschillende versies geven.

            Met --gepubliceerde-samenwerkingsverbanden wordt een lijst zoals gepubliceerd \
            (kolommen volgorde,provincie_zoals_vermeld,indiener,partner) gecontroleerd in plaats van \
            de databank.

            Afsluitcode: 0 zonder fouten of waarschuwingen, 3 met bevindingen, 2 ongeldige invoer.
            """)

    @Option(help: ArgumentHelp("Enkel dit projectjaar (1, 2 of 3).", valueName: "jaar"), transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(name: .customLong("gepubliceerde-samenwerkingsverbanden"),
            help: ArgumentHelp("Controleer deze lijst van samenwerkingsverbanden zoals gepubliceerd.", valueName: "bestand"))
    var gepubliceerdeLijst: String?

    // The default is in the text: ArgumentParser shows none for an option with its own parser.
    @Option(help: ArgumentHelp("tekst of json. (standaard: tekst)", valueName: "formaat"), transform: FindingsFormat.parser("--formaat"))
    var formaat: FindingsFormat = .tekst

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let projectjaar = self.projectjaar?.nummer
        let store = try opslag.open()
        let bevindingen: [Bevinding]
        if let pad = gepubliceerdeLijst {
            let lijst: GepubliceerdeSamenwerkingslijst
            do {
                lijst = try GepubliceerdeSamenwerkingslijst(url: URL(fileURLWithPath: pad), projectjaar: projectjaar ?? 1)
            } catch let fout as GepubliceerdeSamenwerkingslijst.Fout {
                throw InvalidInput(fout.boodschap)
            }
            bevindingen = lijst.controleer(acties: try store.acties(), gepubliceerd: try store.gepubliceerdeCijfers())
        } else {
            bevindingen = Controle.voerUit(try store.laad(), projectjaar: projectjaar)
        }

        if formaat == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(bevindingen), as: UTF8.self))
        } else {
            for b in bevindingen { printText(b.regel) }
            let telling = Bevinding.Ernst.allCases.map { ernst in "\(bevindingen.filter { $0.ernst == ernst }.count) \(ernst.rawValue)" }
            print((bevindingen.isEmpty ? "Geen bevindingen." : "\(bevindingen.count) bevindingen: ") + (bevindingen.isEmpty ? "" : telling.joined(separator: ", ") + "."))
        }
        if bevindingen.contains(where: { $0.ernst != .info }) { throw ExitStatusError(status: ExitStatus.findings) }
    }
}
