import Foundation

/// Writes a file so that readers see either the old or the complete new content, never a
/// half-written file: the bytes go to a temporary file beside the target, then a rename.
enum AtomicFile {
    static func write(_ data: Data, to url: URL) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
            if FileManager.default.fileExists(atPath: url.path) {
                _ = try FileManager.default.replaceItemAt(url, withItemAt: temporary)
            } else {
                try FileManager.default.moveItem(at: temporary, to: url)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InvalidInput("kan \(url.path) niet schrijven: \(error.localizedDescription)")
        }
    }
}
