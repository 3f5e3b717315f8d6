#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns C copies of Swift strings (and raw allocations) for the duration of one C call
/// that takes a struct full of `char *` fields. libxlsxwriter copies everything it keeps,
/// so the arena is freed right after the call, also when the call fails.
///
/// Used on the configuration paths only (properties, tables, validations); the cell
/// write path uses `withCString` and never allocates.
struct CStringArena: ~Copyable {
    private var allocations: [UnsafeMutableRawPointer] = []

    init() {}

    /// A `strdup` of `string` made XML-safe (``XMLText/sanitized(_:)``), or nil for nil.
    mutating func dup(_ string: String?) throws(XlsxError) -> UnsafeMutablePointer<CChar>? {
        guard let string = string.map(XMLText.sanitized) else { return nil }
        guard let copy = strdup(string) else {
            throw XlsxError(code: .memoryMallocFailed, context: "strdup")
        }
        allocations.append(UnsafeMutableRawPointer(copy))
        return copy
    }

    /// Zeroed memory for `count` values of `T`.
    mutating func allocate<T>(_ type: T.Type, count: Int) throws(XlsxError) -> UnsafeMutablePointer<T> {
        guard let raw = calloc(max(count, 1), MemoryLayout<T>.stride) else {
            throw XlsxError(code: .memoryMallocFailed, context: "calloc")
        }
        allocations.append(raw)
        return raw.bindMemory(to: T.self, capacity: max(count, 1))
    }

    deinit {
        for pointer in allocations { free(pointer) }
    }
}
