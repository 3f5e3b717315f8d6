import Foundation
import Testing
import SamenlevenReaders

private func csv(_ text: String, _ name: String = "toekenningen.csv") throws -> (sheet: Sheet, warnings: [ReadWarning]) {
    try CSVReader.read(data: Data(text.utf8), fileName: name)
}

private func csvError(_ bytes: [UInt8], _ name: String = "t.csv") -> ReadError? {
    do {
        _ = try CSVReader.read(data: Data(bytes), fileName: name)
        return nil
    } catch {
        return error
    }
}

private func texts(_ row: SheetRow) -> [String?] {
    row.cells.map { cell in
        switch cell {
        case .empty: return nil
        case .text(let s): return s
        default: return "<\(cell)>"
        }
    }
}

@Suite("CSVReader")
struct CSVReaderTests {
    @Test func semicolonDelimiterAndRowNumbers() throws {
        let (sheet, warnings) = try csv("projectjaar;bestuur;subsidie\n1;Gent;30.000,00\n2;Aalst;\n")
        #expect(warnings.isEmpty)
        #expect(sheet.fileName == "toekenningen.csv")
        #expect(sheet.name == "toekenningen")
        #expect(sheet.header == ["projectjaar", "bestuur", "subsidie"])
        #expect(sheet.headerRowNumber == 1)
        #expect(sheet.rows.map(\.number) == [2, 3])
        #expect(texts(sheet.rows[0]) == ["1", "Gent", "30.000,00"])
        #expect(sheet.rows[1].cells == [.text("2"), .text("Aalst"), .empty])
    }

    @Test func commaAndTabDelimiters() throws {
        let comma = try csv("a,b,c\n1,\"2,5\",3\n").sheet
        #expect(comma.header == ["a", "b", "c"])
        #expect(texts(comma.rows[0]) == ["1", "2,5", "3"])
        let tab = try csv("a\tb;x\tc\n1\t2;y\t3\n").sheet
        #expect(tab.header == ["a", "b;x", "c"])
        #expect(texts(tab.rows[0]) == ["1", "2;y", "3"])
    }

    @Test func delimiterIsCountedOutsideQuotesOnly() throws {
        // Three commas inside quotes, two semicolons outside: semicolon wins.
        let sheet = try csv("\"a,b,c,d\";e;f\n1;2;3\n").sheet
        #expect(sheet.header == ["a,b,c,d", "e", "f"])
    }

    @Test func noDelimiterMeansOneColumn() throws {
        let sheet = try csv("bestuur\nGent\nSint-Gillis-Waas\n").sheet
        #expect(sheet.header == ["bestuur"])
        #expect(sheet.rows.map(texts) == [["Gent"], ["Sint-Gillis-Waas"]])
    }

    @Test func quotedFieldsWithQuotesDelimitersAndLineBreaks() throws {
        let text = "a;b;c\n1;\"zeg \"\"hallo\"\"; of niet\";x\n2;\"twee\nregels\";y\n3;\"crlf\r\nbinnen\";z\n4;\"\";w\n"
        let sheet = try csv(text).sheet
        #expect(sheet.rows.map(\.number) == [2, 3, 4, 5])
        #expect(texts(sheet.rows[0]) == ["1", "zeg \"hallo\"; of niet", "x"])
        #expect(texts(sheet.rows[1]) == ["2", "twee\nregels", "y"])
        #expect(texts(sheet.rows[2]) == ["3", "crlf\nbinnen", "z"])
        #expect(sheet.rows[3].cells == [.text("4"), .empty, .text("w")])
    }

    @Test func recordSpanningLinesIsOneRow() throws {
        let sheet = try csv("a,b\n\"x\ny\nz\",1\nlast,2\n").sheet
        #expect(sheet.rows.map(\.number) == [2, 3])
        #expect(texts(sheet.rows[1]) == ["last", "2"])
    }

    @Test func crlfAndLoneCR() throws {
        let crlf = try csv("a;b\r\n1;2\r\n3;4\r\n").sheet
        #expect(crlf.rows.map(texts) == [["1", "2"], ["3", "4"]])
        #expect(crlf.rows.map(\.number) == [2, 3])
        let cr = try csv("a;b\r1;2\r").sheet
        #expect(cr.rows.map(texts) == [["1", "2"]])
    }

    @Test func utf8BOMIsStripped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("bestuur;bedrag\nLiège;5\n".utf8)
        let (sheet, warnings) = try CSVReader.read(data: Data(bytes), fileName: "sio.csv")
        #expect(warnings.isEmpty)
        #expect(sheet.header == ["bestuur", "bedrag"])
        #expect(texts(sheet.rows[0]) == ["Liège", "5"])
    }

    @Test func windows1252FallbackWithWarning() throws {
        // "Café;€ 5’" in Windows-1252: é = E9, € = 80, ’ = 92.
        let bytes: [UInt8] = Array("naam;bedrag\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x3B, 0x80, 0x20, 0x35, 0x92, 0x0A]
        let (sheet, warnings) = try CSVReader.read(data: Data(bytes), fileName: "sio.csv")
        #expect(texts(sheet.rows[0]) == ["Café", "€ 5’"])
        #expect(warnings.count == 1)
        #expect(warnings[0].description == "sio.csv: geen geldige UTF-8; gelezen als Windows-1252 — controleer de tekens (bv. é, ë)")
    }

    @Test func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "a\tb\r\né\t2\r\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (sheet, warnings) = try CSVReader.read(data: Data(bytes), fileName: "u.csv")
        #expect(warnings.isEmpty)
        #expect(sheet.header == ["a", "b"])
        #expect(texts(sheet.rows[0]) == ["é", "2"])
    }

    @Test func emptyFiles() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array(" \n\r\n\t\n".utf8), Array(";;\n;;\n".utf8)] {
            let error = csvError(bytes, "leeg.csv")
            #expect(error?.description == "leeg.csv: het bestand is leeg")
        }
    }

    @Test func headerOnlyGivesNoRows() throws {
        let sheet = try csv("a;b;c\n").sheet
        #expect(sheet.header == ["a", "b", "c"])
        #expect(sheet.rows.isEmpty)
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let sheet = try csv("\n\na;b\n1;2\n\n;\n  ;  \n3;4\n\n\n").sheet
        #expect(sheet.headerRowNumber == 3)
        #expect(sheet.rows.map(\.number) == [4, 8])
    }

    @Test func shortRowsArePaddedLongRowsKeepExtraCells() throws {
        let sheet = try csv("a;b;c\n1\n1;2;3;4\n1;2;3;;\na;b;c;\n").sheet
        #expect(sheet.rows[0].cells == [.text("1"), .empty, .empty])
        #expect(texts(sheet.rows[1]) == ["1", "2", "3", "4"])
        #expect(sheet.rows[2].cells.count == 3)  // trailing empty fields beyond the header are dropped
        #expect(sheet.header == ["a", "b", "c"])
    }

    @Test func trailingDelimiterInHeaderIsDropped() throws {
        let sheet = try csv("a;b;\n1;2;\n").sheet
        #expect(sheet.header == ["a", "b"])
        #expect(sheet.rows[0].cells == [.text("1"), .text("2")])
    }

    @Test func quoteInsideUnquotedFieldIsKept() throws {
        let sheet = try csv("a;b\nab\"c;5 \"x\" y\n").sheet
        #expect(texts(sheet.rows[0]) == ["ab\"c", "5 \"x\" y"])
    }

    @Test func spacesAfterClosingQuoteAreAllowed() throws {
        let sheet = try csv("a;b\n\"x\"  ;\"y\" \n").sheet
        #expect(texts(sheet.rows[0]) == ["x", "y"])
    }

    @Test func textAfterClosingQuoteIsAnError() {
        let error = csvError(Array("a;b;c\n1;2;3\n4;\"abc\"def;6\n".utf8), "aanvragen.csv")
        #expect(error?.row == 3)
        #expect(error?.column == "B")
        #expect(error?.description.hasPrefix("aanvragen.csv:3:B: tekst na het afsluitende aanhalingsteken") == true)
    }

    @Test func unterminatedQuoteNamesTheStartRow() {
        let error = csvError(Array("a;b;c\n1;2;3\n4;5;\"begin\nnog\nmeer\n".utf8), "aanvragen.csv")
        #expect(error?.row == 3)
        #expect(error?.column == "C")
        #expect(error?.message.hasPrefix("aanhalingsteken niet afgesloten") == true)
    }

    @Test func workbookGivenAsCSVIsRefused() {
        let zip = csvError([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "x.csv")
        #expect(zip?.message.contains("zip-archief") == true)
        let xls = csvError([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "x.csv")
        #expect(xls?.message.contains(".xls") == true)
    }

    @Test func errorDescriptions() {
        #expect(ReadError(fileName: "f.csv", row: 3, column: "C", message: "m").description == "f.csv:3:C: m")
        #expect(ReadError(fileName: "f.csv", row: 3, message: "m").description == "f.csv:3: m")
        #expect(ReadError(fileName: "f.csv", message: "m").description == "f.csv: m")
        #expect(ReadWarning(fileName: "f.csv", row: 2, message: "m").description == "f.csv:2: m")
    }

    @Test func valuesByColumnName() throws {
        let sheet = try csv(" Naam ,Code,naam\n a ,1\n,,x,overbodig\n").sheet
        #expect(sheet.values(of: sheet.rows[0]) == [" Naam ": " a ", "Code": "1", "naam": ""])
        let lower = { (s: String) in s.trimmingCharacters(in: .whitespaces).lowercased() }
        let trim = { (s: String) in s.trimmingCharacters(in: .whitespaces) }
        // The later of two columns with the same key wins; cells beyond the header are left out.
        #expect(sheet.values(of: sheet.rows[0], name: lower, text: trim) == ["naam": "", "code": "1"])
        #expect(sheet.values(of: sheet.rows[1], name: lower) == ["naam": "x", "code": ""])
    }

    @Test func columnLetters() {
        #expect(Sheet.columnLetters(0) == "A")
        #expect(Sheet.columnLetters(25) == "Z")
        #expect(Sheet.columnLetters(26) == "AA")
        #expect(Sheet.columnLetters(701) == "ZZ")
        #expect(Sheet.columnLetters(702) == "AAA")
        #expect(Sheet.columnLetters(16383) == "XFD")
    }

    @Test func bigFileParsesQuickly() throws {
        var text = "projectjaar;bestuur;actie;kpi_huidig_bereik;kpi_vooropgesteld;subsidie;toelichting\n"
        for i in 0..<20_000 {
            text += "\(i % 3 + 1);Sint-Gillis-Waas;\(i % 24 + 1);\(i);\(i * 2);\"30.000,\(i % 100)\";opmerking \(i)\n"
        }
        let start = ContinuousClock.now
        let sheet = try csv(text).sheet
        let elapsed = ContinuousClock.now - start
        #expect(sheet.rows.count == 20_000)
        #expect(sheet.rows.last?.number == 20_001)
        #expect(sheet.rows.last?.cells[5] == .text("30.000,99"))
        #expect(elapsed < .seconds(5))  // debug build; release is far faster
    }
}
