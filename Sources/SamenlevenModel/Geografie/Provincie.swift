/// The five Flemish provinces, plus Brussel-Hoofdstad for the VGC.
public enum Provincie: String, CaseIterable, Hashable, Comparable, Sendable, Codable {
    case antwerpen = "Antwerpen"
    case vlaamsBrabant = "Vlaams-Brabant"
    case westVlaanderen = "West-Vlaanderen"
    case oostVlaanderen = "Oost-Vlaanderen"
    case limburg = "Limburg"
    case brusselHoofdstad = "Brussel-Hoofdstad"

    public var naam: String { rawValue }

    /// NIS code of the province (the region's code for Brussels).
    public var nisCode: String {
        switch self {
        case .antwerpen: return "10000"
        case .vlaamsBrabant: return "20001"
        case .westVlaanderen: return "30000"
        case .oostVlaanderen: return "40000"
        case .limburg: return "70000"
        case .brusselHoofdstad: return "04000"
        }
    }

    /// NIS order: Antwerpen, Vlaams-Brabant, West-Vlaanderen, Oost-Vlaanderen, Limburg, Brussel.
    public static func < (a: Provincie, b: Provincie) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Finds a province by name as people write it ("oost-vlaanderen", "Oost Vlaanderen",
    /// "Brussel") or by NIS code.
    public init?(naam text: String) {
        let key = NameKey.normalise(text)
        if let match = Provincie.allCases.first(where: { NameKey.normalise($0.rawValue) == key || $0.nisCode == key }) {
            self = match
        } else if key == "brussel" || key == "brussels" || key == "bruxelles" {
            self = .brusselHoofdstad
        } else {
            return nil
        }
    }

    /// "Antwerpen, Vlaams-Brabant, West-Vlaanderen, Oost-Vlaanderen, Limburg, Brussel-Hoofdstad"
    public static var lijst: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
