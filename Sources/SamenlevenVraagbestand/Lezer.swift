import SamenlevenModel
import SamenlevenQueries
internal import TOMLKit

/// Checks a parsed question file against every rule of the spec and builds the typed
/// ``Vraagbestand``; collects every problem instead of stopping at the first.
struct Lezer {
    typealias Plaats = Bronregels.Plaats

    let bestand: String
    let regels: Bronregels
    private(set) var problemen: [Vraagbestand.Probleem] = []
    /// The key path of each problem (`maten`, `filter.bestuur`; nil for the deelvraag as a
    /// whole), in the order of ``problemen``: the command line names its option by it.
    private(set) var sleutelsVanProblemen: [String?] = []
    /// Problems seen after the first ``Vraagbestand/Fout/maxProblemen``.
    private(set) var teVeel = 0
    /// Some values were not checked any more once the problems listed were full.
    private(set) var onvolledig = false
    /// The head's `projectjaren` was there but wrong: a deelvraag without its own says nothing more.
    private var hoofdjarenOngeldig = false

    init(bestand: String, regels: Bronregels) {
        self.bestand = bestand
        self.regels = regels
    }

    static let hoofdsleutels = ["nummer", "datum", "vraagsteller", "minister", "functie", "titel", "projectjaren",
                                "geografie", "sjabloon", "deelvraag"]
    static let deelvraagsleutels = ["nummer", "tekst", "toelichting", "beleid", "tabel", "projectjaren", "per", "naast",
                                    "maten", "filter", "van", "naar"]
    /// The keys of a table question (not of a policy question).
    static let tabelsleutels = ["projectjaren", "per", "naast", "maten", "filter", "van", "naar"]
    static let filtersleutels = ["provincie", "arrondissement", "bestuur", "doelstelling", "actie", "groep", "buiten_groep",
                                 "status"]
    static let geografieen: [(String, Geografie)] = [("2019", .gemeenten2019), ("2025", .gemeenten2025)]

    /// Arrondissement names as in the reference data; the VGC counts under Brussel-Hoofdstad
    /// and vzw De Rand under Halle-Vilvoorde (spec, Dimensions).
    static let arrondissementen: [String] = {
        var namen = Set(Referentie.ingebouwd.besturen.compactMap(\.arrondissement))
        namen.formUnion(["Brussel-Hoofdstad", "Halle-Vilvoorde"])
        return namen.sorted()
    }()
    static let resolver = BestuurResolver()

    mutating func meld(_ plaats: Plaats, _ sleutel: String?, _ boodschap: String) {
        guard problemen.count < Vraagbestand.Fout.maxProblemen else { teVeel += 1; return }
        problemen.append(Vraagbestand.Probleem(bestand: bestand, regel: regels.regel(plaats, sleutel), boodschap: boodschap))
        sleutelsVanProblemen.append(sleutel)
    }

    // MARK: - The file

    mutating func lees(_ wortel: TOMLTable) -> Vraagbestand? {
        let h = Plaats.hoofd
        for sleutel in wortel.keys where !Self.hoofdsleutels.contains(sleutel) {
            if Self.deelvraagsleutels.contains(sleutel) {
                meld(h, sleutel, "'\(sleutel)' hoort bij een deelvraag: zet het onder zijn [[deelvraag]]")
            } else {
                meld(h, sleutel, "onbekende sleutel '\(Suggestie.toon(sleutel))' in het hoofd" + Suggestie.hint(sleutel, uit: Self.hoofdsleutels))
            }
        }
        let nummer = leesGeheel(wortel, "nummer", h, verplicht: true, bereik: 1...999_999)
        if let nummer, let inNaam = Self.nummerUitBestandsnaam(bestand), inNaam != nummer {
            meld(h, "nummer", "nummer = \(nummer), maar het bestand heet vraag-\(inNaam).toml; maak ze gelijk")
        }
        let datum = leesDatum(wortel, h)
        let vraagsteller = leesTekst(wortel, "vraagsteller", h, verplicht: true, eenRegel: true)
        let minister = leesTekst(wortel, "minister", h, eenRegel: true)
        let functie = leesTekst(wortel, "functie", h, eenRegel: true)
        let titel = leesTekst(wortel, "titel", h, eenRegel: true)
        let projectjaren = wortel["projectjaren"].flatMap { leesJaren($0, h, "projectjaren") }
        hoofdjarenOngeldig = wortel["projectjaren"] != nil && projectjaren == nil
        var geografie = Geografie.gemeenten2019
        if let waarde = wortel["geografie"] {
            if let tekst = waarde.string, let gevonden = Self.geografieen.first(where: { $0.0 == tekst }) {
                geografie = gevonden.1
            } else if let tekst = waarde.string {
                meld(h, "geografie", "onbekende geografie '\(Suggestie.toon(tekst))'; mogelijk: \"2019\" (gemeenten 2019-2024) of \"2025\" (na de fusies)")
            } else {
                meld(h, "geografie", "geografie moet tekst zijn, niet \(Self.soort(waarde.type)): geografie = \"2019\" of \"2025\"")
            }
        }
        var sjabloon: String?
        if let naam = leesTekst(wortel, "sjabloon", h, eenRegel: true) {
            let kaal = naam.hasSuffix(".mustache") ? String(naam.dropLast(".mustache".count)) : naam
            if kaal.isEmpty || kaal.count > 100 || !kaal.unicodeScalars.allSatisfy({ $0.isASCII && (Self.isLetterOfCijfer($0) || $0 == "-" || $0 == "_") }) {
                meld(h, "sjabloon", "sjabloon is de naam van een sjabloon in Templates/ (letters, cijfers, - en _), zonder map: '\(Suggestie.toon(naam))'")
            } else {
                sjabloon = kaal
            }
        }
        let deelvragen = leesDeelvragen(wortel, standaardjaren: projectjaren, geografie: geografie)

        guard problemen.isEmpty, let nummer, let datum, let vraagsteller, let deelvragen else { return nil }
        return Vraagbestand(bestand: bestand, nummer: nummer, datum: datum, vraagsteller: vraagsteller, minister: minister,
                            functie: functie, titel: titel, projectjaren: projectjaren, geografie: geografie,
                            sjabloon: sjabloon, deelvragen: deelvragen)
    }

    private mutating func leesDeelvragen(_ wortel: TOMLTable, standaardjaren: [Int]?, geografie: Geografie) -> [Vraagbestand.Deelvraag]? {
        guard let waarde = wortel["deelvraag"] else {
            meld(.hoofd, nil, "geen enkele [[deelvraag]]; een vraagbestand heeft minstens één deelvraag")
            return nil
        }
        guard let lijst = waarde.array else {
            meld(.hoofd, "deelvraag", "deelvraag moet een lijst van tabellen zijn: schrijf [[deelvraag]] (met dubbele haken) boven elke deelvraag")
            return nil
        }
        if lijst.count > Vraagbestand.maxDeelvragen {
            meld(.deelvraag(Vraagbestand.maxDeelvragen), nil,
                 "te veel deelvragen (\(BelgianNumber.format(lijst.count))); een vraagbestand heeft er hoogstens \(Vraagbestand.maxDeelvragen)")
        }
        if lijst.isEmpty { meld(.hoofd, "deelvraag", "geen enkele [[deelvraag]]; een vraagbestand heeft minstens één deelvraag") }
        var uit: [Vraagbestand.Deelvraag] = []
        var gezien: [String: Int] = [:]
        for index in 0..<min(lijst.count, Vraagbestand.maxDeelvragen) {
            let plaats = Plaats.deelvraag(index)
            guard let tabel = lijst[index].table else {
                meld(plaats, "deelvraag", "deelvraag \(index + 1) moet een tabel zijn ([[deelvraag]] met nummer, tekst, ...), niet \(Self.soort(lijst[index].type))")
                continue
            }
            // Numbers are compared without case: they name files (deelvraag-5a.csv) on disks that ignore it.
            if let nummer = tabel["nummer"]?.string {
                if let eerder = gezien[nummer.lowercased()] {
                    meld(plaats, "nummer", "deelvraag \"\(Suggestie.toon(nummer))\" staat al op regel \(eerder); elke deelvraag heeft een eigen nummer")
                } else {
                    gezien[nummer.lowercased()] = regels.regel(plaats, "nummer")
                }
            }
            if let deelvraag = leesDeelvraag(tabel, plaats, standaardjaren: standaardjaren, geografie: geografie) {
                uit.append(deelvraag)
            }
        }
        return uit
    }

    // MARK: - One deelvraag

    private mutating func leesDeelvraag(_ t: TOMLTable, _ p: Plaats, standaardjaren: [Int]?, geografie: Geografie) -> Vraagbestand.Deelvraag? {
        for sleutel in t.keys where !Self.deelvraagsleutels.contains(sleutel) {
            if Self.hoofdsleutels.contains(sleutel) {
                meld(p, sleutel, "'\(sleutel)' geldt voor de hele vraag: zet het in het hoofd, boven de eerste [[deelvraag]]")
            } else {
                meld(p, sleutel, "onbekende sleutel '\(Suggestie.toon(sleutel))' in een deelvraag" + Suggestie.hint(sleutel, uit: Self.deelvraagsleutels))
            }
        }
        var nummer: String?
        if let waarde = t["nummer"] {
            if let tekst = waarde.string {
                if tekst.isEmpty || tekst.count > 10 || !tekst.unicodeScalars.allSatisfy({ $0.isASCII && (Self.isLetterOfCijfer($0) || $0 == "." || $0 == "-") })
                    || !Self.isLetterOfCijfer(tekst.unicodeScalars.first!) {
                    meld(p, "nummer", "het nummer van een deelvraag is kort: letters, cijfers, . en - (\"1\", \"5a\"), niet '\(Suggestie.toon(tekst))'")
                } else {
                    nummer = tekst
                }
            } else if let getal = waarde.int {
                meld(p, "nummer", "het nummer van een deelvraag is tekst: nummer = \"\(getal)\"")
            } else {
                meld(p, "nummer", "het nummer van een deelvraag is tekst (\"1\", \"5a\"), niet \(Self.soort(waarde.type))")
            }
        } else {
            meld(p, nil, "deze deelvraag heeft geen nummer (nummer = \"1\")")
        }
        let tekst = leesTekst(t, "tekst", p, verplicht: true)
        let toelichting = leesTekst(t, "toelichting", p)
        var beleid = false
        var beleidFout = false
        if let waarde = t["beleid"] {
            if let waar = waarde.bool { beleid = waar } else {
                meld(p, "beleid", "beleid moet true of false zijn, niet \(Self.soort(waarde.type))")
                beleidFout = true
            }
        }
        var tabel: Tabel?
        var tabelFout = false
        if let waarde = t["tabel"] {
            if let naam = waarde.string, let gevonden = Tabel(rawValue: naam) {
                tabel = gevonden
            } else if let naam = waarde.string {
                meld(p, "tabel", "onbekende tabel '\(Suggestie.toon(naam))'" + Suggestie.hint(naam, uit: Tabel.allCases.map(\.rawValue)))
                tabelFout = true
            } else {
                meld(p, "tabel", "tabel moet tekst zijn, niet \(Self.soort(waarde.type)) (tabel = \"toekenningen\")")
                tabelFout = true
            }
        }

        var vorm: Vraagbestand.Vorm?
        if beleid {
            if t["tabel"] != nil {
                meld(p, "tabel", "beleid = true en tabel sluiten elkaar uit: een beleidsvraag heeft geen tabel")
            }
            for sleutel in Self.tabelsleutels where t[sleutel] != nil {
                meld(p, sleutel, "'\(sleutel)' hoort bij een tabel; een beleidsvraag (beleid = true) heeft er geen")
            }
            vorm = .beleid
        } else if let tabel {
            vorm = tabelvraag(t, p, tabel: tabel, standaardjaren: standaardjaren, geografie: geografie).map { .tabel($0) }
        } else if !tabelFout && !beleidFout {
            meld(p, nil, "deze deelvraag heeft geen tabel en geen beleid = true; kies tabel = \"...\" (\(Tabel.allCases.map(\.rawValue).joined(separator: ", "))) of beleid = true")
        }
        guard let nummer, let tekst, let vorm else { return nil }
        return Vraagbestand.Deelvraag(nummer: nummer, tekst: tekst, toelichting: toelichting, vorm: vorm, regel: regels.regel(p))
    }

    mutating func tabelvraag(_ t: TOMLTable, _ p: Plaats, tabel: Tabel, standaardjaren: [Int]?,
                                     geografie: Geografie) -> Tabelvraag? {
        var geldig = true
        var jaren: [Int]?
        if let waarde = t["projectjaren"] {
            jaren = leesJaren(waarde, p, "projectjaren")
            if jaren == nil { geldig = false }
        } else if let standaardjaren {
            jaren = standaardjaren
        } else if hoofdjarenOngeldig {
            geldig = false   // already reported on the head's line
        } else {
            meld(p, "tabel", "geen projectjaren: geef projectjaren = [...] in deze deelvraag of in het hoofd")
            geldig = false
        }

        var per: [Dimensie] = []
        if let waarde = t["per"] {
            if neemtVrijeSleutel(tabel, p, "per"), let namen = leesNamen(waarde, p, "per", voorbeeld: "per = [\"provincie\", \"bestuur\"]") {
                for naam in namen {
                    if let dimensie = Dimensie(rawValue: naam) {
                        if per.contains(dimensie) {
                            meld(p, "per", "'\(naam)' staat twee keer in per"); geldig = false
                        }
                        per.append(dimensie)
                    } else {
                        meld(p, "per", "onbekende dimensie '\(Suggestie.toon(naam))'" + Suggestie.hint(naam, uit: Dimensie.allCases.map(\.rawValue)))
                        geldig = false
                    }
                }
            } else {
                geldig = false
            }
        }

        var naast: Dimensie?
        if let waarde = t["naast"] {
            if !neemtVrijeSleutel(tabel, p, "naast") {
                geldig = false
            } else if waarde.string == Dimensie.projectjaar.rawValue {
                naast = .projectjaar
                if per.contains(.projectjaar) {
                    meld(p, "naast", "projectjaar staat al in per: ofwel rijen per projectjaar (per), ofwel de jaren naast elkaar (naast)")
                    geldig = false
                }
                if let jaren, jaren.count < 2 {
                    meld(p, "naast", "naast = \"projectjaar\" zet projectjaren naast elkaar en vraagt er minstens twee (projectjaren = \(jaren))")
                    geldig = false
                }
            } else {
                let getoond = waarde.string.map { "'\(Suggestie.toon($0))'" } ?? Self.soort(waarde.type)
                meld(p, "naast", "naast kan enkel \"projectjaar\" zijn, niet \(getoond)")
                geldig = false
            }
        }

        let filter = leesFilter(t["filter"], p, tabel: tabel, geografie: geografie)
        if filter == nil { geldig = false }

        var maten: [Maat] = []
        if let waarde = t["maten"] {
            if neemtVrijeSleutel(tabel, p, "maten", vast: "vaste kolommen"), let namen = leesNamen(waarde, p, "maten", voorbeeld: "maten = [\"subsidie\"]") {
                for naam in namen {
                    guard let maat = Maat(rawValue: naam) else {
                        meld(p, "maten", "onbekende maat '\(Suggestie.toon(naam))'" + Suggestie.hint(naam, uit: Maat.allCases.map(\.rawValue)))
                        geldig = false
                        continue
                    }
                    if maten.contains(maat) {
                        meld(p, "maten", "'\(naam)' staat twee keer in maten"); geldig = false
                    } else if let waarom = Maatregels.pastNiet(maat, bij: tabel) {
                        meld(p, "maten", waarom); geldig = false
                    } else if let filter, let waarom = Maatregels.pastNiet(maat, per: per, filter: filter) {
                        meld(p, "maten", waarom); geldig = false
                    }
                    maten.append(maat)
                }
            } else {
                geldig = false
            }
        } else if tabel.vrijeIndeling, let filter {
            // The table's default measures must fit the grouping too (tabel = "kpi" counts KPIs).
            for maat in tabel.standaardMaten {
                if let waarom = Maatregels.pastNiet(maat, per: per, filter: filter) {
                    meld(p, t["per"] != nil ? "per" : "tabel", "zonder maten toont de tabel \(tabel.rawValue) "
                         + tabel.standaardMaten.map(\.rawValue).joined(separator: ", ") + "; " + waarom)
                    geldig = false
                    break
                }
            }
        }

        var van: Int?, naar: Int?
        if tabel == .wijzigingen {
            van = t["van"].flatMap { leesJaar($0, p, "van") }
            naar = t["naar"].flatMap { leesJaar($0, p, "naar") }
            if (t["van"] != nil && van == nil) || (t["naar"] != nil && naar == nil) { geldig = false }
            if let jaren, van == nil || naar == nil {
                if jaren.count < 2 {
                    meld(p, van == nil ? "projectjaren" : "naar",
                         "wijzigingen vergelijkt twee projectjaren: geef van en naar, of minstens twee projectjaren (nu \(jaren))")
                    geldig = false
                } else {
                    van = van ?? jaren[jaren.count - 2]
                    naar = naar ?? jaren[jaren.count - 1]
                }
            }
            if let v = van, let n = naar, v >= n {
                meld(p, t["naar"] != nil ? "naar" : "van", "van (\(v)) moet een vroeger projectjaar zijn dan naar (\(n))")
                geldig = false
            }
        } else {
            for sleutel in ["van", "naar"] where t[sleutel] != nil {
                meld(p, sleutel, "'\(sleutel)' hoort enkel bij tabel = \"wijzigingen\"")
                geldig = false
            }
        }

        guard geldig, let jaren, let filter else { return nil }
        return Tabelvraag(tabel: tabel, projectjaren: jaren, per: per, naast: naast, maten: maten, filter: filter,
                          geografie: geografie, van: van, naar: naar)
    }

    /// Whether the table takes `sleutel` (`per`, `naast`, `maten`): only the tables with a free
    /// layout do; reported when not (`vast`: what the others have fixed).
    private mutating func neemtVrijeSleutel(_ tabel: Tabel, _ p: Plaats, _ sleutel: String, vast: String = "een vaste indeling") -> Bool {
        guard !tabel.vrijeIndeling else { return true }
        meld(p, sleutel, "\(sleutel) kan enkel bij de tabellen toekenningen en kpi; de tabel \(tabel.rawValue) heeft \(vast)")
        return false
    }

    // MARK: - The filter

    private mutating func leesFilter(_ waarde: TOMLValueConvertible?, _ p: Plaats, tabel: Tabel, geografie: Geografie) -> Vraagfilter? {
        guard let waarde else { return Vraagfilter() }
        guard let t = waarde.table else {
            meld(p, "filter", "filter moet een tabel zijn, niet \(Self.soort(waarde.type)): filter = { provincie = \"Limburg\" }")
            return nil
        }
        var filter = Vraagfilter()
        var geldig = true
        for sleutel in t.keys where !Self.filtersleutels.contains(sleutel) {
            meld(p, "filter." + sleutel, "onbekende filter '\(Suggestie.toon(sleutel))'" + Suggestie.hint(sleutel, uit: Self.filtersleutels))
            geldig = false
        }
        if let lijst = teksten(t["provincie"], p, "filter.provincie") {
            for naam in lijst {
                if let provincie = Provincie(naam: naam) {
                    if !filter.provincies.contains(provincie) { filter.provincies.append(provincie) }
                } else {
                    meld(p, "filter.provincie", "onbekende provincie '\(Suggestie.toon(naam))'" + Suggestie.hint(naam, uit: Provincie.allCases.map(\.naam)))
                    geldig = false
                }
            }
        } else if t["provincie"] != nil { geldig = false }
        if let lijst = teksten(t["arrondissement"], p, "filter.arrondissement") {
            for naam in lijst {
                let sleutel = NameKey.normalise(naam)
                if let gevonden = Self.arrondissementen.first(where: { NameKey.normalise($0) == sleutel }) {
                    if !filter.arrondissementen.contains(gevonden) { filter.arrondissementen.append(gevonden) }
                } else {
                    meld(p, "filter.arrondissement", "onbekend arrondissement '\(Suggestie.toon(naam))'"
                         + Suggestie.hint(naam, uit: Self.arrondissementen, toonLijst: false))
                    geldig = false
                }
            }
        } else if t["arrondissement"] != nil { geldig = false }
        if let lijst = teksten(t["bestuur"], p, "filter.bestuur", getallenToegestaan: true) {
            for naam in lijst {
                // Past the listed problems the file is refused anyway: no more costly look-ups
                // (a hostile file could hold thousands of unknown names).
                if problemen.count >= Vraagbestand.Fout.maxProblemen {
                    onvolledig = true
                    geldig = false
                    break
                }
                switch Self.resolver.resolve(naam, op: geografie.peildatum) {
                case .success(let bestuur):
                    if !filter.besturen.contains(bestuur.code) { filter.besturen.append(bestuur.code) }
                case .failure(let fout):
                    var boodschap = fout.description
                    if case .nietGeldig = fout {
                        boodschap += geografie == .gemeenten2025 ? "; de vraag gebruikt geografie = \"2025\"" : "; de vraag gebruikt de gemeenten van 2019-2024 (geografie = \"2019\")"
                    }
                    meld(p, "filter.bestuur", boodschap)
                    geldig = false
                }
            }
        } else if t["bestuur"] != nil { geldig = false }
        if let nummers = nummers(t, "doelstelling", p, bekend: Doelstelling.alle.map(\.nummer), bron: "het plan heeft de doelstellingen") {
            filter.doelstellingen = nummers
        } else { geldig = false }
        if let nummers = nummers(t, "actie", p, bekend: Referentie.ingebouwd.acties.acties.map(\.nummer), bron: "de catalogus kent de acties") {
            filter.acties = nummers
        } else { geldig = false }
        for sleutel in ["groep", "buiten_groep"] {
            guard let waarde = t[sleutel] else { continue }
            if let naam = waarde.string, let groep = Bestuursgroep(rawValue: naam) {
                if sleutel == "groep" { filter.groep = groep } else { filter.buitenGroep = groep }
            } else {
                let getoond = waarde.string.map { "'\(Suggestie.toon($0))'" } ?? Self.soort(waarde.type)
                meld(p, "filter." + sleutel, "onbekende groep \(getoond)" + Suggestie.hint(waarde.string ?? "", uit: Bestuursgroep.allCases.map(\.rawValue)))
                geldig = false
            }
        }
        if t["groep"] != nil, t["buiten_groep"] != nil {
            meld(p, "filter.buiten_groep", "groep en buiten_groep samen selecteren niets; kies er één")
            geldig = false
        }
        if let waarde = t["status"] {
            if tabel != .wijzigingen {
                meld(p, "filter.status", "de filter status hoort enkel bij tabel = \"wijzigingen\"")
                geldig = false
            } else if let naam = waarde.string, let status = Wijzigingsstatus(rawValue: naam) {
                filter.status = status
            } else {
                let getoond = waarde.string.map { "'\(Suggestie.toon($0))'" } ?? Self.soort(waarde.type)
                meld(p, "filter.status", "onbekende status \(getoond)" + Suggestie.hint(waarde.string ?? "", uit: Wijzigingsstatus.allCases.map(\.rawValue)))
                geldig = false
            }
        }
        return geldig ? filter : nil
    }

    // MARK: - Values

    /// The numbers of a numbered filter (`doelstelling`, `actie`): one or a list, each known,
    /// without duplicates; empty when the key is absent, nil (reported) when wrong.
    private mutating func nummers(_ t: TOMLTable, _ naam: String, _ p: Plaats, bekend: [Int], bron: String) -> [Int]? {
        guard t[naam] != nil else { return [] }
        guard let lijst = getallen(t[naam], p, "filter." + naam) else { return nil }
        var uit: [Int] = []
        var geldig = true
        for nummer in lijst where !uit.contains(nummer) {
            if bekend.contains(nummer) {
                uit.append(nummer)
            } else {
                meld(p, "filter." + naam, "onbekende \(naam) \(nummer); \(bron) \(bekend.first!) tot \(bekend.last!)")
                geldig = false
            }
        }
        return geldig ? uit : nil
    }


    /// A value that may be one item or a list of them; nil (reported) for an empty list.
    private mutating func eenOfLijst(_ waarde: TOMLValueConvertible, _ p: Plaats, _ sleutel: String) -> [TOMLValueConvertible]? {
        guard let lijst = waarde.array else { return [waarde] }
        return begrensd(lijst, p, sleutel, naam: Self.kort(sleutel), leeg: "laat de sleutel weg om niet te filteren").map { Array($0) }
    }

    /// The list when it holds 1 to `maxLijst` values; else nil, reported under `naam` (`leeg`:
    /// what to do about an empty one).
    private mutating func begrensd(_ lijst: TOMLArray, _ p: Plaats, _ sleutel: String, naam: String, leeg: String) -> TOMLArray? {
        guard !lijst.isEmpty else {
            meld(p, sleutel, "\(naam) is een lege lijst; " + leeg)
            return nil
        }
        guard lijst.count <= Self.maxLijst else {
            meld(p, sleutel, Self.teLang(naam, lijst.count))
            return nil
        }
        return lijst
    }

    /// Every value as `lees` reads it; nil after reporting the first it does not read
    /// ("`naam` verwacht `verwacht`, niet een tabel").
    private mutating func elk<T>(_ waarden: some Sequence<TOMLValueConvertible>, _ p: Plaats, _ sleutel: String, naam: String,
                                 verwacht: String, _ lees: (TOMLValueConvertible) -> T?) -> [T]? {
        var uit: [T] = []
        for waarde in waarden {
            guard let gelezen = lees(waarde) else {
                meld(p, sleutel, "\(naam) verwacht \(verwacht), niet \(Self.soort(waarde.type))")
                return nil
            }
            uit.append(gelezen)
        }
        return uit
    }

    /// The longest list a key takes (there are some 300 besturen); a longer one is refused
    /// before any name in it is looked up.
    static let maxLijst = 400

    static func teLang(_ sleutel: String, _ aantal: Int) -> String {
        "\(sleutel) is een lijst van \(BelgianNumber.format(aantal)) waarden; hoogstens \(maxLijst)"
    }

    /// Names (text, or for `bestuur` also a NIS code written as a number), one or a list.
    private mutating func teksten(_ waarde: TOMLValueConvertible?, _ p: Plaats, _ sleutel: String,
                                  getallenToegestaan: Bool = false) -> [String]? {
        guard let waarde, let items = eenOfLijst(waarde, p, sleutel) else { return nil }
        var uit: [String] = []
        for item in items {
            if let tekst = item.string, let gecontroleerd = controleer(tekst, p, sleutel, eenRegel: true) {
                if !uit.contains(gecontroleerd) { uit.append(gecontroleerd) }
            } else if getallenToegestaan, let getal = item.int {
                uit.append(String(getal))
            } else if item.string == nil {
                meld(p, sleutel, "\(Self.kort(sleutel)) verwacht een naam (tekst) of een lijst van namen, niet \(Self.soort(item.type))")
                return nil
            } else {
                return nil
            }
        }
        return uit
    }

    /// Whole numbers, one or a list.
    private mutating func getallen(_ waarde: TOMLValueConvertible?, _ p: Plaats, _ sleutel: String) -> [Int]? {
        guard let waarde, let items = eenOfLijst(waarde, p, sleutel) else { return nil }
        return elk(items, p, sleutel, naam: Self.kort(sleutel), verwacht: "een nummer of een lijst van nummers") { $0.int }
    }

    /// A non-empty TOML list, else reported: `alsLijst` is the value written as a one-item list
    /// (the fix for `per = "bestuur"`), `leeg` what to do about an empty one.
    private mutating func leesLijst(_ waarde: TOMLValueConvertible, _ p: Plaats, _ sleutel: String, soort: String,
                                    alsLijst: String?, voorbeeld: String, leeg: String) -> TOMLArray? {
        guard let lijst = waarde.array else {
            let hint = alsLijst.map { ": \(sleutel) = [\($0)]" } ?? " (\(voorbeeld))"
            meld(p, sleutel, "\(sleutel) moet \(soort) zijn, niet \(Self.soort(waarde.type))" + hint)
            return nil
        }
        return begrensd(lijst, p, sleutel, naam: sleutel, leeg: leeg)
    }

    /// A non-empty list of names (`per`, `maten`).
    private mutating func leesNamen(_ waarde: TOMLValueConvertible, _ p: Plaats, _ sleutel: String, voorbeeld: String) -> [String]? {
        guard let lijst = leesLijst(waarde, p, sleutel, soort: "een lijst", alsLijst: waarde.string.map { "\"\(Suggestie.toon($0))\"" },
                                    voorbeeld: voorbeeld, leeg: "laat \(sleutel) weg voor de standaard van de tabel") else { return nil }
        return elk(lijst, p, sleutel, naam: sleutel, verwacht: "namen tussen aanhalingstekens (\(voorbeeld))") { $0.string }
    }

    /// A list of project years: each 1-3, no duplicates; returned ascending.
    private mutating func leesJaren(_ waarde: TOMLValueConvertible, _ p: Plaats, _ sleutel: String) -> [Int]? {
        guard let lijst = leesLijst(waarde, p, sleutel, soort: "een lijst van projectjaren", alsLijst: waarde.int.map(String.init),
                                    voorbeeld: "\(sleutel) = [1, 2, 3]", leeg: "geef minstens één projectjaar (1, 2 of 3)") else { return nil }
        var uit: [Int] = []
        for item in lijst {
            guard let jaar = leesJaar(item, p, sleutel) else { return nil }
            if uit.contains(jaar) {
                meld(p, sleutel, "projectjaar \(jaar) staat twee keer in \(sleutel)")
                return nil
            }
            uit.append(jaar)
        }
        return uit.sorted()
    }

    private static let projectjaarnummers = Projectjaar.alle.map(\.nummer)

    /// One project year (1-3).
    private mutating func leesJaar(_ waarde: TOMLValueConvertible, _ p: Plaats, _ sleutel: String) -> Int? {
        guard let getal = waarde.int else {
            meld(p, sleutel, "\(sleutel): een projectjaar is een getal (1, 2 of 3), niet \(Self.soort(waarde.type))")
            return nil
        }
        guard Self.projectjaarnummers.contains(getal) else {
            meld(p, sleutel, "onbekend projectjaar \(getal); het plan heeft de projectjaren "
                 + Self.projectjaarnummers.map(String.init).joined(separator: ", "))
            return nil
        }
        return getal
    }

    /// The value of `sleutel`; nil when the table has none, reported when it is required.
    private mutating func waarde(_ t: TOMLTable, _ sleutel: String, _ p: Plaats, verplicht: Bool) -> TOMLValueConvertible? {
        let waarde = t[sleutel]
        if waarde == nil && verplicht { meld(p, nil, "de verplichte sleutel '\(sleutel)' ontbreekt") }
        return waarde
    }

    private mutating func leesGeheel(_ t: TOMLTable, _ sleutel: String, _ p: Plaats, verplicht: Bool = false,
                                 bereik: ClosedRange<Int>) -> Int? {
        guard let waarde = self.waarde(t, sleutel, p, verplicht: verplicht) else { return nil }
        guard let getal = waarde.int else {
            meld(p, sleutel, "\(sleutel) moet een geheel getal zijn, niet \(Self.soort(waarde.type))")
            return nil
        }
        guard bereik.contains(getal) else {
            meld(p, sleutel, "\(sleutel) = \(getal) ligt buiten \(bereik.lowerBound) tot \(BelgianNumber.format(bereik.upperBound))")
            return nil
        }
        return getal
    }

    private mutating func leesDatum(_ t: TOMLTable, _ p: Plaats) -> CalendarDate? {
        guard let waarde = t["datum"] else {
            meld(p, nil, "de verplichte sleutel 'datum' ontbreekt (datum = 2025-03-05)")
            return nil
        }
        if let datum = waarde.date { return CalendarDate(year: datum.year, month: datum.month, day: datum.day) }
        if let tekst = waarde.string, CalendarDate(iso: tekst) != nil {
            meld(p, "datum", "datum is een TOML-datum, zonder aanhalingstekens: datum = \(tekst.trimmedWhitespace)")
        } else if waarde.type == .dateTime {
            meld(p, "datum", "datum is een dag, zonder tijd (datum = 2025-03-05)")
        } else {
            meld(p, "datum", "datum moet een datum zijn (datum = 2025-03-05), niet \(Self.soort(waarde.type))")
        }
        return nil
    }

    /// A text value: not empty, within `Grenzen.tekstlengte`, no control
    /// characters (a line break only where `eenRegel` is false).
    private mutating func leesTekst(_ t: TOMLTable, _ sleutel: String, _ p: Plaats, verplicht: Bool = false,
                                eenRegel: Bool = false) -> String? {
        guard let waarde = self.waarde(t, sleutel, p, verplicht: verplicht) else { return nil }
        guard let tekst = waarde.string else {
            meld(p, sleutel, "\(sleutel) moet tekst zijn (tussen aanhalingstekens), niet \(Self.soort(waarde.type))")
            return nil
        }
        return controleer(tekst, p, sleutel, eenRegel: eenRegel)
    }

    private mutating func controleer(_ tekst: String, _ p: Plaats, _ sleutel: String, eenRegel: Bool) -> String? {
        let kort = Self.kort(sleutel)
        let inhoud = tekst.trimmedWhitespace
        guard !inhoud.isEmpty else {
            meld(p, sleutel, "\(kort) is leeg")
            return nil
        }
        guard tekst.utf16.count <= Grenzen.tekstlengte else {
            meld(p, sleutel, "\(kort) is \(BelgianNumber.format(tekst.utf16.count)) tekens lang; hoogstens \(BelgianNumber.format(Grenzen.tekstlengte)) (wat een Excel-cel bevat)")
            return nil
        }
        if let teken = inhoud.unicodeScalars.first(where: { Self.isVerboden($0, eenRegel: eenRegel) }) {
            let uitleg = teken == "\n" || teken == "\r" ? "een regeleinde; \(kort) staat op één regel" : "het stuurteken U+\(String(format: "%04X", teken.value))"
            meld(p, sleutel, "\(kort) bevat \(uitleg)")
            return nil
        }
        return inhoud
    }

    // MARK: - Helpers

    static func isVerboden(_ teken: Unicode.Scalar, eenRegel: Bool) -> Bool {
        switch teken.value {
        case 0x09: return false
        case 0x0A, 0x0D: return eenRegel
        // C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional
        // overrides and isolates that reorder what a reader sees.
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func isLetterOfCijfer(_ teken: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(teken) || ("A"..."Z").contains(teken) || ("0"..."9").contains(teken)
    }

    /// `filter.provincie` -> `provincie`.
    static func kort(_ sleutel: String) -> String {
        sleutel.split(separator: ".").last.map(String.init) ?? sleutel
    }

    /// `vraag-492.toml` (in any folder) -> 492.
    static func nummerUitBestandsnaam(_ bestand: String) -> Int? {
        let naam = bestand.split(separator: "/").last.map(String.init) ?? bestand
        guard naam.hasPrefix("vraag-"), naam.hasSuffix(".toml") else { return nil }
        let cijfers = naam.dropFirst("vraag-".count).dropLast(".toml".count)
        guard !cijfers.isEmpty, cijfers.allSatisfy(\.isASCII), cijfers.allSatisfy(\.isNumber) else { return nil }
        return Int(cijfers)
    }

    /// The kind of a TOML value, in Dutch, for "X moet ... zijn, niet ...".
    static func soort(_ type: TOMLType) -> String {
        switch type {
        case .table: return "een tabel"
        case .array: return "een lijst"
        case .string: return "tekst"
        case .int: return "een geheel getal"
        case .double: return "een kommagetal"
        case .bool: return "true of false"
        case .date: return "een datum"
        case .time: return "een tijd"
        case .dateTime: return "een datum met tijd"
        }
    }
}
