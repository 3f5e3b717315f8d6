import Foundation

/// Reads the worksheets of an XLSX workbook into `Sheet`s of raw cells.
///
/// Shared strings (rich text runs concatenated), inline strings, formula strings, numbers (exact
/// lexical form), booleans, error cells and dates (serial numbers in a date-formatted cell, 1900 or
/// 1904 date system) are read; gaps become `.empty`. Formulas are not evaluated: their cached
/// value is read, and a warning names formulas without one. Chart sheets are skipped with a warning.
///
/// Zip bombs and absurd workbooks are refused with a message instead of exhausting memory; see
/// `XLSXLimits`.
public enum XLSXReader {
    public static func read(url: URL, fileName: String? = nil,
                            limits: XLSXLimits = .default) throws(ReadError) -> (sheets: [Sheet], warnings: [ReadWarning]) {
        let name = fileName ?? url.lastPathComponent
        let size: Int
        do {
            let values = try url.resourceValues(forKeys: [.fileSizeKey])
            size = values.fileSize ?? 0
        } catch {
            throw ReadError(fileName: name, message: "het bestand kan niet gelezen worden (\(Systeemfout.melding(van: error)))")
        }
        if size > limits.maxFileBytes {
            throw ReadError(fileName: name, message: "werkboek geweigerd: het bestand is groter dan \(megabytes(limits.maxFileBytes))")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ReadError(fileName: name, message: "het bestand kan niet gelezen worden (\(Systeemfout.melding(van: error)))")
        }
        return try read(data: data, fileName: name, limits: limits)
    }

    public static func read(data: Data, fileName: String,
                            limits: XLSXLimits = .default) throws(ReadError) -> (sheets: [Sheet], warnings: [ReadWarning]) {
        if data.count > limits.maxFileBytes {
            throw ReadError(fileName: fileName, message: "werkboek geweigerd: het bestand is groter dan \(megabytes(limits.maxFileBytes))")
        }
        try checkKind(data, fileName: fileName)
        let zip = try ZipDirectory(data: data, fileName: fileName)
        try zip.checkDeclaredSizes(limits)
        var reader = PackageReader(zip: zip, fileName: fileName, limits: limits)
        return try reader.readWorkbook()
    }

    /// Recognises what is not an XLSX at all from its first bytes.
    private static func checkKind(_ data: Data, fileName: String) throws(ReadError) {
        let head = [UInt8](data.prefix(512))
        if head.isEmpty { throw ReadError(fileName: fileName, message: "het bestand is leeg") }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ReadError(fileName: fileName, message: "geen XLSX-bestand: dit is een oud Excel-bestand (.xls) of een met een wachtwoord beveiligd werkboek; open het in Excel en bewaar het als .xlsx (zonder wachtwoord)")
        }
        let text = head.allSatisfy { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        if text {
            throw ReadError(fileName: fileName, message: "geen XLSX-bestand: de inhoud is gewone tekst (een CSV-bestand met de extensie .xlsx?); geef het de juiste extensie of bewaar het in Excel als .xlsx")
        }
        throw ReadError(fileName: fileName, message: XLSXMessages.corrupt("het is geen zip-archief"))
    }
}

/// Reads the parts of one workbook package, keeping count of the bytes extracted.
private struct PackageReader {
    let zip: ZipDirectory
    let fileName: String
    let limits: XLSXLimits
    var remainingBytes: Int
    var warnings: [ReadWarning] = []

    init(zip: ZipDirectory, fileName: String, limits: XLSXLimits) {
        self.zip = zip
        self.fileName = fileName
        self.limits = limits
        self.remainingBytes = limits.maxUncompressedBytes
    }

    private func corrupt(_ detail: String) -> ReadError {
        ReadError(fileName: fileName, message: XLSXMessages.corrupt(detail))
    }

    private mutating func part(_ name: String) throws(ReadError) -> [UInt8]? {
        guard let entry = zip.entry(name) else { return nil }
        return try zip.extract(entry, limits: limits, remainingTotal: &remainingBytes)
    }

    private func parse<T>(_ name: String, _ body: () throws(XMLScanner.Failure) -> T) throws(ReadError) -> T {
        do {
            return try body()
        } catch {
            if error.isRefusal { throw ReadError(fileName: fileName, message: error.message) }
            throw corrupt("fout in \(name): \(error.message)")
        }
    }

    mutating func readWorkbook() throws(ReadError) -> (sheets: [Sheet], warnings: [ReadWarning]) {
        // The package relationships name the workbook part; xl/workbook.xml is the usual place.
        var workbookPart = "xl/workbook.xml"
        if let bytes = try part("_rels/.rels") {
            let rels = try parse("_rels/.rels") { () throws(XMLScanner.Failure) in
                try XLSXParts.relationships(bytes, sourcePart: "")
            }
            if let office = rels.first(where: { $0.type.hasSuffix("/officeDocument") }), let target = office.target {
                workbookPart = target
            }
        }
        guard let workbookBytes = try part(workbookPart) else { throw missingWorkbook() }
        let workbook = try parse(workbookPart) { () throws(XMLScanner.Failure) in try XLSXParts.workbook(workbookBytes) }

        let relsPart = Self.relationshipsPart(of: workbookPart)
        guard let relsBytes = try part(relsPart) else { throw corrupt("\(relsPart) ontbreekt") }
        let rels = try parse(relsPart) { () throws(XMLScanner.Failure) in
            try XLSXParts.relationships(relsBytes, sourcePart: workbookPart)
        }
        func target(ofType suffix: String, default fallback: String) -> String {
            rels.first(where: { $0.type.hasSuffix(suffix) })?.target ?? fallback
        }
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let prefix = folder.isEmpty ? "" : folder + "/"

        var dateStyles: [Bool] = []
        let stylesPart = target(ofType: "/styles", default: prefix + "styles.xml")
        if let bytes = try part(stylesPart) {
            dateStyles = try parse(stylesPart) { () throws(XMLScanner.Failure) in try XLSXParts.dateStyles(bytes) }
        }
        var sharedStrings: [String] = []
        let stringsPart = target(ofType: "/sharedStrings", default: prefix + "sharedStrings.xml")
        if let bytes = try part(stringsPart) {
            let max = limits.maxCells
            sharedStrings = try parse(stringsPart) { () throws(XMLScanner.Failure) in
                try XLSXParts.sharedStrings(bytes, maxCount: max)
            }
        }

        var sheets: [Sheet] = []
        var cellCount = 0
        for sheet in workbook.sheets {
            guard let rel = rels.first(where: { $0.id == sheet.relationshipID }) else {
                throw corrupt("blad \(quoted(sheet.name)) verwijst naar \(sheet.relationshipID), dat niet bestaat")
            }
            guard rel.type.hasSuffix("/worksheet") else {
                warnings.append(ReadWarning(fileName: fileName,
                                            message: "blad \(quoted(sheet.name)) is geen werkblad (grafiek of dialoog) en wordt overgeslagen"))
                continue
            }
            guard let target = rel.target, let bytes = try part(target) else {
                throw corrupt("het onderdeel van blad \(quoted(sheet.name)) (\(rel.target ?? "extern")) ontbreekt")
            }
            let reader = XLSXWorksheet(fileName: fileName, sheetName: sheet.name, partName: target,
                                       sharedStrings: sharedStrings, dateStyles: dateStyles,
                                       date1904: workbook.date1904, maxCells: limits.maxCells)
            sheets.append(try reader.read(bytes, cellCount: &cellCount, warnings: &warnings))
        }
        return (sheets, warnings)
    }

    /// "xl/workbook.xml" → "xl/_rels/workbook.xml.rels".
    static func relationshipsPart(of part: String) -> String {
        var components = part.split(separator: "/").map(String.init)
        let last = components.removeLast()
        return (components + ["_rels", last + ".rels"]).joined(separator: "/")
    }

    private func missingWorkbook() -> ReadError {
        if zip.entry("mimetype") != nil, zip.entry("content.xml") != nil {
            return ReadError(fileName: fileName, message: "geen XLSX-bestand: dit is een OpenDocument-bestand (.ods); bewaar het als .xlsx")
        }
        if zip.entry("word/document.xml") != nil {
            return ReadError(fileName: fileName, message: "geen XLSX-bestand: dit is een Word-document")
        }
        return corrupt("er is geen werkboek in het zip-archief (xl/workbook.xml ontbreekt)")
    }
}
