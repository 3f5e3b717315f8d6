import CXlsxWriter

/// The version of the linked libxlsxwriter C library, e.g. "1.1.4".
public var libxlsxwriterVersion: String { String(cString: lxw_version()) }
