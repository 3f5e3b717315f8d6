/// Reads the cells of one worksheet part (`xl/worksheets/sheetN.xml`).
struct XLSXWorksheet {
    let fileName: String
    let sheetName: String
    let partName: String
    let sharedStrings: [String]
    let dateStyles: [Bool]
    let date1904: Bool
    let maxCells: Int

    /// Highest row and column numbers of a sheet.
    static let maxRow = 1_048_576
    static let maxColumn = 16_384

    private enum CellType {
        case number, shared, formulaString, inline, boolean, error, isoDate
    }

    private enum Capture {
        case none, value, inlineText
    }

    /// Reads the sheet; `cellCount` is the number of cells kept so far in the workbook and is
    /// checked against `maxCells` after every row.
    func read(_ bytes: [UInt8], cellCount: inout Int, warnings: inout [ReadWarning]) throws(ReadError) -> Sheet {
        var total = cellCount
        let result = try XMLScanner.scan(bytes) { (x) throws(ReadError) -> Sheet in
            try read(&x, cellCount: &total, warnings: &warnings)
        }
        cellCount = total
        return result
    }

    private func corrupt(_ message: String) -> ReadError {
        ReadError(fileName: fileName, message: XLSXMessages.corrupt("fout in \(partName) (blad \(quoted(sheetName))): \(message)"))
    }

    private func cellError(_ row: Int, _ column: Int, _ message: String) -> ReadError {
        ReadError(fileName: fileName, row: row, column: Sheet.columnLetters(column),
                  message: "blad \(quoted(sheetName)): \(message)")
    }

    private func read(_ x: inout XMLScanner, cellCount: inout Int, warnings: inout [ReadWarning]) throws(ReadError) -> Sheet {
        var assembler = SheetAssembler(fileName: fileName, name: sheetName)
        var inSheetData = false
        var rowNumber = 0
        var cells: [CellValue] = []
        var widest = 8
        var column = -1
        // The cell being read.
        var type = CellType.number
        var style = 0
        var hasFormula = false
        var value: String? = nil
        var inlineText: String? = nil
        var capture = Capture.none
        var inInline = false
        var phoneticDepth = 0
        // Formulas without a cached value: count and first cell.
        var missingFormulaValues = 0
        var firstMissing: (row: Int, column: Int)? = nil

        func next(_ x: inout XMLScanner) throws(ReadError) -> XMLScanner.Event {
            do {
                return try x.next()
            } catch {
                throw corrupt(error.message)
            }
        }

        while true {
            switch try next(&x) {
            case .eof:
                if missingFormulaValues > 0, let first = firstMissing {
                    warnings.append(ReadWarning(
                        fileName: fileName, row: first.row,
                        message: "blad \(quoted(sheetName)): \(missingFormulaValues) formule(s) zonder berekende waarde (eerste in cel \(Sheet.columnLetters(first.column))\(first.row)); die cellen worden als leeg gelezen — open het bestand in Excel en sla het opnieuw op"))
                }
                return assembler.sheet

            case .start:
                guard inSheetData else {
                    if x.nameIs("sheetData") { inSheetData = true }
                    continue
                }
                if x.nameIs("c") {
                    let previous = column
                    if let r = x.attributeBytes("r") {
                        guard let (c, cellRow) = Self.reference(r) else {
                            throw corrupt("ongeldige celverwijzing \(String(decoding: r, as: UTF8.self)) in rij \(rowNumber)")
                        }
                        column = c
                        // A cell must sit in its row and after the cells before it: anything
                        // else would silently overwrite another cell.
                        if let cellRow, cellRow != rowNumber {
                            throw cellError(rowNumber, column, "de cel \(String(decoding: r, as: UTF8.self)) staat in rij \(rowNumber) van het bestand; een cel hoort in haar eigen rij (beschadigd of met de hand gemaakt werkboek)")
                        }
                    } else {
                        column += 1
                    }
                    if column == previous {
                        throw cellError(rowNumber, column, "de cel \(Sheet.columnLetters(column))\(rowNumber) komt twee keer voor; welke waarde geldt is niet te zeggen (beschadigd of met de hand gemaakt werkboek)")
                    }
                    if column < previous {
                        throw cellError(rowNumber, column, "de cel \(Sheet.columnLetters(column))\(rowNumber) staat na de cel \(Sheet.columnLetters(previous))\(rowNumber); de cellen van een rij moeten oplopen (beschadigd of met de hand gemaakt werkboek)")
                    }
                    guard column < Self.maxColumn else { throw corrupt("cel buiten kolom XFD in rij \(rowNumber)") }
                    type = .number
                    if let t = x.attributeBytes("t") { type = try cellType(t, row: rowNumber, column: column) }
                    style = x.attributeBytes("s").flatMap(Self.integer) ?? 0
                    hasFormula = false
                    value = nil
                    inlineText = nil
                    inInline = false
                    phoneticDepth = 0
                } else if x.nameIs("v") {
                    capture = .value
                    value = value ?? ""
                } else if x.nameIs("f") {
                    hasFormula = true
                } else if x.nameIs("is") {
                    inInline = true
                    inlineText = inlineText ?? ""
                } else if inInline, x.nameIs("rPh") {
                    phoneticDepth += 1
                } else if inInline, phoneticDepth == 0, x.nameIs("t") {
                    capture = .inlineText
                } else if x.nameIs("row") {
                    if let r = x.attributeBytes("r") {
                        guard let n = Self.integer(r), n >= 1, n <= Self.maxRow else {
                            throw corrupt("ongeldig rijnummer \(String(decoding: r, as: UTF8.self))")
                        }
                        guard n > rowNumber else {
                            throw corrupt("rij \(n) staat na rij \(rowNumber); rijen moeten oplopen")
                        }
                        rowNumber = n
                    } else {
                        rowNumber += 1
                        guard rowNumber <= Self.maxRow else { throw corrupt("meer dan \(dutchNumber(Self.maxRow)) rijen") }
                    }
                    cells = []
                    cells.reserveCapacity(widest)
                    column = -1
                }

            case .text:
                switch capture {
                case .none: break
                case .value:
                    let piece = try text(x)
                    value = value.map { $0.isEmpty ? piece : $0 + piece } ?? piece
                case .inlineText:
                    let piece = try text(x)
                    inlineText = inlineText.map { $0.isEmpty ? piece : $0 + piece } ?? piece
                }

            case .end:
                guard inSheetData else { continue }
                if x.nameIs("v") || x.nameIs("t") {
                    capture = .none
                } else if x.nameIs("rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if x.nameIs("is") {
                    inInline = false
                } else if x.nameIs("c") {
                    let cell = try cellValue(type: type, style: style, value: value, inlineText: inlineText,
                                             row: rowNumber, column: column)
                    if cell == .empty, hasFormula, type != .inline {
                        missingFormulaValues += 1
                        if firstMissing == nil { firstMissing = (rowNumber, column) }
                    }
                    if cell != .empty {
                        if column < cells.count {
                            cells[column] = cell
                        } else {
                            if column > cells.count {
                                cells.append(contentsOf: repeatElement(CellValue.empty, count: column - cells.count))
                            }
                            cells.append(cell)
                        }
                    }
                } else if x.nameIs("row") {
                    widest = max(widest, cells.count)
                    let kept = assembler.add(number: rowNumber, cells: cells)
                    cellCount += kept
                    if cellCount > maxCells {
                        throw ReadError(fileName: fileName, message: XLSXMessages.tooManyCells(maxCells))
                    }
                } else if x.nameIs("sheetData") {
                    inSheetData = false
                }

            }
        }
    }

    private func text(_ x: XMLScanner) throws(ReadError) -> String {
        do {
            return try x.text()
        } catch {
            throw corrupt(error.message)
        }
    }

    private func cellType(_ t: UnsafeBufferPointer<UInt8>, row: Int, column: Int) throws(ReadError) -> CellType {
        switch String(decoding: t, as: UTF8.self) {
        case "n": return .number
        case "s": return .shared
        case "str": return .formulaString
        case "inlineStr": return .inline
        case "b": return .boolean
        case "e": return .error
        case "d": return .isoDate
        case let other: throw cellError(row, column, "onbekend celtype \(quoted(other))")
        }
    }

    private func cellValue(type: CellType, style: Int, value: String?, inlineText: String?,
                           row: Int, column: Int) throws(ReadError) -> CellValue {
        switch type {
        case .inline:
            let s = XLSXParts.unescapeOOXML(inlineText ?? value ?? "")
            return s.isEmpty ? .empty : .text(s)
        case .formulaString:
            guard let v = value, !v.isEmpty else { return .empty }
            return .text(XLSXParts.unescapeOOXML(v))
        case .shared:
            guard let v = value else { return .empty }
            guard let index = Int(v.trimmingWhitespace()), index >= 0, index < sharedStrings.count else {
                throw cellError(row, column, "verwijzing naar een gedeelde tekst die niet bestaat (\(v))")
            }
            let s = sharedStrings[index]
            return s.isEmpty ? .empty : .text(s)
        case .boolean:
            guard let v = value?.trimmingWhitespace(), !v.isEmpty else { return .empty }
            switch v {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw cellError(row, column, "ongeldige logische waarde \(quoted(v))")
            }
        case .error:
            guard let v = value?.trimmingWhitespace(), !v.isEmpty else { return .empty }
            return .error(v)
        case .isoDate:
            guard let v = value?.trimmingWhitespace(), !v.isEmpty else { return .empty }
            return XLSXDates.date(fromISO: v) ?? .text(v)
        case .number:
            guard let raw = value else { return .empty }
            let v = Self.isPlainNumber(raw) ? raw : raw.trimmingWhitespace()
            if v.isEmpty { return .empty }
            guard Self.isPlainNumber(v) else { throw cellError(row, column, "ongeldig getal \(quoted(v))") }
            if style > 0, style < dateStyles.count, dateStyles[style],
               let date = XLSXDates.date(fromSerial: v, date1904: date1904) {
                return date
            }
            return .number(v)
        }
    }

    /// `[+-]digits[.digits][E[+-]digits]` (also `.5` and `5.`), the lexical form of `<v>` numbers.
    static func isPlainNumber(_ s: String) -> Bool {
        var it = s.utf8.makeIterator()
        var c = it.next()
        func isDigit(_ c: UInt8?) -> Bool { c.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { c = it.next() }
        var digits = 0
        while isDigit(c) { digits += 1; c = it.next() }
        if c == UInt8(ascii: ".") {
            c = it.next()
            while isDigit(c) { digits += 1; c = it.next() }
        }
        guard digits > 0 else { return false }
        if c == UInt8(ascii: "E") || c == UInt8(ascii: "e") {
            c = it.next()
            if c == UInt8(ascii: "-") || c == UInt8(ascii: "+") { c = it.next() }
            guard isDigit(c) else { return false }
            while isDigit(c) { c = it.next() }
        }
        return c == nil
    }

    /// Zero-based column and row number of a cell reference such as "B3" or "$AA$10"; nil when
    /// malformed. The row is nil when it is out of range of a sheet.
    static func reference(_ r: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int?)? {
        guard let column = columnIndex(r) else { return nil }
        guard let digitsStart = r.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return (column, integer(UnsafeBufferPointer(rebasing: r[digitsStart...])))
    }

    /// Zero-based column of a cell reference such as "B3" or "$AA$10"; nil when malformed.
    static func columnIndex(_ r: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        var i = 0
        if i < r.count, r[i] == UInt8(ascii: "$") { i += 1 }
        while i < r.count {
            var c = r[i]
            if c >= 0x61, c <= 0x7A { c -= 0x20 }
            guard c >= 0x41, c <= 0x5A else { break }
            column = column * 26 + Int(c - 0x40)
            letters += 1
            guard letters <= 3 else { return nil }
            i += 1
        }
        guard letters > 0 else { return nil }
        if i < r.count, r[i] == UInt8(ascii: "$") { i += 1 }
        var digits = 0
        while i < r.count, r[i] >= 0x30, r[i] <= 0x39 { i += 1; digits += 1 }
        guard digits > 0, i == r.count else { return nil }
        return column - 1
    }

    static func integer(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var v = 0
        for c in b {
            guard c >= 0x30, c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }
}

/// A name between Dutch quotes for messages: ‘Blad1’.
func quoted(_ s: String) -> String { "‘\(s)’" }
