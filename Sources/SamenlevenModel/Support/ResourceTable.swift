import Foundation
import SamenlevenReaders

/// The toolkit's own bundled reference CSV files (UTF-8, comma, RFC 4180 quoting), read with the
/// readers' CSV reader.
///
/// These files ship with the toolkit and are trusted; a row with another number of fields than
/// the header is a packaging error, not something to skip. The administration's files go through
/// the full validation in SamenlevenStore instead.
struct ResourceTable {
    let name: String
    let header: [String]
    let rows: [[String: String]]

    static func load(_ name: String) throws -> ResourceTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources"),
              let data = FileManager.default.contents(atPath: url.path) else {
            throw ReferenceDataError(message: "ingebouwd gegevensbestand \(name).csv ontbreekt")
        }
        return try parse(data, name: name)
    }

    static func parse(_ data: Data, name: String) throws -> ResourceTable {
        let sheet: Sheet
        do {
            sheet = try CSVReader.read(data: data, fileName: "\(name).csv").sheet
        } catch {
            throw ReferenceDataError(message: error.description)
        }
        if let problem = sheet.problems.first {
            throw ReferenceDataError(message: "\(name).csv rij \(problem.row): \(problem.message)")
        }
        return ResourceTable(name: name, header: sheet.header, rows: sheet.rows.map { sheet.values(of: $0) })
    }
}

/// The bundled reference data is broken (a packaging error, never a user error).
public struct ReferenceDataError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { "referentiegegevens: \(message)" }
}
