import Foundation
import SamenlevenExport

/// Files the commands write: the folder is made when missing, and a file is only ever
/// replaced by a complete one (written beside it, then renamed into place).
enum Uitvoer {
    /// Makes the folder of `pad`; a clear Dutch error when that is impossible.
    static func bereidVoor(_ pad: String, optie: String = "--uit") throws {
        let url = URL(fileURLWithPath: pad)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InvalidInput("\(optie): '\(pad)' is een map; geef een bestandsnaam.")
        }
        let map = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        } catch {
            throw InvalidInput("\(optie): de map '\(map.path)' bestaat niet en kan niet gemaakt worden.")
        }
    }

    /// Writes text atomically.
    static func schrijf(_ tekst: String, naar pad: String) throws {
        try schrijf(Data(tekst.utf8), naar: pad)
    }

    /// Writes bytes atomically.
    static func schrijf(_ data: Data, naar pad: String) throws {
        try bereidVoor(pad)
        do {
            try data.write(to: URL(fileURLWithPath: pad), options: .atomic)
        } catch {
            throw InvalidInput("--uit: '\(pad)' kan niet geschreven worden (\(error.localizedDescription)).")
        }
    }

    /// A workbook must be called `.xlsx`, or Excel refuses to open it.
    static func controleerXlsx(_ pad: String, optie: String = "--uit") throws {
        guard pad.lowercased().hasSuffix(".xlsx") else {
            throw InvalidInput("\(optie): '\(pad)' heeft niet de extensie .xlsx; Excel opent een werkboek enkel met die extensie.")
        }
    }

    /// Runs a workbook writer; its errors are reported in Dutch as invalid input.
    static func werkboek<T>(_ schrijf: () throws -> T) throws -> T {
        do {
            return try schrijf()
        } catch let fout as WerkboekFout {
            throw InvalidInput(fout.melding)
        }
    }
}
