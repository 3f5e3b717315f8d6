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

    @Option(help: ArgumentHelp("Actienummer (1-24): het standaardbedrag p komt uit de actiecatalogus.", valueName: "N"))
    var actie: String?

    @Option(name: .customLong("huidig-bereik"), help: ArgumentHelp("Huidig bereik B vóór het plan (geheel getal).", valueName: "B"))
    var huidigBereik: String

    @Option(help: ArgumentHelp("Vooropgestelde KPI K, inclusief het huidig bereik (geheel getal).", valueName: "K"))
    var kpi: String

    @Option(help: ArgumentHelp("Standaardbedrag per eenheid p, in euro (bv. 120 of 120,50); gaat voor op dat van --actie.", valueName: "p"))
    var bedrag: String?

    @Flag(help: "Toon ook welke tak van de formule van toepassing is.")
    var uitleg = false

    @OptionGroup var opslag: StoreOptions

    func run() throws {
        let b = try wholeNumber(huidigBereik, option: "--huidig-bereik")
        let k = try wholeNumber(kpi, option: "--kpi")
        let p = try standaardbedrag()
        guard p <= Grenzen.bedrag else {
            throw InvalidInput("--bedrag: \(p.belgianWords) is te veel; hoogstens \(Grenzen.bedrag.belgianWords) (de grens van het invoerformaat)")
        }
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
        if let bedrag {
            do { return try Euro(parsing: bedrag) } catch { throw InvalidInput("--bedrag: \(error.description)") }
        }
        guard let actie else { throw InvalidInput("geef --actie (het standaardbedrag uit de catalogus) of --bedrag") }
        let nummer = try wholeNumber(actie, option: "--actie")
        guard let entry = try opslag.open().acties()[nummer] else {
            throw InvalidInput("--actie: actie \(nummer) staat niet in de actiecatalogus (acties 1 tot 24)")
        }
        guard let p = entry.standaardbedrag else {
            throw InvalidInput("--actie: de actiecatalogus kent geen standaardbedrag voor \(entry.label); geef het met --bedrag")
        }
        return p
    }
}

/// A whole number option within the bounds of the import format.
func wholeNumber(_ text: String, option: String) throws -> Int {
    let value: Int
    do { value = try BelgianNumber.parseWholeNumber(text) } catch { throw InvalidInput("\(option): \(error.description)") }
    guard value <= Grenzen.aantal else {
        throw InvalidInput("\(option): \(BelgianNumber.format(value)) is te groot; hoogstens \(BelgianNumber.format(Grenzen.aantal)) (de grens van het invoerformaat)")
    }
    return value
}
