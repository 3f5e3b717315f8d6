import Memberwise

/// A count that a published source states in words ("24 projectindieners vertegenwoordigen 80
/// samenwerkende lokale besturen"), kept as data so the checker can compare it with what the
/// records give.
@MemberwiseInit
public struct GepubliceerdeTelling: Hashable, Sendable, Codable {
    /// What is counted.
    public enum Wat: String, Hashable, Sendable, Codable, CaseIterable {
        /// Distinct besturen that submit for a samenwerkingsverband.
        case projectindieners
        /// Distinct besturen in the samenwerkingsverbanden: indieners and partners together.
        case samenwerkendeBesturen = "samenwerkende-besturen"
        /// Refused applications (aanvragen with status geweigerd).
        case weigeringen
        /// Distinct besturen with an SIO experiment.
        case sioExperimenten = "sio-experimenten"

        /// "projectindieners", "samenwerkende lokale besturen", ... (as the sources word it)
        public var omschrijving: String {
            switch self {
            case .projectindieners: return "projectindieners"
            case .samenwerkendeBesturen: return "samenwerkende lokale besturen"
            case .weigeringen: return "geweigerde aanvragen"
            case .sioExperimenten: return "lokale besturen met een SIO-experiment"
            }
        }
    }

    public var projectjaar: Int
    public var wat: Wat
    public var waarde: Int
    /// Source code and place, e.g. `S492 antwoord 2`.
    public var bron: String
    /// The sentence of the source, verbatim.
    public var citaat: String

    /// The counts stated in the published sources (see the reference notes, "Answer to
    /// question 492").
    public static let ingebouwd: [GepubliceerdeTelling] = [
        GepubliceerdeTelling(projectjaar: 1, wat: .projectindieners, waarde: 24, bron: "S492 antwoord 2",
                             citaat: "24 projectindieners vertegenwoordigen 80 samenwerkende lokale besturen."),
        GepubliceerdeTelling(projectjaar: 1, wat: .samenwerkendeBesturen, waarde: 80, bron: "S492 antwoord 2",
                             citaat: "24 projectindieners vertegenwoordigen 80 samenwerkende lokale besturen."),
        GepubliceerdeTelling(projectjaar: 1, wat: .weigeringen, waarde: 0, bron: "S492 antwoord 3",
                             citaat: "Elke aanvraag kon gehonoreerd worden."),
        GepubliceerdeTelling(projectjaar: 1, wat: .sioExperimenten, waarde: 1, bron: "S492 antwoord 8",
                             citaat: "Stad Sint-Niklaas is het enige lokaal bestuur dat hierop heeft ingediend."),
    ]
}
