import Memberwise

/// Options for creating a ``Workbook``.
@MemberwiseInit
public struct WorkbookOptions: Hashable, Sendable {
    /// libxlsxwriter's `constant_memory` mode: each row is flushed to a temporary file
    /// when a later row is started, so memory stays flat however many rows are written.
    /// Rows must then be written in increasing order (writing to an earlier row throws
    /// ``XlsxError/Code/indexOutOfRange``), strings are stored inline rather than in the
    /// shared-string table, and `mergeRange` is not available.
    public var constantMemory: Bool = false
    /// Directory for libxlsxwriter's temporary files (worksheet data in constant-memory
    /// mode and the XML parts assembled at close). `nil` uses the system default.
    public var temporaryDirectory: String?
    /// Use ZIP64 extensions, needed when the file or one of its parts exceeds 4 GB.
    public var useZip64: Bool = false
}
