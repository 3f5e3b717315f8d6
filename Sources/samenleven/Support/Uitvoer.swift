import Foundation
import SamenlevenExport

/// Files the commands write, all through the toolkit's one atomic file writer
/// (`AtomicFileWriter`): only a regular file or nothing is replaced, a missing folder is made,
/// a file is only ever replaced by a complete one and keeps its permissions. Its errors
/// (`OutputError`) are reported by `Entry` in Dutch with exit status 2.
enum Uitvoer {
    /// Writes text atomically.
    static func schrijf(_ tekst: String, naar pad: String) throws {
        try AtomicFileWriter.write(Data(tekst.utf8), to: pad)
    }

    /// Writes bytes atomically.
    static func schrijf(_ data: Data, naar pad: String) throws {
        try AtomicFileWriter.write(data, to: pad)
    }

    /// Refuses `pad` before any work when it is not a regular file or absent.
    static func controleer(_ pad: String) throws {
        try AtomicFileWriter.check(pad)
    }

    /// Refuses the folder `map` before any work when it exists and is not the toolkit's own.
    static func controleerMap(_ map: URL) throws {
        try AtomicDirectoryWriter.check(map)
    }

    /// A workbook must be called `.xlsx`, or Excel refuses to open it; and `pad` must be a
    /// regular file or absent.
    static func controleerXlsx(_ pad: String, optie: String = "--uit") throws {
        guard pad.lowercased().hasSuffix(".xlsx") else {
            throw InvalidInput("\(optie): '\(pad)' heeft niet de extensie .xlsx; Excel opent een werkboek enkel met die extensie.")
        }
        try controleer(pad)
    }

    /// Runs a workbook writer on the temporary path it gets and puts the workbook in place at
    /// `pad`; its errors are reported in Dutch as invalid input.
    static func werkboek<T>(naar pad: String, _ schrijf: (_ tijdelijk: String) throws -> T) throws -> T {
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
