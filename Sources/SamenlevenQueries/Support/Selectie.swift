import SamenlevenModel

/// A bestuur as an answer shows it: in the answer's geography (a gemeente merged on
/// 1 January 2025 appears as the 2025 gemeente, in ITS province).
struct Plaats: Hashable, Sendable {
    /// Code in the answer's geography.
    let code: String
    let naam: String
    /// "Antwerpen (11002)", "Vlaamse Gemeenschapscommissie", or the unknown code as given.
    let label: String
    /// Nil when the code is unknown and the source names no recognisable province.
    let provincie: Provincie?
    let bekend: Bool

    /// The key of a typed result's row: the code, and the name as people say it (the label of
    /// an unknown code).
    var sleutel: Sleutel { .bestuur(code: code, naam: bekend ? naam : label) }

    /// Sort order within a province: by name, then code.
    static func < (a: Plaats, b: Plaats) -> Bool { (a.naam, a.code) < (b.naam, b.code) }
}

/// The filters a question can take.
enum FilterSoort: CaseIterable, Sendable {
    case projectjaar, provincie, doelstelling, actie, bestuur
}

/// The filters of one answer applied to records: which records count, where their bestuur
/// stands in the chosen geography, and how the selection is described in the answer.
struct Selectie: Sendable {
    let context: QueryContext
    let options: QueryOptions
    let geografie: Geografie
    /// The filters this question applies; the others are reported as ignored.
    let toepasbaar: Set<FilterSoort>

    init(_ context: QueryContext, _ options: QueryOptions, toepasbaar: Set<FilterSoort> = Set(FilterSoort.allCases)) {
        self.context = context
        self.options = options
        self.geografie = options.effectieveGeografie
        self.toepasbaar = toepasbaar
    }

    // MARK: Besturen in the geography

    func plaats(_ code: String, vermeld: String? = nil) -> Plaats {
        if let bestuur = context.referentie.bestuur(code: code, in: geografie) {
            return Plaats(code: bestuur.code, naam: bestuur.naam, label: bestuur.label, provincie: bestuur.provincie, bekend: true)
        }
        return Plaats(code: code, naam: code, label: "onbekend bestuur \(code)",
                      provincie: vermeld.flatMap(Provincie.init(naam:)), bekend: false)
    }

    /// Records whose bestuur was mapped onto another one in this geography, for a footnote.
    func verplaatsingen(_ codes: some Sequence<String>) -> [String] {
        var seen = Set<String>()
        var lines: [(String, String)] = []
        for code in codes where seen.insert(code).inserted {
            guard let origineel = context.referentie.bestuur(code: code), let nieuw = context.referentie.bestuur(code: code, in: geografie),
                  nieuw.code != origineel.code else { continue }
            var text = "\(origineel.label) → \(nieuw.label)"
            if nieuw.provincie != origineel.provincie { text += ", provincie \(nieuw.provincie.naam)" }
            lines.append((origineel.naam, text))
        }
        return lines.sorted { $0.0 < $1.0 }.map(\.1)
    }

    // MARK: Filters

    private func applies(_ soort: FilterSoort) -> Bool { toepasbaar.contains(soort) }

    func jaarPast(_ jaar: Int) -> Bool {
        guard applies(.projectjaar), let wanted = options.projectjaar else { return true }
        return jaar == wanted
    }

    /// Doelstelling and actie filters.
    func actiePast(_ nummer: Int) -> Bool {
        if applies(.actie), let wanted = options.actie, nummer != wanted { return false }
        if applies(.doelstelling), let wanted = options.doelstelling, context.acties[nummer]?.doelstelling != wanted { return false }
        return true
    }

    /// The bestuur filter matches the record's own code, or in this geography the bestuur it
    /// is shown as (a 2025 gemeente selects the gemeenten it absorbed).
    func bestuurPast(_ code: String) -> Bool {
        guard applies(.bestuur), let wanted = options.bestuur else { return true }
        return code == wanted || plaats(code).code == wanted
    }

    func provinciePast(_ plaats: Plaats) -> Bool {
        guard applies(.provincie), let wanted = options.provincie else { return true }
        return plaats.provincie == wanted
    }

    /// Project year, bestuur (as the record's own code) and province (in the geography).
    func past(jaar: Int, bestuur code: String, vermeld: String?) -> Bool {
        jaarPast(jaar) && bestuurPast(code) && provinciePast(plaats(code, vermeld: vermeld))
    }

    // MARK: Description

    func actieLabel(_ nummer: Int) -> String {
        context.acties[nummer]?.label ?? "Actie \(nummer) (niet in de actiecatalogus)"
    }

    /// The filters as shown with the answer, geography last.
    var filters: [AnswerTable.Filter] {
        var out: [AnswerTable.Filter] = []
        for soort in FilterSoort.allCases where applies(soort) {
            if let waarde = waarde(soort) { out.append(.init(naam(soort), waarde)) }
        }
        out.append(.init("Gemeentelijke indeling", geografie.label))
        return out
    }

    private func naam(_ soort: FilterSoort) -> String {
        switch soort {
        case .projectjaar: return "Projectjaar"
        case .provincie: return "Provincie"
        case .doelstelling: return "Doelstelling"
        case .actie: return "Actie"
        case .bestuur: return "Bestuur"
        }
    }

    private func waarde(_ soort: FilterSoort) -> String? {
        switch soort {
        case .projectjaar: return options.projectjaar.map(String.init)
        case .provincie: return options.provincie?.naam
        case .doelstelling: return options.doelstelling.map { Doelstelling.nummer($0)?.label ?? "\($0)" }
        case .actie: return options.actie.map(actieLabel)
        case .bestuur: return options.bestuur.map { context.referentie.bestuur(code: $0)?.label ?? $0 }
        }
    }

    /// "projectjaar 1, provincie Antwerpen", or nil without filters.
    var omschrijving: String? {
        var parts: [String] = []
        if applies(.projectjaar), let j = options.projectjaar { parts.append("projectjaar \(j)") }
        if applies(.provincie), let p = options.provincie { parts.append("provincie \(p.naam)") }
        if applies(.doelstelling), let d = options.doelstelling { parts.append("doelstelling \(Doelstelling.nummer(d)?.label ?? "\(d)")") }
        if applies(.actie), let a = options.actie { parts.append("actie \(a)") }
        if applies(.bestuur), let b = options.bestuur { parts.append("bestuur \(context.referentie.bestuur(code: b)?.label ?? b)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// "Geen gegevens voor projectjaar 1: er zijn geen toekenningen ingeladen die aan de selectie voldoen."
    func geenGegevens(_ wat: String) -> Voetnoot {
        if let omschrijving {
            return Voetnoot("Geen gegevens voor \(omschrijving): er zijn geen \(wat) ingeladen die aan de selectie voldoen.")
        }
        return Voetnoot("Geen gegevens voor deze vraag: er zijn geen \(wat) ingeladen.")
    }

    /// Footnotes for filters that were given but do not apply to this question, and for the geography.
    func algemeneVoetnoten(codes: some Sequence<String>) -> [Voetnoot] {
        var out: [Voetnoot] = []
        let genegeerd = FilterSoort.allCases.filter { !applies($0) && gegeven($0) }.map { naam($0).lowercased() }
        if !genegeerd.isEmpty {
            out.append(Voetnoot("Niet van toepassing op deze vraag en dus genegeerd: filter \(genegeerd.joined(separator: ", "))."))
        }
        let verplaatst = verplaatsingen(codes)
        if !verplaatst.isEmpty {
            out.append(Voetnoot("Volgens de \(geografie.label) staan deze besturen onder de gemeente waarin ze opgingen: "
                                + verplaatst.joined(separator: "; ") + "."))
        }
        return out
    }

    private func gegeven(_ soort: FilterSoort) -> Bool {
        switch soort {
        case .projectjaar: return options.projectjaar != nil
        case .provincie: return options.provincie != nil
        case .doelstelling: return options.doelstelling != nil
        case .actie: return options.actie != nil
        case .bestuur: return options.bestuur != nil
        }
    }
}

extension Provincie? {
    /// "Provincie Antwerpen", "Brussel-Hoofdstad", "Provincie onbekend".
    var kopLabel: String {
        switch self {
        case .none: return "Provincie onbekend"
        case .some(.brusselHoofdstad): return "Brussel-Hoofdstad"
        case .some(let p): return "Provincie \(p.naam)"
        }
    }

    /// "Totaal provincie Antwerpen", "Totaal Brussel-Hoofdstad", "Totaal provincie onbekend".
    var subtotaalLabel: String {
        switch self {
        case .none: return "Totaal provincie onbekend"
        case .some(.brusselHoofdstad): return "Totaal Brussel-Hoofdstad"
        case .some(let p): return "Totaal provincie \(p.naam)"
        }
    }

    /// Position in NIS order, unknown last.
    var rang: Int { self.flatMap { Provincie.allCases.firstIndex(of: $0) } ?? Provincie.allCases.count }

    /// Provinces in NIS order, unknown last.
    static func sorteer(_ a: Provincie?, _ b: Provincie?) -> Bool { a.rang < b.rang }
}

extension Selectie {
    /// Puts an answer together: filters, data vintage and the footnotes every answer has
    /// (voorbeelddata label first, "geen gegevens", the question's own remarks, ignored
    /// filters and moved besturen, then one source line per file and the published sources).
    func tabel(titel: String, subvraag: Int?, kolommen: [Kolom], rijen: [Rij], herkomst: [Herkomst],
               jaren: some Sequence<Int>, wat: String, leeg: Bool, opmerkingen: [Voetnoot] = [],
               codes: some Sequence<String>, gepubliceerdeBronnen: [Voetnoot] = []) -> AnswerTable {
        var voetnoten: [Voetnoot] = []
        if let label = HerkomstLijst.voorbeelddataVoetnoot(herkomst) { voetnoten.append(label) }
        if leeg { voetnoten.append(geenGegevens(wat)) }
        voetnoten += opmerkingen
        voetnoten += algemeneVoetnoten(codes: codes)
        voetnoten += HerkomstLijst.voetnoten(herkomst)
        voetnoten += gepubliceerdeBronnen
        return AnswerTable(
            titel: titel, vraag: VraagReferentie(nummer: options.vraagnummer, subvraag: subvraag),
            gegevensstand: gegevensstand(herkomst, jaren: jaren, leeg: "geen \(wat)"),
            kolommen: kolommen, rijen: rijen, voetnoten: voetnoten,
            voorbeelddata: herkomst.contains(where: \.voorbeelddata), filters: filters)
    }

    /// A footnote for records whose bestuur code is not in the reference data.
    func onbekendeBesturen(_ codes: some Sequence<String>) -> Voetnoot? {
        let onbekend = Set(codes.filter { context.referentie.bestuur(code: $0) == nil }).sorted()
        guard !onbekend.isEmpty else { return nil }
        return Voetnoot("Onbekende bestuurscode(s), niet in de referentiegegevens: \(onbekend.joined(separator: ", ")); "
                        + "ze staan onder de vermelde provincie of onder 'Provincie onbekend'.")
    }
}
