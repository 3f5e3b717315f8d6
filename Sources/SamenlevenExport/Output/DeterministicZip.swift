import Foundation
import ZIPFoundation

/// A zip archive in memory whose bytes depend only on its entries: every entry carries the
/// same modification date (1980-01-01, the zip epoch) and permissions, in the order given.
/// For `antwoord.docx` and for the downloads of `samenleven web` (the answer bundle, the
/// open-data package).
public enum DeterministicZip {
    /// The zip epoch: zip entries carry a modification time, and the bytes must not change.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The archive of `entries` (path inside the archive, contents), deflated.
    public static func data(_ entries: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return bytes
    }
}
