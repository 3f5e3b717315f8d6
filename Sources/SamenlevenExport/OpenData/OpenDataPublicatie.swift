import Foundation
import Memberwise

/// Who publishes the open-data package and where, for `dcat.jsonld`: read from a small JSON
/// settings file (`samenleven opendata --publicatie pad.json`), every key optional.
///
/// The defaults are true facts, never placeholders: the publisher is the Agentschap
/// Binnenlands Bestuur, the contact point is the plan's page on vlaanderen.be. What only the
/// publisher can know (its URI in the Flemish organisation register, a mailbox, where the files
/// will be published) is left out until the settings file gives it; without `basisURL` the
/// download URLs stay relative to `dcat.jsonld`.
@MemberwiseInit
public struct OpenDataPublicatie: Sendable, Equatable, Decodable {
    /// `foaf:name` of the publisher.
    public var uitgever: String
    /// The publisher's URI in the Flemish organisation register (`https://data.vlaanderen.be/id/organisatie/OVO…`).
    public var uitgeverURI: String?
    /// `vcard:fn` of the contact point.
    public var contactNaam: String
    /// `vcard:hasURL` of the contact point.
    public var contactURL: String?
    /// `vcard:hasEmail` of the contact point, without `mailto:`.
    public var contactEmail: String?
    /// Where the package's files will be published, ending in `/`; nil: URLs relative to `dcat.jsonld`.
    public var basisURL: String?

    public static let standaard = OpenDataPublicatie(
        uitgever: OpenDataMetadata.publisher, uitgeverURI: nil, contactNaam: OpenDataMetadata.publisher,
        contactURL: OpenDataMetadata.planPage, contactEmail: nil, basisURL: nil)

    enum CodingKeys: String, CodingKey, CaseIterable {
        case uitgever, uitgeverURI, contactNaam, contactURL, contactEmail, basisURL
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = OpenDataPublicatie.standaard
        uitgever = try c.decodeIfPresent(String.self, forKey: .uitgever) ?? d.uitgever
        uitgeverURI = try c.decodeIfPresent(String.self, forKey: .uitgeverURI)
        contactNaam = try c.decodeIfPresent(String.self, forKey: .contactNaam) ?? d.contactNaam
        contactURL = c.contains(.contactURL) ? try c.decodeIfPresent(String.self, forKey: .contactURL) : d.contactURL
        contactEmail = try c.decodeIfPresent(String.self, forKey: .contactEmail)
        basisURL = try c.decodeIfPresent(String.self, forKey: .basisURL)
    }

    /// A settings file that is not what it should be.
    public struct Fout: Error, CustomStringConvertible {
        public let description: String
    }

    /// Reads and checks a settings file; errors name the file and the key.
    public static func lees(_ url: URL) throws -> OpenDataPublicatie {
        let bestand = url.lastPathComponent
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Fout(description: "\(bestand): kan het publicatiebestand niet lezen")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Fout(description: "\(bestand): geen JSON-object (verwacht: {\"uitgever\": \"…\", …})")
        }
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        if let unknown = object.keys.sorted().first(where: { !known.contains($0) }) {
            throw Fout(description: "\(bestand): onbekende sleutel \"\(unknown)\" (bekend: \(CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if let wrong = object.keys.sorted().first(where: { !(object[$0] is String) && !(object[$0] is NSNull) }) {
            throw Fout(description: "\(bestand): sleutel \"\(wrong)\" moet tekst zijn")
        }
        let p = try JSONDecoder().decode(OpenDataPublicatie.self, from: data)
        try p.controleer(bestand)
        return p
    }

    func controleer(_ bestand: String) throws {
        func fout(_ key: CodingKeys, _ text: String) -> Fout { Fout(description: "\(bestand): sleutel \"\(key.rawValue)\": \(text)") }
        if uitgever.trimmingCharacters(in: .whitespaces).isEmpty { throw fout(.uitgever, "mag niet leeg zijn") }
        if contactNaam.trimmingCharacters(in: .whitespaces).isEmpty { throw fout(.contactNaam, "mag niet leeg zijn") }
        for (key, value) in [(CodingKeys.uitgeverURI, uitgeverURI), (.contactURL, contactURL), (.basisURL, basisURL)] {
            if let value, !(value.hasPrefix("https://") || value.hasPrefix("http://")) || value.contains(" ") {
                throw fout(key, "geen http(s)-adres: \(value)")
            }
        }
        if let basisURL, !basisURL.hasSuffix("/") { throw fout(.basisURL, "moet eindigen op / (de map waarin de bestanden staan)") }
        if let contactEmail, contactEmail.hasPrefix("mailto:") || !contactEmail.contains("@") || contactEmail.contains(" ") {
            throw fout(.contactEmail, "geen e-mailadres (zonder mailto:): \(contactEmail)")
        }
        if contactURL == nil && contactEmail == nil {
            throw fout(.contactURL, "een contactpunt heeft een adres nodig: geef contactURL of contactEmail")
        }
    }
}
