#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output as `print` writes it (C's buffered `stdout`).
enum StandardOutput {
    /// Flushes standard output; nil when everything written so far got there, else the
    /// `errno` of the failure (0 when only the error flag of an earlier write says so).
    static func flushFailure() -> Int32? {
        errno = 0
        let flushed = fflush(stdout) == 0
        let code = errno
        if flushed && ferror(stdout) == 0 { return nil }
        return flushed ? 0 : code
    }
}
