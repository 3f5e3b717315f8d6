import CXlsxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An xlsx workbook being written with libxlsxwriter.
///
/// ```swift
/// let workbook = try Workbook(path: "out.xlsx")
/// let sheet = try workbook.addWorksheet("Data")
/// let bold = try workbook.addFormat(CellFormat(bold: true))
/// try sheet.write("Total", row: 0, column: 0, format: bold)
/// try sheet.write(42, row: 0, column: 1)
/// try workbook.close()
/// ```
///
/// - Atomic output: libxlsxwriter writes to a hidden temporary file in the destination's
///   directory; ``close()`` renames it over `path` only when everything succeeded, and only
///   when `path` is a regular file or absent (never a FIFO, device or symbolic link); a
///   replaced file keeps its permission bits. On any failure the temporary file is removed and
///   `path` is left as it was; a failure of the file system carries its `errno`
///   (``XlsxError/systemError``).
/// - Text: every string is made safe for XML by ``XMLText`` (what XML 1.0 forbids becomes
///   U+FFFD; a literal `_xHHHH_` in a cell is escaped so Excel shows it as written).
/// - Deinitialising a workbook that was never closed frees all its memory and writes nothing.
/// - Determinism: the same calls produce byte-identical files. The creation time in the
///   document properties is never taken from the clock (see ``DocumentProperties/created``).
/// - Threads: a workbook, its worksheets and charts are not thread-safe and not `Sendable`;
///   use them from one thread or task at a time. Separate workbooks are independent.
public final class Workbook {
    /// The destination path given at creation.
    public let path: String
    public let options: WorkbookOptions
    /// The worksheets in the order they were added.
    public private(set) var worksheets: [Worksheet] = []
    /// The charts in the order they were added.
    public private(set) var charts: [Chart] = []

    let state: WorkbookState
    private let output: AtomicOutput
    private var formatCache: [CellFormat: Format] = [:]
    private var propertiesSet = false

    /// Creates a workbook that ``close()`` will write to `path`.
    ///
    /// Nothing is written before `close()`. Throws if libxlsxwriter cannot create the
    /// workbook or if `options.temporaryDirectory` is not a writable directory.
    public init(path: String, options: WorkbookOptions = .init()) throws(XlsxError) {
        let context = "Workbook(path: \"\(path)\")"
        if path.isEmpty {
            throw XlsxError(code: .parameterValidation, context: context, detail: "the path is empty")
        }
        if let directory = options.temporaryDirectory, !AtomicOutput.isWritableDirectory(directory) {
            throw XlsxError(code: .creatingTmpfile, context: context,
                            detail: "temporary directory '\(directory)' does not exist or is not writable")
        }
        let output = AtomicOutput(destination: path)
        var cOptions = lxw_workbook_options(constant_memory: options.constantMemory ? 1 : 0,
                                            tmpdir: nil, use_zip64: options.useZip64 ? 1 : 0)
        // libxlsxwriter copies the file name and tmpdir, so these buffers may go away afterwards.
        let handle: UnsafeMutablePointer<lxw_workbook>? = output.temporary.withCString { file in
            if let directory = options.temporaryDirectory {
                return directory.withCString { dir in
                    cOptions.tmpdir = UnsafeMutablePointer(mutating: dir)
                    return workbook_new_opt(file, &cOptions)
                }
            }
            return workbook_new_opt(file, &cOptions)
        }
        guard let handle else {
            throw XlsxError(code: .objectCreationFailed, context: context, detail: "workbook_new_opt returned NULL")
        }
        self.path = path
        self.options = options
        self.output = output
        self.state = WorkbookState(handle: handle, options: options)
    }

    deinit {
        // Not closed: free everything, write nothing.
        if let handle = state.handle {
            state.handle = nil
            Self.free(handle)
            output.discard()
        }
    }

    /// Whether ``close()`` has been called (successfully or not).
    public var isClosed: Bool { !state.isOpen }

    // MARK: Sheets

    /// Adds a worksheet. Without a name it is called `Sheet1`, `Sheet2`, … like in Excel.
    ///
    /// Throws for an empty name, more than 31 characters, one of `[ ] : * ? / \`, a
    /// leading or trailing apostrophe, or a name already used (case-insensitively).
    @discardableResult
    public func addWorksheet(_ name: String? = nil) throws(XlsxError) -> Worksheet {
        let sheetName = name ?? "Sheet\(worksheets.count + 1)"
        let workbook = try state.workbook("addWorksheet(\"\(sheetName)\")")
        try SheetName.validate(sheetName, existing: worksheets.map(\.name))
        let cResult = sheetName.withCString { validateInC(workbook, $0) }
        try check(cResult, "addWorksheet(\"\(sheetName)\")")
        guard let sheet = workbook_add_worksheet(workbook, sheetName) else {
            throw XlsxError(
                code: .objectCreationFailed, context: "addWorksheet(\"\(sheetName)\")",
                detail: options.constantMemory
                    ? "libxlsxwriter could not create the worksheet's temporary file in constant-memory mode"
                    : "workbook_add_worksheet returned NULL")
        }
        let worksheet = Worksheet(state: state, pointer: sheet, name: sheetName, index: worksheets.count)
        worksheets.append(worksheet)
        return worksheet
    }

    private func validateInC(_ workbook: UnsafeMutablePointer<lxw_workbook>, _ name: UnsafePointer<CChar>) -> lxw_error {
        workbook_validate_sheet_name(workbook, name)
    }

    /// The worksheet with this name (case-insensitive, as in Excel), if any.
    public func worksheet(named name: String) -> Worksheet? {
        let lowered = name.lowercased()
        return worksheets.first { $0.name.lowercased() == lowered }
    }

    // MARK: Formats

    /// Returns the format handle for `spec`, creating the libxlsxwriter format the first
    /// time this spec is seen. Equal specs share one handle and one entry in styles.xml.
    public func addFormat(_ spec: CellFormat) throws(XlsxError) -> Format {
        if let cached = formatCache[spec] { return cached }
        let workbook = try state.workbook("addFormat")
        try spec.validate()
        guard let pointer = workbook_add_format(workbook) else {
            throw XlsxError(code: .memoryMallocFailed, context: "addFormat")
        }
        spec.apply(to: pointer)
        let format = Format(pointer: pointer, owner: state.id)
        formatCache[spec] = format
        return format
    }

    /// The number of distinct formats created so far.
    public var formatCount: Int { formatCache.count }

    // MARK: Charts

    /// Adds a chart; fill it with series, then place it with ``Worksheet/insertChart(_:row:column:options:)``.
    @discardableResult
    public func addChart(_ kind: Chart.Kind) throws(XlsxError) -> Chart {
        let workbook = try state.workbook("addChart(.\(kind))")
        guard let pointer = workbook_add_chart(workbook, kind.lxwType) else {
            throw XlsxError(code: .objectCreationFailed, context: "addChart(.\(kind))",
                            detail: "workbook_add_chart returned NULL")
        }
        let chart = Chart(state: state, pointer: pointer, kind: kind)
        charts.append(chart)
        return chart
    }

    // MARK: Document properties and names

    /// Sets the document properties. The creation time is `properties.created`, or the
    /// fixed ``DocumentProperties/defaultCreationDate`` — never the wall clock.
    public func setDocumentProperties(_ properties: DocumentProperties) throws(XlsxError) {
        let workbook = try state.workbook("setDocumentProperties")
        var arena = CStringArena()
        var c = lxw_doc_properties()
        c.title = try arena.dup(properties.title)
        c.subject = try arena.dup(properties.subject)
        c.author = try arena.dup(properties.author)
        c.manager = try arena.dup(properties.manager)
        c.company = try arena.dup(properties.company)
        c.category = try arena.dup(properties.category)
        c.keywords = try arena.dup(properties.keywords)
        c.comments = try arena.dup(properties.comments)
        c.status = try arena.dup(properties.status)
        c.created = time_t(properties.createdUnixTime)
        try check(workbook_set_properties(workbook, &c), "setDocumentProperties")
        propertiesSet = true
    }

    /// Adds a custom document property (File ▸ Properties ▸ Custom).
    public func setCustomProperty(_ name: String, _ value: CustomPropertyValue) throws(XlsxError) {
        let context = "setCustomProperty(\"\(name)\")"
        let workbook = try state.workbook(context)
        let result: lxw_error
        switch value {
        case .string(let text):
            result = workbook_set_custom_property_string(workbook, XMLText.sanitized(name), XMLText.sanitized(text))
        case .number(let number):
            result = workbook_set_custom_property_number(workbook, name, number)
        case .integer(let number):
            result = workbook_set_custom_property_integer(workbook, name, number)
        case .bool(let flag):
            result = workbook_set_custom_property_boolean(workbook, name, flag ? 1 : 0)
        }
        try check(result, context)
    }

    /// Defines a workbook-level name, e.g. `defineName("Rates", formula: "=Data!$A$1:$A$10")`.
    /// Prefix the name with a sheet (`"Data!Local"`) for a sheet-level name.
    public func defineName(_ name: String, formula: String) throws(XlsxError) {
        let context = "defineName(\"\(name)\")"
        let workbook = try state.workbook(context)
        if name.utf8.count > 127 || formula.utf8.count > 127 {
            throw XlsxError(code: .stringLength128Exceeded, context: context,
                            detail: "libxlsxwriter keeps names and formulas of at most 127 bytes")
        }
        let localName = name.split(separator: "!", omittingEmptySubsequences: false).last.map(String.init) ?? name
        if let problem = Self.definedNameProblem(localName) {
            throw XlsxError(code: .parameterValidation, context: context, detail: problem)
        }
        try check(workbook_define_name(workbook, name, formula), context)
    }

    /// Excel's rules for a defined name (without its `Sheet!` prefix); nil if valid.
    static func definedNameProblem(_ name: String) -> String? {
        guard let first = name.unicodeScalars.first else { return "the name is empty" }
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s >= "0" && s <= "9" }
        guard isLetter(first) || first == "_" || first == "\\" else {
            return "a name must start with a letter, '_' or '\\'"
        }
        if let bad = name.unicodeScalars.first(where: { !(isLetter($0) || isDigit($0) || $0 == "_" || $0 == "." || $0 == "\\") }) {
            return "a name cannot contain '\(bad)'"
        }
        if CellReference.parseCell(name) != nil || CellReference.looksLikeR1C1(name) {
            return "a name cannot look like a cell reference (A1 or R1C1 style)"
        }
        return nil
    }

    /// Defines a name that refers to a range.
    public func defineName(_ name: String, refersTo range: SheetRange) throws(XlsxError) {
        try defineName(name, formula: range.formula)
    }

    // MARK: Closing

    /// Writes the file and frees the workbook.
    ///
    /// libxlsxwriter writes the package into a temporary file beside `path`; on success it
    /// is renamed over `path`. On failure the temporary file is removed, `path` is
    /// untouched, and the error says why. Either way the workbook is closed afterwards:
    /// its sheets, formats and charts can no longer be used.
    public func close() throws(XlsxError) {
        let context = "close() of '\(path)'"
        let workbook = try state.workbook(context)
        if !propertiesSet {
            do {
                try setDocumentProperties(DocumentProperties())
            } catch {
                state.handle = nil
                Self.free(workbook)
                output.discard()
                throw error
            }
        }
        state.handle = nil
        // Create the output file first: if libxlsxwriter cannot, workbook_close() gives up
        // before it has closed the worksheets' temporary files (constant-memory mode), and
        // they would leak. Failing here lets us free everything ourselves.
        if let reason = output.create() {
            let code = errno
            Self.free(workbook)
            throw XlsxError(code: .creatingXlsxFile, context: context,
                            detail: "cannot create '\(output.temporary)': \(reason)", systemError: code)
        }
        let result = workbook_close(workbook)  // frees the workbook whatever the outcome
        let code = errno
        let reason = AtomicOutput.errnoText()
        guard result == LXW_NO_ERROR else {
            output.discard()
            var detail: String? = nil
            if result == LXW_ERROR_CREATING_XLSX_FILE {
                detail = "cannot create '\(output.temporary)': \(reason)"
            } else if result == LXW_ERROR_CREATING_TMPFILE {
                detail = "cannot create temporary files in '\(options.temporaryDirectory ?? "the system temporary directory")': \(reason)"
            }
            // Writing the package failed in the file system (a full disk, ...): say so.
            let fileErrors: [lxw_error] = [LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE,
                                           LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE]
            throw XlsxError.library(result, context, detail: detail, systemError: fileErrors.contains(result) && code != 0 ? code : nil)
        }
        try output.publish()
    }

    /// Frees a workbook that is not going to be written.
    private static func free(_ workbook: UnsafeMutablePointer<lxw_workbook>) {
        // In constant-memory mode each worksheet holds an open temporary file that only
        // workbook_close() would close; close them here so no descriptor leaks.
        var sheet = workbook.pointee.worksheets.pointee.stqh_first
        while let current = sheet {
            if let file = current.pointee.optimize_tmpfile {
                fclose(file)
                current.pointee.optimize_tmpfile = nil
            }
            sheet = current.pointee.list_pointers.stqe_next
        }
        lxw_workbook_free(workbook)
    }
}
