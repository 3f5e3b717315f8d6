import Foundation
import SamenlevenQueries

/// An AnswerTable as JSON: its own Codable form, pretty printed with sorted keys, so that the
/// same answer always gives the same bytes and decoding gives the same table back. Amounts
/// are in cents (`Euro` encodes as whole cents), dates as `JJJJ-MM-DD`.
public enum JSONExport {
    public static func data(_ tabel: AnswerTable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(tabel)
    }

    /// The JSON text with a final newline.
    public static func render(_ tabel: AnswerTable) throws -> String {
        String(decoding: try data(tabel), as: UTF8.self) + "\n"
    }

    public static func decode(_ data: Data) throws -> AnswerTable {
        try JSONDecoder().decode(AnswerTable.self, from: data)
    }
}
