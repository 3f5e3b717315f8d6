#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary file beside the destination that libxlsxwriter writes into, and the
/// rename that publishes it. The destination is only ever replaced by a complete file, only
/// when it is a regular file (never a FIFO, device or symbolic link), and keeps its
/// permission bits.
///
/// The toolkit has one mechanism for atomic files (`AtomicFileWriter` in SamenlevenExport);
/// this module cannot use it, because it is the lower, domain-free layer that
/// SamenlevenExport depends on. The toolkit always hands a `Workbook` a temporary path of
/// that mechanism, so this rename only matters to other users of the library.
struct AtomicOutput {
    let destination: String
    let temporary: String

    init(destination: String) {
        self.destination = destination
        let (directory, file) = Self.split(destination)
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        // Keep the hidden name well inside NAME_MAX even for long destination names.
        self.temporary = directory + "." + String(file.prefix(48)) + ".xlsxwriter-" + token + ".tmp"
    }

    /// ("dir/", "name.xlsx") — the directory keeps its trailing slash; "" for the current directory.
    static func split(_ path: String) -> (directory: String, file: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    /// Moves the finished temporary file over the destination (atomic within one file system).
    func publish() throws(XlsxError) {
        var info = stat()
        if lstat(destination, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFREG else {
                discard()
                throw XlsxError(code: .fileOperation, context: "close() of '\(destination)'",
                                detail: "the destination exists and is not a regular file; it is not replaced")
            }
            _ = chmod(temporary, info.st_mode & 0o7777)
        }
        if rename(temporary, destination) != 0 {
            let code = errno
            let reason = Self.errnoText()
            discard()
            throw XlsxError(code: .fileOperation, context: "close() of '\(destination)'",
                            detail: "renaming the temporary file into place failed: \(reason)", systemError: code)
        }
    }

    /// Creates the (empty) temporary file; returns the reason on failure.
    func create() -> String? {
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return Self.errnoText() }
        close(fd)
        return nil
    }

    /// Removes the temporary file if it exists.
    func discard() {
        _ = unlink(temporary)
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }

    /// Whether `path` is an existing directory this process can write into.
    static func isWritableDirectory(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == S_IFDIR && access(path, W_OK | X_OK) == 0
    }
}
