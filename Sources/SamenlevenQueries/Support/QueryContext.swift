import Memberwise
import SamenlevenModel

/// Everything a standard question reads: the records, the action catalogue, the reference
/// data (besturen of both geographies) and the published figures. Queries read only this
/// value and never touch SQL, so a test can hand them a dataset built in code.
public struct QueryContext: Sendable {
    public var gegevens: Gegevens
    public var acties: ActieCatalogus
    public var referentie: Referentie
    public var gepubliceerdeCijfers: [GepubliceerdCijfer]
    /// The import files the records came from (for the annex and the open data).
    public var bronbestanden: [Bronbestand]

    /// Without a catalogue or published figures, those of `referentie` are used.
    public init(gegevens: Gegevens, acties: ActieCatalogus? = nil, referentie: Referentie = .ingebouwd,
                gepubliceerdeCijfers: [GepubliceerdCijfer]? = nil, bronbestanden: [Bronbestand] = []) {
        self.gegevens = gegevens
        self.acties = acties ?? referentie.acties
        self.referentie = referentie
        self.gepubliceerdeCijfers = gepubliceerdeCijfers ?? referentie.gepubliceerdeCijfers
        self.bronbestanden = bronbestanden
    }
}

extension QueryContext {
    /// The context of a dataset loaded at the edge (`Store.laad()`): its records, its action
    /// catalogue, its published figures and its import files. The besturen come from
    /// `referentie`: they are reference data.
    public init(_ dataset: Dataset, referentie: Referentie = .ingebouwd) {
        self.init(gegevens: dataset.gegevens, acties: dataset.acties, referentie: referentie,
                  gepubliceerdeCijfers: dataset.gepubliceerdeCijfers, bronbestanden: dataset.bronbestanden)
    }
}

/// The filters and choices a standard question is answered with. Every filter is optional;
/// a question ignores the filters that do not apply to it and says so in a footnote.
@MemberwiseInit
public struct QueryOptions: Sendable, Equatable {
    public var projectjaar: Int?
    public var provincie: Provincie?
    /// Goal number 1...7.
    public var doelstelling: Int?
    /// Action number 1...24.
    public var actie: Int?
    /// Code of a bestuur (NIS code, `VGC`, `DERAND`). In the 2025 geography a 2025 gemeente
    /// also selects the records of the gemeenten it absorbed.
    public var bestuur: String?
    /// Nil: the geography in force at the start of the project year (`effectieveGeografie`).
    public var geografie: Geografie?
    /// The parliamentary question the answer is for; nil: none (the answer names no question).
    public var vraagnummer: Int?
    /// The deelvraag of that question the answer is for, by its label in the question file ("5a").
    public var deelvraag: String?
    /// Several project years (a question file's `projectjaren`); empty: only `projectjaar`
    /// filters. Both must hold when both are given.
    public var projectjaren: [Int] = []
    /// The filters of a question file: lists of values, the arrondissement and a named group of
    /// besturen. They hold together with the single-valued filters above.
    public var filter: Vraagfilter = Vraagfilter()

    /// The chosen geography, or the one valid on the first day of the project year (of the
    /// last of `projectjaren`, or of the last project year when none is chosen).
    public var effectieveGeografie: Geografie {
        if let geografie { return geografie }
        let jaar = (projectjaar ?? projectjaren.max()).flatMap(Projectjaar.nummer) ?? Projectjaar.alle.last!
        return Geografie.geldig(op: jaar.start)
    }
}

extension QueryOptions {
    /// Whether a filter selects besturen: province, arrondissement, bestuur or group, single or listed.
    var filtertBesturen: Bool {
        provincie != nil || bestuur != nil || !filter.provincies.isEmpty || !filter.arrondissementen.isEmpty || !filter.besturen.isEmpty
            || filter.groep != nil || filter.buitenGroep != nil
    }

    /// Whether a filter selects actions: doelstelling or actie, single or listed.
    var filtertActies: Bool { doelstelling != nil || actie != nil || !filter.doelstellingen.isEmpty || !filter.acties.isEmpty }
}
