import Memberwise
import SamenlevenModel

/// A written parliamentary question: who asked what, when, and of which minister. The
/// workbook annex, the answer drafts and the exports all take the question's metadata from
/// here; it is read from the question file (`Vragen/vraag-NNN.toml`), never written in code.
@MemberwiseInit
public struct ParlementaireVraag: Sendable, Equatable {
    /// One numbered sub-question (deelvraag) as the question text has it.
    @MemberwiseInit
    public struct Deelvraag: Sendable, Equatable {
        /// Its label as the question numbers it ("1", "5a").
        public let nummer: String
        public let tekst: String
        /// The standard questions that answer it with figures (none for the policy questions).
        public var standaardvragen: [StandaardVraag] = []
    }

    public let nummer: Int
    public let datum: CalendarDate
    public let vraagsteller: String
    /// The minister's name ("Bart Somers").
    public let minister: String
    /// The minister's function as the answer states it.
    public let functie: String
    public let titel: String
    public let deelvragen: [Deelvraag]
    /// Where the question and its answer are published.
    public var bron: Bron? = nil

    /// "vraag nr. 492 van 1 september 2023 van Brecht Warnez"
    public var referentie: String { "vraag nr. \(nummer) van \(datum.dutch) van \(vraagsteller)" }

    /// "Bart Somers, viceminister-president van de Vlaamse Regering, ..."
    public var ministerMetFunctie: String { "\(minister), \(functie)" }

    public func deelvraag(_ nummer: String) -> Deelvraag? { deelvragen.first { $0.nummer == nummer } }

    /// The deelvraag a standard question answers, if any.
    public func deelvraag(voor vraag: StandaardVraag) -> Deelvraag? {
        deelvragen.first { $0.standaardvragen.contains(vraag) }
    }
}
