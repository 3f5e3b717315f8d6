import Foundation
import Testing
import SamenlevenReaders

/// Speed measurements, only run on request:
///   SAMENLEVEN_BENCH=1 swift test -c release -Xswiftc -enable-testing --filter ReaderBenchmark
/// SAMENLEVEN_BENCH_XLSX may name a workbook to read instead of the generated one.
@Suite("ReaderBenchmark", .enabled(if: ProcessInfo.processInfo.environment["SAMENLEVEN_BENCH"] != nil))
struct ReaderBenchmarkTests {
    static let rows = 100_000

    private func measure<T>(_ label: String, repeat times: Int = 5, _ body: () throws -> T) rethrows -> T {
        var best = Duration.seconds(1_000)
        var result: T? = nil
        for _ in 0..<times {
            let start = ContinuousClock.now
            result = try body()
            best = min(best, ContinuousClock.now - start)
        }
        print("BENCH \(label): best of \(times) = \(best.formatted(.units(allowed: [.milliseconds])))")
        return result!
    }

    @Test func csv100kRows() throws {
        var text = "projectjaar;bestuur;actie;kpi_huidig_bereik;kpi_vooropgesteld;subsidie;toelichting\r\n"
        for i in 0..<Self.rows {
            text += "\(i % 3 + 1);Sint-Gillis-Waas;\(i % 24 + 1);\(i);\(i * 2);\"30.000,\(i % 100)\";opmerking \(i)\r\n"
        }
        let data = Data(text.utf8)
        print("BENCH csv size: \(data.count) bytes")
        let sheet = try measure("CSV \(Self.rows) x 7") { try CSVReader.read(data: data, fileName: "t.csv").sheet }
        #expect(sheet.rows.count == Self.rows)
    }

    @Test func xlsx100kRows() throws {
        let data: Data
        if let path = ProcessInfo.processInfo.environment["SAMENLEVEN_BENCH_XLSX"] {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } else {
            var rows = "<row r=\"1\">" + (0..<7).map { "<c r=\"\(Sheet.columnLetters($0))1\" t=\"s\"><v>\($0)</v></c>" }.joined() + "</row>"
            rows.reserveCapacity(30 << 20)
            for r in 2...(Self.rows + 1) {
                rows += "<row r=\"\(r)\" spans=\"1:7\"><c r=\"A\(r)\"><v>\(r % 3 + 1)</v></c><c r=\"B\(r)\" t=\"s\"><v>7</v></c><c r=\"C\(r)\"><v>\(r % 24)</v></c><c r=\"D\(r)\"><v>\(r)</v></c><c r=\"E\(r)\" s=\"1\"><v>\(45292 + r % 365)</v></c><c r=\"F\(r)\"><v>\(30000 + r).5</v></c><c r=\"G\(r)\" t=\"inlineStr\"><is><t>opmerking \(r)</t></is></c></row>"
            }
            let shared = ["a", "b", "c", "d", "e", "f", "g", "Gent"].map { "<t>\($0)</t>" }
            data = try XLSXFixture.workbook(sheets: [.init(name: "t", xml: XLSXFixture.worksheet(rows))], shared: shared)
        }
        print("BENCH xlsx size: \(data.count) bytes")
        let (sheets, _) = try measure("XLSX \(Self.rows) x 7") { try XLSXReader.read(data: data, fileName: "t.xlsx") }
        #expect(sheets[0].rows.count == Self.rows)
        print("BENCH xlsx first row: \(sheets[0].rows[0].cells), row 10: \(sheets[0].rows[9].cells)")
    }
}
