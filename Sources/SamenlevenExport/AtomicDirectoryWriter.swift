import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a directory of files so that readers see the old directory or the new one, never a
/// half-written one: the files go into a hidden temporary directory beside the target (same
/// parent, so the same file system), each is flushed to disk, and only then the old directory
/// is renamed away, the new one renamed into place and the old one deleted. On any failure the
/// temporary directory is removed and the previous directory is left as it was.
///
/// A crash between the two renames leaves the complete old and new directories beside the
/// target, named `.NAAM.oud-…` and `.NAAM.nieuw-…`.
public enum AtomicDirectoryWriter {
    public struct File: Sendable {
        public let name: String
        public let data: Data
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case notADirectory(String)
        /// The directory exists, is not empty and is not an earlier output of this kind
        /// (`kind` says what it should have been, e.g. "een open-datapakket (datapackage.json)").
        case notReplaceable(String, kind: String)
        case cannotWrite(String, String)
        case cannotReplace(String, String)

        public var description: String {
            switch self {
            case .notADirectory(let p): return "'\(p)' bestaat en is geen map"
            case let .notReplaceable(p, kind):
                return "de map '\(p)' bestaat al en is geen \(kind); kies een nieuwe of lege map, er wordt niets overschreven"
            case let .cannotWrite(p, why): return "kan '\(p)' niet schrijven: \(why)"
            case let .cannotReplace(p, why): return "kan '\(p)' niet vervangen: \(why)"
            }
        }
    }

    /// Writes `files` as the directory `target`. An existing `target` is replaced only when it is
    /// empty or `replaceable` says so (it is an earlier output), so that a wrong path never
    /// deletes someone's folder. `contents` are produced one by one while writing; an error
    /// thrown there aborts the write like a write error does.
    public static func write(_ files: [(name: String, contents: () throws -> Data)], to target: URL,
                             replaceable: (URL) -> Bool, kind: String) throws {
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let fm = FileManager.default

        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists {
            guard isDirectory.boolValue else { throw Failure.notADirectory(target.path) }
            let empty = ((try? fm.contentsOfDirectory(atPath: target.path)) ?? []).isEmpty
            guard empty || replaceable(target) else { throw Failure.notReplaceable(target.path, kind: kind) }
        }

        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(parent.path, reason(error))
        }
        let token = UUID().uuidString.prefix(8).lowercased()
        let temporary = parent.appendingPathComponent(".\(name).nieuw-\(token)")
        guard mkdir(temporary.path, 0o755) == 0 else { throw Failure.cannotWrite(temporary.path, errnoText()) }

        do {
            var directories: [URL] = [temporary]
            for file in files {
                let url = temporary.appendingPathComponent(file.name)
                // Names may hold a subfolder ("opendata/toekenningen.csv").
                let folder = url.deletingLastPathComponent()
                if !directories.contains(folder) {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                    directories.append(folder)
                }
                try writeFile(try file.contents(), to: url)
            }
            for directory in directories.reversed() { try syncDirectory(directory) }
        } catch {
            try? fm.removeItem(at: temporary)
            if let failure = error as? Failure { throw failure }
            throw error
        }

        var old: URL?
        if exists {
            let aside = parent.appendingPathComponent(".\(name).oud-\(token)")
            guard rename(target.path, aside.path) == 0 else {
                let why = errnoText()
                try? fm.removeItem(at: temporary)
                throw Failure.cannotReplace(target.path, why)
            }
            old = aside
        }
        guard rename(temporary.path, target.path) == 0 else {
            let why = errnoText()
            if let old { _ = rename(old.path, target.path) }
            try? fm.removeItem(at: temporary)
            throw Failure.cannotReplace(target.path, why)
        }
        try? syncDirectory(parent)
        if let old { try? fm.removeItem(at: old) }
    }

    /// Creates `url` (it must not exist yet), writes `data` and flushes it to disk.
    static func writeFile(_ data: Data, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure.cannotWrite(url.path, errnoText()) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure.cannotWrite(url.path, errnoText())
                }
                offset += n
            }
        }
        guard fsync(fd) == 0 else { throw Failure.cannotWrite(url.path, errnoText()) }
    }

    static func syncDirectory(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure.cannotWrite(url.path, errnoText()) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw Failure.cannotWrite(url.path, errnoText()) }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    static func reason(_ error: Error) -> String { (error as NSError).localizedDescription }
}

private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}
