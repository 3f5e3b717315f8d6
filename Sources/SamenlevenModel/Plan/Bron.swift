/// A published source that figures and reference data point to.
public struct Bron: Hashable, Sendable, Codable, Identifiable {
    /// Short code used in footnotes ("S492", "NOTA3").
    public let code: String
    public let titel: String
    public let url: String?

    public var id: String { code }

    public static let alle: [Bron] = [
        Bron(code: "S492", titel: "Schriftelijke vraag nr. 492 van 1 september 2023 van Brecht Warnez, met antwoord van viceminister-president Bart Somers",
             url: "http://www.vlaamsparlement.be/link?id=17758"),
        Bron(code: "NOTA3", titel: "Nota aan de Vlaamse Regering: Plan Samenleven Oproep 3 - definitieve goedkeuring (2024)", url: nil),
        Bron(code: "NIEUWS2", titel: "Nieuwsbericht 'Tweede projectjaar Plan Samenleven gaat van start met Kick-Off' (20 november 2023)", url: nil),
        Bron(code: "VVSG", titel: "Samenvatting VVSG-enquête Plan Samenleven", url: nil),
        Bron(code: "WEB-CIJFERS", titel: "vlaanderen.be: Cijfers van het Plan Samenleven",
             url: "https://www.vlaanderen.be/plan-samenleven/resultaten-van-het-plan-samenleven"),
        Bron(code: "WEB-FIN", titel: "vlaanderen.be: Financiële ondersteuning Plan Samenleven", url: nil),
        Bron(code: "WEB-RAP", titel: "vlaanderen.be: Rapportering Plan Samenleven", url: nil),
        Bron(code: "WEB-OVER", titel: "vlaanderen.be: Over Plan Samenleven", url: nil),
        Bron(code: "WEB-OPROEP1", titel: "Nieuwsbericht over de lancering van de eerste oproep (2022)", url: nil),
        Bron(code: "WEB-MENTOR", titel: "vlaanderen.be: Mentorbesturen Plan Samenleven",
             url: "https://www.vlaanderen.be/plan-samenleven/mentorbesturen-plan-samenleven"),
        Bron(code: "FORMULIER1", titel: "Aanvraagformulier projectjaar 1 van het Loket voor Lokale Besturen (ABB, 2022): per actie de doelstelling, de indicatoren, het grootste bereik per bestuur en de Vlaamse bijdrage per eenheid",
             url: "https://github.com/lblod/frontend-loket"),
        Bron(code: "REFNIS", titel: "Statbel REFNIS-codes en bevolking op 1 januari 2020; fusies 2025 (provinciale steunpunten statistiek)", url: nil),
    ]

    public static func code(_ code: String) -> Bron? { alle.first { $0.code == code } }
}
