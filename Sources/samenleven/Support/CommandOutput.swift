import Foundation
import SamenlevenExport

/// Files the commands write, all through the toolkit's one atomic file writer
/// (`AtomicFileWriter`): only a regular file or nothing is replaced, a missing folder is made,
/// a file is only ever replaced by a complete one and keeps its permissions. Its errors
/// (`OutputError`) are reported by `Entry` in Dutch with exit status 2.
enum CommandOutput {
    /// Writes text atomically.
    static func write(_ text: String, to path: String) throws {
        try AtomicFileWriter.write(Data(text.utf8), to: path)
    }

    /// Writes bytes atomically.
    static func write(_ data: Data, to path: String) throws {
        try AtomicFileWriter.write(data, to: path)
    }

    /// Refuses `path` before any work when it is not a regular file or absent.
    static func check(_ path: String) throws {
        try AtomicFileWriter.check(path)
    }

    /// Refuses `folder` before any work when it exists and is not the toolkit's own.
    static func checkFolder(_ folder: URL) throws {
        try AtomicDirectoryWriter.check(folder)
    }

    /// A workbook must be called `.xlsx`, or Excel refuses to open it; and `path` must be a
    /// regular file or absent.
    static func checkWorkbook(_ path: String, option: String = "--uit") throws {
        guard path.lowercased().hasSuffix(".xlsx") else {
            throw InvalidInput("\(option): '\(path)' heeft niet de extensie .xlsx; Excel opent een werkboek enkel met die extensie.")
        }
        try check(path)
    }

    /// Runs a workbook writer on the temporary path it gets and puts the workbook in place at
    /// `pad`; its errors are reported in Dutch as invalid input.
    static func writeWorkbook<T>(to pad: String, _ schrijf: (_ tijdelijk: String) throws -> T) throws -> T {
        var resultaat: T?
        var tijdelijkPad = ""
        do {
            try AtomicFileWriter.write(to: pad) { tijdelijk in
                tijdelijkPad = tijdelijk
                resultaat = try schrijf(tijdelijk)
            }
        } catch let fout as WerkboekFout {
            // The message names the temporary file; the user knows only `pad`.
            throw InvalidInput(tijdelijkPad.isEmpty ? fout.melding : fout.melding.replacingOccurrences(of: tijdelijkPad, with: pad))
        }
        return resultaat!
    }
}
