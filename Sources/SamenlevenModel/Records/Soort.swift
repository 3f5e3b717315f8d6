import Memberwise

/// The kinds of records the administration delivers (import spec, "Kinds and columns").
///
/// This file is the one description of every kind: its name in the import format, its
/// columns in order (``KolomSpec``), its key and its table. The import parsing, the SQL
/// inserts and reads, the replacement diff, the open-data resources, the example-data CSV and
/// the template workbook all derive their column names from here; a new column is one edit
/// here (plus the code that fills it and its tests).
public enum Soort: String, CaseIterable, Sendable, Codable {
    case toekenningen
    case aanvragen
    case samenwerkingsverbanden
    case mentorschappen
    case sio
    case kpiRapportering = "kpi_rapportering"
    case acties
}

/// One column of a kind, exactly as the import spec (`import-formaat.md`) lists it. The name
/// is the same in the import format and in the open-data resource of the kind.
@MemberwiseInit(unlabeled: "naam", "verplicht", "waarde", "uitleg")
public struct KolomSpec: Sendable, Hashable {
    /// What a column holds, which decides how it is read, validated and stored.
    public enum Waarde: Sendable, Hashable {
        case projectjaar, bestuur, actie, geheelGetal, bedrag, tekst, status, meetmoment, doelstelling, provincie
        /// An indicator of the row's action, named as the catalogue names it (case, accents and
        /// spaces do not count); empty: the action's only indicator, or all of them together.
        case indicator
    }

    /// The name in the import format and in open data.
    public let naam: String
    public let verplicht: Bool
    public let waarde: Waarde
    /// Shown in the template workbook and in `--help`.
    public let uitleg: String
    /// The column's description in the open-data schema (Dutch). Empty for the columns whose
    /// open-data fields are shared by every resource (projectjaar, actie, provincie).
    public var omschrijving: String = ""

    /// A column is known by its name: the same column keeps its identity when a kind
    /// explains it in its own words.
    public static func == (a: KolomSpec, b: KolomSpec) -> Bool { a.naam == b.naam }
    public func hash(into hasher: inout Hasher) { hasher.combine(naam) }

    /// The same column with the explanation one kind gives it (in the template, in open data).
    public func uitgelegd(_ uitleg: String? = nil, omschrijving: String? = nil) -> KolomSpec {
        KolomSpec(naam, verplicht, waarde, uitleg ?? self.uitleg, omschrijving: omschrijving ?? self.omschrijving)
    }

    /// The column in the store's table: amounts are kept in cents (`subsidie_cent`), the
    /// stated province as `provincie_vermeld`; every other column under its own name.
    public var opslag: String {
        switch waarde {
        case .bedrag: return naam + "_cent"
        case .provincie: return naam + "_vermeld"
        default: return naam
        }
    }

    /// The provenance columns every stored record of a kind with project years carries.
    public static let herkomstOpslag = ["bron_bestand", "bron_rij", "voorbeelddata"]
}

extension KolomSpec {
    public static let projectjaar = KolomSpec("projectjaar", true, .projectjaar, "1, 2 of 3")
    public static let bestuur = KolomSpec("bestuur", true, .bestuur, "NIS-code, VGC, DERAND of naam")
    public static let actie = KolomSpec("actie", true, .actie, "actienummer (1-24)")
    public static let toelichting = KolomSpec("toelichting", false, .tekst, "vrije tekst",
                                              omschrijving: "Toelichting zoals aangeleverd (vrije tekst).")
    /// Every kind that names a bestuur also accepts it: the province as the source states it.
    public static let provincie = KolomSpec("provincie", false, .provincie, "de provincie zoals de bron ze vermeldt (wordt gecontroleerd, niet overgenomen)")

    public static let kpiHuidigBereik = KolomSpec("kpi_huidig_bereik", false, .geheelGetal, "geheel getal >= 0; leeg = 0",
                                                  omschrijving: "Huidig bereik vóór het plan (B in de verdeelsleutel).")
    public static let kpiVooropgesteld = KolomSpec("kpi_vooropgesteld", true, .geheelGetal, "geheel getal >= 0, inclusief het huidig bereik",
                                                   omschrijving: "De vooropgestelde KPI (K), inclusief het huidig bereik.")
    public static let subsidie = KolomSpec("subsidie", true, .bedrag, "bedrag >= 0, bv. 30.000 of 30.000,50",
                                           omschrijving: "De toegekende subsidie")

    public static let status = KolomSpec("status", true, .status, "goedgekeurd, geweigerd of ingetrokken",
                                         omschrijving: "goedgekeurd, geweigerd of ingetrokken.")
    public static let reden = KolomSpec("reden", false, .tekst, "verplicht bij status geweigerd",
                                        omschrijving: "Reden van een weigering (vrije tekst).")

    public static let indiener = KolomSpec("indiener", true, .bestuur, "het bestuur dat voor het samenwerkingsverband indient",
                                           omschrijving: "Het bestuur dat voor het samenwerkingsverband indient (en de subsidie ontvangt)")
    public static let partner = KolomSpec("partner", true, .bestuur, "een partnerbestuur (niet de indiener zelf)",
                                          omschrijving: "Een partnerbestuur in het samenwerkingsverband")

    public static let stimulans = KolomSpec("stimulans", false, .bedrag, "bedrag; leeg = 10.000",
                                            omschrijving: "De stimulans voor het mentorschap")

    public static let investeerder = KolomSpec("investeerder", false, .tekst, "vrije tekst",
                                               omschrijving: "De investeerder (vrije tekst).")
    public static let socialeOrganisatie = KolomSpec("sociale_organisatie", false, .tekst, "vrije tekst",
                                                     omschrijving: "De sociale organisatie (vrije tekst).")
    public static let bedrag = KolomSpec("bedrag", true, .bedrag, "bedrag (de stimulans is 25.000)",
                                         omschrijving: "Het bedrag van de stimulans (25.000 euro)")

    public static let meetmoment = KolomSpec("meetmoment", true, .meetmoment, "6m of 12m",
                                             omschrijving: "Wanneer gemeten: 6m (6 maanden na de toekenning) of 12m (1 jaar na de toekenning).")
    public static let kpiBehaald = KolomSpec("kpi_behaald", true, .geheelGetal, "geheel getal >= 0",
                                             omschrijving: "De behaalde KPI op dat meetmoment.")
    public static let motivering = KolomSpec("motivering", false, .tekst, "waarom een KPI niet behaald is",
                                             omschrijving: "Waarom een KPI niet behaald is (vrije tekst).")

    public static let nummer = KolomSpec("nummer", true, .actie, "1-24")
    public static let naam = KolomSpec("naam", true, .tekst, "naam van de actie")
    public static let doelstelling = KolomSpec("doelstelling", true, .doelstelling, "1-7")
    public static let kpiEenheid = KolomSpec("kpi_eenheid", false, .tekst, "bv. oefenkans, actieplan")
    public static let standaardbedrag = KolomSpec("standaardbedrag", false, .bedrag,
                                                  "p van de verdeelsleutel per KPI-eenheid; leeg = 2 x bijdrage_per_eenheid")

    /// The indicator (target group) of a grant or KPI report; optional, old files stay valid.
    public static let indicator = KolomSpec("indicator", false, .indicator,
                                            "een indicator van de actie uit de catalogus (samenleven acties); leeg of 'alle' = de enige indicator, of alle indicatoren samen",
                                            omschrijving: "De indicator (doelgroep) van de actie; 'alle': de enige indicator van de actie, of alle indicatoren samen.")

    /// How open data writes "no indicator" (a key field is never empty there); the import reads
    /// it as an empty cell.
    public static let alleIndicatoren = "alle"
    public static let maxBereik = KolomSpec("max_bereik", false, .geheelGetal, "grootste bereik per bestuur dat het aanvraagformulier aanvaardt")
    public static let bijdragePerEenheid = KolomSpec("bijdrage_per_eenheid", false, .bedrag,
                                                     "Vlaamse bijdrage per extra eenheid bereik (het bestuur investeert evenveel)")

    /// The catalogue's columns of the action itself, and those of one of its indicators (an
    /// acties file has one row per action and indicator, like the application form).
    public static let actieKolommen: [KolomSpec] = [.nummer, .naam, .doelstelling, .kpiEenheid, .standaardbedrag]
    public static let indicatorKolommen: [KolomSpec] = [
        .indicator.uitgelegd("naam van een indicator van de actie (een rij per actie en indicator); leeg = geen indicator"),
        .maxBereik, .bijdragePerEenheid,
    ]
}

extension Soort {
    /// The kind's columns, in the order the spec lists them.
    public var kolommen: [KolomSpec] {
        switch self {
        case .toekenningen:
            return [.projectjaar, .bestuur.uitgelegd("het ontvangende (indienende) bestuur: NIS-code, VGC, DERAND of naam",
                                                     omschrijving: "Het ontvangende (indienende) bestuur"),
                    .actie.uitgelegd("actienummer uit de catalogus (1-24)"), .indicator,
                    .kpiHuidigBereik, .kpiVooropgesteld, .subsidie, .toelichting, .provincie]
        case .aanvragen:
            return [.projectjaar, .bestuur.uitgelegd(omschrijving: "Het aanvragende bestuur"), .actie, .status, .reden, .provincie]
        case .samenwerkingsverbanden:
            return [.projectjaar, .indiener, .partner, .provincie]
        case .mentorschappen:
            return [.projectjaar, .bestuur.uitgelegd("het mentorbestuur", omschrijving: "Het mentorbestuur"), .actie, .stimulans,
                    .toelichting, .provincie]
        case .sio:
            return [.projectjaar, .bestuur.uitgelegd(omschrijving: "Het bestuur met het experiment"), .investeerder,
                    .socialeOrganisatie, .bedrag, .toelichting, .provincie]
        case .kpiRapportering:
            return [.projectjaar, .bestuur.uitgelegd(omschrijving: "Het rapporterende bestuur"), .actie, .indicator, .meetmoment,
                    .kpiBehaald, .motivering, .provincie]
        case .acties:
            return KolomSpec.actieKolommen + KolomSpec.indicatorKolommen
        }
    }

    /// The columns that make a record's key (two rows with the same key are an error).
    public var sleutelKolommen: [KolomSpec] {
        switch self {
        case .toekenningen: return [.projectjaar, .bestuur, .actie, .indicator]
        case .aanvragen, .mentorschappen: return [.projectjaar, .bestuur, .actie]
        case .samenwerkingsverbanden: return [.projectjaar, .indiener, .partner]
        case .sio: return [.projectjaar, .bestuur]
        case .kpiRapportering: return [.projectjaar, .bestuur, .actie, .indicator, .meetmoment]
        case .acties: return [.nummer, .indicator]
        }
    }

    /// The names of the key columns.
    public var sleutel: [String] { sleutelKolommen.map(\.naam) }

    /// The store's table of the kind.
    public var tabel: String {
        switch self {
        case .toekenningen: return "toekenning"
        case .aanvragen: return "aanvraag"
        case .samenwerkingsverbanden: return "samenwerking"
        case .mentorschappen: return "mentorschap"
        case .sio: return "sio"
        case .kpiRapportering: return "kpi_rapportering"
        case .acties: return "actie"
        }
    }

    /// The kinds whose records belong to a project year (every kind but the catalogue).
    public static let metProjectjaar: [Soort] = allCases.filter { $0 != .acties }

    /// The stored columns of the kind's records, in the description's order; with the
    /// provenance columns for the kinds with project years.
    public var opslagKolommen: [String] {
        // A catalogue's indicators are kept in their own table (actie_indicator).
        self == .acties ? KolomSpec.actieKolommen.map(\.opslag) : kolommen.map(\.opslag) + KolomSpec.herkomstOpslag
    }
}

/// The value of one described column of one record: the store, open data and the import
/// format each write it in their own form (an amount in cents, three times, or in Belgian
/// notation).
public enum KolomWaarde: Sendable, Hashable, Comparable {
    case leeg
    case getal(Int)
    case tekst(String)
    case bedrag(Euro)
    /// One of a fixed list of words (status, meetmoment), ordered by its place in the list.
    case keuze(String, plaats: Int)

    /// Text, or nothing when there is none.
    public init(_ tekst: String?) { self = tekst.map(KolomWaarde.tekst) ?? .leeg }

    /// A word of a fixed list, in the order of the list.
    public init<K: RawRepresentable & CaseIterable & Equatable>(keuze: K) where K.RawValue == String {
        self = .keuze(keuze.rawValue, plaats: Array(K.allCases).firstIndex(of: keuze) ?? 0)
    }

    /// Orders the values of one column: numbers and amounts by size, text as Swift compares
    /// it, words by their place in their list; nothing first.
    public static func < (a: KolomWaarde, b: KolomWaarde) -> Bool {
        switch (a, b) {
        case let (.getal(x), .getal(y)): return x < y
        case let (.tekst(x), .tekst(y)): return x < y
        case let (.bedrag(x), .bedrag(y)): return x < y
        case let (.keuze(_, x), .keuze(_, y)): return x < y
        case (.leeg, .leeg): return false
        case (.leeg, _): return true
        default: return false
        }
    }
}

/// A record of a kind with project years: its kind, its project year and provenance, and the
/// value of every column its kind describes.
public protocol Gegeven: Sendable {
    static var soort: Soort { get }
    var projectjaar: Int { get }
    var herkomst: Herkomst { get }
    /// The value of every column of `Self.soort.kolommen`.
    var waarden: [KolomSpec: KolomWaarde] { get }
}

extension Gegeven {
    /// The values of the key columns, in order: what identifies the record and orders it.
    public var sleutelwaarden: [KolomWaarde] {
        let waarden = self.waarden
        return Self.soort.sleutelKolommen.map { waarden[$0] ?? .leeg }
    }

    /// The values in the order of the kind's columns.
    public var waardenInVolgorde: [(kolom: KolomSpec, waarde: KolomWaarde)] {
        let waarden = self.waarden
        return Self.soort.kolommen.map { ($0, waarden[$0] ?? .leeg) }
    }
}

extension Toekenning {
    public static let soort = Soort.toekenningen
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .bestuur: .tekst(bestuur), .actie: .getal(actie),
         .kpiHuidigBereik: .getal(kpiHuidigBereik), .kpiVooropgesteld: .getal(kpiVooropgesteld), .subsidie: .bedrag(subsidie),
         .toelichting: KolomWaarde(toelichting), .provincie: KolomWaarde(provincieVermeld), .indicator: KolomWaarde(indicator)]
    }
}

extension Aanvraag {
    public static let soort = Soort.aanvragen
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .bestuur: .tekst(bestuur), .actie: .getal(actie), .status: KolomWaarde(keuze: status),
         .reden: KolomWaarde(reden), .provincie: KolomWaarde(provincieVermeld)]
    }
}

extension Samenwerking {
    public static let soort = Soort.samenwerkingsverbanden
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .indiener: .tekst(indiener), .partner: .tekst(partner),
         .provincie: KolomWaarde(provincieVermeld)]
    }
}

extension Mentorschap {
    public static let soort = Soort.mentorschappen
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .bestuur: .tekst(bestuur), .actie: .getal(actie), .stimulans: .bedrag(stimulans),
         .toelichting: KolomWaarde(toelichting), .provincie: KolomWaarde(provincieVermeld)]
    }
}

extension SIOExperiment {
    public static let soort = Soort.sio
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .bestuur: .tekst(bestuur), .investeerder: KolomWaarde(investeerder),
         .socialeOrganisatie: KolomWaarde(socialeOrganisatie), .bedrag: .bedrag(bedrag), .toelichting: KolomWaarde(toelichting),
         .provincie: KolomWaarde(provincieVermeld)]
    }
}

extension KPIRapportering {
    public static let soort = Soort.kpiRapportering
    public var waarden: [KolomSpec: KolomWaarde] {
        [.projectjaar: .getal(projectjaar), .bestuur: .tekst(bestuur), .actie: .getal(actie), .meetmoment: KolomWaarde(keuze: meetmoment),
         .kpiBehaald: .getal(kpiBehaald), .motivering: KolomWaarde(motivering), .provincie: KolomWaarde(provincieVermeld),
         .indicator: KolomWaarde(indicator)]
    }
}
