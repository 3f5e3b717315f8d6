import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

struct AntwoordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "antwoord",
        abstract: "Stelt het antwoord op een parlementaire vraag op: tekst, Word, bijlage, controle, bronnen en open data in één map.",
        discussion: """
            Schrijft in de map (standaard Exports/vraag-NNN/):
              antwoord.md en antwoord.docx   het ontwerpantwoord, genummerd 1-9, met elk cijfer uit de gegevens;
                                             beleidsantwoorden (4, 6, 9) krijgen een duidelijke plaats voor het kabinet
              bijlage.xlsx                   de bijlage met alle antwoorden (zie 'samenleven bijlage')
              controle.txt                   de consistentiecontrole van de gebruikte gegevens
              bronnen.md                     de bron van elk cijfer in het antwoord
              opendata/                      het open-datapakket (zie 'samenleven opendata')

            Met --huisstijl BESTAND.docx neemt antwoord.docx de opmaakprofielen, de pagina-instelling \
            (papierformaat, marges) en de kop- en voetteksten over uit een Word-document van het \
            kabinet (gemaakt met Word of LibreOffice); opmaakprofielen die het antwoord gebruikt en \
            die het document niet heeft (Antwoord, Deelantwoord, Opsomming, Kader, Tabeltekst, \
            Tabel), komen uit de standaardopmaak. Zonder --huisstijl blijft de standaardopmaak. Een \
            bestand dat geen bruikbaar Word-document is, is een fout en dan wordt niets geschreven.

            De tekst komt uit een sjabloon in Templates/ (vraag-NNN.mustache, anders \
            standaard.mustache), zodat het kabinet de formulering kan aanpassen zonder Swift. Een \
            naam in het sjabloon die de gegevens niet kennen, is een fout met het regelnummer.

            Voorbeelden:
              samenleven antwoord 492
              samenleven antwoord 492 --projectjaar 2 --uit /tmp/antwoord
              samenleven antwoord 1234 --datum 2025-02-03 --vraagsteller "Naam Parlementslid"
              samenleven antwoord 492 --huisstijl kabinet.docx
            """)

    @Argument(help: ArgumentHelp("Het nummer van de schriftelijke vraag.", valueName: "nummer"))
    var nummer: Int

    @Option(help: ArgumentHelp("De map voor het antwoord; standaard Exports/vraag-NNN.", valueName: "map"))
    var uit: String?

    @Option(help: ArgumentHelp("Het projectjaar (1, 2 of 3); standaard het jaar dat liep op de datum van de vraag.", valueName: "N"),
            transform: Projectjaar.parser("--projectjaar"))
    var projectjaar: Projectjaar?

    @Option(help: ArgumentHelp("Een ander sjabloon uit de sjablonenmap (zonder .mustache).", valueName: "naam"))
    var sjabloon: String?

    @Option(help: ArgumentHelp("De map met sjablonen; standaard Templates/.", valueName: "map"))
    var sjablonen: String?

    @Option(help: ArgumentHelp("Datum van de vraag (voor een ander nummer dan 492).", valueName: "JJJJ-MM-DD"), transform: CalendarDate.parser("--datum"))
    var datum: CalendarDate?

    @Option(help: ArgumentHelp("Wie de vraag stelde (voor een ander nummer dan 492).", valueName: "naam"))
    var vraagsteller: String?

    @Option(help: ArgumentHelp("De minister die antwoordt (voor een ander nummer dan 492).", valueName: "naam"))
    var minister: String?

    @Option(help: ArgumentHelp("Een Word-document (.docx) van het kabinet: antwoord.docx neemt er de opmaakprofielen, pagina-instelling en kop- en voetteksten van over.", valueName: "bestand.docx"))
    var huisstijl: String?

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        guard nummer > 0 else { throw InvalidInput("het vraagnummer moet een positief geheel getal zijn, niet \(nummer).") }
        // Read (and refused) before anything else is done: nothing is written for a bad file.
        let huisstijl: Huisstijl?
        do {
            huisstijl = try self.huisstijl.map { try Huisstijl.lees(URL(fileURLWithPath: $0)) }
        } catch let fout as Huisstijl.Fout {
            throw InvalidInput("--huisstijl \(fout.description)")
        }
        let doel = URL(fileURLWithPath: uit ?? "Exports/vraag-\(nummer)")
        try CommandOutput.checkFolder(doel)
        let vraag = ParlementaireVraag.standaard(nummer: nummer, datum: datum, vraagsteller: vraagsteller, minister: minister)
        let datumBekend = nummer == ParlementaireVraag.vraag492.nummer || datum != nil
        let store = try opslag.open()
        let projectjaar = try self.projectjaar?.nummer
            ?? (datumBekend ? vraag.projectjaar : (try store.gegevens().projectjaren.last ?? Projectjaar.alle.last!.nummer))
        let sjabloon: Antwoordsjabloon
        do {
            sjabloon = try SjablonenMap.zoek(gegeven: sjablonen).sjabloon(voorVraag: nummer, naam: self.sjabloon)
        } catch let fout as SjablonenMap.Fout {
            throw InvalidInput(fout.description)
        } catch let fout as Antwoordsjabloon.Fout {
            throw InvalidInput(fout.description)
        }
        let correcties = try Correctie.lees(csv: String(decoding: try StandaardGegevens.correctiesCSV(), as: UTF8.self))
        let bundel = Antwoordbundel(dataset: try store.laad(), correcties: correcties, vraag: vraag, projectjaar: projectjaar, sjabloon: sjabloon, datumBekend: datumBekend,
                                  huisstijl: huisstijl)
        let bestanden: [String]
        do {
            bestanden = try bundel.schrijf(naar: doel)
        } catch let fout as Antwoordsjabloon.Fout {
            throw InvalidInput(fout.description)
        }
        let opendata = bestanden.filter { $0.hasPrefix("opendata/") }.count
        print("Antwoord op vraag \(nummer), projectjaar \(projectjaar), geschreven in \(doel.path)/:")
        for naam in bestanden where !naam.hasPrefix("opendata/") { print("  \(naam)") }
        print("  opendata/ (\(opendata) bestanden)")
    }
}
