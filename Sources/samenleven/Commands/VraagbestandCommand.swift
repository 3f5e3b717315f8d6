import ArgumentParser
import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
import SamenlevenVraagopsteller

struct VraagbestandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vraagbestand",
        abstract: "Stelt uit de tekst van een schriftelijke vraag een ontwerp van haar vraagbestand op (vraag-NNN.toml).",
        discussion: """
            Leest de tekst van de vraag (gewone tekst zoals gekopieerd van de website van het \
            Vlaams Parlement of uit een pdf: paginakoppen, afbrekingen op het einde van een regel \
            en nummering als 1., 2), a), b. mogen erin staan) en schrijft vraag-NNN.toml in de map \
            uit --vragen, SAMENLEVEN_VRAGEN of Vragen/: het hoofd (nummer, datum, vraagsteller, \
            minister), een [[deelvraag]] per genummerde deelvraag (en per letter als de delen iets \
            anders vragen) met een voorstel: een tabel met indeling, maten, projectjaren en filters, \
            of beleid = true. Boven elk voorstel zegt commentaar welke woorden ertoe leidden; \
            # NAKIJKEN staat waar de tekst dubbelzinnig was. De herkenning volgt regels in een \
            gegevensbestand (zie 'Een vraagbestand laten opstellen' in Vragen/README.md); \
            --regels BESTAND vult ze aan.

            Een bestaand vraagbestand wordt enkel vervangen met --vervang. Het ontwerp wordt \
            nagelezen zoals 'samenleven antwoord' het leest, voor het geschreven wordt.

            Voorbeelden:
              samenleven vraagbestand 492 --tekst vraag-492.txt
              samenleven vraagbestand 3105 --tekst vraag.txt --vragen ~/vragen --vervang
              samenleven antwoord 3105 --tekst vraag.txt
            """)

    @Argument(help: ArgumentHelp("Het nummer van de schriftelijke vraag.", valueName: "nummer"))
    var nummer: Int

    @Option(help: ArgumentHelp("Het tekstbestand met de vraag (UTF-8).", valueName: "bestand"))
    var tekst: String

    @OptionGroup var vragenmap: VragenOptions

    @Option(help: ArgumentHelp("Een eigen regelbestand dat de ingebouwde herkenningsregels aanvult.", valueName: "bestand"))
    var regels: String?

    @Flag(help: "Vervang een bestaand vraagbestand.")
    var vervang = false

    func run() throws {
        let (pad, ontwerp) = try Self.stelOp(nummer: nummer, tekst: tekst, vragen: vragenmap.map, regels: regels, vervang: vervang)
        print("Vraagbestand \(pad) opgesteld uit \(tekst): \(ontwerp.samenvatting).")
        for (deelvraag, voorstel) in zip(ontwerp.vraagbestand.deelvragen, ontwerp.voorstellen) {
            print("  \(deelvraag.nummer): \(deelvraag.vorm.beschrijving)\(voorstel.nakijken.isEmpty ? "" : " (NAKIJKEN)")")
        }
        print("Kijk het na en beantwoord de vraag met: samenleven antwoord \(nummer)" + (vragenmap.map.map { " --vragen \($0)" } ?? ""))
    }

    /// Drafts `vraag-NNN.toml` from the text file `tekst` and writes it atomically in the
    /// question folder; refuses an existing file unless `vervang`. Returns the path written.
    static func stelOp(nummer: Int, tekst: String, vragen: String?, regels: String?, vervang: Bool) throws -> (String, Vraagopsteller.Ontwerp) {
        try AntwoordCommand.controleer(vraagnummer: nummer)
        let map = Vraagbestand.vragenmap(vragen).map
        let pad = (map.relativePath as NSString).appendingPathComponent(Vraagbestand.bestandsnaam(nummer: nummer))
        if FileManager.default.fileExists(atPath: pad) && !vervang {
            throw InvalidInput("\(pad): het vraagbestand bestaat al; geef --vervang om het te vervangen door een nieuw ontwerp.")
        }
        try CommandOutput.check(pad)
        let ontwerp: Vraagopsteller.Ontwerp
        do {
            var herkenning = Herkenningsregels.ingebouwd
            if let regels { herkenning = herkenning.uitgebreid(met: try Herkenningsregels.lees(URL(fileURLWithPath: regels), bestandsnaam: regels)) }
            let inhoud = try Vraagopsteller.leesTekst(URL(fileURLWithPath: tekst), naam: tekst)
            ontwerp = try Vraagopsteller(regels: herkenning).stelOp(tekst: inhoud, nummer: nummer, vandaag: Vraagopsteller.vandaag(),
                                                                    bron: (tekst as NSString).lastPathComponent, bestandsnaam: pad)
        } catch {
            throw InvalidInput(error.description)
        }
        try CommandOutput.write(ontwerp.toml, to: pad)
        return (pad, ontwerp)
    }
}
