import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenVraagbestand

struct AntwoordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "antwoord",
        abstract: "Beantwoordt een schriftelijke vraag uit haar vraagbestand: tekst, Word, bijlage, cijfers, controle, bronnen en open data in één map.",
        discussion: """
            Leest Vragen/vraag-NNN.toml (of de map uit --vragen of SAMENLEVEN_VRAGEN; zie \
            Vragen/README.md), beantwoordt elke deelvraag met een tabel en schrijft in de map \
            (standaard Exports/vraag-NNN/):
              antwoord.md en antwoord.docx   het ontwerpantwoord; beleidsvragen krijgen [IN TE VULLEN DOOR HET KABINET]
              bijlage.xlsx                   de bijlage: een blad per deelvraag met een tabel
              antwoord.json                  de vraag en per deelvraag haar cijfers in lange vorm, totalen en bronnen
              gegevens/deelvraag-N.csv       dezelfde cijfers per deelvraag als CSV
              controle.txt                   de consistentiecontrole van de gebruikte gegevens
              bronnen.md                     de bron van elk cijfer in het antwoord
              opendata/                      het open-datapakket van het projectjaar (zie 'samenleven opendata')

            Een vraagbestand dat niet bruikbaar is, wordt geweigerd met elk probleem als \
            BESTAND:REGEL: melding (exit 2); dan wordt niets geschreven.

            Met --huisstijl BESTAND.docx neemt antwoord.docx de opmaakprofielen, de pagina-instelling \
            (papierformaat, marges) en de kop- en voetteksten over uit een Word-document van het \
            kabinet (gemaakt met Word of LibreOffice); opmaakprofielen die het antwoord gebruikt en \
            die het document niet heeft (Antwoord, Deelantwoord, Opsomming, Kader, Tabeltekst, \
            Tabel), komen uit de standaardopmaak. Zonder --huisstijl blijft de standaardopmaak. Een \
            bestand dat geen bruikbaar Word-document is, is een fout en dan wordt niets geschreven.

            De tekst komt uit een sjabloon in Templates/: de sleutel sjabloon van het vraagbestand, \
            anders vraag-NNN.mustache als dat bestaat, anders standaard.mustache (per deelvraag de \
            tekst, de belangrijkste cijfers en de tabel of een verwijzing naar haar blad). Een naam \
            in het sjabloon die de gegevens niet kennen, is een fout met het regelnummer.

            Voorbeelden:
              samenleven antwoord 492
              samenleven antwoord 492 --uit /tmp/antwoord
              samenleven antwoord 1234 --vragen ~/vragen
              samenleven antwoord 492 --huisstijl kabinet.docx
              samenleven antwoord 3105 --tekst vraag-3105.txt   (stelt eerst het vraagbestand op)
            """)

    @Argument(help: ArgumentHelp("Het nummer van de schriftelijke vraag.", valueName: "nummer"))
    var nummer: Int

    @Option(help: ArgumentHelp("De map voor het antwoord; standaard Exports/vraag-NNN.", valueName: "map"))
    var uit: String?

    @OptionGroup var vragenmap: VragenOptions

    @Option(help: ArgumentHelp("Het projectjaar van de tekst en het open-datapakket (1, 2 of 3); standaard het laatste van projectjaren in het vraagbestand, anders het jaar dat liep op de datum van de vraag.", valueName: "N"),
            transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(help: ArgumentHelp("Een ander sjabloon uit de sjablonenmap (zonder .mustache); gaat voor de sleutel sjabloon van het vraagbestand.", valueName: "naam"))
    var sjabloon: String?

    @OptionGroup var sjablonen: SjablonenOptions

    @Option(help: ArgumentHelp("Een Word-document (.docx) van het kabinet: antwoord.docx neemt er de opmaakprofielen, pagina-instelling en kop- en voetteksten van over.", valueName: "bestand.docx"))
    var huisstijl: String?

    @Option(help: ArgumentHelp("De tekst van de vraag: bestaat er nog geen vraagbestand, dan wordt het eerst opgesteld (zoals 'samenleven vraagbestand').", valueName: "bestand"))
    var tekst: String?

    @OptionGroup var opslag: StoreOptions

    /// A question number is a positive whole number (the parser already refused text).
    static func controleer(vraagnummer nummer: Int) throws {
        guard nummer > 0 else { throw InvalidInput("het vraagnummer moet een positief geheel getal zijn, niet \(nummer).") }
    }

    /// The question file of question `nummer` (`vraag-NNN.toml` in `--vragen`, the environment
    /// variable or Vragen/), read and checked; every problem as an input error (exit 2).
    static func vraagbestand(nummer: Int, vragen: String?) throws -> Vraagbestand {
        try Self.controleer(vraagnummer: nummer)
        do {
            return try Vraagbestand.lees(try Vraagbestand.zoek(nummer: nummer, map: vragen))
        } catch {
            throw InvalidInput(error.description)
        }
    }

    /// The corrections kept with the toolkit, for the bundle (also handed to `samenleven web`).
    static func correcties() throws -> [Correctie] {
        try Correctie.lees(csv: String(decoding: try StandaardGegevens.correctiesCSV(), as: UTF8.self))
    }

    func run() throws {
        try Self.controleer(vraagnummer: nummer)
        if let tekst, (try? Vraagbestand.zoek(nummer: nummer, map: vragenmap.map)) == nil {
            let (pad, ontwerp) = try VraagbestandCommand.stelOp(nummer: nummer, tekst: tekst, vragen: vragenmap.map, regels: nil, vervang: false)
            printError("Nog geen vraagbestand voor vraag \(nummer): \(pad) opgesteld uit \(tekst) (\(ontwerp.samenvatting)); kijk het na.")
        } else if let tekst {
            printError("Het vraagbestand van vraag \(nummer) bestaat al; --tekst \(tekst) wordt niet gebruikt.")
        }
        // Read (and refused) before anything else is done: nothing is written for a bad file.
        let vraagbestand = try Self.vraagbestand(nummer: nummer, vragen: vragenmap.map)
        let huisstijl: Huisstijl?
        do {
            huisstijl = try self.huisstijl.map { try Huisstijl.lees(URL(fileURLWithPath: $0)) }
        } catch let fout as Huisstijl.Fout {
            throw InvalidInput("--huisstijl \(fout.description)")
        }
        let doel = URL(fileURLWithPath: uit ?? "Exports/vraag-\(nummer)")
        try CommandOutput.checkFolder(doel)
        let sjabloon: Antwoordsjabloon
        do {
            sjabloon = try SjablonenMap.zoek(gegeven: sjablonen.map).sjabloon(voorVraag: nummer, naam: self.sjabloon ?? vraagbestand.sjabloon)
        } catch let fout as SjablonenMap.Fout {
            throw InvalidInput(fout.description)
        } catch let fout as Antwoordsjabloon.Fout {
            throw InvalidInput(fout.description)
        }
        let store = try opslag.open()
        let bundel = Antwoordbundel(dataset: try store.laad(), correcties: try Self.correcties(), vraagbestand: vraagbestand,
                                    projectjaar: projectjaar?.nummer, sjabloon: sjabloon, huisstijl: huisstijl)
        let bestanden: [String]
        do {
            bestanden = try bundel.schrijf(naar: doel)
        } catch let fout as Antwoordsjabloon.Fout {
            throw InvalidInput(fout.description)
        } catch let fout as Vraagbestand.Fout {
            throw InvalidInput(fout.description)
        }
        let opendata = bestanden.filter { $0.hasPrefix("opendata/") }.count
        let gegevens = bestanden.filter { $0.hasPrefix("gegevens/") }.count
        print("Antwoord op vraag \(nummer) (\(vraagbestand.bestand)), projectjaar \(bundel.projectjaar), geschreven in \(doel.path)/:")
        for naam in bestanden where !naam.hasPrefix("opendata/") && !naam.hasPrefix("gegevens/") { print("  \(naam)") }
        if gegevens > 0 { print("  gegevens/ (\(gegevens) \(gegevens == 1 ? "bestand" : "bestanden"))") }
        print("  opendata/ (\(opendata) bestanden)")
    }
}
