import SamenlevenModel

/// The columns of each kind, exactly as the import spec (`import-formaat.md`) lists them.
public struct KolomSpec: Sendable, Equatable {
    public enum Waarde: Sendable, Equatable {
        case projectjaar, bestuur, actie, geheelGetal, bedrag, tekst, status, meetmoment, doelstelling, provincie
    }

    public let naam: String
    public let verplicht: Bool
    public let waarde: Waarde
    /// Shown in the template workbook and in `--help`.
    public let uitleg: String

    init(_ naam: String, _ verplicht: Bool, _ waarde: Waarde, _ uitleg: String) {
        self.naam = naam
        self.verplicht = verplicht
        self.waarde = waarde
        self.uitleg = uitleg
    }
}

extension Soort {
    /// The kind's columns, in the order the spec lists them. Every kind that names a bestuur
    /// also accepts an optional `provincie` column: the province as the source states it.
    public var kolommen: [KolomSpec] {
        let provincie = KolomSpec("provincie", false, .provincie, "de provincie zoals de bron ze vermeldt (wordt gecontroleerd, niet overgenomen)")
        let projectjaar = KolomSpec("projectjaar", true, .projectjaar, "1, 2 of 3")
        switch self {
        case .toekenningen:
            return [projectjaar,
                    KolomSpec("bestuur", true, .bestuur, "het ontvangende (indienende) bestuur: NIS-code, VGC, DERAND of naam"),
                    KolomSpec("actie", true, .actie, "actienummer uit de catalogus (1-24)"),
                    KolomSpec("kpi_huidig_bereik", false, .geheelGetal, "geheel getal >= 0; leeg = 0"),
                    KolomSpec("kpi_vooropgesteld", true, .geheelGetal, "geheel getal >= 0, inclusief het huidig bereik"),
                    KolomSpec("subsidie", true, .bedrag, "bedrag >= 0, bv. 30.000 of 30.000,50"),
                    KolomSpec("toelichting", false, .tekst, "vrije tekst"),
                    provincie]
        case .aanvragen:
            return [projectjaar,
                    KolomSpec("bestuur", true, .bestuur, "NIS-code, VGC, DERAND of naam"),
                    KolomSpec("actie", true, .actie, "actienummer (1-24)"),
                    KolomSpec("status", true, .status, "goedgekeurd, geweigerd of ingetrokken"),
                    KolomSpec("reden", false, .tekst, "verplicht bij status geweigerd"),
                    provincie]
        case .samenwerkingsverbanden:
            return [projectjaar,
                    KolomSpec("indiener", true, .bestuur, "het bestuur dat voor het samenwerkingsverband indient"),
                    KolomSpec("partner", true, .bestuur, "een partnerbestuur (niet de indiener zelf)"),
                    provincie]
        case .mentorschappen:
            return [projectjaar,
                    KolomSpec("bestuur", true, .bestuur, "het mentorbestuur"),
                    KolomSpec("actie", true, .actie, "actienummer (1-24)"),
                    KolomSpec("stimulans", false, .bedrag, "bedrag; leeg = 10.000"),
                    KolomSpec("toelichting", false, .tekst, "vrije tekst"),
                    provincie]
        case .sio:
            return [projectjaar,
                    KolomSpec("bestuur", true, .bestuur, "NIS-code, VGC, DERAND of naam"),
                    KolomSpec("investeerder", false, .tekst, "vrije tekst"),
                    KolomSpec("sociale_organisatie", false, .tekst, "vrije tekst"),
                    KolomSpec("bedrag", true, .bedrag, "bedrag (de stimulans is 25.000)"),
                    KolomSpec("toelichting", false, .tekst, "vrije tekst"),
                    provincie]
        case .kpiRapportering:
            return [projectjaar,
                    KolomSpec("bestuur", true, .bestuur, "NIS-code, VGC, DERAND of naam"),
                    KolomSpec("actie", true, .actie, "actienummer (1-24)"),
                    KolomSpec("meetmoment", true, .meetmoment, "6m of 12m"),
                    KolomSpec("kpi_behaald", true, .geheelGetal, "geheel getal >= 0"),
                    KolomSpec("motivering", false, .tekst, "waarom een KPI niet behaald is"),
                    provincie]
        case .acties:
            return [KolomSpec("nummer", true, .actie, "1-24"),
                    KolomSpec("naam", true, .tekst, "naam van de actie"),
                    KolomSpec("doelstelling", true, .doelstelling, "1-7"),
                    KolomSpec("kpi_eenheid", false, .tekst, "bv. oefenkans, actieplan"),
                    KolomSpec("standaardbedrag", false, .bedrag, "bedrag per KPI-eenheid")]
        }
    }

    /// The columns that make a record's key (two rows with the same key are an error).
    public var sleutel: [String] {
        switch self {
        case .toekenningen, .aanvragen, .mentorschappen: return ["projectjaar", "bestuur", "actie"]
        case .samenwerkingsverbanden: return ["projectjaar", "indiener", "partner"]
        case .sio: return ["projectjaar", "bestuur"]
        case .kpiRapportering: return ["projectjaar", "bestuur", "actie", "meetmoment"]
        case .acties: return ["nummer"]
        }
    }

    /// The kind a file name starts with (`toekenningen-2024.csv`), or nil.
    public init?(bestandsnaam: String) {
        let base = bestandsnaam.lowercased().replacingOccurrences(of: "-", with: "_")
        let match = Soort.allCases.sorted { $0.rawValue.count > $1.rawValue.count }.first { base.hasPrefix($0.rawValue) }
        guard let match else { return nil }
        self = match
    }

    /// The kind a sheet is named after (exact name, case and spaces aside).
    public init?(bladnaam: String) {
        let key = bladnaam.trimmedWhitespace.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        guard let match = Soort.allCases.first(where: { $0.rawValue == key }) else { return nil }
        self = match
    }

    /// "toekenningen, aanvragen, samenwerkingsverbanden, mentorschappen, sio, kpi_rapportering, acties"
    public static var lijst: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
