import CXlsxWriter
import Memberwise

/// A data-validation rule for a cell range, with optional input and error messages.
@MemberwiseInit(unlabeled: "rule")
public struct DataValidation: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// A drop-down of literal values. Excel limits the values joined with commas to 255
        /// characters and values cannot contain commas or double quotes: longer lists
        /// throw — write the values to cells and use ``listSource(_:)`` instead.
        case list([String])
        /// A drop-down of the values in a range, e.g. on a hidden sheet.
        case listSource(SheetRange)
        /// A drop-down from a formula or a defined name, e.g. `=Choices` or `=$A$1:$A$10`.
        case listFormula(String)
        case wholeNumber(Criterion<Int>)
        case decimal(Criterion<Double>)
        case textLength(Criterion<Int>)
        /// A formula that must be TRUE for the input, e.g. `=ISNUMBER(A1)`.
        case custom(String)
        /// Any value: only shows the input message.
        case any
    }

    public enum Criterion<Value: Hashable & Sendable>: Hashable, Sendable {
        case between(Value, Value)
        case notBetween(Value, Value)
        case equalTo(Value)
        case notEqualTo(Value)
        case greaterThan(Value)
        case lessThan(Value)
        case greaterThanOrEqualTo(Value)
        case lessThanOrEqualTo(Value)
    }

    public enum ErrorStyle: Hashable, Sendable {
        /// Rejects the input (Excel's default).
        case stop
        /// Asks whether to keep the input.
        case warning
        /// Informs, keeps the input.
        case information
    }

    public var rule: Rule
    /// Whether empty cells are allowed (default true).
    public var ignoreBlank: Bool = true
    /// Whether a list shows its drop-down arrow (default true).
    public var dropdown: Bool = true
    /// Input message shown when a cell is selected: title ≤ 32, message ≤ 255 characters.
    public var inputTitle: String?
    public var inputMessage: String?
    /// Error message for invalid input: title ≤ 32, message ≤ 255 characters.
    public var errorTitle: String?
    public var errorMessage: String?
    public var errorStyle: ErrorStyle = .stop
    public var showInput: Bool = true
    public var showError: Bool = true

    /// Excel's limit for a literal list, counted over the values joined with commas.
    public static let maxListLength = 255
}

extension DataValidation.Criterion {
    var lxwCriteria: lxw_validation_criteria {
        switch self {
        case .between: return LXW_VALIDATION_CRITERIA_BETWEEN
        case .notBetween: return LXW_VALIDATION_CRITERIA_NOT_BETWEEN
        case .equalTo: return LXW_VALIDATION_CRITERIA_EQUAL_TO
        case .notEqualTo: return LXW_VALIDATION_CRITERIA_NOT_EQUAL_TO
        case .greaterThan: return LXW_VALIDATION_CRITERIA_GREATER_THAN
        case .lessThan: return LXW_VALIDATION_CRITERIA_LESS_THAN
        case .greaterThanOrEqualTo: return LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO
        case .lessThanOrEqualTo: return LXW_VALIDATION_CRITERIA_LESS_THAN_OR_EQUAL_TO
        }
    }

    /// (value, minimum, maximum) as libxlsxwriter wants them.
    func numbers(_ convert: (Value) -> Double) -> (value: Double, minimum: Double, maximum: Double) {
        switch self {
        case .between(let a, let b), .notBetween(let a, let b): return (0, convert(a), convert(b))
        case .equalTo(let v), .notEqualTo(let v), .greaterThan(let v), .lessThan(let v),
             .greaterThanOrEqualTo(let v), .lessThanOrEqualTo(let v): return (convert(v), 0, 0)
        }
    }
}

extension Worksheet {
    /// Adds a data validation to `range`.
    ///
    /// A ``DataValidation/Rule/list(_:)`` whose values joined with commas exceed
    /// Excel's 255 characters throws ``XlsxError/Code/stringLength255Exceeded``: put the
    /// values in cells and use ``DataValidation/Rule/listSource(_:)``.
    public func addDataValidation(_ range: CellRange, _ validation: DataValidation) throws(XlsxError) {
        let context = at("addDataValidation", range)
        let sheet = try sheet(context)
        let (r1, c1, r2, c2) = try cells(range, context)
        func fail(_ code: XlsxError.Code, _ detail: String) -> XlsxError {
            XlsxError(code: code, context: context, detail: detail)
        }
        for (label, text, limit) in [("input title", validation.inputTitle, 32), ("error title", validation.errorTitle, 32),
                                     ("input message", validation.inputMessage, 255), ("error message", validation.errorMessage, 255)] {
            if let text, text.unicodeScalars.count > limit {
                throw fail(limit == 32 ? .stringLength32Exceeded : .stringLength255Exceeded,
                           "the \(label) has \(text.unicodeScalars.count) characters, Excel allows \(limit)")
            }
        }

        var arena = CStringArena()
        var c = lxw_data_validation()
        switch validation.rule {
        case .list(let values):
            if values.isEmpty { throw fail(.parameterValidation, "a list validation needs at least one value") }
            if let bad = values.first(where: { $0.contains(",") || $0.contains("\"") }) {
                throw fail(.parameterValidation, "list value \"\(bad)\" contains a comma or a double quote; put the values in cells and use .listSource")
            }
            let joined = values.joined(separator: ",")
            let length = joined.unicodeScalars.count
            if length > DataValidation.maxListLength {
                throw fail(.stringLength255Exceeded,
                           "the \(values.count) list values joined with commas are \(length) characters, over Excel's limit of \(DataValidation.maxListLength); write them to a range and use .listSource(range) instead")
            }
            // Passed as a quoted list formula: the same XML as libxlsxwriter's value_list,
            // without its fixed 258-byte buffer (which multi-byte UTF-8 values overflow in 1.1.4).
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            c.value_formula = try arena.dup("\"" + joined + "\"")
        case .listSource(let source):
            _ = try cells(source.range, context)
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            c.value_formula = try arena.dup(source.formula)
        case .listFormula(let formula):
            c.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            c.value_formula = try arena.dup(formula)
        case .wholeNumber(let criterion):
            c.set(LXW_VALIDATION_TYPE_INTEGER, criterion) { Double($0) }
        case .decimal(let criterion):
            c.set(LXW_VALIDATION_TYPE_DECIMAL, criterion) { $0 }
        case .textLength(let criterion):
            c.set(LXW_VALIDATION_TYPE_LENGTH, criterion) { Double($0) }
        case .custom(let formula):
            c.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            c.value_formula = try arena.dup(formula)
        case .any:
            c.validate = UInt8(LXW_VALIDATION_TYPE_ANY.rawValue)
        }
        let on = UInt8(LXW_VALIDATION_ON.rawValue), off = UInt8(LXW_VALIDATION_OFF.rawValue)
        c.ignore_blank = validation.ignoreBlank ? on : off
        c.dropdown = validation.dropdown ? on : off
        c.show_input = validation.showInput ? on : off
        c.show_error = validation.showError ? on : off
        switch validation.errorStyle {
        case .stop: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        case .warning: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        case .information: c.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_INFORMATION.rawValue)
        }
        c.input_title = try arena.dup(validation.inputTitle.map(XMLText.spreadsheetString))
        c.input_message = try arena.dup(validation.inputMessage.map(XMLText.spreadsheetString))
        c.error_title = try arena.dup(validation.errorTitle.map(XMLText.spreadsheetString))
        c.error_message = try arena.dup(validation.errorMessage.map(XMLText.spreadsheetString))
        // libxlsxwriter 1.1.4 copies the formula of a LIST_FORMULA validation twice and
        // leaks the first copy. CUSTOM_FORMULA is copied exactly like it (a formula, no
        // criteria) but once; the stored copy is then marked as the list it really is.
        let isList = c.validate == UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        if isList { c.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue) }
        let before = Self.lastValidation(of: sheet)
        try check(worksheet_data_validation_range(sheet, r1, c1, r2, c2, &c), context)
        if isList, let added = Self.lastValidation(of: sheet), added != before {
            added.pointee.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
        }
    }

    /// The most recently added validation object of a sheet (libxlsxwriter appends at the tail).
    private static func lastValidation(of sheet: UnsafeMutablePointer<lxw_worksheet>) -> UnsafeMutablePointer<lxw_data_val_obj>? {
        guard let list = sheet.pointee.data_validations else { return nil }
        var current = list.pointee.stqh_first
        var last: UnsafeMutablePointer<lxw_data_val_obj>?
        while let node = current {
            last = node
            current = node.pointee.list_pointers.stqe_next
        }
        return last
    }
}

private extension lxw_data_validation {
    /// A numeric rule: its type, its criterion and the criterion's numbers.
    mutating func set<Value>(_ type: lxw_validation_types, _ criterion: DataValidation.Criterion<Value>,
                             _ convert: (Value) -> Double) {
        validate = UInt8(type.rawValue)
        criteria = UInt8(criterion.lxwCriteria.rawValue)
        (value_number, minimum_number, maximum_number) = criterion.numbers(convert)
    }
}
