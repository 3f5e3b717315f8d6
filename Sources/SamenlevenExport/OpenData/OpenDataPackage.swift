import Foundation
import SamenlevenModel

/// The open-data package of `samenleven opendata`: per resource a CSV and a JSON file,
/// `datapackage.json` (Frictionless), `dcat.jsonld` (DCAT-AP) and `README.md`.
///
/// The same input always gives the same bytes: rows are sorted by key, JSON keys keep a fixed
/// order, and no clock is read (the publication date is given or derived from the data).
public enum OpenDataPackage {
    /// The package breaks its own schema (a key that is not unique or points nowhere).
    public struct InvalidPackage: Error, CustomStringConvertible {
        public let problems: [String]
        public var description: String {
            "het open-datapakket zou zijn eigen schema schenden (\(problems.count) problemen):\n" + problems.joined(separator: "\n")
        }
    }

    /// The package's tables: records first, then the reference tables they point to.
    public static func resources(_ input: OpenDataInput) -> [OpenDataResource] {
        RecordResources(referentie: input.context.referentie, acties: input.context.acties, gegevens: input.gegevens).all()
            + ReferenceResources(referentie: input.context.referentie, acties: input.context.acties).all()
    }

    /// Every file of the package, in writing order. Throws `InvalidPackage` when a primary or
    /// foreign key would not hold.
    public static func files(_ input: OpenDataInput) throws -> [AtomicDirectoryWriter.File] {
        let resources = resources(input)
        let problems = OpenDataKeyCheck.violations(resources)
        guard problems.isEmpty else { throw InvalidPackage(problems: problems) }

        var files: [AtomicDirectoryWriter.File] = []
        var byName: [String: Data] = [:]
        func add(_ name: String, _ text: String) {
            let data = Data(text.utf8)
            files.append(.init(name: name, data: data))
            byName[name] = data
        }
        for r in resources {
            add(r.csvFileName, OpenDataCSV.render(r))
            add(r.jsonFileName, OpenDataJSON.render(r))
        }
        add("datapackage.json", DataPackageDescriptor.descriptor(resources, files: byName, input: input).rendered())
        add("dcat.jsonld", DCATDescriptor.descriptor(resources, files: byName, input: input).rendered())
        add("README.md", OpenDataReadme.render(resources, input: input))
        return files
    }

    /// Writes the package as the directory `target`, atomically (see `AtomicDirectoryWriter`).
    /// An existing directory is replaced only when it is empty or exactly an earlier output of
    /// the toolkit (its manifest); anything else is refused with an `OutputError`.
    @discardableResult
    public static func write(_ input: OpenDataInput, to target: URL) throws -> [AtomicDirectoryWriter.File] {
        let files = try files(input)
        try AtomicDirectoryWriter.write(files, to: target)
        return files
    }
}
