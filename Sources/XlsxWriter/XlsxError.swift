import CXlsxWriter

/// An error raised by the XlsxWriter API.
///
/// Every `lxw_error` code that libxlsxwriter can return is mapped to an `XlsxError`
/// carrying that code and the library's own message (`lxw_strerror`). Checks that the
/// Swift layer performs before calling into C (sheet names, list lengths, a closed
/// workbook, ...) reuse the closest libxlsxwriter code where one exists and add a
/// `detail` that says precisely what was wrong.
public struct XlsxError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The error code. For libxlsxwriter errors this is the `lxw_error` value.
    public let code: Code
    /// The library's message for `code` (from `lxw_strerror`), or the Swift layer's message.
    public let message: String
    /// Which call failed, with its arguments where useful (e.g. `write(string:) at 'Data'!A1048577`).
    public let context: String
    /// Extra, more precise explanation, if any.
    public let detail: String?
    /// The system's `errno` when writing the file failed (a full disk, no permission), so a
    /// caller can explain it in its own words; nil for other errors.
    public let systemError: Int32?

    public init(code: Code, message: String? = nil, context: String, detail: String? = nil, systemError: Int32? = nil) {
        self.code = code
        self.message = message ?? code.defaultMessage
        self.context = context
        self.detail = detail
        self.systemError = systemError
    }

    public var description: String {
        var text = "\(context): \(message)"
        if let detail { text += " (\(detail))" }
        return text
    }
}

extension XlsxError {
    /// An error code: an `lxw_error` value (≥ 0) or a code of the Swift layer (< 0).
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        init(_ error: lxw_error) { self.rawValue = Int32(bitPattern: error.rawValue) }

        // libxlsxwriter 1.1.4 codes (common.h).
        public static let memoryMallocFailed = Code(LXW_ERROR_MEMORY_MALLOC_FAILED)
        public static let creatingXlsxFile = Code(LXW_ERROR_CREATING_XLSX_FILE)
        public static let creatingTmpfile = Code(LXW_ERROR_CREATING_TMPFILE)
        public static let readingTmpfile = Code(LXW_ERROR_READING_TMPFILE)
        public static let zipFileOperation = Code(LXW_ERROR_ZIP_FILE_OPERATION)
        public static let zipParameterError = Code(LXW_ERROR_ZIP_PARAMETER_ERROR)
        public static let zipBadZipFile = Code(LXW_ERROR_ZIP_BAD_ZIP_FILE)
        public static let zipInternalError = Code(LXW_ERROR_ZIP_INTERNAL_ERROR)
        public static let zipFileAdd = Code(LXW_ERROR_ZIP_FILE_ADD)
        public static let zipClose = Code(LXW_ERROR_ZIP_CLOSE)
        public static let featureNotSupported = Code(LXW_ERROR_FEATURE_NOT_SUPPORTED)
        public static let nullParameterIgnored = Code(LXW_ERROR_NULL_PARAMETER_IGNORED)
        public static let parameterValidation = Code(LXW_ERROR_PARAMETER_VALIDATION)
        public static let sheetnameLengthExceeded = Code(LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED)
        public static let invalidSheetnameCharacter = Code(LXW_ERROR_INVALID_SHEETNAME_CHARACTER)
        public static let sheetnameStartEndApostrophe = Code(LXW_ERROR_SHEETNAME_START_END_APOSTROPHE)
        public static let sheetnameAlreadyUsed = Code(LXW_ERROR_SHEETNAME_ALREADY_USED)
        public static let stringLength32Exceeded = Code(LXW_ERROR_32_STRING_LENGTH_EXCEEDED)
        public static let stringLength128Exceeded = Code(LXW_ERROR_128_STRING_LENGTH_EXCEEDED)
        public static let stringLength255Exceeded = Code(LXW_ERROR_255_STRING_LENGTH_EXCEEDED)
        public static let maxStringLengthExceeded = Code(LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
        public static let sharedStringIndexNotFound = Code(LXW_ERROR_SHARED_STRING_INDEX_NOT_FOUND)
        public static let indexOutOfRange = Code(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
        public static let maxURLLengthExceeded = Code(LXW_ERROR_WORKSHEET_MAX_URL_LENGTH_EXCEEDED)
        public static let maxNumberURLsExceeded = Code(LXW_ERROR_WORKSHEET_MAX_NUMBER_URLS_EXCEEDED)
        public static let imageDimensions = Code(LXW_ERROR_IMAGE_DIMENSIONS)

        // Codes of the Swift layer.
        /// The workbook was already closed (or failed to close); its sheets, formats and charts are no longer usable.
        public static let workbookClosed = Code(rawValue: -1)
        /// A format, chart or sheet of one workbook was used with another workbook.
        public static let foreignObject = Code(rawValue: -2)
        /// A file-system operation of the atomic write (rename or removal of the temporary file) failed.
        public static let fileOperation = Code(rawValue: -3)
        /// libxlsxwriter returned NULL where an object was expected.
        public static let objectCreationFailed = Code(rawValue: -4)

        /// Whether this is a libxlsxwriter `lxw_error` code.
        public var isLibraryCode: Bool { rawValue >= 0 }

        var defaultMessage: String {
            switch self {
            case .workbookClosed: return "The workbook is closed."
            case .foreignObject: return "The object belongs to another workbook."
            case .fileOperation: return "File operation failed."
            case .objectCreationFailed: return "libxlsxwriter could not create the object."
            default:
                guard rawValue >= 0 else { return "Unknown error \(rawValue)." }
                return String(cString: lxw_strerror(lxw_error(rawValue: UInt32(rawValue))))
            }
        }

        public var description: String { "\(rawValue)" }
    }
}

// MARK: - Internal helpers

extension XlsxError {
    /// Converts a non-zero `lxw_error` into an `XlsxError`.
    static func library(_ error: lxw_error, _ context: @autoclosure () -> String, detail: String? = nil,
                        systemError: Int32? = nil) -> XlsxError {
        XlsxError(code: Code(error), context: context(), detail: detail, systemError: systemError)
    }
}

/// Throws if `error` is not `LXW_NO_ERROR`. The context is only built on failure.
@inline(__always)
func check(_ error: lxw_error, _ context: @autoclosure () -> String, detail: @autoclosure () -> String? = nil) throws(XlsxError) {
    if _fastPath(error == LXW_NO_ERROR) { return }
    throw XlsxError.library(error, context(), detail: detail())
}
