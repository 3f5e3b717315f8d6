import Foundation

/// Reads a CSV file into a `Sheet` of `.text`/`.empty` cells.
///
/// Dialect: the delimiter (`,` `;` or tab) is the one that occurs most often outside quotes in the
/// header line (ties: `;` before `,` before tab; none: one column). Fields may be quoted with `"`
/// and then contain delimiters, doubled quotes and line breaks; a record spanning several lines is
/// one spreadsheet row. Line ends LF, CRLF or CR. UTF-8 with or without BOM, UTF-16 with BOM;
/// anything else is read as Windows-1252 with a warning.
///
/// Leniency: a quote inside an unquoted field (`ab"c`) is kept literally, and spaces between a
/// closing quote and the delimiter are ignored. Other text after a closing quote (`"abc"def`) and a
/// quote that is never closed are errors naming the row where the field started and its column.
public enum CSVReader {
    public static func read(url: URL, fileName: String? = nil) throws(ReadError) -> (sheet: Sheet, warnings: [ReadWarning]) {
        let name = fileName ?? url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw ReadError(fileName: name, message: "het bestand kan niet gelezen worden (\(Systeemfout.melding(van: error)))")
        }
        return try read(data: data, fileName: name)
    }

    public static func read(data: Data, fileName: String) throws(ReadError) -> (sheet: Sheet, warnings: [ReadWarning]) {
        let decoded = try withBytes(of: data) { (bytes) throws(ReadError) in
            try refuseBinary(bytes, fileName: fileName)
            return TextDecoding.utf8Bytes(bytes)
        }
        var warnings: [ReadWarning] = []
        if decoded.encoding == .windows1252 {
            warnings.append(ReadWarning(
                fileName: fileName,
                message: "geen geldige UTF-8; gelezen als Windows-1252 — controleer de tekens (bv. é, ë)"))
        }
        let sheet = try decoded.bytes.withUnsafeBufferPointer { (buf) throws(ReadError) -> Sheet in
            try parse(buf, fileName: fileName, invalidBytes: decoded.invalid)
        }
        return (sheet, warnings)
    }

    // MARK: - Parsing

    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let comma = UInt8(ascii: ",")
    private static let semicolon = UInt8(ascii: ";")

    private static func isBlankByte(_ c: UInt8) -> Bool {
        c == space || c == tab || c == cr || c == lf
    }

    /// `invalidBytes`: sorted offsets of bytes that are not UTF-8; each field holding some is
    /// reported as a problem of its row and column.
    static func parse(_ buf: UnsafeBufferPointer<UInt8>, fileName: String, invalidBytes: [Int] = []) throws(ReadError) -> Sheet {
        let n = buf.count
        // Excel writes (and reads) a first line `sep=;` naming the delimiter; it is no row.
        let sep = try separatorLine(buf, fileName: fileName)
        let begin = sep?.end ?? 0
        guard let firstContent = buf[begin...].firstIndex(where: { !isBlankByte($0) }) else {
            throw ReadError(fileName: fileName, message: "het bestand is leeg")
        }

        // The header line is the line holding the first non-blank byte.
        var headerStart = firstContent
        while headerStart > begin, buf[headerStart - 1] != lf, buf[headerStart - 1] != cr { headerStart -= 1 }
        let delimiter = sep.map { Optional($0.delimiter) } ?? detectDelimiter(buf, from: headerStart)
        let hasDelimiter = delimiter != nil
        let delim = delimiter ?? 0

        var assembler = SheetAssembler(fileName: fileName, name: baseName(fileName))
        var expectedWidth = 8
        var headerFields = 0
        var pos = begin
        var row = 0
        var nextInvalid = 0
        while pos < n {
            row += 1
            var cells: [CellValue] = []
            cells.reserveCapacity(expectedWidth)
            var undecodable: [(column: Int, first: UInt8, count: Int)] = []
            /// Notes the bytes that are not UTF-8 in the field `start..<end` (column `cells.count`).
            func checkBytes(_ start: Int, _ end: Int) {
                var first: UInt8 = 0, count = 0
                while nextInvalid < invalidBytes.count, invalidBytes[nextInvalid] < end {
                    if invalidBytes[nextInvalid] >= start {
                        if count == 0 { first = buf[invalidBytes[nextInvalid]] }
                        count += 1
                    }
                    nextInvalid += 1
                }
                if count > 0 { undecodable.append((cells.count, first, count)) }
            }
            while true {
                if pos < n && buf[pos] == quote {
                    pos += 1
                    let contentStart = pos
                    var doubled = false
                    var hasCR = false
                    var closed = false
                    while pos < n {
                        let c = buf[pos]
                        if c == quote {
                            if pos + 1 < n && buf[pos + 1] == quote {
                                doubled = true
                                pos += 2
                                continue
                            }
                            closed = true
                            break
                        }
                        if c == cr { hasCR = true }
                        pos += 1
                    }
                    guard closed else {
                        throw ReadError(
                            fileName: fileName, row: row, column: Sheet.columnLetters(cells.count),
                            message: "aanhalingsteken niet afgesloten: het veld dat hier begint loopt door tot het einde van het bestand")
                    }
                    let contentEnd = pos
                    if nextInvalid < invalidBytes.count { checkBytes(contentStart, contentEnd) }
                    pos += 1
                    while pos < n && (buf[pos] == space || (buf[pos] == tab && delim != tab)) { pos += 1 }
                    if pos < n && buf[pos] != lf && buf[pos] != cr && !(hasDelimiter && buf[pos] == delim) {
                        throw ReadError(
                            fileName: fileName, row: row, column: Sheet.columnLetters(cells.count),
                            message: "tekst na het afsluitende aanhalingsteken; een aanhalingsteken binnen een veld tussen aanhalingstekens moet verdubbeld worden (\"\")")
                    }
                    if contentEnd == contentStart {
                        cells.append(.empty)
                    } else {
                        cells.append(.text(quotedText(buf, contentStart, contentEnd, doubled: doubled, hasCR: hasCR)))
                    }
                } else {
                    let start = pos
                    if hasDelimiter {
                        while pos < n {
                            let c = buf[pos]
                            if c == delim || c == lf || c == cr { break }
                            pos += 1
                        }
                    } else {
                        while pos < n {
                            let c = buf[pos]
                            if c == lf || c == cr { break }
                            pos += 1
                        }
                    }
                    if nextInvalid < invalidBytes.count { checkBytes(start, pos) }
                    if pos == start {
                        cells.append(.empty)
                    } else {
                        cells.append(.text(String(decoding: UnsafeBufferPointer(rebasing: buf[start..<pos]), as: UTF8.self)))
                    }
                }
                // At a delimiter, a line end or the end of the file.
                if pos < n && hasDelimiter && buf[pos] == delim {
                    pos += 1
                    continue
                }
                if pos < n && buf[pos] == cr {
                    pos += 1
                    if pos < n && buf[pos] == lf { pos += 1 }
                } else if pos < n && buf[pos] == lf {
                    pos += 1
                }
                break
            }
            expectedWidth = max(expectedWidth, cells.count)
            let isHeader = assembler.headerRowNumber == 0
            let fields = cells.count
            guard assembler.add(number: row, cells: cells) > 0 else { continue }
            for field in undecodable {
                let bytes = field.count == 1
                    ? "de byte 0x\(hex(field.first)) is"
                    : "\(field.count) bytes (de eerste 0x\(hex(field.first))) zijn"
                assembler.problems.append(SheetProblem(row: row, column: field.column,
                    message: "\(bytes) geen geldige UTF-8, terwijl de rest van het bestand UTF-8 is; verbeter het teken of bewaar het bestand opnieuw als CSV UTF-8"))
            }
            if isHeader {
                headerFields = fields
            } else if fields != headerFields {
                let column = min(fields, headerFields)
                let message = fields > headerFields
                    ? "de rij heeft \(fields) velden, de kopregel \(headerFields); staat er een scheidingsteken (\(delimiterName(delim))) in een waarde zonder aanhalingstekens, bv. een bedrag als 30.000,50? Zet zo'n waarde tussen aanhalingstekens"
                    : "de rij heeft \(fields) \(fields == 1 ? "veld" : "velden"), de kopregel \(headerFields); elke rij heeft evenveel velden als de kopregel"
                assembler.problems.append(SheetProblem(row: row, column: column, message: message))
            }
        }
        if assembler.headerRowNumber == 0 {
            throw ReadError(fileName: fileName, message: "het bestand is leeg")
        }
        return assembler.sheet
    }

    /// A first line `sep=X` (Excel's hint for the delimiter): the delimiter and where the next
    /// line starts. Nil when the first line is something else.
    static func separatorLine(_ buf: UnsafeBufferPointer<UInt8>, fileName: String) throws(ReadError) -> (delimiter: UInt8, end: Int)? {
        guard buf.count >= 4 else { return nil }
        let prefix = (0..<4).map { buf[$0] | ($0 < 3 ? 0x20 : 0) }
        guard prefix == Array("sep=".utf8) else { return nil }
        var end = 4
        while end < buf.count, buf[end] != lf, buf[end] != cr { end += 1 }
        let value = Array(buf[4..<end])
        let lineEnd = end < buf.count && buf[end] == cr && end + 1 < buf.count && buf[end + 1] == lf ? end + 2 : min(end + 1, buf.count)
        guard value.count == 1, [comma, semicolon, tab].contains(value[0]) else {
            throw ReadError(fileName: fileName, row: 1, column: "A",
                            message: "de eerste regel \(quoted(String(decoding: buf[0..<end], as: UTF8.self))) noemt een scheidingsteken dat niet ondersteund wordt; gebruik sep=, sep=; of sep= gevolgd door een tab")
        }
        return (value[0], lineEnd)
    }

    private static func delimiterName(_ d: UInt8) -> String {
        d == tab ? "tab" : String(UnicodeScalar(d))
    }

    private static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 0xF)]])
    }

    /// The text of a quoted field: doubled quotes undone, CRLF inside the field turned into LF.
    private static func quotedText(_ buf: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                                   doubled: Bool, hasCR: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: buf[start..<end])
        if !doubled && !hasCR { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let c = slice[i]
            if c == quote && i + 1 < slice.count && slice[i + 1] == quote {
                out.append(quote)
                i += 2
                continue
            }
            if c == cr && i + 1 < slice.count && slice[i + 1] == lf {
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Counts `,` `;` and tab outside quotes in the record that starts at `start`.
    static func detectDelimiter(_ buf: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt8? {
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false
        var atFieldStart = true
        var i = start
        while i < buf.count {
            let c = buf[i]
            if inQuotes {
                if c == quote {
                    if i + 1 < buf.count && buf[i + 1] == quote { i += 2; continue }
                    inQuotes = false
                }
                i += 1
                continue
            }
            if c == lf || c == cr { break }
            if c == quote && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else if c == comma {
                commas += 1; atFieldStart = true
            } else if c == semicolon {
                semicolons += 1; atFieldStart = true
            } else if c == tab {
                tabs += 1; atFieldStart = true
            } else {
                atFieldStart = false
            }
            i += 1
        }
        let best = max(commas, semicolons, tabs)
        if best == 0 { return nil }
        if semicolons == best { return semicolon }
        if commas == best { return comma }
        return tab
    }

    /// A workbook handed to the CSV reader gets a clear message instead of garbage rows.
    private static func refuseBinary(_ buf: UnsafeBufferPointer<UInt8>, fileName: String) throws(ReadError) {
        if buf.count >= 4, buf[0] == 0x50, buf[1] == 0x4B, buf[2] == 0x03, buf[3] == 0x04 {
            throw ReadError(fileName: fileName, message: "geen CSV-bestand: dit is een zip-archief (een XLSX-werkboek?); lees het als .xlsx")
        }
        if buf.count >= 4, buf[0] == 0xD0, buf[1] == 0xCF, buf[2] == 0x11, buf[3] == 0xE0 {
            throw ReadError(fileName: fileName, message: "geen CSV-bestand: dit is een oud Excel-bestand (.xls); sla het op als .xlsx of als CSV")
        }
    }

    /// The file name without directory and extension: "gegevens-2024.csv" → "gegevens-2024".
    static func baseName(_ fileName: String) -> String {
        let last = fileName.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? fileName
        if let dot = last.lastIndex(of: "."), dot != last.startIndex {
            return String(last[..<dot])
        }
        return last
    }
}
