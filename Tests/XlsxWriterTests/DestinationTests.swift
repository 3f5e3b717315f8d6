import Foundation
import Testing
import XlsxWriter

/// The destination of `close()`: only a regular file is replaced, and it keeps its permissions.
@Suite struct DestinationTests {
    @Test func aSpecialFileIsNotReplaced() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let fifo = dir.file("pijp.xlsx")
        #expect(mkfifo(fifo, 0o644) == 0)
        let link = dir.file("koppeling.xlsx")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: dir.file("elders.xlsx"))
        for path in [fifo, link] {
            let workbook = try Workbook(path: path)
            try workbook.addWorksheet().write("x", row: 0, column: 0)
            #expect(throws: XlsxError.self) { try workbook.close() }
        }
        let type = try FileManager.default.attributesOfItem(atPath: fifo)[.type] as? FileAttributeType
        #expect(type != .typeRegular)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == dir.file("elders.xlsx"))
        #expect(try dir.contents() == ["koppeling.xlsx", "pijp.xlsx"])
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let dir = try TempDir()
        defer { dir.cleanup() }
        let path = dir.file("x.xlsx")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("oud".utf8), attributes: [.posixPermissions: 0o600]))
        let workbook = try Workbook(path: path)
        try workbook.addWorksheet().write("x", row: 0, column: 0)
        try workbook.close()
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) != Data("oud".utf8))
    }
}
