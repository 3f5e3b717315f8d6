import Foundation
import Testing
import ZIPFoundation
@testable import SamenlevenReaders

// The parts behind the public readers, tested one by one: dates, relationships, cell references,
// the XML scanner, the zip directory and UTF-8 validation. Everything else in this target is
// tested through the public API only.

private typealias F = XLSXFixture

@Suite("Zip directory")
struct ZipDirectoryTests {
    @Test func truncatedEntryWithIntactDirectoryEndsInAnError() throws {
        // The directory claims only part of the compressed sheet: the inflater must stop, not hang.
        let data = try mainWorkbook()
        let zip = try ZipDirectory(data: data, fileName: "w.xlsx")
        let entry = try #require(zip.entry("xl/worksheets/sheet1.xml"))
        let patched = F.patchDeclaredSizes(data, path: "xl/worksheets/sheet1.xml", compressed: UInt32(entry.compressedSize / 2))
        let error = xlsxError(patched)
        #expect(error?.message.hasPrefix("geen geldig XLSX-bestand (beschadigd of onvolledig): ") == true, "\(String(describing: error))")
        #expect(error?.message.hasPrefix("geen geldig XLSX-bestand (beschadigd of onvolledig): ") == true)
    }

    @Test func damagedEntryFailsItsChecksum() throws {
        let data = try mainWorkbook()
        let zip = try ZipDirectory(data: data, fileName: "w.xlsx")
        let entry = try #require(zip.entry("xl/sharedStrings.xml"))
        // Flip one byte of the compressed data (30-byte local header + name precede it).
        var bytes = [UInt8](data)
        let offset = Int(entry.localHeaderOffset) + 30 + "xl/sharedStrings.xml".utf8.count + 4
        bytes[offset] ^= 0x55
        let error = xlsxError(Data(bytes))
        #expect(error?.message.hasPrefix("geen geldig XLSX-bestand (beschadigd of onvolledig): ") == true)
    }
}

@Suite("Text decoding")
struct TextDecodingTests {
    @Test func invalidUTF8Detection() {
        func valid(_ b: [UInt8]) -> Bool { b.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) } }
        #expect(valid(Array("Liège, Zürich, ’€ 😀 — ascii ascii ascii".utf8)))
        #expect(!valid([0xC0, 0x80]))            // overlong
        #expect(!valid([0xED, 0xA0, 0x80]))      // surrogate
        #expect(!valid([0xE9, 0x41]))            // Latin-1 é
        #expect(!valid(Array("abcdefghij".utf8) + [0xE2, 0x82]))  // truncated at the end
    }

}

@Suite("XLSX helpers")
struct XLSXHelperTests {
    @Test func serialDates() {
        func d(_ s: String, _ y1904: Bool = false) -> CellValue? { XLSXDates.date(fromSerial: s, date1904: y1904) }
        #expect(d("1") == .date(year: 1900, month: 1, day: 1, secondsOfDay: 0))
        #expect(d("59") == .date(year: 1900, month: 2, day: 28, secondsOfDay: 0))
        #expect(d("60") == .date(year: 1900, month: 2, day: 29, secondsOfDay: 0))
        #expect(d("61") == .date(year: 1900, month: 3, day: 1, secondsOfDay: 0))
        #expect(d("45292.5") == .date(year: 2024, month: 1, day: 1, secondsOfDay: 43_200))
        #expect(d("45657.99999999") == .date(year: 2025, month: 1, day: 1, secondsOfDay: 0))
        #expect(d("2958465") == .date(year: 9999, month: 12, day: 31, secondsOfDay: 0))
        #expect(d("2958466") == nil)
        #expect(d("-1") == nil)
        #expect(d("1462", true) == .date(year: 1908, month: 1, day: 2, secondsOfDay: 0))
        #expect(XLSXDates.date(fromISO: "2024-03-01T13:30:05") == .date(year: 2024, month: 3, day: 1, secondsOfDay: 48_605))
        #expect(XLSXDates.date(fromISO: "2024-03-01") == .date(year: 2024, month: 3, day: 1, secondsOfDay: 0))
        #expect(XLSXDates.date(fromISO: "gisteren") == nil)
    }

    @Test func dateFormatCodes() {
        for code in ["dd/mm/yyyy", "d-mmm-yy", "[$-413]d mmmm yyyy", "hh:mm:ss", "yyyy-mm-dd;@", "[Red]d/m/yy"] {
            #expect(XLSXDates.isDateFormatCode(code), "\(code)")
        }
        for code in ["General", "#,##0.00", "0.00E+00", "@", "[h]:mm:ss", "[mm]:ss", "0.0 \"dagen\"", "[Red]#,##0", "€ #,##0.00", "0\\d"] {
            #expect(!XLSXDates.isDateFormatCode(code), "\(code)")
        }
        #expect(XLSXDates.isBuiltInDateFormat(14))
        #expect(XLSXDates.isBuiltInDateFormat(22))
        #expect(!XLSXDates.isBuiltInDateFormat(4))
        #expect(!XLSXDates.isBuiltInDateFormat(49))
    }

    @Test func relationshipTargets() {
        #expect(XLSXParts.resolve("worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXParts.resolve("/xl/worksheets/sheet1.xml", from: "xl/workbook.xml") == "xl/worksheets/sheet1.xml")
        #expect(XLSXParts.resolve("./worksheets/../worksheets/s.xml", from: "xl/workbook.xml") == "xl/worksheets/s.xml")
        #expect(XLSXParts.resolve("xl/workbook.xml", from: "") == "xl/workbook.xml")
    }

    @Test func ooxmlEscapes() {
        #expect(XLSXParts.unescapeOOXML("a_x000D_b") == "a\rb")
        #expect(XLSXParts.unescapeOOXML("_x005F_x0041_") == "_x0041_")
        #expect(XLSXParts.unescapeOOXML("geen_escape_x") == "geen_escape_x")
    }

    @Test func cellReferences() {
        func col(_ s: String) -> Int? { Array(s.utf8).withUnsafeBufferPointer { XLSXWorksheet.columnIndex($0) } }
        #expect(col("A1") == 0)
        #expect(col("AA10") == 26)
        #expect(col("$B$3") == 1)
        #expect(col("XFD1048576") == 16_383)
        #expect(col("1A") == nil)
        #expect(col("A") == nil)
        #expect(col("ABCD1") == nil)
    }

    @Test func plainNumbers() {
        for s in ["0", "-7", "30000.5", "3E-2", "1.5e+10", ".5", "5."] { #expect(XLSXWorksheet.isPlainNumber(s), "\(s)") }
        for s in ["", "-", "1,5", "1e", "NaN", "1.2.3", " 1"] { #expect(!XLSXWorksheet.isPlainNumber(s), "\(s)") }
    }

    @Test func xmlEntitiesAndCDATA() throws {
        let xml = Array("<?xml version=\"1.0\"?><!-- c --><a x='1 &amp; &#233;'>&lt;&#x20AC;&gt;<![CDATA[<b>&amp;</b>]]></a>".utf8)
        let (attr, texts) = try XMLScanner.scan(xml) { (x) throws(XMLScanner.Failure) -> (String?, [String]) in
            var attr: String? = nil
            var texts: [String] = []
            while true {
                switch try x.next() {
                case .start: attr = try x.attribute("x")
                case .text: texts.append(try x.text())
                case .end: continue
                case .eof: return (attr, texts)
                }
            }
        }
        #expect(attr == "1 & é")
        #expect(texts == ["<€>", "<b>&amp;</b>"])
    }
}
