import CXlsxWriter

/// The version of the linked libxlsxwriter C library.
public var libxlsxwriterVersion: String { String(cString: lxw_version()) }
