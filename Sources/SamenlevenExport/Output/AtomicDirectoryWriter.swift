import Foundation
import Memberwise
import SamenlevenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the toolkit replaces a folder (the open-data package, the answer bundle, the
/// sample data): readers see the old folder or the new one, never a half-written one, and a
/// folder that is not the toolkit's own is never touched.
///
/// - **Ours or nothing.** Every folder written gets a manifest, `.samenleven-manifest`: each
///   file's relative path with its SHA-256. An existing folder is replaced only when it is
///   empty, or when everything in it is exactly what the manifest lists (a file the user
///   added, changed or put in a subfolder is "in the way"). Otherwise
///   ``OutputError/notOurs(_:inTheWay:)`` lists what is in the way and nothing is written.
/// - **Atomic.** The files go into a hidden folder beside the target, `.NAAM.samenleven-<16
///   hex>` (same parent, so the same file system), each flushed to disk; then that folder and
///   the target are swapped in one step (`renameat2` with `RENAME_EXCHANGE` on Linux) and the
///   old contents, now under the hidden name, are checked once more (anything added since the
///   first check swaps the folders back and refuses) and deleted. Where the exchange is not offered
///   (`EINVAL`, `ENOSYS`: other systems, some file systems) it falls back to two renames; a
///   crash between them leaves the target missing and both folders beside it, under hidden
///   names that the next run removes.
/// - **Left-overs.** Before writing, hidden folders `.NAAM.samenleven-<16 hex>` of earlier,
///   interrupted runs are removed, but only when they are provably ours: not locked by a
///   running writer (`flock`), and holding a manifest that accounts for every entry in them
///   (or empty). Anything else is left alone.
/// - **Permissions.** A replaced folder keeps its permission bits, and so does each file and
///   subfolder that replaces one of the same name; new ones follow the umask.
public enum AtomicDirectoryWriter {
    /// A file of the folder with its bytes, by relative path.
    @MemberwiseInit
    public struct File: Sendable {
        public let name: String
        public let data: Data
    }

    /// One file of the folder: its relative path (may hold subfolders, "opendata/x.csv") and how
    /// to make it, either the bytes or a function that writes the file at the path it gets.
    public struct Entry {
        /// The bytes, or a function that writes the file at the path it is given.
        public enum Contents {
            case data(() throws -> Data)
            case produced((_ path: String) throws -> Void)
        }
        public let name: String
        public let contents: Contents

        public static func data(_ name: String, _ data: @escaping () throws -> Data) -> Entry {
            Entry(name: name, contents: .data(data))
        }
        public static func produced(_ name: String, _ produce: @escaping (_ path: String) throws -> Void) -> Entry {
            Entry(name: name, contents: .produced(produce))
        }
    }

    public static func write(_ files: [File], to target: URL) throws {
        try write(files.map { file in Entry.data(file.name) { file.data } }, to: target)
    }

    /// Throws what ``write(_:to:)-([AtomicDirectoryWriter.Entry],URL)`` would throw before writing anything when `target`
    /// may not be replaced (not a folder, or not ours): call it before expensive work.
    public static func check(_ target: URL) throws {
        let path = target.standardizedFileURL.path
        guard let info = try OutputPath.status(path) else { return }
        guard OutputPath.isDirectory(info) else { throw OutputError.notADirectory(path, what: OutputPath.kind(info)) }
        let inTheWay = Manifest.strangers(in: path, unfinished: false)
        guard inTheWay.isEmpty else { throw OutputError.notOurs(path, inTheWay: inTheWay) }
    }

    /// Writes `entries` as the folder `target` (see the type's documentation). An error thrown
    /// while making an entry aborts the write like a write error does; it passes through.
    public static func write(_ entries: [Entry], to target: URL) throws {
        let path = target.standardizedFileURL.path
        var mode: mode_t?
        var previous: String?
        if let info = try OutputPath.status(path) {
            guard OutputPath.isDirectory(info) else { throw OutputError.notADirectory(path, what: OutputPath.kind(info)) }
            let inTheWay = Manifest.strangers(in: path, unfinished: false)
            guard inTheWay.isEmpty else { throw OutputError.notOurs(path, inTheWay: inTheWay) }
            mode = info.st_mode & 0o7777
            previous = path
        }
        let (parent, name) = OutputPath.split(path)
        try OutputPath.makeFolder(parent, for: path)
        removeLeftovers(in: parent, for: name)

        let temporary = parent + "/" + OutputPath.temporaryName(for: name)
        guard mkdir(temporary, 0o777) == 0 else { throw OutputError.cannotWrite(path, reason: Systeemfout.omschrijving(errno: errno)) }
        // Held until the end: a concurrent run sees that this folder is in use.
        let lock = open(temporary, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }

        do {
            try Manifest.write(entries.map { ($0.name, nil) }, in: temporary, reportAs: path)
            var lines: [(String, String?)] = []
            var folders: [String] = []
            for entry in entries {
                let file = temporary + "/" + entry.name
                let folder = OutputPath.split(file).parent
                if folder != temporary && !folders.contains(folder) {
                    try OutputPath.makeFolder(folder, for: path)
                    folders.append(folder)
                }
                let hash: String
                switch entry.contents {
                case .data(let make):
                    let data = try make()
                    try OutputPath.create(file, data, reportAs: path)
                    hash = sha256Hex(data)
                case .produced(let produce):
                    try produce(file)
                    guard let data = FileManager.default.contents(atPath: file) else {
                        throw OutputError.cannotWrite(path, reason: "'\(entry.name)' is niet gemaakt")
                    }
                    hash = sha256Hex(data)
                }
                try OutputPath.finish(file, mode: previous.flatMap { keptMode($0 + "/" + entry.name) }, reportAs: path)
                lines.append((entry.name, hash))
            }
            try Manifest.write(lines, in: temporary, reportAs: path)
            for folder in folders.reversed() {
                if let previous, let kept = keptMode(previous + String(folder.dropFirst(temporary.count)), folder: true) {
                    chmod(folder, kept)
                }
                OutputPath.syncFolder(folder)
            }
            if let mode, chmod(temporary, mode) != 0 { throw OutputError.cannotWrite(path, reason: Systeemfout.omschrijving(errno: errno)) }
            OutputPath.syncFolder(temporary)
        } catch let error as OutputError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error.naming(path, insteadOf: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }

        if previous == nil {
            guard rename(temporary, path) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(atPath: temporary)
                throw OutputError.cannotReplace(path, reason: Systeemfout.omschrijving(errno: code))
            }
        } else {
            switch OutputPath.exchange(temporary, path) {
            case .done:
                // The old folder is now at `temporary`. Something added to it since the check
                // is someone's: swap back and refuse.
                let late = Manifest.strangers(in: temporary, unfinished: false)
                if !late.isEmpty, case .done = OutputPath.exchange(temporary, path) {
                    try? FileManager.default.removeItem(atPath: temporary)
                    throw OutputError.notOurs(path, inTheWay: late)
                }
            case .failed(let code):
                try? FileManager.default.removeItem(atPath: temporary)
                throw OutputError.cannotReplace(path, reason: Systeemfout.omschrijving(errno: code))
            case .unsupported:
                // Two renames: the old folder aside under a hidden name of ours, the new one in.
                let aside = parent + "/" + OutputPath.temporaryName(for: name)
                guard rename(path, aside) == 0 else {
                    let code = errno
                    try? FileManager.default.removeItem(atPath: temporary)
                    throw OutputError.cannotReplace(path, reason: Systeemfout.omschrijving(errno: code))
                }
                let late = Manifest.strangers(in: aside, unfinished: false)
                guard late.isEmpty, rename(temporary, path) == 0 else {
                    let code = errno
                    _ = rename(aside, path)
                    try? FileManager.default.removeItem(atPath: temporary)
                    throw late.isEmpty ? OutputError.cannotReplace(path, reason: Systeemfout.omschrijving(errno: code)) : OutputError.notOurs(path, inTheWay: late)
                }
                try? FileManager.default.removeItem(atPath: aside)
            }
            try? FileManager.default.removeItem(atPath: temporary)
        }
        OutputPath.syncFolder(parent)
    }

    /// The permission bits of the entry being replaced, if it is of the same kind.
    static func keptMode(_ path: String, folder: Bool = false) -> mode_t? {
        guard let info = try? OutputPath.status(path) else { return nil }
        guard folder ? OutputPath.isDirectory(info) : OutputPath.isRegular(info) else { return nil }
        return info.st_mode & 0o7777
    }

    /// Removes hidden folders of earlier runs for `name` that are provably ours (see above).
    static func removeLeftovers(in parent: String, for name: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for entry in names where OutputPath.isTemporaryName(entry, for: name) {
            let path = parent + "/" + entry
            guard let info = try? OutputPath.status(path), OutputPath.isDirectory(info) else { continue }
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            defer { close(fd) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }   // a writer is busy with it
            guard Manifest.strangers(in: path, unfinished: true).isEmpty else { continue }
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}

/// `.samenleven-manifest`: the first line `samenleven-manifest 1`, then per file its SHA-256 in
/// hex, two spaces and its relative path, in writing order. While a folder is being written, it
/// lists the names still without hashes (`-`) under the first line `samenleven-manifest 1
/// onvolledig`.
enum Manifest {
    static let name = ".samenleven-manifest"
    static let header = "samenleven-manifest 1"
    static let unfinishedHeader = "samenleven-manifest 1 onvolledig"

    static func write(_ lines: [(String, String?)], in folder: String, reportAs target: String) throws(OutputError) {
        let unfinished = lines.contains { $0.1 == nil }
        var text = (unfinished ? unfinishedHeader : header) + "\n"
        for (path, hash) in lines { text += (hash ?? "-") + "  " + path + "\n" }
        let file = folder + "/" + name
        if unlink(file) != 0 && errno != ENOENT { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: errno)) }
        try OutputPath.create(file, Data(text.utf8), reportAs: target)
        if !unfinished { try OutputPath.finish(file, mode: nil, reportAs: target) }
    }

    /// After the toolkit replaced `name` in `folder` (`samenleven bijlage` writes into an answer
    /// bundle by default): when the folder's manifest lists it, its hash follows, so the folder
    /// stays the toolkit's own.
    static func update(_ name: String, in folder: String) throws {
        guard let manifest = read(folder), !manifest.unfinished, manifest.entries[name] != nil,
              let data = FileManager.default.contents(atPath: folder + "/" + name),
              let text = FileManager.default.contents(atPath: folder + "/" + Self.name) else { return }
        let hash = sha256Hex(data)
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n").map { line -> String in
            guard let separator = line.range(of: "  "), line[separator.upperBound...] == name else { return String(line) }
            return hash + "  " + name
        }
        try AtomicFileWriter.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: folder + "/" + Self.name)
    }

    /// The manifest of `folder`: path → hash (nil while unfinished); nil without a valid manifest.
    static func read(_ folder: String) -> (entries: [String: String?], unfinished: Bool)? {
        let file = folder + "/" + name
        guard let info = try? OutputPath.status(file), OutputPath.isRegular(info),
              let data = FileManager.default.contents(atPath: file) else { return nil }
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first == header || first == unfinishedHeader else { return nil }
        if lines.last == "" { lines.removeLast() }
        var entries: [String: String?] = [:]
        for line in lines.dropFirst() {
            guard let separator = line.range(of: "  ") else { return nil }
            let hash = String(line[..<separator.lowerBound])
            entries[String(line[separator.upperBound...])] = hash == "-" ? nil : hash
        }
        return (entries, first == unfinishedHeader)
    }

    /// What in `folder` the manifest does not account for, as relative paths ("nota.docx",
    /// "sub/", "x.csv (gewijzigd)"), sorted; empty for an empty folder or an exact match. Changed
    /// files are only looked for (hashed) when nothing else is in the way.
    /// `unfinished` also accepts the names of an interrupted write (files not yet hashed, and
    /// the hidden temporary files of a workbook being written, `.NAAM.xlsxwriter-*.tmp`).
    static func strangers(in folder: String, unfinished: Bool) -> [String] {
        let top = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if top.isEmpty { return [] }
        let manifest = read(folder)
        guard let manifest, unfinished || !manifest.unfinished else {
            return top.sorted().map { name in
                (try? OutputPath.status(folder + "/" + name)).map { OutputPath.isDirectory($0) } == true ? name + "/" : name
            }
        }
        var folders: Set<String> = []
        for path in manifest.entries.keys {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        var strangers: [String] = []
        var toCheck: [(path: String, absolute: String, hash: String)] = []
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? folder : folder + "/" + relative
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: absolute)) ?? []).sorted()
            for child in names {
                let path = relative.isEmpty ? child : relative + "/" + child
                if path == Manifest.name { continue }
                guard let info = try? OutputPath.status(absolute + "/" + child) else { continue }
                if OutputPath.isDirectory(info) {
                    if folders.contains(path) { walk(path) } else { strangers.append(path + "/") }
                } else if OutputPath.isRegular(info), let expected = manifest.entries[path] {
                    if let expected {
                        toCheck.append((path, absolute + "/" + child, expected))
                    } else if !unfinished {
                        strangers.append(path)
                    }
                } else if unfinished, OutputPath.isRegular(info), child.hasPrefix("."), child.hasSuffix(".tmp"),
                          child.contains(".xlsxwriter-") {
                    continue
                } else {
                    strangers.append(path)
                }
            }
        }
        walk("")
        // Hashing is the slow part: only when nothing else is in the way already.
        guard strangers.isEmpty else { return strangers }
        for file in toCheck where FileManager.default.contents(atPath: file.absolute).map(sha256Hex) != file.hash {
            strangers.append(file.path + " (gewijzigd)")
        }
        return strangers
    }
}
