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

    func mode(_ url: URL) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
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
        let failing: [AtomicDirectoryWriter.Entry] = files.map { file in
            .data(file.name) {
                written += 1
                if written == 5 { throw Stop() }   // e.g. the disk is full halfway
                return file.data
            }
        }
        #expect(throws: Stop.self) { try AtomicDirectoryWriter.write(failing, to: target) }
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
        #expect(throws: OutputError.cannotWrite(target.path, reason: "een deel van het pad is geen map")) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try entries(parent) == ["geen-map"])
        #expect(try Data(contentsOf: blocker) == Data("x".utf8))
    }

    /// Issue 12 item 9: a `datapackage.json` (even `{}`) no longer makes someone's folder ours.
    @Test func refusesAFolderThatIsNotOursAndListsWhatIsInTheWay() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("documenten")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: target.appendingPathComponent("datapackage.json"))
        try Data("belangrijk".utf8).write(to: target.appendingPathComponent("nota.docx"))
        try Data("ook".utf8).write(to: target.appendingPathComponent("sub/x.txt"))
        #expect(throws: OutputError.notOurs(target.path, inTheWay: ["datapackage.json", "nota.docx", "sub/"])) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try Data(contentsOf: target.appendingPathComponent("nota.docx")) == Data("belangrijk".utf8))
        #expect(try Data(contentsOf: target.appendingPathComponent("datapackage.json")) == Data("{}".utf8))
        #expect(try Data(contentsOf: target.appendingPathComponent("sub/x.txt")) == Data("ook".utf8))
        #expect(try entries(parent) == ["documenten"])

        // An empty folder is fine.
        let leeg = parent.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: leeg, withIntermediateDirectories: true)
        try OpenDataPackage.write(try OpenDataFixture.input(), to: leeg)
        #expect(FileManager.default.fileExists(atPath: leeg.appendingPathComponent("datapackage.json").path))
    }

    /// A file the user added to, or changed in, an earlier package is in the way.
    @Test func anEarlierPackageWithAnAddedOrChangedFileIsNotReplaced() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        try Data("mijn notities".utf8).write(to: target.appendingPathComponent("notities.txt"))
        try Data("aangepast".utf8).write(to: target.appendingPathComponent("README.md"))
        #expect(throws: OutputError.notOurs(target.path, inTheWay: ["notities.txt"])) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try Data(contentsOf: target.appendingPathComponent("notities.txt")) == Data("mijn notities".utf8))
        try FileManager.default.removeItem(at: target.appendingPathComponent("notities.txt"))
        #expect(throws: OutputError.notOurs(target.path, inTheWay: ["README.md (gewijzigd)"])) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try Data(contentsOf: target.appendingPathComponent("README.md")) == Data("aangepast".utf8))
    }

    /// A file the user puts in the folder while the new one is being written is not lost.
    @Test func aFileAddedDuringTheWriteIsNotLost() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        let before = try OpenDataFixture.snapshot(target)
        let nota = target.appendingPathComponent("nota.txt")
        let files = try OpenDataPackage.files(try OpenDataFixture.input(voorbeelddata: false))
        let schrijven: [AtomicDirectoryWriter.Entry] = files.enumerated().map { index, file in
            .data(file.name) {
                if index == 3 { try Data("net bewaard".utf8).write(to: nota) }   // after the check
                return file.data
            }
        }
        #expect(throws: OutputError.notOurs(target.path, inTheWay: ["nota.txt"])) {
            try AtomicDirectoryWriter.write(schrijven, to: target)
        }
        #expect(try Data(contentsOf: nota) == Data("net bewaard".utf8))
        var after = try OpenDataFixture.snapshot(target)
        after["nota.txt"] = nil
        #expect(after == before)
        #expect(try entries(parent) == ["opendata"])
    }

    @Test func aFileIsNotReplacedByTheDirectory() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try Data("bestand".utf8).write(to: target)
        #expect(throws: OutputError.notADirectory(target.path, what: "een gewoon bestand")) {
            try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        }
        #expect(try Data(contentsOf: target) == Data("bestand".utf8))
        #expect(try entries(parent) == ["opendata"])
    }

    /// Issue 12 item 11: a replaced folder and its files keep their permissions.
    @Test func aReplacedFolderKeepsItsPermissions() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: target.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: target.appendingPathComponent("README.md").path)
        try OpenDataPackage.write(try OpenDataFixture.input(voorbeelddata: false), to: target)
        #expect(try mode(target) == 0o700)
        #expect(try mode(target.appendingPathComponent("README.md")) == 0o600)
    }

    /// Issue 12 item 13: the two folders are swapped in one step, and left-overs of earlier,
    /// interrupted runs are removed only when they are provably ours.
    @Test func theExchangeIsAtomicAndOnlyOurLeftoversAreRemoved() throws {
        let parent = OpenDataFixture.temporaryDirectory()
        let a = parent.appendingPathComponent("a"), b = parent.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try Data("A".utf8).write(to: a.appendingPathComponent("x"))
        try Data("B".utf8).write(to: b.appendingPathComponent("x"))
        guard case .done = OutputPath.exchange(a.path, b.path) else {
            Issue.record("renameat2(RENAME_EXCHANGE) is not available")
            return
        }
        #expect(try Data(contentsOf: a.appendingPathComponent("x")) == Data("B".utf8))
        #expect(try Data(contentsOf: b.appendingPathComponent("x")) == Data("A".utf8))

        let target = parent.appendingPathComponent("opendata")
        try OpenDataPackage.write(try OpenDataFixture.input(), to: target)
        // A crashed run's copy (ours: its manifest matches), an interrupted one (unfinished
        // manifest, a workbook's temporary file), an empty one, and look-alikes that are not ours.
        let ours = parent.appendingPathComponent(".opendata.samenleven-0123456789abcdef")
        try FileManager.default.copyItem(at: target, to: ours)
        let interrupted = parent.appendingPathComponent(".opendata.samenleven-00000000000000aa")
        try FileManager.default.createDirectory(at: interrupted, withIntermediateDirectories: true)
        try Data("samenleven-manifest 1 onvolledig\n-  README.md\n-  bijlage.xlsx\n".utf8)
            .write(to: interrupted.appendingPathComponent(".samenleven-manifest"))
        try Data("half".utf8).write(to: interrupted.appendingPathComponent("README.md"))
        try Data("half".utf8).write(to: interrupted.appendingPathComponent(".bijlage.xlsx.xlsxwriter-1f.tmp"))
        let empty = parent.appendingPathComponent(".opendata.samenleven-00000000000000bb")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let theirs = parent.appendingPathComponent(".opendata.samenleven-fedcba9876543210")
        try FileManager.default.createDirectory(at: theirs, withIntermediateDirectories: true)
        try Data("nota".utf8).write(to: theirs.appendingPathComponent("nota.docx"))
        let changed = parent.appendingPathComponent(".opendata.samenleven-00000000000000cc")
        try FileManager.default.copyItem(at: target, to: changed)
        try Data("anders".utf8).write(to: changed.appendingPathComponent("README.md"))
        let otherName = parent.appendingPathComponent(".opendata.samenleven-kopie")
        try FileManager.default.createDirectory(at: otherName, withIntermediateDirectories: true)

        try OpenDataPackage.write(try OpenDataFixture.input(voorbeelddata: false), to: target)
        #expect(try entries(parent) == [".opendata.samenleven-00000000000000cc", ".opendata.samenleven-fedcba9876543210",
                                        ".opendata.samenleven-kopie", "a", "b", "opendata"])
    }
}
