/// A project year (projectjaar / projectperiode) of Plan Samenleven.
public struct Projectjaar: Hashable, Sendable, Codable, Numbered {
    public let nummer: Int
    public let start: CalendarDate
    public let einde: CalendarDate
    /// The published granted total (toegekende subsidie) for the year.
    public let toegekend: Euro
    /// Participants as the sources state them.
    public let deelnemersVermeld: String
    /// Participating besturen as a number (lokale besturen + VGC + vzw De Rand), where stated.
    public let deelnemendeBesturen: Int?
    public let bron: String
    public let opmerking: String?

    /// "projectjaar 1 (1 oktober 2022 – 30 september 2023)"
    public var label: String { "projectjaar \(nummer) (\(start.dutch) – \(einde.dutch))" }

    public static let alle: [Projectjaar] = [
        Projectjaar(nummer: 1, start: CalendarDate(year: 2022, month: 10, day: 1),
                    einde: CalendarDate(year: 2023, month: 9, day: 30),
                    toegekend: Euro(euros: 14_136_359),
                    deelnemersVermeld: "104 lokale besturen + VGC + vzw De Rand", deelnemendeBesturen: 106,
                    bron: "S492 vraag 1 en antwoord 4; NIEUWS2",
                    opmerking: "WEB-OVER vermeldt 103 lokale besturen"),
        Projectjaar(nummer: 2, start: CalendarDate(year: 2023, month: 10, day: 1),
                    einde: CalendarDate(year: 2024, month: 9, day: 30),
                    toegekend: Euro(euros: 16_907_780),
                    deelnemersVermeld: "147 lokale besturen + VGC + vzw De Rand (40 nieuwe)", deelnemendeBesturen: 149,
                    bron: "NIEUWS2; NOTA3 2.1",
                    opmerking: nil),
        Projectjaar(nummer: 3, start: CalendarDate(year: 2024, month: 10, day: 1),
                    einde: CalendarDate(year: 2025, month: 9, day: 30),
                    toegekend: Euro(euros: 16_907_780),
                    deelnemersVermeld: "voortzetting van de acties van projectjaar 2", deelnemendeBesturen: nil,
                    bron: "NOTA3 2.4 en 3.A",
                    opmerking: "NOTA3 2.1 schrijft 16.970.780; 14.136.359 + 16.907.780 = 31.044.139 (NOTA3) bevestigt 16.907.780"),
    ]

    public static let nummers = 1...3
}

/// The financial stimuli on top of the action subsidies (S492 answers 7-8, NOTA3 2.1;
/// vlaanderen.be "Financiële stimulansen" for the samenwerkingsstimulans).
public enum Stimulans: String, Sendable, Codable, CaseIterable {
    case mentorschap
    case sio
    case samenwerking

    /// Nil where the sources do not give the amount. The samenwerkingsstimulans is paid once
    /// per samenwerkingsverband and project year, without co-financing (`Samenwerkingsstimulans`).
    public var bedrag: Euro? {
        switch self {
        case .mentorschap: return Euro(euros: 10_000)
        case .sio: return Euro(euros: 25_000)
        case .samenwerking: return Euro(euros: 10_000)
        }
    }

    public var omschrijving: String {
        switch self {
        case .mentorschap: return "mentorschap van een actie"
        case .sio: return "experiment met een sociale impactobligatie (SIO)"
        case .samenwerking: return "samenwerkingsverband van lokale besturen (per verband en projectjaar, zonder cofinanciering)"
        }
    }

    public var bron: String {
        switch self {
        case .mentorschap: return "S492 vraag en antwoord 7"
        case .sio: return "S492 antwoord 8"
        case .samenwerking: return "vlaanderen.be, Financiële stimulansen; NOTA3 2.1"
        }
    }
}
