import Foundation
import Testing
@testable import XlsxWriter

/// A fresh temporary directory, removed by `cleanup()`.
struct TempDir {
    let path: String

    init() throws {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/xlsxwriter-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    /// Names in the directory, hidden ones included.
    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    func cleanup() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Reads xlsx parts with Python's zipfile module (python3 is on every machine of the project).
enum Zip {
    static func python(_ script: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ZipReadError(message: errorText)
        }
        return data
    }

    /// The text of one part, e.g. `xl/worksheets/sheet1.xml`.
    static func entry(_ file: String, _ name: String) throws -> String {
        let data = try python("import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))",
                              [file, name])
        return String(decoding: data, as: UTF8.self)
    }

    /// The names of all parts; also checks the archive's CRCs.
    static func entries(_ file: String) throws -> [String] {
        let data = try python("""
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            bad = z.testzip()
            assert bad is None, bad
            print("\\n".join(z.namelist()))
            """, [file])
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}

struct ZipReadError: Error, CustomStringConvertible {
    let message: String
    var description: String { "python zipfile failed: \(message)" }
}

/// Runs `body` and returns the `XlsxError` it throws (or records an issue if it does not throw).
func expectXlsxError(_ code: XlsxError.Code, sourceLocation: SourceLocation = #_sourceLocation,
                     _ body: () throws(XlsxError) -> Void) -> XlsxError? {
    do {
        try body()
        Issue.record("expected XlsxError \(code), nothing was thrown", sourceLocation: sourceLocation)
        return nil
    } catch {
        #expect(error.code == code, "got \(error)", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
        return error
    }
}
