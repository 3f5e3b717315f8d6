import Foundation

/// A zip package (a Word document, a workbook) read with the bounded zip reader, for the other
/// modules: every declared size is checked against the limits before anything is inflated, and
/// the bytes actually inflated are counted against them as well (zip bombs end in an error).
/// The messages of its errors speak of workbooks (the reader was written for XLSX); callers
/// reading another kind of package give their own message.
public struct ZipPakket {
    private let zip: ZipDirectory
    private let limits: XLSXLimits
    private var resterend: Int

    public init(data: Data, fileName: String, limits: XLSXLimits) throws(ReadError) {
        guard data.count <= limits.maxFileBytes else {
            throw ReadError(fileName: fileName, message: XLSXMessages.tooBig(limits.maxFileBytes))
        }
        zip = try ZipDirectory(data: data, fileName: fileName)
        try zip.checkDeclaredSizes(limits)
        self.limits = limits
        resterend = limits.maxUncompressedBytes
    }

    /// The names of the parts, as the central directory lists them.
    public var delen: [String] { zip.entries.map(\.path) }

    /// The bytes of a part (names are case-insensitive, as in a package); nil when it is absent.
    public mutating func deel(_ naam: String) throws(ReadError) -> Data? {
        guard let entry = zip.entry(naam) else { return nil }
        return Data(try zip.extract(entry, limits: limits, remainingTotal: &resterend))
    }
}
