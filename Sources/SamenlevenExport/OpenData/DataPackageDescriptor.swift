import Foundation
import SamenlevenModel

/// `datapackage.json`: a Data Package v2 (datapackage.org). Every CSV file is a resource of
/// `type: "table"` with its Table Schema v2 (types, constraints, primary and foreign keys), and
/// so is every JSON file (resource `<name>-json`, same schema). Sizes and SHA-256 hashes of the
/// CSV files let a user check them.
enum DataPackageDescriptor {
    /// The Data Package v2 profiles.
    static let profile = "https://datapackage.org/profiles/2.0/"

    static func descriptor(_ resources: [OpenDataResource], files: [String: Data], input: OpenDataInput) -> JSONValue {
        let voorbeelddata = resources.reduce(0) { $0 + $1.voorbeelddataRows }
        var members: [(String, JSONValue)] = [
            ("$schema", .string(profile + "datapackage.json")),
            ("name", .string(DCATDescriptor.name(input))),
            ("title", .string(OpenDataMetadata.title(voorbeelddata: voorbeelddata > 0, projectjaar: input.projectjaar))),
            ("description", .string(OpenDataMetadata.description(resources, projectjaren: input.projectjaren))),
            ("homepage", .string(OpenDataMetadata.landingPage)),
            ("created", .string(input.publicationDate.iso + "T00:00:00Z")),
            ("keywords", .array(OpenDataMetadata.keywords.map(JSONValue.string))),
            ("licenses", .array([.object([("path", .string(OpenDataMetadata.licenseURL)),
                                          ("title", .string(OpenDataMetadata.licenseTitle))])])),
            ("contributors", .array([.object([("title", .string(OpenDataMetadata.publisher)), ("role", .string("publisher"))])])),
            ("sources", .array(sources(input))),
            ("voorbeelddata", .bool(voorbeelddata > 0)),
        ]
        if voorbeelddata > 0 {
            members.append(("voorbeelddataLabel", .string(Herkomst.voorbeelddataLabel)))
        }
        let csv = resources.map { resource(for: $0, physical: .csv, files: files) }
        let json = resources.map { resource(for: $0, physical: .json, files: files) }
        members.append(("resources", .array(csv + json)))
        return .object(members)
    }

    /// The published sources the reference data comes from, then the import files of the records.
    static func sources(_ input: OpenDataInput) -> [JSONValue] {
        var out: [JSONValue] = ["S492", "NOTA3", "NIEUWS2", "WEB-CIJFERS", "REFNIS"].compactMap(Bron.code).map { bron in
            var m: [(String, JSONValue)] = [("title", .string("\(bron.code): \(bron.titel)"))]
            if let url = bron.url { m.append(("path", .string(url))) }
            return .object(m)
        }
        let files = input.sourceFiles
            .filter { input.projectjaar == nil || $0.projectjaar == input.projectjaar }
            .sorted { ($0.soort, $0.projectjaar, $0.bestand) < ($1.soort, $1.projectjaar, $1.bestand) }
        out += files.map { f in
            .object([("title", .string("Invoer in de databank (\(f.soort), projectjaar \(f.projectjaar)): \(f.bestand); sha256 \(f.sha256)"))])
        }
        return out
    }

    static func resource(for r: OpenDataResource, physical: TableSchema.Physical, files: [String: Data]) -> JSONValue {
        let path = physical == .csv ? r.csvFileName : r.jsonFileName
        let bytes = files[path] ?? Data()
        var description = r.description
        if r.voorbeelddataRows > 0 {
            description = "\(Herkomst.voorbeelddataLabel): \(BelgianNumber.format(r.voorbeelddataRows)) van de \(BelgianNumber.format(r.rows.count)) rijen zijn synthetische voorbeelddata (kolom voorbeelddata = true). " + description
        }
        if physical == .json { description += " Dezelfde gegevens als \(r.csvFileName), als JSON." }
        var members: [(String, JSONValue)] = [
            ("name", .string(physical == .csv ? r.name : r.name + "-json")),
            ("type", .string("table")),
            ("path", .string(path)),
            ("title", .string(r.title + (physical == .json ? " (JSON)" : ""))),
            ("description", .string(description)),
            ("format", .string(physical == .csv ? "csv" : "json")),
            ("mediatype", .string(physical == .csv ? "text/csv" : "application/json")),
            ("encoding", .string("utf-8")),
        ]
        // Size and hash of the CSV files only: the reference validator (frictionless-py) reads a
        // JSON file whole and cannot count its bytes, so it would report every JSON resource as
        // invalid. dcat.jsonld gives size and SHA-256 of every file.
        if physical == .csv {
            members.append(("bytes", .integer(bytes.count)))
            members.append(("hash", .string("sha256:" + sha256Hex(bytes))))
        }
        if physical == .csv {
            members.append(("dialect", .object([("delimiter", .string(",")), ("lineTerminator", .string(OpenDataCSV.lineEnd)),
                                                ("quoteChar", .string("\"")), ("doubleQuote", .bool(true)), ("header", .bool(true))])))
        }
        members.append(("schema", TableSchema.descriptor(r, for: physical)))
        if !r.sources.isEmpty {
            members.append(("sources", .array(r.sources.map { .object([("title", .string($0))]) })))
        }
        if r.hasProvenance {
            members.append(("voorbeelddata", .bool(r.voorbeelddataRows > 0)))
            members.append(("voorbeelddataRijen", .integer(r.voorbeelddataRows)))
        }
        return .object(members)
    }
}
