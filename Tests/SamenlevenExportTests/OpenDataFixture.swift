import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore

/// The committed fixture CSVs of `Tests/Fixtures/OpenData`, imported into a fresh in-memory
/// store, as the input of the open-data package.
enum OpenDataFixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/OpenData")

    /// File names of the fixture; `toekenningen-voorbeelddata.csv` holds synthetic rows.
    static func files(voorbeelddata: Bool = true) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" && (voorbeelddata || !$0.lastPathComponent.contains("voorbeelddata")) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func store(voorbeelddata: Bool = true) throws -> Store {
        let store = try Store.inMemory()
        _ = try Importer(store: store).importeer(try files(voorbeelddata: voorbeelddata).map { ImportBestand(url: $0) })
        return store
    }

    static func input(_ store: Store, projectjaar: Int? = nil, datum: CalendarDate? = nil) throws -> OpenDataInput {
        let dataset = try store.laad()
        return OpenDataInput(context: QueryContext(dataset),
                      sourceFiles: dataset.bronbestanden.map {
                          .init(soort: $0.soort, projectjaar: $0.projectjaar, bestand: $0.bestand, sha256: $0.sha256, rijen: $0.rijen)
                      },
                      projectjaar: projectjaar, datum: datum)
    }

    static func input(voorbeelddata: Bool = true, projectjaar: Int? = nil, datum: CalendarDate? = nil) throws -> OpenDataInput {
        try input(try store(voorbeelddata: voorbeelddata), projectjaar: projectjaar, datum: datum)
    }

    /// The package's files by name, as text.
    static func texts(_ input: OpenDataInput) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try OpenDataPackage.files(input).map { ($0.name, String(decoding: $0.data, as: UTF8.self)) })
    }

    static func temporaryDirectory() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("samenleven-opendata-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file of a directory with its bytes (hidden ones too).
    static func snapshot(_ directory: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        // The toolkit's manifest (.samenleven-manifest) is not part of the package.
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name != ".samenleven-manifest" {
            out[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return out
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }
}

struct MissingFile: Error, CustomStringConvertible {
    let name: String
    var description: String { "\(name) ontbreekt of heeft een andere vorm" }
}

extension Dictionary where Key == String, Value == String {
    func text(_ name: String) throws -> String {
        guard let text = self[name] else { throw MissingFile(name: name) }
        return text
    }

    func object(_ name: String) throws -> [String: Any] {
        guard let value = try OpenDataFixture.json(try text(name)) as? [String: Any] else { throw MissingFile(name: name) }
        return value
    }

    func rows(_ name: String) throws -> [[String: Any]] {
        guard let value = try OpenDataFixture.json(try text(name)) as? [[String: Any]] else { throw MissingFile(name: name) }
        return value
    }
}
