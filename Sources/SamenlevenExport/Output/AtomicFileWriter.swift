import Foundation
import SamenlevenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way the toolkit writes a file (CSV, JSON, text, workbooks): into a hidden
/// temporary file beside the destination (`.NAAM.samenleven-<16 hex>`), flushed to disk, then
/// renamed over the destination. The destination is only ever replaced by a complete file.
///
/// - Only a regular file is replaced: a folder, FIFO, device, socket or symbolic link at the
///   destination is refused (``OutputError/notARegularFile(_:what:)``), so `--uit /dev/full`
///   or `--uit /dev/stdout` never replaces a special file.
/// - A replaced file keeps its permission bits; a new file follows the umask.
/// - A missing parent folder is made.
/// - Every failure is an ``OutputError`` naming the destination; the temporary file is removed
///   and the destination is left as it was.
public enum AtomicFileWriter {
    /// Throws what ``write(_:to:)`` would throw before writing anything when `path` is not a
    /// regular file or absent: call it before expensive work.
    public static func check(_ path: String) throws {
        if let info = try OutputPath.status(path), !OutputPath.isRegular(info) {
            throw OutputError.notARegularFile(path, what: OutputPath.kind(info))
        }
    }

    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in try OutputPath.create(temporary, data, reportAs: path) }
    }

    /// Lets `produce` write the complete file at the temporary path it is given (it must
    /// create that file), then puts it in place. Errors of `produce` pass through unchanged.
    public static func write(to path: String, producing produce: (_ temporary: String) throws -> Void) throws {
        var mode: mode_t?
        if let info = try OutputPath.status(path) {
            guard OutputPath.isRegular(info) else { throw OutputError.notARegularFile(path, what: OutputPath.kind(info)) }
            mode = info.st_mode & 0o7777
        }
        let (parent, name) = OutputPath.split(path)
        try OutputPath.makeFolder(parent, for: path)
        let temporary = parent + "/" + OutputPath.temporaryName(for: name)
        do {
            try produce(temporary)
            try OutputPath.finish(temporary, mode: mode, reportAs: path)
        } catch let error as OutputError {
            unlink(temporary)
            throw error.naming(path, insteadOf: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError.cannotReplace(path, reason: Systeemfout.omschrijving(errno: code))
        }
        OutputPath.syncFolder(parent)
        try Manifest.update(name, in: parent)
    }
}
