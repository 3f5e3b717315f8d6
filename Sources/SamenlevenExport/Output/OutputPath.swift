import Foundation
import SamenlevenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps shared by ``AtomicFileWriter`` and ``AtomicDirectoryWriter``: what a
/// path is, making folders, writing and flushing, and the atomic exchange of two folders.
enum OutputPath {
    /// The type of an existing entry, nil when absent (never follows a final symbolic link).
    static func status(_ path: String) throws(OutputError) -> stat? {
        var info = stat()
        if lstat(path, &info) == 0 { return info }
        let code = errno
        if code == ENOENT { return nil }
        throw .cannotWrite(path, reason: Systeemfout.omschrijving(errno: code))
    }

    static func isDirectory(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }
    static func isRegular(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFREG }

    /// "een map", "een FIFO", … for messages.
    static func kind(_ info: stat) -> String {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return "een map"
        case S_IFIFO: return "een FIFO (named pipe)"
        case S_IFCHR, S_IFBLK: return "een apparaat"
        case S_IFSOCK: return "een socket"
        case S_IFLNK: return "een symbolische koppeling"
        case S_IFREG: return "een gewoon bestand"
        default: return "een bijzonder bestand"
        }
    }

    /// ("/a/b", "c") for "/a/b/c"; the parent of a bare name is ".".
    static func split(_ path: String) -> (parent: String, name: String) {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return (".", trimmed) }
        let parent = String(trimmed[..<slash])
        return (parent.isEmpty ? "/" : parent, String(trimmed[trimmed.index(after: slash)...]))
    }

    /// Makes `path` and its missing parents (new folders follow the umask); errors name `target`.
    static func makeFolder(_ path: String, for target: String) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {   // a parent may be a symbolic link to a folder
            guard isDirectory(info) else {
                throw .cannotWrite(target, reason: "'\(path)' is \(kind(info)), geen map")
            }
            return
        }
        let parent = split(path).parent
        if parent != path && parent != "." && parent != "/" { try makeFolder(parent, for: target) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw .cannotWrite(target, reason: "de map '\(path)' kan niet gemaakt worden (\(Systeemfout.omschrijving(errno: errno)))")
        }
    }

    /// A hidden name beside `name` that only this toolkit uses: `.NAAM.samenleven-<16 hex>`.
    static func temporaryName(for name: String) -> String {
        "." + String(name.prefix(80)) + temporaryInfix + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
    }

    static let temporaryInfix = ".samenleven-"

    /// Whether `entry` (a name in the parent folder) is a temporary name for `name`.
    static func isTemporaryName(_ entry: String, for name: String) -> Bool {
        let prefix = "." + String(name.prefix(80)) + temporaryInfix
        guard entry.hasPrefix(prefix) else { return false }
        let token = entry.dropFirst(prefix.count)
        return token.count == 16 && token.allSatisfy(\.isHexDigit)
    }

    /// Creates `path` (it must not exist), writes `data`, and keeps the descriptor for the caller.
    static func create(_ path: String, _ data: Data, reportAs target: String) throws(OutputError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: errno)) }
        defer { close(fd) }
        let failure: Int32? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: failure)) }
    }

    /// Gives `path` the permission bits `mode` (when not nil) and flushes it to disk.
    static func finish(_ path: String, mode: mode_t?, reportAs target: String) throws(OutputError) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: errno)) }
        defer { close(fd) }
        if let mode, fchmod(fd, mode & 0o7777) != 0 { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: errno)) }
        guard fsync(fd) == 0 else { throw .cannotWrite(target, reason: Systeemfout.omschrijving(errno: errno)) }
    }

    /// Flushes a folder's entries to disk; best effort (some file systems refuse).
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    enum Exchange { case done, unsupported, failed(Int32) }

    /// Swaps two existing entries in one atomic step: Linux `renameat2(…, RENAME_EXCHANGE)`.
    /// `.unsupported` where the system or the file system does not offer it (older kernels
    /// and C libraries, other systems): the caller then falls back to two renames.
    static func exchange(_ a: String, _ b: String) -> Exchange {
        guard let renameat2 = renameat2Function else { return .unsupported }
        if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return .done }
        let code = errno
        return code == EINVAL || code == ENOSYS || code == ENOTSUP ? .unsupported : .failed(code)
    }

    /// RENAME_EXCHANGE from <linux/fs.h>.
    static let renameExchange: UInt32 = 1 << 1
}

private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

/// glibc has `renameat2` since 2.28, but Swift's Glibc module does not import it (it is a GNU
/// extension): look it up at run time, so the program still starts where it is missing.
private let renameat2Function: RenameAt2? = {
    #if os(Linux)
    guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: RenameAt2.self)
    #else
    return nil
    #endif
}()

private func posixWrite(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, bytes, count)
    #else
    return Darwin.write(fd, bytes, count)
    #endif
}
