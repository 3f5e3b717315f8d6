/// Parsers for the small parts of a workbook package: relationships, the workbook, the styles
/// and the shared strings. Each works on the bytes of one part.
enum XLSXParts {
    struct Relationship {
        let id: String
        let type: String
        /// The resolved part name (no leading slash), or nil for external targets.
        let target: String?
    }

    struct WorkbookSheet {
        let name: String
        let relationshipID: String
    }

    struct Workbook {
        var sheets: [WorkbookSheet] = []
        var date1904 = false
    }

    typealias Failure = XMLScanner.Failure

    // MARK: Relationships

    /// `_rels/.rels` or `xl/_rels/workbook.xml.rels`. `sourcePart` is the part the relationships
    /// belong to ("" for the package itself); relative targets are resolved against its folder.
    static func relationships(_ bytes: [UInt8], sourcePart: String) throws(Failure) -> [Relationship] {
        try XMLScanner.scan(bytes) { (x) throws(Failure) in
            var result: [Relationship] = []
            while true {
                switch try x.next() {
                case .eof: return result
                case .start where x.nameIs("Relationship"):
                    guard let id = try x.attribute("Id"), let target = try x.attribute("Target") else { continue }
                    let type = try x.attribute("Type") ?? ""
                    let external = try x.attribute("TargetMode") == "External"
                    result.append(Relationship(id: id, type: type,
                                               target: external ? nil : resolve(target, from: sourcePart)))
                default: continue
                }
            }
        }
    }

    /// Resolves a relationship target against the folder of its source part; handles absolute
    /// targets ("/xl/worksheets/sheet1.xml"), "./" and "../".
    static func resolve(_ target: String, from sourcePart: String) -> String {
        var t = target.replacingOccurrences(of: "\\", with: "/")
        if let hash = t.firstIndex(of: "#") { t = String(t[..<hash]) }
        var parts: [Substring]
        if t.hasPrefix("/") {
            parts = []
        } else {
            parts = sourcePart.split(separator: "/", omittingEmptySubsequences: true)
            if !parts.isEmpty { parts.removeLast() }  // the file name of the source part
        }
        for component in t.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(component)
        }
        return parts.joined(separator: "/")
    }

    // MARK: Workbook

    static func workbook(_ bytes: [UInt8]) throws(Failure) -> Workbook {
        try XMLScanner.scan(bytes) { (x) throws(Failure) in
            var wb = Workbook()
            var inSheets = false
            while true {
                switch try x.next() {
                case .eof: return wb
                case .start:
                    if x.nameIs("workbookPr") {
                        if let v = try x.attribute("date1904") { wb.date1904 = (v == "1" || v == "true") }
                    } else if x.nameIs("sheets") {
                        inSheets = true
                    } else if inSheets, x.nameIs("sheet") {
                        guard let name = try x.attribute("name") else { throw Failure(message: "blad zonder naam") }
                        guard let rid = try x.attribute("id") else { throw Failure(message: "blad \(name) zonder verwijzing (r:id)") }
                        wb.sheets.append(WorkbookSheet(name: name, relationshipID: rid))
                    }
                case .end:
                    if x.nameIs("sheets") { inSheets = false }
                default: continue
                }
            }
        }
    }

    // MARK: Styles

    /// For every cell format (index = the `s` attribute of a cell): does it show a date?
    static func dateStyles(_ bytes: [UInt8]) throws(Failure) -> [Bool] {
        try XMLScanner.scan(bytes) { (x) throws(Failure) in
            var customCodes: [Int: String] = [:]
            var formatIDs: [Int] = []
            var inCellXfs = false
            var xfDepth = 0
            while true {
                switch try x.next() {
                case .eof:
                    return formatIDs.map { id in
                        if let code = customCodes[id] { return XLSXDates.isDateFormatCode(code) }
                        return XLSXDates.isBuiltInDateFormat(id)
                    }
                case .start:
                    if x.nameIs("numFmt") {
                        if let id = try x.attribute("numFmtId").flatMap({ Int($0) }),
                           let code = try x.attribute("formatCode") {
                            customCodes[id] = code
                        }
                    } else if x.nameIs("cellXfs") {
                        inCellXfs = true
                        xfDepth = x.depth
                    } else if inCellXfs, x.nameIs("xf"), x.depth == xfDepth + 1 {
                        formatIDs.append(try x.attribute("numFmtId").flatMap { Int($0) } ?? 0)
                    }
                case .end:
                    if x.nameIs("cellXfs") { inCellXfs = false }
                default: continue
                }
            }
        }
    }

    // MARK: Shared strings

    /// The shared string table; rich text runs are concatenated, phonetic runs (`rPh`) ignored.
    static func sharedStrings(_ bytes: [UInt8], maxCount: Int) throws(Failure) -> [String] {
        try XMLScanner.scan(bytes) { (x) throws(Failure) in
            var strings: [String] = []
            var current = ""
            var inItem = false
            var capturing = false
            var phoneticDepth = 0
            while true {
                switch try x.next() {
                case .eof: return strings
                case .start:
                    if x.nameIs("si") {
                        inItem = true
                        current = ""
                    } else if x.nameIs("rPh") {
                        phoneticDepth += 1
                    } else if inItem, phoneticDepth == 0, x.nameIs("t") {
                        capturing = true
                    }
                case .text:
                    if capturing { current += try x.text() }
                case .end:
                    if x.nameIs("t") {
                        capturing = false
                    } else if x.nameIs("rPh") {
                        phoneticDepth -= 1
                    } else if x.nameIs("si") {
                        guard strings.count < maxCount else {
                            throw Failure(message: XLSXMessages.tooManySharedStrings(maxCount), isRefusal: true)
                        }
                        strings.append(unescapeOOXML(current))
                        inItem = false
                    }
                }
            }
        }
    }

    /// Undoes the `_xHHHH_` escapes Excel uses for characters XML cannot carry (e.g. `_x000D_`
    /// for a carriage return; a literal `_x0041_` is stored as `_x005F_x0041_`).
    static func unescapeOOXML(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "_")), s.contains("_x") else { return s }
        let u = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count)
        var i = 0
        while i < u.count {
            if u[i] == UInt8(ascii: "_"), i + 6 < u.count, u[i + 1] == UInt8(ascii: "x"), u[i + 6] == UInt8(ascii: "_"),
               let a = XMLScanner.hexValue(u[i + 2]), let b = XMLScanner.hexValue(u[i + 3]),
               let c = XMLScanner.hexValue(u[i + 4]), let d = XMLScanner.hexValue(u[i + 5]) {
                let v = a << 12 | b << 8 | c << 4 | d
                if !(0xD800...0xDFFF).contains(v) {
                    TextDecoding.appendUTF8(v, to: &out)
                    i += 7
                    continue
                }
            }
            out.append(u[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
