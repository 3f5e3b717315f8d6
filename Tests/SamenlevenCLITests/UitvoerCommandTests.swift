import Foundation
import Testing

/// Issue 12: hostile `--uit` targets and a failing standard output end in a clear Dutch
/// message and exit status 2, within a second, and no file of the user's is lost.
@Suite("CLI: uitvoer die niet van ons is")
struct UitvoerCommandTests {
    let fm = FileManager.default

    func tekst(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }
    func mode(_ path: String) throws -> Int { (try fm.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
    func type(_ path: String) throws -> FileAttributeType? { try fm.attributesOfItem(atPath: path)[.type] as? FileAttributeType }

    /// Runs and checks: exit 2, a Dutch message with `melding`. (How fast a refusal is, is
    /// measured by hand, not asserted: see the README's *Metingen*.)
    func weigert(_ arguments: [String], _ melding: String, directory: URL? = nil, db: URL? = nil) throws {
        let result = try CLI.run(arguments, db: db, directory: directory)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.hasPrefix("fout: ") && result.stderr.contains(melding), "\(arguments): \(result.stderr)")
    }

    /// A user's folder with a `datapackage.json` of its own, a note and a subfolder.
    func gebruikersmap() throws -> URL {
        let dir = CLI.temporaryDirectory()
        try fm.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: dir.appendingPathComponent("datapackage.json"))
        try Data("nota".utf8).write(to: dir.appendingPathComponent("nota.docx"))
        try Data("x".utf8).write(to: dir.appendingPathComponent("sub/x.txt"))
        return dir
    }

    func ongeschonden(_ dir: URL) throws {
        #expect(try fm.contentsOfDirectory(atPath: dir.path).sorted() == ["datapackage.json", "nota.docx", "sub"])
        #expect(try tekst(dir.appendingPathComponent("datapackage.json")) == "{}")
        #expect(try tekst(dir.appendingPathComponent("nota.docx")) == "nota")
        #expect(try tekst(dir.appendingPathComponent("sub/x.txt")) == "x")
    }

    // Item 9.
    @Test func opendataNeverWipesAFolderThatIsNotOurs() throws {
        let dir = try gebruikersmap()
        try weigert(["opendata", "--uit", dir.path], "bevat wat de toolkit er niet (zo) schreef: datapackage.json, nota.docx, sub/ (3 in totaal)")
        try ongeschonden(dir)
        // `--uit .` in that folder: the same.
        try weigert(["opendata", "--uit", "."], "nota.docx", directory: dir)
        try ongeschonden(dir)
    }

    // Item 9: the answer bundle and its opendata/ subfolder follow the same rule.
    @Test func antwoordNeverDeletesUserFilesInItsFolderOrItsOpendataFolder() throws {
        let uit = CLI.temporaryDirectory().appendingPathComponent("vraag")
        let db = CLI.temporaryDirectory().appendingPathComponent("db.sqlite")
        let eerste = try CLI.run(["antwoord", "492", "--uit", uit.path], db: db)
        #expect(eerste.status == 0, "\(eerste.stderr)")
        // Ours, unchanged: replaced without a word.
        let tweede = try CLI.run(["antwoord", "492", "--uit", uit.path], db: db)
        #expect(tweede.status == 0, "\(tweede.stderr)")

        // `bijlage` writes into the bundle (its default is Exports/vraag-492/bijlage.xlsx):
        // the folder stays ours.
        let bijlage = try CLI.run(["bijlage", "492", "--uit", uit.appendingPathComponent("bijlage.xlsx").path], db: db)
        #expect(bijlage.status == 0, "\(bijlage.stderr)")
        let derde = try CLI.run(["antwoord", "492", "--uit", uit.path], db: db)
        #expect(derde.status == 0, "\(derde.stderr)")

        let nota = uit.appendingPathComponent("opendata/mijn-nota.txt")
        try Data("mijn werk".utf8).write(to: nota)
        try weigert(["antwoord", "492", "--uit", uit.path], "opendata/mijn-nota.txt", db: db)
        #expect(try tekst(nota) == "mijn werk")
        try fm.removeItem(at: nota)
        try Data("aangepast".utf8).write(to: uit.appendingPathComponent("antwoord.md"))
        try weigert(["antwoord", "492", "--uit", uit.path], "antwoord.md (gewijzigd)", db: db)
        #expect(try tekst(uit.appendingPathComponent("antwoord.md")) == "aangepast")
    }

    // Item 10. Never aimed at the real /dev/full or /dev/stdout: a regression (as root) would
    // replace them for the whole machine. Stand-ins in a temporary folder: a device node like
    // /dev/full (c 1,7, when the tests run as root), a symbolic link like /dev/stdout, a FIFO.
    @Test func specialFilesAreNeverReplaced() throws {
        let dir = CLI.temporaryDirectory()
        let apparaat = dir.appendingPathComponent("full").path
        if getuid() == 0, mknod(apparaat, S_IFCHR | 0o666, dev_t(0x107))  /* makedev(1, 7) */ == 0 {
            try weigert(["vraag", "budget", "--uit", apparaat], "'\(apparaat)' is een apparaat, geen gewoon bestand")
            #expect(try type(apparaat) == .typeCharacterSpecial)
            try fm.removeItem(atPath: apparaat)
        }
        let koppeling = dir.appendingPathComponent("stdout").path
        try fm.createSymbolicLink(atPath: koppeling, withDestinationPath: "/proc/self/fd/1")
        try weigert(["vraag", "budget", "--formaat", "csv", "--uit", koppeling], "is een symbolische koppeling, geen gewoon bestand")
        #expect(try fm.destinationOfSymbolicLink(atPath: koppeling) == "/proc/self/fd/1")
        try fm.removeItem(atPath: koppeling)

        let fifo = dir.appendingPathComponent("pijp.xlsx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try weigert(["vraag", "budget", "--uit", fifo], "is een FIFO (named pipe), geen gewoon bestand")
        try weigert(["bijlage", "492", "--uit", fifo], "is een FIFO (named pipe), geen gewoon bestand")
        try weigert(["sjabloon", "--uit", fifo], "is een FIFO (named pipe), geen gewoon bestand")
        #expect(try type(fifo) != .typeRegular)
        try weigert(["opendata", "--uit", fifo], "is een FIFO (named pipe), geen map")
        try weigert(["voorbeelddata", "--uit", fifo], "is een FIFO (named pipe), geen map")
        #expect(try fm.contentsOfDirectory(atPath: dir.path) == ["pijp.xlsx"])
    }

    // Item 11.
    @Test func replacedOutputsKeepTheirPermissions() throws {
        let dir = CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("budget.csv").path
        let xlsx = dir.appendingPathComponent("sjabloon.xlsx").path
        for pad in [csv, xlsx] {
            #expect(fm.createFile(atPath: pad, contents: Data("oud".utf8), attributes: [.posixPermissions: 0o600]))
        }
        #expect(try CLI.run(["vraag", "budget", "--uit", csv]).status == 0)
        #expect(try CLI.run(["sjabloon", "--uit", xlsx]).status == 0)
        #expect(try mode(csv) == 0o600 && mode(xlsx) == 0o600)
        #expect(try tekst(URL(fileURLWithPath: csv)) != "oud")

        let map = dir.appendingPathComponent("opendata").path
        #expect(try CLI.run(["opendata", "--uit", map]).status == 0)
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: map)
        #expect(try CLI.run(["opendata", "--uit", map]).status == 0)
        #expect(try mode(map) == 0o700)
    }

    // Item 12.
    @Test func voorbeelddataNeverOverwritesUserFiles() throws {
        let dir = CLI.temporaryDirectory()
        let eigen = dir.appendingPathComponent("toekenningen-voorbeelddata.csv")
        try Data("mijn toekenningen".utf8).write(to: eigen)
        try weigert(["voorbeelddata", "--uit", dir.path], "toekenningen-voorbeelddata.csv")
        #expect(try tekst(eigen) == "mijn toekenningen")
        #expect(try fm.contentsOfDirectory(atPath: dir.path) == ["toekenningen-voorbeelddata.csv"])

        // Its own earlier output is replaced.
        let map = CLI.temporaryDirectory().appendingPathComponent("voorbeeld").path
        #expect(try CLI.run(["voorbeelddata", "--uit", map]).status == 0)
        let opnieuw = try CLI.run(["voorbeelddata", "--zaad", "3", "--uit", map])
        #expect(opnieuw.status == 0, "\(opnieuw.stderr)")
    }

    // Item 13: nothing is left beside the target or in the temporary folder, and what an
    // interrupted earlier run left beside the target is removed when it is provably ours.
    @Test func noLeftoversBesideTheTargetOrInTheTemporaryFolder() throws {
        let tmp = CLI.temporaryDirectory()
        let ouder = CLI.temporaryDirectory()
        let db = CLI.temporaryDirectory().appendingPathComponent("db.sqlite")
        let vraag = ouder.appendingPathComponent("vraag")
        let eerste = try CLI.run(["antwoord", "492", "--uit", vraag.path], environment: ["TMPDIR": tmp.path], db: db)
        #expect(eerste.status == 0, "\(eerste.stderr)")
        // A run that crashed after setting the old folder aside left a copy of it; and a
        // folder with a look-alike name holds someone's file.
        try fm.copyItem(at: vraag, to: ouder.appendingPathComponent(".vraag.samenleven-0123456789abcdef"))
        let vreemd = ouder.appendingPathComponent(".vraag.samenleven-fedcba9876543210")
        try fm.createDirectory(at: vreemd, withIntermediateDirectories: true)
        try Data("nota".utf8).write(to: vreemd.appendingPathComponent("nota.docx"))
        let tweede = try CLI.run(["antwoord", "492", "--uit", vraag.path], environment: ["TMPDIR": tmp.path], db: db)
        #expect(tweede.status == 0, "\(tweede.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: ouder.path).sorted() == [".vraag.samenleven-fedcba9876543210", "vraag"])
        try fm.removeItem(at: vreemd)
        #expect(try CLI.run(["vraag", "budget", "--uit", ouder.appendingPathComponent("b.csv").path], environment: ["TMPDIR": tmp.path], db: db).status == 0)
        #expect(try fm.contentsOfDirectory(atPath: ouder.path).sorted() == ["b.csv", "vraag"])
        #expect(try fm.contentsOfDirectory(atPath: tmp.path) == [])
    }

    /// A write that fails halfway (a full disk; here the file-size limit of `ulimit -f`, with
    /// SIGXFSZ ignored, so that write() fails with EFBIG): exit 2, a Dutch message naming the
    /// path, the earlier output intact and nothing left beside it.
    @Test func aWriteErrorHalfwayChangesNothing() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("db.sqlite")
        let map = dir.appendingPathComponent("opendata")
        let csv = dir.appendingPathComponent("toekenningen.csv")
        #expect(try CLI.run(["opendata", "--uit", map.path], db: db, standaardgegevens: true).status == 0)
        try Data("oud".utf8).write(to: csv)
        let voor = try fm.contentsOfDirectory(atPath: map.path).sorted()
        func begrensd(_ arguments: [String]) throws -> CLI.Result {
            let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
            return try CLI.run(["-c", "trap '' XFSZ; ulimit -f 64; exec '\(CLI.executable.path)' \(quoted)"],
                               db: db, standaardgegevens: true, executable: URL(fileURLWithPath: "/bin/sh"))
        }
        let pakket = try begrensd(["opendata", "--uit", map.path])
        #expect(pakket.status == 2, "\(pakket.stderr)")
        #expect(pakket.stderr.contains("fout: kan '\(map.path)' niet schrijven: het bestand wordt te groot (de schijf is vol of de maximale bestandsgrootte is bereikt); er is niets veranderd"), "\(pakket.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: map.path).sorted() == voor)
        let bestand = try begrensd(["vraag", "toekenningen", "--uit", csv.path])
        #expect(bestand.status == 2, "\(bestand.stderr)")
        #expect(bestand.stderr.contains("kan '\(csv.path)' niet schrijven: het bestand wordt te groot (de schijf is vol of de maximale bestandsgrootte is bereikt)"), "\(bestand.stderr)")
        #expect(try tekst(csv) == "oud")
        // A workbook (libxlsxwriter's zip writer fails) and the answer bundle with its workbook.
        let xlsx = dir.appendingPathComponent("bijlage.xlsx").path
        let werkboek = try begrensd(["bijlage", "492", "--uit", xlsx])
        #expect(werkboek.status == 2, "\(werkboek.stderr)")
        #expect(werkboek.stderr.contains("fout: kan '\(xlsx)' niet schrijven: het bestand wordt te groot (de schijf is vol of de maximale bestandsgrootte is bereikt)"), "\(werkboek.stderr)")
        let bundel = dir.appendingPathComponent("vraag-492").path
        let antwoord = try begrensd(["antwoord", "492", "--uit", bundel])
        #expect(antwoord.status == 2, "\(antwoord.stderr)")
        #expect(antwoord.stderr.contains("fout: kan '\(bundel)' niet schrijven: het bestand wordt te groot (de schijf is vol of de maximale bestandsgrootte is bereikt)"), "\(antwoord.stderr)")
        #expect(try fm.contentsOfDirectory(atPath: dir.path).sorted() == ["db.sqlite", "opendata", "toekenningen.csv"])
    }

    // Item 21.
    @Test func aFailingStandardOutputIsReported() throws {
        let full = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        defer { try? full.close() }
        for arguments in [["vraag", "budget"], ["besturen"], ["--help"]] {
            let result = try CLI.run(arguments, standardOutput: full)
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("fout: de uitvoer kon niet naar de standaarduitvoer geschreven worden"), "\(result.stderr)")
        }
    }
}
