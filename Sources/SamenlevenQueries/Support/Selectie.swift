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
    /// As in the reference data; the VGC counts under Brussel-Hoofdstad, vzw De Rand under
    /// Halle-Vilvoorde. Nil for an unknown code and a 2025 gemeente spanning two arrondissementen.
    let arrondissement: String?
    let bekend: Bool
    /// Population on 1 January 2020 of the bestuur in this geography (a 2025 gemeente with its
    /// predecessors); nil for the VGC, vzw De Rand and an unknown code.
    let inwoners2020: Int?

    /// The key of a typed result's row: the code, and the name as people say it (the label of
    /// an unknown code).
    var sleutel: Sleutel { .bestuur(code: code, naam: bekend ? naam : label) }

    /// Sort order within a province: by name, then code.
    static func < (a: Plaats, b: Plaats) -> Bool { (a.naam, a.code) < (b.naam, b.code) }
}

/// The filters a question can take.
enum FilterSoort: CaseIterable, Sendable {
    case projectjaar, provincie, doelstelling, actie, bestuur, arrondissement, groep
}

/// The filters of one answer applied to records: which records count, where their bestuur
/// stands in the chosen geography, and how the selection is described in the answer.
struct Selectie: Sendable {
    let context: QueryContext
    let options: QueryOptions
    let geografie: Geografie
    /// The filters this question applies; the others are reported as ignored.
    let toepasbaar: Set<FilterSoort>
    /// The codes of the group `groep` or `buiten_groep` names: in this geography, and as 2025
    /// gemeente (a year-3 record may already carry the new code, Hasselt 71072).
    private let groepsleden: Set<String>
    /// Every bestuur of the reference data as this geography shows it, by its own code: looked
    /// up once per answer, not once per record.
    private let plaatsen: [String: Plaats]

    init(_ context: QueryContext, _ options: QueryOptions, toepasbaar: Set<FilterSoort> = Set(FilterSoort.allCases)) {
        self.context = context
        self.options = options
        self.geografie = options.effectieveGeografie
        self.toepasbaar = toepasbaar
        let geografie = self.geografie
        self.groepsleden = Set((options.filter.groep ?? options.filter.buitenGroep)?.lijst.codes.flatMap { code in
            [geografie, .gemeenten2025].map { context.referentie.bestuur(code: code, in: $0)?.code ?? code }
        } ?? [])
        var plaatsen: [String: Plaats] = [:]
        plaatsen.reserveCapacity(context.referentie.besturen.count)
        for bestuur in context.referentie.besturen where plaatsen[bestuur.code] == nil {
            guard let getoond = context.referentie.bestuur(code: bestuur.code, in: geografie) else { continue }
            plaatsen[bestuur.code] = Plaats(code: getoond.code, naam: getoond.naam, label: getoond.label, provincie: getoond.provincie,
                                            arrondissement: getoond.arrondissementInAntwoord, bekend: true,
                                            inwoners2020: context.referentie.inwoners2020(code: getoond.code, in: geografie))
        }
        self.plaatsen = plaatsen
    }

    // MARK: Besturen in the geography

    func plaats(_ code: String, vermeld: String? = nil) -> Plaats {
        plaatsen[code] ?? Plaats(code: code, naam: code, label: "onbekend bestuur \(code)",
                                 provincie: vermeld.flatMap(Provincie.init(naam:)), arrondissement: nil, bekend: false, inwoners2020: nil)
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
        guard applies(.projectjaar) else { return true }
        return options.projectjaar.map { jaar == $0 } ?? true && Self.past(jaar, options.projectjaren)
    }

    /// Doelstelling and actie filters.
    func actiePast(_ nummer: Int) -> Bool {
        let filter = options.filter
        if applies(.actie), options.actie.map({ nummer != $0 }) ?? false || !Self.past(nummer, filter.acties) { return false }
        if applies(.doelstelling), options.doelstelling != nil || !filter.doelstellingen.isEmpty {
            let doel = context.acties[nummer]?.doelstelling
            if options.doelstelling.map({ doel != $0 }) ?? false { return false }
            if !filter.doelstellingen.isEmpty && !doel.map({ filter.doelstellingen.contains($0) }).isTrue { return false }
        }
        return true
    }

    /// The bestuur filter matches the record's own code, or in this geography the bestuur it
    /// is shown as (a 2025 gemeente selects the gemeenten it absorbed).
    func bestuurPast(_ code: String) -> Bool {
        guard applies(.bestuur), options.bestuur != nil || !options.filter.besturen.isEmpty else { return true }
        let getoond = plaats(code).code
        // Every given value must hold: the single `bestuur` and one of the list.
        let lijstPast = options.filter.besturen.isEmpty || options.filter.besturen.contains { $0 == code || $0 == getoond }
        let enkelPast = options.bestuur.map { $0 == code || $0 == getoond } ?? true
        return lijstPast && enkelPast
    }

    /// Province, arrondissement and group filters, on the bestuur as this geography shows it.
    func provinciePast(_ plaats: Plaats) -> Bool {
        let filter = options.filter
        if applies(.provincie) {
            if options.provincie.map({ plaats.provincie != $0 }) ?? false { return false }
            if !filter.provincies.isEmpty && !plaats.provincie.map({ filter.provincies.contains($0) }).isTrue { return false }
        }
        if applies(.arrondissement), !filter.arrondissementen.isEmpty,
           !plaats.arrondissement.map({ filter.arrondissementen.contains($0) }).isTrue { return false }
        if applies(.groep) {
            if filter.groep != nil && !groepsleden.contains(plaats.code) { return false }
            if filter.buitenGroep != nil && groepsleden.contains(plaats.code) { return false }
        }
        return true
    }

    /// Project year, bestuur (as the record's own code) and province, arrondissement and group
    /// (in the geography).
    func past(jaar: Int, bestuur code: String, vermeld: String?) -> Bool {
        jaarPast(jaar) && bestuurPast(code) && provinciePast(plaats(code, vermeld: vermeld))
    }

    /// Whether `waarde` is in `lijst`; an empty list selects everything.
    private static func past<T: Equatable>(_ waarde: T, _ lijst: [T]) -> Bool { lijst.isEmpty || lijst.contains(waarde) }

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
        case .arrondissement: return "Arrondissement"
        case .groep: return "Groep"
        }
    }

    private func waarde(_ soort: FilterSoort) -> String? {
        let waarden = waarden(soort)
        return waarden.isEmpty ? nil : waarden.joined(separator: ", ")
    }

    /// The values a filter was given, single value first, as the answer shows them.
    private func waarden(_ soort: FilterSoort) -> [String] {
        let filter = options.filter
        switch soort {
        case .projectjaar: return ((options.projectjaar.map { [$0] } ?? []) + options.projectjaren).map(String.init)
        case .provincie: return ((options.provincie.map { [$0] } ?? []) + filter.provincies).map(\.naam)
        case .doelstelling:
            return ((options.doelstelling.map { [$0] } ?? []) + filter.doelstellingen).map { Doelstelling.nummer($0)?.label ?? "\($0)" }
        case .actie: return ((options.actie.map { [$0] } ?? []) + filter.acties).map(actieLabel)
        case .bestuur:
            return ((options.bestuur.map { [$0] } ?? []) + filter.besturen).map { context.referentie.bestuur(code: $0)?.label ?? $0 }
        case .arrondissement: return filter.arrondissementen
        case .groep:
            if let groep = filter.groep { return [groep.rawValue] }
            return filter.buitenGroep.map { ["buiten de \($0.rawValue)"] } ?? []
        }
    }

    /// "projectjaar 1, provincie Antwerpen", or nil without filters.
    var omschrijving: String? {
        var parts: [String] = []
        if applies(.projectjaar), options.projectjaar == nil, options.projectjaren.count > 0 {
            parts.append("projectjaren \(options.projectjaren.map(String.init).joined(separator: ", "))")
        }
        if applies(.projectjaar), let j = options.projectjaar { parts.append("projectjaar \(j)") }
        if applies(.provincie), let p = options.provincie { parts.append("provincie \(p.naam)") }
        if applies(.doelstelling), let d = options.doelstelling { parts.append("doelstelling \(Doelstelling.nummer(d)?.label ?? "\(d)")") }
        if applies(.actie), let a = options.actie { parts.append("actie \(a)") }
        if applies(.bestuur), let b = options.bestuur { parts.append("bestuur \(context.referentie.bestuur(code: b)?.label ?? b)") }
        // The question file's lists, arrondissement and group.
        let filter = options.filter
        let lijsten: [(FilterSoort, String, [String])] = [
            (.provincie, "provincie", filter.provincies.map(\.naam)), (.arrondissement, "arrondissement", filter.arrondissementen),
            (.doelstelling, "doelstelling", filter.doelstellingen.map(String.init)), (.actie, "actie", filter.acties.map(String.init)),
            (.bestuur, "bestuur", filter.besturen.map { context.referentie.bestuur(code: $0)?.label ?? $0 }),
        ]
        for (soort, naam, waarden) in lijsten where applies(soort) && !waarden.isEmpty {
            parts.append("\(naam) \(waarden.joined(separator: ", "))")
        }
        if applies(.groep), let groep = waarden(.groep).first { parts.append(groep) }
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

    private func gegeven(_ soort: FilterSoort) -> Bool { !waarden(soort).isEmpty }
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
    func tabel(titel: String, kolommen: [Kolom], rijen: [Rij], herkomst: [Herkomst],
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
            titel: titel, vraag: options.vraagnummer.map { VraagReferentie(nummer: $0, subvraag: options.deelvraag) },
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

extension Optional<Bool> {
    /// True only for `.some(true)`.
    var isTrue: Bool { self ?? false }
}

extension Bestuur {
    /// The arrondissement an answer counts the bestuur under: the reference data's, the VGC
    /// under Brussel-Hoofdstad and vzw De Rand under Halle-Vilvoorde (the faciliteitengemeenten
    /// it works for).
    var arrondissementInAntwoord: String? {
        switch soort {
        case .gemeente: return arrondissement
        case .gemeenschapscommissie: return "Brussel-Hoofdstad"
        case .vzw: return "Halle-Vilvoorde"
        }
    }
}

extension Bestuursgroep {
    /// The reference list of the group.
    var lijst: Bestuurslijst {
        switch self {
        case .centrumsteden: return .centrumsteden
        }
    }
}
