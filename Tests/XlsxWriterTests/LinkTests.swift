import CXlsxWriter
import Foundation
import Testing
import ZIPFoundation

@Suite("libxlsxwriter is linked")
struct LinkTests {
    /// Writes a workbook with the C library and opens it again as a zip package.
    @Test func writesAndReopensAWorkbook() throws {
        let path = NSTemporaryDirectory() + "link-\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let workbook = try #require(workbook_new(path))
        let sheet = try #require(workbook_add_worksheet(workbook, "Blad1"))
        #expect(worksheet_write_string(sheet, 0, 0, "Gent", nil) == LXW_NO_ERROR)
        #expect(worksheet_write_number(sheet, 0, 1, 30000, nil) == LXW_NO_ERROR)
        #expect(workbook_close(workbook) == LXW_NO_ERROR)

        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try #require(archive["xl/worksheets/sheet1.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let text = String(decoding: xml, as: UTF8.self)
        #expect(text.contains("<v>30000</v>"))
        #expect(archive["xl/sharedStrings.xml"] != nil)
        #expect(String(cString: lxw_version()).hasPrefix("1."))
    }
}
