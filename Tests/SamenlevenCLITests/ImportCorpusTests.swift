import Foundation
import Testing

/// Every case of `ImportCorpus/`: exit 2, the exact located messages, store unchanged.
@Suite("Import: corpus van foute bestanden")
struct ImportCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("ImportCorpus")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Import")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { !$0.hasSuffix(".md") }.sorted()
    }

    @Test func corpusIsComplete() {
        #expect(Self.cases.count >= 29)
    }

    @Test(arguments: cases)
    func refusedWithExactMessagesAndStoreUnchanged(_ name: String) throws {
        let folder = Self.corpus.appendingPathComponent(name)
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0 != "expected.txt" }.sorted().map { folder.appendingPathComponent($0).path }
        let expected = try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8)

        // A store that already holds data: a failed import must leave it exactly as it was.
        let db = CLI.temporaryDirectory().appendingPathComponent("corpus.sqlite")
        let seed = try CLI.run(["importeer", Self.fixtures.appendingPathComponent("toekenningen-geldig.csv").path], db: db)
        #expect(seed.status == 0, "\(seed.stderr)")
        let before = try Data(contentsOf: db)

        let result = try CLI.run(["importeer"] + inputs, db: db)
        #expect(result.status == 2)
        #expect(result.stderr == expected)
        #expect(result.stdout.isEmpty)
        #expect(try Data(contentsOf: db) == before, "de databank is veranderd")
    }
}
