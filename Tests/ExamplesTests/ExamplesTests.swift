import Foundation
import Testing

/// Runs each built program in `Examples/` as a reader of the documentation would, and checks
/// what it prints and writes.
@Suite("Examples")
struct ExamplesTests {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The example executables sit beside the test bundle in the build products directory.
    static func run(_ example: String, _ arguments: [String]) throws -> Result {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        var executable: URL? = nil
        for _ in 0..<4 where executable == nil {
            let candidate = directory.appendingPathComponent(example)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { executable = candidate }
            directory = directory.deletingLastPathComponent()
        }
        let process = Process()
        process.executableURL = try #require(executable, "example \(example) is not built")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("samenleven-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test func writeWorkbookThenReadItBackWithACSV() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("voorbeeld.xlsx")
        let written = try Self.run("WriteWorkbook", [workbook.path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "wrote \(workbook.path): sheet Data, 3 rows and a total of 89750.5\n")

        let csv = directory.appendingPathComponent("lijst.csv")
        try Data("naam;aantal\n\"Gent; stad\";3\n\nBrugge;\n".utf8).write(to: csv)
        let read = try Self.run("ReadSheets", [csv.path, workbook.path])
        #expect(read.status == 0, "\(read.stderr)")
        #expect(read.stdout == """
            lijst.csv [lijst]: header row 1: naam | aantal
              row 2: A=text "Gent; stad", B=text "3"
              row 4: A=text "Brugge", B=empty
              first row by name: naam = Gent; stad
            voorbeeld.xlsx [Data]: header row 1: Name | Count | Amount
              row 2: A=text "Aalst", B=number 3, C=number 12500
              row 3: A=text "Brugge", B=number 5, C=number 30000.5
              row 4: A=text "Gent", B=number 8, C=number 47250
              row 5: A=text "Total", B=empty, C=number 89750.5
              first row by name: Name = Aalst

            """)
    }

    @Test func readSheetsReportsALocatedDutchError() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("kapot.csv")
        try Data("a,b\n\"open,1\n".utf8).write(to: csv)
        let read = try Self.run("ReadSheets", [csv.path])
        #expect(read.status == 1)
        #expect(read.stderr.hasPrefix("kapot.csv:2:A: aanhalingsteken niet afgesloten"), "\(read.stderr)")
    }

    @Test func importAFileAndListWhatChanged() throws {
        let file = Self.fixtures.appendingPathComponent("Import/toekenningen-geldig.csv")
        let result = try Self.run("ImportFile", [file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("first import: ") == true)
        #expect(lines.contains { $0.hasPrefix("  toekenning") && $0.contains(" added, 0 replaced, 0 unchanged, 0 removed") && !$0.contains(": 0 added") },
                "\(result.stdout)")
        let again = try #require(lines.firstIndex { $0.hasPrefix("same files again: ") })
        #expect(lines[(again + 1)...].contains { $0.hasPrefix("  toekenning") && $0.contains(": 0 added, 0 replaced, ") && $0.hasSuffix(" unchanged, 0 removed") })
    }

    @Test func importRefusesABadFileWithALocatedMessage() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("toekenningen.csv")
        try Data("projectjaar,bestuur,actie,subsidie\nzeven,Gent,5,1000\n".utf8).write(to: file)
        let result = try Self.run("ImportFile", [file.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("toekenningen.csv:1:kpi_vooropgesteld: verplichte kolom ontbreekt"), "\(result.stderr)")
    }

    @Test func answerAStandardQuestionAsAWorkbook() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let workbook = directory.appendingPathComponent("antwoord.xlsx")
        let result = try Self.run("AnswerQuestion", ["budget", workbook.path])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.last?.hasPrefix("wrote \(workbook.path): sheet ") == true)
        let bytes = try Data(contentsOf: workbook)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a zip package: the workbook
    }
}
