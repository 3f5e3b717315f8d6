import ArgumentParser
import Dispatch
import Foundation
import SamenlevenStore
import SamenlevenVraagbestand
import SamenlevenWeb

struct WebCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "web",
        abstract: "Start de webtoepassing: Overzicht, Invoer, Vragen, Antwoorden en Open data in de browser.",
        discussion: """
            Toont het adres om te openen en draait tot Ctrl-C. Zonder --gebruikers (of \
            SAMENLEVEN_GEBRUIKERS) is er geen aanmelding en is iedereen beheerder; dat kan enkel op \
            127.0.0.1, ::1 of localhost. Op een ander adres weigert samenleven web te starten zonder \
            gebruikersbestand (maak het met 'samenleven gebruiker toevoegen').

            De webtoepassing leest dezelfde databank als de andere opdrachten (--db), en rekent met \
            dezelfde motor als 'samenleven vraag', 'samenleven controleer', 'samenleven vraagbestand', \
            'samenleven antwoord' en 'samenleven opendata'. De pagina Antwoorden leest en schrijft de \
            vraagbestanden in --vragen (standaard $SAMENLEVEN_VRAGEN, anders Vragen/) en gebruikt de \
            sjablonen uit --sjablonen (standaard $SAMENLEVEN_SJABLONEN, anders Templates/).

            Voorbeelden:
              samenleven web
              samenleven web --poort 8081 --db /pad/naar/samenleven.sqlite
              samenleven web --adres 0.0.0.0 --gebruikers /etc/samenleven/gebruikers.json
              samenleven web --vragen ~/vragen --sjablonen ~/sjablonen
            """)

    @Option(help: ArgumentHelp("Het adres waarop de server luistert (standaard 127.0.0.1).", valueName: "adres"))
    var adres = "127.0.0.1"

    @Option(help: ArgumentHelp("De poort (standaard 8080).", valueName: "poort"))
    var poort = 8080

    @Option(help: ArgumentHelp("Hoeveel antwoorden de pagina Vragen bijhoudt, zodat dezelfde vraag op ongewijzigde gegevens niet opnieuw berekend wordt (standaard \(Antwoordcache.standaardcapaciteit); 0 berekent elke vraag opnieuw). Een invoer of een andere wijziging van de databank wist ze.", valueName: "aantal"))
    var antwoordcache = Antwoordcache.standaardcapaciteit

    @OptionGroup var vragenmap: VragenOptions

    @OptionGroup var sjablonen: SjablonenOptions

    @OptionGroup var gebruikers: GebruikersOptions

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        guard (1...65_535).contains(poort) else { throw InvalidInput("--poort: \(poort) is geen poort (1 tot 65535).") }
        guard antwoordcache >= 0 else { throw InvalidInput("--antwoordcache: \(antwoordcache) is geen aantal (0 of meer).") }
        let instellingen: WebInstellingen
        do {
            let pad = gebruikers.pad()
            instellingen = WebInstellingen(adres: adres, poort: poort, gebruikers: try pad.map { try Gebruikersbestand.lees($0) },
                                           vragen: Vraagbestand.vragenmap(vragenmap.map).map, sjablonen: sjablonen.map)
            try instellingen.controleer()
        } catch let fout as GebruikersFout {
            throw InvalidInput(fout.boodschap)
        }
        // Pages read through one connection and load again only after a change; the imports of
        // the Invoer page get a connection of their own (see `importeur`), so a page sees them.
        // The data version of that connection also tells the Vragen page when a kept answer is stale.
        let lading = HergebruikteLading(store: try opslag.open())
        let bron = WebBron(laadMetVersie: { try lading.laadMetVersie() }, correcties: try AntwoordCommand.correcties(),
                           importeer: Self.importeur(try opslag.open()))
        let antwoorden = Antwoordcache(capaciteit: antwoordcache)
        let app = try SamenlevenWebApp.application(bron: bron, instellingen: instellingen, antwoorden: antwoorden) {
            print("samenleven web draait: open \(instellingen.url) in uw browser (Ctrl-C stopt de server).")
            _ = StandardOutput.flushFailure()
        }
        let uitkomst = Uitkomst()
        Task {
            do { try await app.runService() } catch { uitkomst.fout = error }
            uitkomst.klaar.signal()
        }
        uitkomst.klaar.wait()
        if let fout = uitkomst.fout {
            throw InvalidInput("samenleven web kan niet luisteren op \(instellingen.url) (systeemmelding: \(fout)). Is de poort al in gebruik? Kies een andere met --poort.")
        }
    }

    /// How the server ended, handed from its task to the waiting command.
    final class Uitkomst: @unchecked Sendable {
        var fout: Error?
        let klaar = DispatchSemaphore(value: 0)
    }
}
