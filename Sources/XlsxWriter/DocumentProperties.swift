import Memberwise
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Document properties shown in Excel's File ▸ Info (docProps/core.xml and app.xml).
@MemberwiseInit
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var manager: String?
    public var company: String?
    public var category: String?
    public var keywords: String?
    public var comments: String?
    public var status: String?
    /// The creation time written to core.xml (whole seconds, UTC).
    ///
    /// libxlsxwriter would use the wall clock when no time is given; this API never does,
    /// so that the same calls always give byte-identical files. When `nil`, the fixed
    /// ``DocumentProperties/defaultCreationDate`` is written instead. Pass the time the
    /// data was produced if the document should carry it.
    public var created: Date?

    /// 1980-01-01T00:00:00Z — the time written when no creation time is given (the
    /// same instant libxlsxwriter uses for the timestamps of the zip entries).
    public static let defaultCreationDate = Date(timeIntervalSince1970: 315_532_800)

    /// Seconds since 1970 for libxlsxwriter (never 0, which it would replace by the wall clock).
    var createdUnixTime: Int {
        let seconds = Int((created ?? Self.defaultCreationDate).timeIntervalSince1970.rounded(.down))
        return seconds == 0 ? 1 : seconds
    }
}

/// The value of a custom document property (docProps/custom.xml).
public enum CustomPropertyValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case integer(Int32)
    case bool(Bool)
}
