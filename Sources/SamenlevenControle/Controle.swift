import Foundation
import SamenlevenModel

/// The consistency checker: compares the records with each other, with the reference data and
/// with the published figures, and reports what does not add up as `Bevinding`en.
///
/// One file per family of checks (`Controle+Totalen`, `Controle+Dubbels`, ...). The checker
/// never changes data; it only reports.
public enum Controle {
    /// Runs every check and returns the findings, sorted (`Bevinding.gesorteerd`).
    ///
    /// - Parameters:
    ///   - gegevens: the records, of all project years (year-3 rules need year 2).
    ///   - referentie: besturen and their provinces.
    ///   - acties: the action catalogue (stored or built in).
    ///   - gepubliceerd: per-action published figures (WEB-CIJFERS).
    ///   - tellingen: counts the sources state in words (`GepubliceerdeTelling.ingebouwd`).
    ///   - projectjaar: only report on this project year; nil = every year in the data.
    ///   - vermeldingen: the numbered entries of a published list of samenwerkingsverbanden;
    ///     nil = derive them from `gegevens.samenwerkingen` (`Verbandvermelding.afgeleid`).
    ///   - projectjaren: the project years with their published granted totals.
    ///   - tegenstrijdig: published figures with rival versions; each is reported once (for
    ///     `projectjaar` only, when given), whatever the data hold.
    public static func voerUit(gegevens: Gegevens,
                               referentie: Referentie = .ingebouwd,
                               acties: ActieCatalogus,
                               gepubliceerd: [GepubliceerdCijfer],
                               tellingen: [GepubliceerdeTelling] = GepubliceerdeTelling.ingebouwd,
                               projectjaar: Int? = nil,
                               vermeldingen: [Verbandvermelding]? = nil,
                               projectjaren: [Projectjaar] = Projectjaar.alle,
                               tegenstrijdig: [TegenstrijdigCijfer] = TegenstrijdigCijfer.ingebouwd) -> [Bevinding] {
        let context = ControleContext(gegevens: gegevens, referentie: referentie, acties: acties,
                                      gepubliceerd: gepubliceerd, tellingen: tellingen, projectjaar: projectjaar,
                                      vermeldingen: vermeldingen ?? Verbandvermelding.afgeleid(uit: gegevens.samenwerkingen),
                                      projectjaren: projectjaren, tegenstrijdig: tegenstrijdig)
        var bevindingen: [Bevinding] = []
        bevindingen += context.totalenPerProjectjaar()
        bevindingen += context.cijfersPerActie()
        bevindingen += context.dubbeleVermeldingen()
        bevindingen += context.dubbeleSleutels()
        bevindingen += context.provincies()
        bevindingen += context.samenwerkingsregels()
        bevindingen += context.tellingen()
        bevindingen += context.jaar3()
        bevindingen += context.verdeelsleutel()
        bevindingen += context.formulierJaar1()
        bevindingen += context.actiesEnStimuli()
        bevindingen += context.tegenstrijdigeCijfers()
        return Bevinding.gesorteerd(Array(Set(bevindingen)))
    }

    /// Checks a dataset loaded at the edge (`Store.laad()`, all project years, since the
    /// year-3 rules need year 2): its records, its action catalogue and its published figures.
    public static func voerUit(_ dataset: Dataset, referentie: Referentie = .ingebouwd,
                               tellingen: [GepubliceerdeTelling] = GepubliceerdeTelling.ingebouwd,
                               projectjaar: Int? = nil) -> [Bevinding] {
        voerUit(gegevens: dataset.gegevens, referentie: referentie, acties: dataset.acties,
                gepubliceerd: dataset.gepubliceerdeCijfers, tellingen: tellingen, projectjaar: projectjaar)
    }

    /// The codes the checker can report, with what each means (for help texts).
    public static let codes: [(code: String, omschrijving: String)] = [
        ("totaal-afwijkend", "som van toekenningen, mentorschappen en SIO verschilt van het gepubliceerde totaal van het projectjaar"),
        ("samenwerkingsstimulans-niet-vergeleken", "de samenwerkingsstimulans van een projectjaar, berekend uit de samenwerkingsverbanden, buiten de vergelijking met het gepubliceerde totaal"),
        ("actie-budget-afwijkend", "som van de subsidies voor een actie verschilt van het gepubliceerde budget"),
        ("actie-besturen-afwijkend", "aantal besturen voor een actie verschilt van het gepubliceerde aantal"),
        ("actie-kpi-afwijkend", "som van de vooropgestelde KPI's voor een actie verschilt van de gepubliceerde"),
        ("actie-kpi-gerealiseerd-afwijkend", "som van de behaalde KPI's na 12 maanden verschilt van de gepubliceerde"),
        ("dubbele-vermelding", "een samenwerkingsverband staat meer dan eens vermeld met dezelfde indiener en partners"),
        ("indiener-meermaals", "een indiener staat meer dan eens vermeld met verschillende partners"),
        ("dubbele-sleutel", "twee rijen met dezelfde sleutel"),
        ("provincie-afwijkend", "de vermelde provincie verschilt van de provincie van de NIS-code"),
        ("provincie-onbekend", "de vermelde provincie bestaat niet"),
        ("meerdere-verbanden", "een bestuur zit in meer dan één samenwerkingsverband in hetzelfde projectjaar"),
        ("verband-zonder-partners", "een indiener staat in de lijst van samenwerkingsverbanden zonder partners"),
        ("partner-is-indiener", "een bestuur staat als partner in zijn eigen samenwerkingsverband"),
        ("telling-afwijkend", "een gepubliceerde telling verschilt van wat de gegevens geven"),
        ("jaar3-niet-in-jaar2", "actie in projectjaar 3 zonder middelen in projectjaar 2"),
        ("jaar3-kpi-hoger", "KPI in projectjaar 3 hoger dan in projectjaar 2"),
        ("jaar3-niet-controleerbaar", "geen gegevens van projectjaar 2 om projectjaar 3 aan te toetsen"),
        ("verdeelsleutel-afwijkend", "subsidie in projectjaar 3 verschilt van de verdeelsleutel met het standaardbedrag uit de actiecatalogus"),
        ("verdeelsleutel-te-groot", "de verdeelsleutel geeft een bedrag dat niet exact te berekenen is"),
        ("verdeelsleutel-niet-gecontroleerd", "toekenningen van projectjaar 3 waarvan de actie geen standaardbedrag heeft in de actiecatalogus"),
        ("formulier-bijdrage-overschreden", "subsidie in projectjaar 1 hoger dan KPI x de Vlaamse bijdrage per eenheid van het aanvraagformulier"),
        ("formulier-bereik-overschreden", "KPI in projectjaar 1 hoger dan het grootste bereik dat het aanvraagformulier aanvaardt"),
        ("actie-onbekend", "actienummer niet in de catalogus"),
        ("actie-niet-gefinancierd", "actie die Plan Samenleven niet financiert"),
        ("actie-te-vroeg", "actie die in dat projectjaar nog niet subsidieerbaar was"),
        ("bestuur-onbekend", "code van een bestuur niet in de referentiegegevens"),
        ("bestuur-niet-geldig", "bestuur bestond niet bij de start van het projectjaar"),
        ("stimulans-afwijkend", "mentorschap of SIO met een ander bedrag dan de stimulans"),
        ("naam-onbekend", "naam in een gepubliceerde lijst die geen bestuur is"),
        ("naam-niet-exact", "naam in een gepubliceerde lijst die pas na verbetering van de spelling een bestuur is"),
        ("naam-namens", "naam in een gepubliceerde lijst die een bestuur vertegenwoordigd door een ander aanduidt"),
        ("rij-onvolledig", "rij in een gepubliceerde lijst zonder indiener of met een ongeldig volgnummer"),
        ("cijfer-tegenstrijdig", "een gepubliceerd cijfer staat in verschillende versies in de bronnen: alle versies met hun bronnen, en welke de toolkit gebruikt en waarom"),
    ]
}

/// Everything the checks read, with small helpers shared by the check families.
struct ControleContext {
    let gegevens: Gegevens
    let referentie: Referentie
    let acties: ActieCatalogus
    let gepubliceerd: [GepubliceerdCijfer]
    let gepubliceerdeTellingen: [GepubliceerdeTelling]
    let vermeldingen: [Verbandvermelding]
    let projectjaren: [Projectjaar]
    let tegenstrijdig: [TegenstrijdigCijfer]
    /// The project year asked for; nil = every year.
    let projectjaar: Int?
    /// The project years reported on, ascending.
    let jaren: [Int]

    init(gegevens: Gegevens, referentie: Referentie, acties: ActieCatalogus, gepubliceerd: [GepubliceerdCijfer],
         tellingen: [GepubliceerdeTelling], projectjaar: Int?, vermeldingen: [Verbandvermelding], projectjaren: [Projectjaar],
         tegenstrijdig: [TegenstrijdigCijfer]) {
        self.gegevens = gegevens
        self.referentie = referentie
        self.acties = acties
        self.gepubliceerd = gepubliceerd
        self.gepubliceerdeTellingen = tellingen
        self.vermeldingen = vermeldingen
        self.projectjaren = projectjaren
        self.tegenstrijdig = tegenstrijdig
        self.projectjaar = projectjaar
        var jaren = Set<Int>()
        jaren.formUnion(gegevens.toekenningen.map(\.projectjaar))
        jaren.formUnion(gegevens.aanvragen.map(\.projectjaar))
        jaren.formUnion(gegevens.samenwerkingen.map(\.projectjaar))
        jaren.formUnion(gegevens.mentorschappen.map(\.projectjaar))
        jaren.formUnion(gegevens.sio.map(\.projectjaar))
        jaren.formUnion(gegevens.kpiRapporteringen.map(\.projectjaar))
        jaren.formUnion(vermeldingen.map(\.projectjaar))
        if let projectjaar { jaren = jaren.intersection([projectjaar]) }
        self.jaren = jaren.sorted()
    }

    func telt(_ jaar: Int) -> Bool { jaren.contains(jaar) }

    /// "Geel (13008)", "vzw De Rand", or the code itself when the reference does not know it.
    func label(_ code: String) -> String {
        if code.isEmpty { return "(geen)" }
        return referentie.bestuur(code: code)?.label ?? "'\(code)'"
    }

    /// "Geel (13008), Herselt (13013) en Laakdal (13053)"
    func labels(_ codes: [String]) -> String { opsomming(codes.map(label)) }

    func startdatum(_ jaar: Int) -> CalendarDate? {
        projectjaren.first { $0.nummer == jaar }?.start ?? Projectjaar.nummer(jaar)?.start
    }
}

/// "a", "a en b", "a, b en c"
func opsomming(_ delen: [String]) -> String {
    switch delen.count {
    case 0: return ""
    case 1: return delen[0]
    default: return delen.dropLast().joined(separator: ", ") + " en " + delen.last!
    }
}

/// The rows of a finding as one source text: `bestand.csv:57-60, :65-68; ander.csv:3`.
/// Rows of one file are sorted and consecutive rows shown as a range.
func bronLijst(_ herkomsten: [Herkomst], extra: [String] = []) -> String {
    var volgorde: [String] = []
    var rijen: [String: Set<Int>] = [:]
    for h in herkomsten {
        if rijen[h.bron] == nil { volgorde.append(h.bron); rijen[h.bron] = [] }
        if let rij = h.rij { rijen[h.bron]!.insert(rij) }
    }
    volgorde.sort { NatuurlijkeVolgorde.kleiner($0, $1) }
    var delen = extra
    for bron in volgorde {
        let gesorteerd = rijen[bron]!.sorted()
        guard !gesorteerd.isEmpty else { delen.append(bron); continue }
        var reeksen: [String] = []
        var start = gesorteerd[0], vorige = gesorteerd[0]
        for rij in gesorteerd.dropFirst() + [Int.min] {
            if rij == vorige + 1 { vorige = rij; continue }
            reeksen.append(start == vorige ? "\(start)" : "\(start)-\(vorige)")
            start = rij; vorige = rij
        }
        delen.append(bron + ":" + reeksen.joined(separator: ", :"))
    }
    return delen.joined(separator: "; ")
}
