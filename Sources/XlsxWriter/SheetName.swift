/// Excel's rules for worksheet names, checked in Swift before libxlsxwriter is called
/// so that the error says exactly what is wrong.
enum SheetName {
    static let maxLength = 31
    static let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// Throws if `name` cannot be a new sheet next to `existing` (compared case-insensitively, as Excel does).
    static func validate(_ name: String, existing: [String]) throws(XlsxError) {
        let context = "addWorksheet(\"\(name)\")"
        if name.isEmpty {
            throw XlsxError(code: .parameterValidation, context: context, detail: "a sheet name cannot be empty")
        }
        let length = name.unicodeScalars.count
        if length > maxLength {
            throw XlsxError(code: .sheetnameLengthExceeded, context: context,
                            detail: "the name has \(length) characters, Excel allows at most \(maxLength)")
        }
        if let bad = name.first(where: { forbidden.contains($0) }) {
            throw XlsxError(code: .invalidSheetnameCharacter, context: context,
                            detail: "the name contains '\(bad)'; none of [ ] : * ? / \\ is allowed")
        }
        if let bad = name.unicodeScalars.first(where: XMLText.isForbidden) {
            throw XlsxError(code: .invalidSheetnameCharacter, context: context,
                            detail: "the name contains U+\(String(bad.value, radix: 16, uppercase: true)), which XML does not allow")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw XlsxError(code: .sheetnameStartEndApostrophe, context: context)
        }
        if name.lowercased() == "history" {
            throw XlsxError(code: .parameterValidation, context: context,
                            detail: "Excel reserves the sheet name 'History'")
        }
        let lowered = name.lowercased()
        if let clash = existing.first(where: { $0.lowercased() == lowered }) {
            throw XlsxError(code: .sheetnameAlreadyUsed, context: context,
                            detail: clash == name ? "a sheet named '\(clash)' already exists"
                                : "a sheet named '\(clash)' already exists (names are case-insensitive)")
        }
    }
}
