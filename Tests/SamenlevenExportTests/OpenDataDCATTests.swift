import Foundation
import SamenlevenExport
import SamenlevenModel
import Testing

/// `dcat.jsonld` per DCAT-AP Vlaanderen 2.0 (issue 17): identifiers, classes, datatypes and the
/// codelists, and the publication settings file. The SHACL check is scripts/checks/dcat-shacl.sh.
@Suite struct OpenDataDCATTests {
    static func dcat(_ publicatie: OpenDataPublicatie = .standaard) throws -> [String: Any] {
        var input = try OpenDataFixture.input()
        input.publicatie = publicatie
        return try OpenDataFixture.texts(input).object("dcat.jsonld")
    }

    static func types(_ node: Any?) -> [String] {
        let t = (node as? [String: Any])?["@type"]
        return (t as? [String]) ?? (t as? String).map { [$0] } ?? []
    }

    static func id(_ node: Any?) -> String? { (node as? [String: Any])?["@id"] as? String }
    static func value(_ node: Any?) -> String? { (node as? [String: Any])?["@value"] as? String }
    static func datatype(_ node: Any?) -> String? { (node as? [String: Any])?["@type"] as? String }

    /// A codelist value: a skos:Concept with a label in the given scheme.
    static func expectConcept(_ node: Any?, _ iri: String, scheme: String) {
        #expect(id(node) == iri)
        #expect(types(node).contains("skos:Concept"), "\(iri)")
        #expect(id((node as? [String: Any])?["skos:inScheme"]) == scheme, "\(iri)")
        #expect((node as? [String: Any])?["skos:prefLabel"] is String, "\(iri)")
    }

    @Test func datasetHasWhatTheFlemishProfileRequires() throws {
        let d = try Self.dcat()
        #expect(Self.types(d) == ["dcat:Dataset"])
        #expect(Self.value(d["dct:identifier"]) == "plan-samenleven")
        #expect(d["dct:title"] is String && d["dct:description"] is String)
        let eu = "http://publications.europa.eu/resource/authority/"
        Self.expectConcept(d["dct:accessRights"], eu + "access-right/PUBLIC", scheme: eu + "access-right")
        Self.expectConcept(d["mdcat:statuut"], "https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden/VLOPENDATA",
                           scheme: "https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden")
        let themes = try #require(d["dcat:theme"] as? [Any])
        #expect(themes.count == 2)
        for theme in themes { Self.expectConcept(theme, Self.id(theme) ?? "", scheme: eu + "data-theme") }
        Self.expectConcept(d["dct:language"], eu + "language/NLD", scheme: eu + "language")
        Self.expectConcept(d["dct:license"], OpenDataMetadata.licenseConcept, scheme: "https://data.vlaanderen.be/id/conceptscheme/licentie")
        #expect(Self.datatype(d["dct:issued"]) == "xsd:dateTime" && Self.datatype(d["dct:modified"]) == "xsd:dateTime")
        #expect(!(d["dcat:keyword"] as? [String] ?? []).isEmpty)
        #expect(Self.types(d["dct:conformsTo"]) == ["dct:Standard"])

        let publisher = try #require(d["dct:publisher"] as? [String: Any])
        #expect(Self.types(publisher) == ["foaf:Agent"] && publisher["foaf:name"] as? String == "Agentschap Binnenlands Bestuur")
        #expect(publisher["@id"] == nil, "no register URI unless the settings file gives it")
        let contact = try #require(d["dcat:contactPoint"] as? [String: Any])
        #expect(Self.types(contact).contains("vcard:Kind"))
        #expect(Self.id(contact["vcard:hasURL"]) == OpenDataMetadata.planPage)
        #expect(contact["vcard:hasEmail"] == nil)
    }

    @Test func everyDistributionHasIdentifierFormatStandardSizeAndChecksum() throws {
        let d = try Self.dcat()
        let distributions = try #require(d["dcat:distribution"] as? [[String: Any]])
        let eu = "http://publications.europa.eu/resource/authority/"
        var identifiers: Set<String> = []
        for dist in distributions {
            let file = try #require(Self.id(dist["dcat:downloadURL"]))
            #expect(Self.id(dist["dcat:accessURL"]) == file)
            let identifier = try #require(Self.value(dist["dct:identifier"]))
            #expect(identifier == "plan-samenleven/" + file)
            identifiers.insert(identifier)
            let code = file.hasSuffix(".csv") ? "CSV" : "JSON"
            Self.expectConcept(dist["dct:format"], eu + "file-type/" + code, scheme: eu + "file-type")
            #expect(Self.id(dist["dcat:mediaType"]) == "http://www.iana.org/assignments/media-types/" + (code == "CSV" ? "text/csv" : "application/json"))
            #expect(Self.types(dist["dct:conformsTo"]) == ["dct:Standard"])
            Self.expectConcept(dist["dct:license"], OpenDataMetadata.licenseConcept, scheme: "https://data.vlaanderen.be/id/conceptscheme/licentie")
            #expect(Self.datatype(dist["dcat:byteSize"]) == "xsd:decimal")
            let checksum = dist["spdx:checksum"] as? [String: Any]
            #expect(Self.datatype(checksum?["spdx:checksumValue"]) == "xsd:hexBinary")
            #expect(Self.datatype(dist["dct:issued"]) == "xsd:dateTime")
        }
        #expect(identifiers.count == distributions.count)
    }

    @Test func theSettingsFileGivesPublisherContactAndBaseURL() throws {
        let url = OpenDataFixture.temporaryDirectory().appendingPathComponent("publicatie.json")
        try Data(#"{"uitgeverURI": "https://data.vlaanderen.be/id/organisatie/OVO000000", "contactEmail": "iemand@vlaanderen.be", "basisURL": "https://data.example/ps/"}"#.utf8).write(to: url)
        let publicatie = try OpenDataPublicatie.lees(url)
        #expect(publicatie.uitgever == "Agentschap Binnenlands Bestuur" && publicatie.contactURL == OpenDataMetadata.planPage)
        let d = try Self.dcat(publicatie)
        #expect(Self.id(d["dct:publisher"]) == "https://data.vlaanderen.be/id/organisatie/OVO000000")
        let contact = d["dcat:contactPoint"] as? [String: Any]
        #expect(Self.id(contact?["vcard:hasEmail"]) == "mailto:iemand@vlaanderen.be")
        let distributions = try #require(d["dcat:distribution"] as? [[String: Any]])
        #expect(Self.id(distributions.first?["dcat:downloadURL"]) == "https://data.example/ps/toekenningen.csv")
        #expect(Self.value(distributions.first?["dct:identifier"]) == "https://data.example/ps/toekenningen.csv")
    }

    @Test func aWrongSettingsFileIsRefusedNamingFileAndKey() throws {
        let dir = OpenDataFixture.temporaryDirectory()
        func fout(_ json: String) -> String? {
            let url = dir.appendingPathComponent("publicatie.json")
            try? Data(json.utf8).write(to: url)
            do { _ = try OpenDataPublicatie.lees(url); return nil } catch { return "\(error)" }
        }
        #expect(fout(#"{"uitgevr": "x"}"#)?.contains("publicatie.json: onbekende sleutel \"uitgevr\"") == true)
        #expect(fout(#"{"basisURL": "https://x.example/map"}"#)?.contains("\"basisURL\": moet eindigen op /") == true)
        #expect(fout(#"{"contactEmail": "mailto:a@b.be"}"#)?.contains("\"contactEmail\"") == true)
        #expect(fout(#"{"contactURL": null}"#)?.contains("contactpunt heeft een adres nodig") == true)
        #expect(fout(#"{"uitgever": 3}"#)?.contains("\"uitgever\" moet tekst zijn") == true)
        #expect(fout("[]")?.contains("geen JSON-object") == true)
        #expect(fout("{}") == nil)
    }
}
