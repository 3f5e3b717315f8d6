import Memberwise
import SamenlevenQueries

/// Everything an answer template can use, already formatted the Belgian way. Templates
/// reach these by name (`{{samenwerking.indieners}}`); `prototype` fills every list and
/// optional so that each name is checked before rendering.
public struct AntwoordGegevens: Sendable {
    public struct Vraag: Sendable {
        public var nummer: String
        public var datum: String
        public var vraagsteller: String
        public var minister: String
        public var functie: String
        public var titel: String
        public var deelvragen: [Deelvraag]
    }

    /// One deelvraag with its figures; reached in order (`{{#vraag.deelvragen}}`) or by number
    /// (`{{deelvraag.1.zin}}`, `{{deelvraag.5a.totaal.subsidie}}`).
    @MemberwiseInit
    public struct Deelvraag: Sendable {
        public var nummer: String
        public var tekst: String
        /// The question file's `toelichting`: one text, or none (`{{#toelichting}}{{.}}{{/toelichting}}`).
        public var toelichting: [String] = []
        /// A policy question: the cabinet writes the answer.
        public var beleid: Bool = false
        /// The table's name (`toekenningen`); empty for a policy question.
        public var tabel: String = ""
        /// The bijlage sheet of its table; empty for a policy question.
        public var blad: String = ""
        /// A sentence with its main figures (the grand totals, the Belgian way).
        public var zin: String = ""
        /// The table in Markdown when it is short enough for the text, else empty.
        public var markdown: String = ""
        /// "De tabel staat op blad X van de bijlage."
        public var verwijzing: String = ""
        /// The grand total of each measure, the Belgian way, by measure name.
        public var totaal: [String: String] = [:]
        /// The figures of the sentences a standard table's answer uses, in the list of the table
        /// the deelvraag asks for (one element; the others empty), so a question's own template
        /// reaches them by the deelvraag's number: `{{#deelvraag.2.samenwerking}}{{indieners}}
        /// projectindieners{{/deelvraag.2.samenwerking}}`.
        public var toekenningen: [Toekenningen] = []
        public var samenwerking: [Samenwerking] = []
        public var weigeringen: [Weigeringen] = []
        public var aanvragen: [Aanvragen] = []
        public var budget: [Budget] = []
        public var mentorschap: [Mentorschap] = []
        public var sio: [SIO] = []
    }

    public struct Projectjaar: Sendable {
        public var nummer: String
        public var periode: String
        public var gepubliceerdTotaal: String
    }

    public struct ProvincieBedrag: Sendable {
        public var naam: String
        public var bedrag: String
        public var besturen: String
    }

    public struct Toekenningen: Sendable {
        public var totaal: String
        public var besturen: String
        public var acties: String
        public var provincies: [ProvincieBedrag]
    }

    /// One item of a per-province enumeration ("a. West-Vlaanderen: Harelbeke (samen met ...)").
    public struct Opsomming: Sendable {
        public var letter: String
        public var naam: String
        public var tekst: String
    }

    public struct Samenwerking: Sendable {
        public var indieners: String
        public var besturen: String
        public var lidmaatschappen: String
        public var gepubliceerdeIndieners: String
        public var gepubliceerdeBesturen: String
        /// True when the numbers differ from the published sentence (controle.txt explains why).
        public var wijktAfVanPublicatie: Bool
        public var provincies: [Opsomming]
        /// A Markdown table: provincie, projectindiener, samen met.
        public var tabel: String
    }

    public struct Weigeringen: Sendable {
        public var geen: Bool
        public var aantal: String
        public var aanvragen: String
        public var provincies: [Opsomming]
    }

    public struct Aanvragen: Sendable {
        public var aanvragen: String
        public var goedgekeurd: String
        /// Besturen that applied (the indieners).
        public var besturen: String
        /// Besturen taking part: the indieners and the partners of their samenwerkingsverband.
        public var deelnemers: String
        public var deelnemersGepubliceerd: String
    }

    public struct Budget: Sendable {
        public var toegekend: String
        public var acties: String
        public var stimulansen: String
        public var gepubliceerd: String
        public var klopt: Bool
        public var volgendJaar: [VolgendJaar]
    }

    public struct VolgendJaar: Sendable {
        public var nummer: String
        public var bedrag: String
    }

    public struct Mentorschap: Sendable {
        public var aantal: String
        public var stimulans: String
        public var totaal: String
        public var geen: Bool
        /// A Markdown table: actie, lokaal bestuur, provincie (as in the published answer).
        public var tabel: String
    }

    public struct SIOExperiment: Sendable {
        public var bestuur: String
        /// Nil when the source names none (a section then shows nothing).
        public var investeerder: String?
        public var socialeOrganisatie: String?
        public var bedrag: String
        public var toelichting: String
    }

    public struct SIO: Sendable {
        public var aantal: String
        public var geen: Bool
        public var experimenten: [SIOExperiment]
    }

    public var vraag: Vraag
    public var projectjaar: Projectjaar
    public var geografie: String
    public var voorbeelddata: Bool
    public var voorbeelddataLabel: String
    /// The marker for political text the cabinet writes itself.
    public var inTeVullen: String
    public var toekenningen: Toekenningen
    public var samenwerking: Samenwerking
    public var weigeringen: Weigeringen
    public var aanvragen: Aanvragen
    public var budget: Budget
    public var mentorschap: Mentorschap
    public var sio: SIO
    /// The deelvragen by number (`{{deelvraag.2.zin}}`).
    public var deelvraag: [String: Deelvraag] = [:]

    /// What a question's template is checked against: ``prototype`` with the question's own
    /// deelvragen (every one reachable by number).
    public static func prototype(_ gegevens: AntwoordGegevens) -> AntwoordGegevens {
        var prototype = prototype
        if !gegevens.vraag.deelvragen.isEmpty {
            prototype.vraag.deelvragen = gegevens.vraag.deelvragen
            // Every deelvraag of the file is reachable with every table's names, checked name by
            // name: a typo is an error, while a section for a table the deelvraag does not ask
            // for (a drafted file may make it a policy question) renders nothing.
            let p = prototype
            prototype.deelvraag = gegevens.deelvraag.mapValues { d in
                var d = d
                d.toekenningen = [p.toekenningen]
                d.samenwerking = [p.samenwerking]
                d.weigeringen = [p.weigeringen]
                d.aanvragen = [p.aanvragen]
                d.budget = [p.budget]
                d.mentorschap = [p.mentorschap]
                d.sio = [p.sio]
                return d
            }
        }
        return prototype
    }

    /// A value of this type with one element in every list: what templates are checked against.
    public static let prototype: AntwoordGegevens = {
        let x = "x"
        let opsomming = [Opsomming(letter: x, naam: x, tekst: x)]
        var deelvraag = Deelvraag(nummer: x, tekst: x)
        deelvraag.totaal = [x: x]
        var prototype = AntwoordGegevens(
            vraag: Vraag(nummer: x, datum: x, vraagsteller: x, minister: x, functie: x, titel: x,
                         deelvragen: [deelvraag]),
            projectjaar: Projectjaar(nummer: x, periode: x, gepubliceerdTotaal: x),
            geografie: x, voorbeelddata: true, voorbeelddataLabel: x, inTeVullen: x,
            toekenningen: Toekenningen(totaal: x, besturen: x, acties: x, provincies: [ProvincieBedrag(naam: x, bedrag: x, besturen: x)]),
            samenwerking: Samenwerking(indieners: x, besturen: x, lidmaatschappen: x, gepubliceerdeIndieners: x,
                                       gepubliceerdeBesturen: x, wijktAfVanPublicatie: true, provincies: opsomming, tabel: x),
            weigeringen: Weigeringen(geen: true, aantal: x, aanvragen: x, provincies: opsomming),
            aanvragen: Aanvragen(aanvragen: x, goedgekeurd: x, besturen: x, deelnemers: x, deelnemersGepubliceerd: x),
            budget: Budget(toegekend: x, acties: x, stimulansen: x, gepubliceerd: x, klopt: true,
                           volgendJaar: [VolgendJaar(nummer: x, bedrag: x)]),
            mentorschap: Mentorschap(aantal: x, stimulans: x, totaal: x, geen: true, tabel: x),
            sio: SIO(aantal: x, geen: true, experimenten: [SIOExperiment(bestuur: x, investeerder: x, socialeOrganisatie: x,
                                                                         bedrag: x, toelichting: x)]))
        prototype.deelvraag = [x: deelvraag]
        return prototype
    }()
}

/// One figure of an answer with where it comes from: what `bronnen.md` lists.
public struct Cijferbron: Sendable, Equatable {
    /// The table whose answer states the figure; `bronnen.md` lists it under the deelvraag that
    /// asks for that table.
    public var tabel: StandaardVraag
    public var wat: String
    public var waarde: String
    public var bron: String
}
