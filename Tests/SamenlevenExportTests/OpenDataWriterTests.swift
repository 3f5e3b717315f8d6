import Foundation
import SamenlevenModel
@testable import SamenlevenExport
import Testing

@Suite("Open data: atomisch schrijven")
struct OpenDataWriterTests {
    struct Stop: Error {}

    /// The entries of `parent` (hidden ones too): a temporary or set-aside folder would show here.
    func entries(_ parent: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted()
    }

    @Test func writesTheDirectoryAndReplacesAnEarlierPackage() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(voorbeelddata: false), to: target)
        let eerste = try OpenDataFixture.snapshot(target)
        #expect(Set(eerste.keys) == OpenDataPackageTests.expectedFiles)
        #expect(try entries(parent) == ["opendata"])

        // Same input again: the same bytes.
        try OpenDataPackage.write(try OpenDataFixture.input(voorbeelddata: false), to: target)
        #expect(try OpenDataFixture.snapshot(target) == eerste)

        // Other data: the whole directory is replaced, nothing is left beside it.
        try OpenDataPackage.write(try OpenDataFixture.input(voorbeelddata: true), to: target)
        let tweede = try OpenDataFixture.snapshot(target)
        #expect(tweede != eerste)
        #expect(tweede["toekenningen.csv"] != eerste["toekenningen.csv"])
        #expect(try entries(parent) == ["opendata"])
    }

    @Test func aFailureMidwayLeavesThePreviousPackageAndNoTemporaryDirectory() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        let before = try OpenDataFixture.snapshot(target)

        let files = try OpenDataPackage.files(try OpenDataFixture.input(voorbeelddata: false))
        var written = 0
        let failing: [(name: String, contents: () throws -> Data)] = files.map { file in
            (file.name, {
                written += 1
                if written == 5 { throw Stop() }   // e.g. the disk is full halfway
                return file.data
            })
        }
        #expect(throws: Stop.self) {
            try AtomicDirectoryWriter.write(failing, to: target, replaceable: OpenDataPackage.isPackage, kind: "open-datapakket")
        }
        #expect(written == 5)
        #expect(try OpenDataFixture.snapshot(target) == before)
        #expect(try entries(parent) == ["opendata"])
    }

    @Test func anUnwritableTargetChangesNothing() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        // The parent of the target is a file: nothing can be created there (also for root,
        // for whom permissions would not stop a write).
        let blocker = parent.appendingPathComponent("geen-map")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("opendata")
        #expect(throws: AtomicDirectoryWriter.Failure.self) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try entries(parent) == ["geen-map"])
        #expect(try Data(contentsOf: blocker) == Data("x".utf8))
    }

    @Test func refusesToReplaceAFolderThatIsNotAPackage() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("documenten")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("belangrijk".utf8).write(to: target.appendingPathComponent("notities.txt"))
        #expect(throws: AtomicDirectoryWriter.Failure.notReplaceable(target.path, kind: "open-datapakket (geen datapackage.json)")) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try OpenDataFixture.snapshot(target) == ["notities.txt": Data("belangrijk".utf8)])
        #expect(try entries(parent) == ["documenten"])

        // An empty folder is fine.
        let leeg = parent.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: leeg, withIntermediateDirectories: true)
        try OpenDataPackage.write(try OpenDataFixture.input(), to: leeg)
        #expect(OpenDataPackage.isPackage(leeg))
    }

    @Test func aFileIsNotReplacedByTheDirectory() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try Data("bestand".utf8).write(to: target)
        #expect(throws: AtomicDirectoryWriter.Failure.notADirectory(target.path)) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try Data(contentsOf: target) == Data("bestand".utf8))
        #expect(try entries(parent) == ["opendata"])
    }
}
