import Foundation
import SamenlevenModel

/// `dcat.jsonld`: metadata for the Flemish open-data portal in JSON-LD, per DCAT-AP Vlaanderen
/// 2.0 (erkende standaard of 2022-04-21). One `dcat:Dataset` with title, description,
/// identifier, contact point, publisher, access rights, statuut, keywords, themes, temporal
/// coverage, dates and licence; one `dcat:Distribution` per data file and for
/// `datapackage.json`, each with identifier, access and download URL, format and media type,
/// licence, standard, byte size and SHA-256 checksum. Every codelist value is declared in the
/// graph as a `skos:Concept` in its scheme. Publisher, contact point and base URL come from
/// `OpenDataPublicatie`; `scripts/checks/dcat-shacl.sh` checks the result with SHACL.
enum DCATDescriptor {
    struct Distribution {
        let file: String
        let title: String
        let description: String
        let mediaType: String
        let format: String
        let standard: Standard
    }

    /// A `dct:Standard` a file conforms to.
    struct Standard {
        let iri: String
        let title: String
    }

    static let rfc4180 = Standard(iri: OpenDataMetadata.rfc4180, title: "RFC 4180: Common Format and MIME Type for CSV Files")
    static let rfc8259 = Standard(iri: OpenDataMetadata.rfc8259, title: "RFC 8259: The JavaScript Object Notation (JSON) Data Interchange Format")
    static let dataPackage = Standard(iri: OpenDataMetadata.frictionlessDataPackage, title: "Data Package v2 (Frictionless)")

    /// A value of a codelist: its IRI, its scheme and its Dutch label.
    struct Concept {
        let iri: String
        let scheme: String
        let label: String
        var extraTypes: [String] = []
    }

    static let eu = "http://publications.europa.eu/resource/authority/"
    static let publiek = Concept(iri: eu + "access-right/PUBLIC", scheme: eu + "access-right", label: "publiek")
    static let vlopendata = Concept(iri: "https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden/VLOPENDATA",
                                    scheme: "https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden", label: "Vlaamse Open data")
    static let themes = [Concept(iri: eu + "data-theme/GOVE", scheme: eu + "data-theme", label: "Overheid en publieke sector"),
                         Concept(iri: eu + "data-theme/SOCI", scheme: eu + "data-theme", label: "Bevolking en samenleving")]
    static let nederlands = Concept(iri: eu + "language/NLD", scheme: eu + "language", label: "Nederlands", extraTypes: ["dct:LinguisticSystem"])
    static func fileType(_ code: String) -> Concept {
        Concept(iri: eu + "file-type/" + code, scheme: eu + "file-type", label: code, extraTypes: ["dct:MediaTypeOrExtent"])
    }
    /// The licence from the Flemish licence codelist.
    static let licentie = Concept(iri: OpenDataMetadata.licenseConcept,
                                  scheme: "https://data.vlaanderen.be/id/conceptscheme/licentie", label: OpenDataMetadata.licenseTitle,
                                  extraTypes: ["dct:LicenseDocument"])

    static let context: JSONValue = .object([
        ("@language", .string("nl")),
        ("dcat", .string("http://www.w3.org/ns/dcat#")),
        ("dct", .string("http://purl.org/dc/terms/")),
        ("foaf", .string("http://xmlns.com/foaf/0.1/")),
        ("vcard", .string("http://www.w3.org/2006/vcard/ns#")),
        ("spdx", .string("http://spdx.org/rdf/terms#")),
        ("skos", .string("http://www.w3.org/2004/02/skos/core#")),
        ("mdcat", .string("https://data.vlaanderen.be/ns/metadata-dcat#")),
        ("rdfs", .string("http://www.w3.org/2000/01/rdf-schema#")),
        ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
    ])

    static func distributions(_ resources: [OpenDataResource]) -> [Distribution] {
        var out: [Distribution] = []
        for r in resources {
            let label = r.voorbeelddataRows > 0
                ? "\(Herkomst.voorbeelddataLabel): \(BelgianNumber.format(r.voorbeelddataRows)) van de \(BelgianNumber.format(r.rows.count)) rijen zijn synthetisch (kolom voorbeelddata = true). " : ""
            out.append(Distribution(file: r.csvFileName, title: "\(r.title) (CSV)", description: label + r.description,
                                    mediaType: "text/csv", format: "CSV", standard: rfc4180))
            out.append(Distribution(file: r.jsonFileName, title: "\(r.title) (JSON)", description: label + r.description,
                                    mediaType: "application/json", format: "JSON", standard: rfc8259))
        }
        out.append(Distribution(file: "datapackage.json", title: "Data Package (beschrijving en tabelschema's)",
                                description: "Beschrijving van alle bestanden met hun tabelschema: types, verplichte velden, primaire en vreemde sleutels.",
                                mediaType: "application/json", format: "JSON", standard: dataPackage))
        return out
    }

    static func ref(_ iri: String) -> JSONValue { .object([("@id", .string(iri))]) }
    /// A literal without the context's default language (identifiers, e-mail-free text).
    static func plain(_ text: String) -> JSONValue { .object([("@value", .string(text))]) }
    static func typed(_ text: String, _ datatype: String) -> JSONValue { .object([("@value", .string(text)), ("@type", .string(datatype))]) }

    static func concept(_ c: Concept) -> JSONValue {
        .object([("@id", .string(c.iri)), ("@type", c.extraTypes.isEmpty ? .string("skos:Concept") : .array((["skos:Concept"] + c.extraTypes).map(JSONValue.string))),
                 ("skos:prefLabel", .string(c.label)), ("skos:inScheme", ref(c.scheme))])
    }

    static func standard(_ s: Standard) -> JSONValue {
        .object([("@id", .string(s.iri)), ("@type", .string("dct:Standard")), ("dct:title", .string(s.title))])
    }

    /// The package's name: `plan-samenleven` or `plan-samenleven-projectjaar-1`.
    static func name(_ input: OpenDataInput) -> String {
        "plan-samenleven" + (input.projectjaar.map { "-projectjaar-\($0)" } ?? "")
    }

    static func descriptor(_ resources: [OpenDataResource], files: [String: Data], input: OpenDataInput) -> JSONValue {
        let voorbeelddata = resources.reduce(0) { $0 + $1.voorbeelddataRows }
        let publicatie = input.publicatie
        let base = publicatie.basisURL ?? ""
        // Midnight UTC of the publication day: dct:issued and dct:modified are xsd:dateTime.
        let moment = typed(input.publicationDate.iso + "T00:00:00Z", "xsd:dateTime")
        func date(_ d: CalendarDate) -> JSONValue { typed(d.iso, "xsd:date") }
        let name = name(input)

        var publisher: [(String, JSONValue)] = []
        if let uri = publicatie.uitgeverURI { publisher.append(("@id", .string(uri))) }
        publisher += [("@type", .string("foaf:Agent")), ("foaf:name", .string(publicatie.uitgever))]
        var contact: [(String, JSONValue)] = [("@type", .array([.string("vcard:Kind"), .string("vcard:Organization")])),
                                              ("vcard:fn", .string(publicatie.contactNaam))]
        if let url = publicatie.contactURL { contact.append(("vcard:hasURL", ref(url))) }
        if let email = publicatie.contactEmail { contact.append(("vcard:hasEmail", ref("mailto:" + email))) }

        var dataset: [(String, JSONValue)] = [
            ("@context", context),
            ("@id", .string(base + "#dataset")),
            ("@type", .string("dcat:Dataset")),
            ("dct:identifier", plain(base.isEmpty ? name : base + "#dataset")),
            ("dct:title", .string(OpenDataMetadata.title(voorbeelddata: voorbeelddata > 0, projectjaar: input.projectjaar))),
            ("dct:description", .string(OpenDataMetadata.description(resources, projectjaren: input.projectjaren))),
            ("dcat:contactPoint", .object(contact)),
            ("dct:publisher", .object(publisher)),
            ("dct:accessRights", concept(publiek)),
            ("mdcat:statuut", concept(vlopendata)),
            ("dcat:keyword", .array(OpenDataMetadata.keywords.map(JSONValue.string))),
            ("dcat:theme", .array(themes.map(concept))),
            ("dct:language", concept(nederlands)),
            ("dct:license", concept(licentie)),
            ("dcat:landingPage", .object([("@id", .string(OpenDataMetadata.landingPage)), ("@type", .string("foaf:Document"))])),
            ("dct:conformsTo", standard(dataPackage)),
            ("dct:provenance", .object([("@type", .string("dct:ProvenanceStatement")),
                                        ("rdfs:label", .string("Uit de invoerbestanden van het Agentschap Binnenlands Bestuur, zoals ingelezen in de samenleven-databank; "
                                                              + "elke rij noemt haar bronbestand en rij (kolommen bron_bestand en bron_rij)."))])),
        ]
        if let first = input.projectjaren.first, let last = input.projectjaren.last {
            dataset.append(("dct:temporal", .object([("@type", .string("dct:PeriodOfTime")),
                                                     ("dcat:startDate", date(first.start)), ("dcat:endDate", date(last.einde))])))
        }
        dataset.append(("dct:issued", moment))
        dataset.append(("dct:modified", moment))
        dataset.append(("dcat:distribution", .array(distributions(resources).map { d in
            let data = files[d.file] ?? Data()
            let url = base + d.file
            return .object([
                ("@id", .string(base + "#distributie-" + d.file.replacingOccurrences(of: ".", with: "-"))),
                ("@type", .string("dcat:Distribution")),
                ("dct:identifier", plain(base.isEmpty ? name + "/" + d.file : url)),
                ("dct:title", .string(d.title)),
                ("dct:description", .string(d.description)),
                ("dcat:accessURL", ref(url)),
                ("dcat:downloadURL", ref(url)),
                ("dcat:mediaType", .object([("@id", .string("http://www.iana.org/assignments/media-types/" + d.mediaType)),
                                            ("@type", .string("dct:MediaType"))])),
                ("dct:format", concept(fileType(d.format))),
                ("dct:conformsTo", standard(d.standard)),
                ("dct:license", concept(licentie)),
                ("dcat:byteSize", typed(String(data.count), "xsd:decimal")),
                ("spdx:checksum", .object([("@type", .string("spdx:Checksum")),
                                           ("spdx:algorithm", ref("spdx:checksumAlgorithm_sha256")),
                                           ("spdx:checksumValue", typed(sha256Hex(data), "xsd:hexBinary"))])),
                ("dct:issued", moment),
                ("dct:modified", moment),
            ])
        })))
        return .object(dataset)
    }
}
