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
public struct KolomSpec: Sendable, Hashable {
    /// What a column holds, which decides how it is read, validated and stored.
    public enum Waarde: Sendable, Hashable {
        case projectjaar, bestuur, actie, geheelGetal, bedrag, tekst, status, meetmoment, doelstelling, provincie
    }

    /// The name in the import format and in open data.
    public let naam: String
    public let verplicht: Bool
    public let waarde: Waarde
    /// Shown in the template workbook and in `--help`.
    public let uitleg: String

    public init(_ naam: String, _ verplicht: Bool, _ waarde: Waarde, _ uitleg: String) {
        self.naam = naam
        self.verplicht = verplicht
        self.waarde = waarde
        self.uitleg = uitleg
    }

    /// A column is known by its name: the same column keeps its identity when a kind
    /// explains it in its own words.
    public static func == (a: KolomSpec, b: KolomSpec) -> Bool { a.naam == b.naam }
    public func hash(into hasher: inout Hasher) { hasher.combine(naam) }

    /// The same column with the explanation one kind gives it.
    public func uitgelegd(_ uitleg: String) -> KolomSpec { KolomSpec(naam, verplicht, waarde, uitleg) }

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
    public static let toelichting = KolomSpec("toelichting", false, .tekst, "vrije tekst")
    /// Every kind that names a bestuur also accepts it: the province as the source states it.
    public static let provincie = KolomSpec("provincie", false, .provincie, "de provincie zoals de bron ze vermeldt (wordt gecontroleerd, niet overgenomen)")

    public static let kpiHuidigBereik = KolomSpec("kpi_huidig_bereik", false, .geheelGetal, "geheel getal >= 0; leeg = 0")
    public static let kpiVooropgesteld = KolomSpec("kpi_vooropgesteld", true, .geheelGetal, "geheel getal >= 0, inclusief het huidig bereik")
    public static let subsidie = KolomSpec("subsidie", true, .bedrag, "bedrag >= 0, bv. 30.000 of 30.000,50")

    public static let status = KolomSpec("status", true, .status, "goedgekeurd, geweigerd of ingetrokken")
    public static let reden = KolomSpec("reden", false, .tekst, "verplicht bij status geweigerd")

    public static let indiener = KolomSpec("indiener", true, .bestuur, "het bestuur dat voor het samenwerkingsverband indient")
    public static let partner = KolomSpec("partner", true, .bestuur, "een partnerbestuur (niet de indiener zelf)")

    public static let stimulans = KolomSpec("stimulans", false, .bedrag, "bedrag; leeg = 10.000")

    public static let investeerder = KolomSpec("investeerder", false, .tekst, "vrije tekst")
    public static let socialeOrganisatie = KolomSpec("sociale_organisatie", false, .tekst, "vrije tekst")
    public static let bedrag = KolomSpec("bedrag", true, .bedrag, "bedrag (de stimulans is 25.000)")

    public static let meetmoment = KolomSpec("meetmoment", true, .meetmoment, "6m of 12m")
    public static let kpiBehaald = KolomSpec("kpi_behaald", true, .geheelGetal, "geheel getal >= 0")
    public static let motivering = KolomSpec("motivering", false, .tekst, "waarom een KPI niet behaald is")

    public static let nummer = KolomSpec("nummer", true, .actie, "1-24")
    public static let naam = KolomSpec("naam", true, .tekst, "naam van de actie")
    public static let doelstelling = KolomSpec("doelstelling", true, .doelstelling, "1-7")
    public static let kpiEenheid = KolomSpec("kpi_eenheid", false, .tekst, "bv. oefenkans, actieplan")
    public static let standaardbedrag = KolomSpec("standaardbedrag", false, .bedrag, "bedrag per KPI-eenheid")
}

extension Soort {
    /// The kind's columns, in the order the spec lists them.
    public var kolommen: [KolomSpec] {
        switch self {
        case .toekenningen:
            return [.projectjaar, .bestuur.uitgelegd("het ontvangende (indienende) bestuur: NIS-code, VGC, DERAND of naam"),
                    .actie.uitgelegd("actienummer uit de catalogus (1-24)"),
                    .kpiHuidigBereik, .kpiVooropgesteld, .subsidie, .toelichting, .provincie]
        case .aanvragen:
            return [.projectjaar, .bestuur, .actie, .status, .reden, .provincie]
        case .samenwerkingsverbanden:
            return [.projectjaar, .indiener, .partner, .provincie]
        case .mentorschappen:
            return [.projectjaar, .bestuur.uitgelegd("het mentorbestuur"), .actie, .stimulans, .toelichting, .provincie]
        case .sio:
            return [.projectjaar, .bestuur, .investeerder, .socialeOrganisatie, .bedrag, .toelichting, .provincie]
        case .kpiRapportering:
            return [.projectjaar, .bestuur, .actie, .meetmoment, .kpiBehaald, .motivering, .provincie]
        case .acties:
            return [.nummer, .naam, .doelstelling, .kpiEenheid, .standaardbedrag]
        }
    }

    /// The columns that make a record's key (two rows with the same key are an error).
    public var sleutelKolommen: [KolomSpec] {
        switch self {
        case .toekenningen, .aanvragen, .mentorschappen: return [.projectjaar, .bestuur, .actie]
        case .samenwerkingsverbanden: return [.projectjaar, .indiener, .partner]
        case .sio: return [.projectjaar, .bestuur]
        case .kpiRapportering: return [.projectjaar, .bestuur, .actie, .meetmoment]
        case .acties: return [.nummer]
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
        kolommen.map(\.opslag) + (self == .acties ? [] : KolomSpec.herkomstOpslag)
    }
}
