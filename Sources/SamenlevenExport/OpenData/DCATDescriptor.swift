import Foundation
import SamenlevenModel

/// `dcat.jsonld`: DCAT-AP metadata for the open-data portal, in JSON-LD. One `dcat:Dataset`
/// with title, description, keywords, themes, publisher, licence, temporal coverage and dates,
/// and one `dcat:Distribution` per data file and for `datapackage.json`, each with its media
/// type, format, size, SHA-256 checksum and a download URL relative to the package (JSON-LD
/// resolves it against the location of `dcat.jsonld`).
enum DCATDescriptor {
    struct Distribution {
        let file: String
        let title: String
        let description: String
        let mediaType: String
        let format: String
        let conformsTo: String
    }

    static let context: JSONValue = .object([
        ("@language", .string("nl")),
        ("dcat", .string("http://www.w3.org/ns/dcat#")),
        ("dct", .string("http://purl.org/dc/terms/")),
        ("foaf", .string("http://xmlns.com/foaf/0.1/")),
        ("vcard", .string("http://www.w3.org/2006/vcard/ns#")),
        ("spdx", .string("http://spdx.org/rdf/terms#")),
        ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")),
        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
    ])

    static func distributions(_ resources: [OpenDataResource]) -> [Distribution] {
        var out: [Distribution] = []
        for r in resources {
            let label = r.voorbeelddataRows > 0
                ? "\(Herkomst.voorbeelddataLabel): \(BelgianNumber.format(r.voorbeelddataRows)) van de \(BelgianNumber.format(r.rows.count)) rijen zijn synthetisch (kolom voorbeelddata = true). " : ""
            out.append(Distribution(file: r.csvFileName, title: "\(r.title) (CSV)", description: label + r.description,
                                    mediaType: "text/csv", format: "CSV", conformsTo: OpenDataMetadata.rfc4180))
            out.append(Distribution(file: r.jsonFileName, title: "\(r.title) (JSON)", description: label + r.description,
                                    mediaType: "application/json", format: "JSON", conformsTo: OpenDataMetadata.rfc8259))
        }
        out.append(Distribution(file: "datapackage.json", title: "Frictionless Data Package (beschrijving en tabelschema's)",
                                description: "Beschrijving van alle bestanden met hun tabelschema: types, verplichte velden, primaire en vreemde sleutels.",
                                mediaType: "application/json", format: "JSON", conformsTo: OpenDataMetadata.frictionlessDataPackage))
        return out
    }

    static func descriptor(_ resources: [OpenDataResource], files: [String: Data], input: OpenDataInput) -> JSONValue {
        let voorbeelddata = resources.reduce(0) { $0 + $1.voorbeelddataRows }
        let datum = input.publicationDate
        func date(_ d: CalendarDate) -> JSONValue { .object([("@value", .string(d.iso)), ("@type", .string("xsd:date"))]) }
        func ref(_ iri: String) -> JSONValue { .object([("@id", .string(iri))]) }
        let license: JSONValue = .object([("@id", .string(OpenDataMetadata.licenseURL)), ("@type", .string("dct:LicenseDocument")),
                                          ("dct:title", .string(OpenDataMetadata.licenseTitle))])
        let name = "plan-samenleven" + (input.projectjaar.map { "-projectjaar-\($0)" } ?? "")

        var dataset: [(String, JSONValue)] = [
            ("@context", context),
            ("@id", .string("#dataset")),
            ("@type", .string("dcat:Dataset")),
            ("dct:identifier", .string(name)),
            ("dct:title", .string(OpenDataMetadata.title(voorbeelddata: voorbeelddata > 0, projectjaar: input.projectjaar))),
            ("dct:description", .string(OpenDataMetadata.description(resources, projectjaren: input.projectjaren))),
            ("dcat:keyword", .array(OpenDataMetadata.keywords.map(JSONValue.string))),
            ("dcat:theme", .array([ref("http://publications.europa.eu/resource/authority/data-theme/GOVE"),
                                   ref("http://publications.europa.eu/resource/authority/data-theme/SOCI")])),
            ("dct:language", ref("http://publications.europa.eu/resource/authority/language/NLD")),
            ("dct:publisher", .object([("@type", .string("foaf:Agent")), ("foaf:name", .string(OpenDataMetadata.publisher))])),
            ("dcat:contactPoint", .object([("@type", .string("vcard:Organization")), ("vcard:fn", .string(OpenDataMetadata.publisher))])),
            ("dct:license", license),
            ("dct:accessRights", ref("http://publications.europa.eu/resource/authority/access-right/PUBLIC")),
            ("dcat:landingPage", ref(OpenDataMetadata.landingPage)),
            ("foaf:page", ref("README.md")),
            ("dct:conformsTo", ref(OpenDataMetadata.frictionlessDataPackage)),
            ("dct:provenance", .object([("@type", .string("dct:ProvenanceStatement")),
                                        ("rdfs:label", .string("Uit de invoerbestanden van het Agentschap Binnenlands Bestuur, zoals ingelezen in de samenleven-databank; "
                                                              + "elke rij noemt haar bronbestand en rij (kolommen bron_bestand en bron_rij)."))])),
        ]
        if let first = input.projectjaren.first, let last = input.projectjaren.last {
            dataset.append(("dct:temporal", .object([("@type", .string("dct:PeriodOfTime")),
                                                     ("dcat:startDate", date(first.start)), ("dcat:endDate", date(last.einde))])))
        }
        dataset.append(("dct:issued", date(datum)))
        dataset.append(("dct:modified", date(datum)))
        dataset.append(("dcat:distribution", .array(distributions(resources).map { d in
            let data = files[d.file] ?? Data()
            return .object([
                ("@id", .string("#distributie-" + d.file.replacingOccurrences(of: ".", with: "-"))),
                ("@type", .string("dcat:Distribution")),
                ("dct:title", .string(d.title)),
                ("dct:description", .string(d.description)),
                ("dcat:accessURL", ref(d.file)),
                ("dcat:downloadURL", ref(d.file)),
                ("dcat:mediaType", ref("https://www.iana.org/assignments/media-types/" + d.mediaType)),
                ("dct:format", ref("http://publications.europa.eu/resource/authority/file-type/" + d.format)),
                ("dct:conformsTo", ref(d.conformsTo)),
                ("dct:license", license),
                ("dcat:byteSize", .object([("@value", .string(String(data.count))), ("@type", .string("xsd:nonNegativeInteger"))])),
                ("spdx:checksum", .object([("@type", .string("spdx:Checksum")),
                                           ("spdx:algorithm", ref("spdx:checksumAlgorithm_sha256")),
                                           ("spdx:checksumValue", .object([("@value", .string(sha256Hex(data))), ("@type", .string("xsd:hexBinary"))]))])),
                ("dct:issued", date(datum)),
                ("dct:modified", date(datum)),
            ])
        })))
        return .object(dataset)
    }
}
