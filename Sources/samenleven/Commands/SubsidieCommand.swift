import ArgumentParser
import SamenlevenModel
import SamenlevenStore

struct SubsidieCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidie",
        abstract: "Berekent de subsidie volgens de verdeelsleutel van projectjaar 3.",
        discussion: """
            subsidie = bedrag x min(KPI/2, KPI - huidig bereik), nooit negatief (nota projectoproep 3, 2.4).

            Met --actie komt het standaardbedrag p uit de actiecatalogus (samenleven acties: twee \
            keer de Vlaamse bijdrage per eenheid van het aanvraagformulier); --bedrag gaat voor.

            Voorbeelden uit de nota:
              samenleven subsidie --actie 5 --huidig-bereik 100 --kpi 500      -> 30.000
              samenleven subsidie --huidig-bereik 100 --kpi 500 --bedrag 120   -> 30.000
              samenleven subsidie --huidig-bereik 500 --kpi 800 --bedrag 120   -> 36.000
            """)

    @Option(help: ArgumentHelp("Actienummer (1-24): het standaardbedrag p komt uit de actiecatalogus.", valueName: "N"),
            transform: Actienummer.parser("--actie"))
    var actie: Actienummer?

    @Option(name: .customLong("huidig-bereik"), help: ArgumentHelp("Huidig bereik B vóór het plan (geheel getal).", valueName: "B"),
            transform: Aantal.parser("--huidig-bereik"))
    var huidigBereik: Aantal

    @Option(help: ArgumentHelp("Vooropgestelde KPI K, inclusief het huidig bereik (geheel getal).", valueName: "K"),
            transform: Aantal.parser("--kpi"))
    var kpi: Aantal

    @Option(help: ArgumentHelp("Standaardbedrag per eenheid p, in euro (bv. 120 of 120,50); gaat voor op dat van --actie.", valueName: "p"),
            transform: Bedrag.parser("--bedrag"))
    var bedrag: Bedrag?

    @Flag(help: "Toon ook welke tak van de formule van toepassing is.")
    var uitleg = false

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let b = huidigBereik.waarde, k = kpi.waarde
        let p = try standaardbedrag()
        do {
            print(try Verdeelsleutel.subsidie(huidigBereik: b, kpi: k, standaardbedrag: p).belgianNumber)
            if uitleg { print(try Verdeelsleutel.uitleg(huidigBereik: b, kpi: k, standaardbedrag: p)) }
        } catch {
            throw InvalidInput(error.description)
        }
    }

    /// p from --bedrag, else from the catalogue's entry of --actie (the store's: an imported
    /// catalogue wins over the built-in one).
    func standaardbedrag() throws -> Euro {
        if let bedrag { return bedrag.euro }
        guard let nummer = actie?.nummer else { throw InvalidInput("geef --actie (het standaardbedrag uit de catalogus) of --bedrag") }
        guard let entry = try opslag.open().acties()[nummer] else {
            throw InvalidInput("--actie: actie \(nummer) staat niet in de actiecatalogus (acties 1 tot 24)")
        }
        guard let p = entry.standaardbedrag else {
            throw InvalidInput("--actie: de actiecatalogus kent geen standaardbedrag voor \(entry.label); geef het met --bedrag")
        }
        return p
    }
}
