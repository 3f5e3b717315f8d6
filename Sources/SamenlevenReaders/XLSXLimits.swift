import Memberwise

/// Limits that protect the XLSX reader against zip bombs and absurd workbooks.
///
/// Declared sizes are checked before anything is extracted; while extracting the actual bytes are
/// counted as well (headers are never trusted), and cells are counted while the sheets are read.
@MemberwiseInit
public struct XLSXLimits: Sendable, Equatable {
    /// Largest workbook file that is opened at all.
    public var maxFileBytes: Int = 256 << 20
    /// Largest total uncompressed size of the XML parts of the workbook (and of what is read).
    public var maxUncompressedBytes: Int = 256 << 20
    /// Largest uncompressed size of one part (a sheet XML or the shared strings).
    public var maxSheetXMLBytes: Int = 256 << 20
    /// Largest ratio uncompressed:compressed of one part ...
    public var maxCompressionRatio: Int = 100
    /// ... applied only to parts whose uncompressed size is above this many bytes.
    public var compressionRatioThreshold: Int = 1 << 20
    /// Largest number of cells (including gaps filled with `.empty`) over all sheets, and largest
    /// number of shared strings.
    public var maxCells: Int = 10_000_000

    /// 256 MiB file, 256 MiB uncompressed in total and per part, 100:1 above 1 MiB, 10 million cells.
    public static let `default` = XLSXLimits()
}
