import Foundation
import Testing

@Suite("CLI: controleer, voorbeelddata, ingebouwde gegevens")
struct ControleerCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SamenlevenControleTests/Fixtures/samenwerkingsverbanden-zoals-gepubliceerd.csv")

    @Test func theAsPublishedListGivesTheFourKnownFindings() throws {
        let result = try CLI.run(["controleer", "--gepubliceerde-samenwerkingsverbanden", Self.fixture.path])
        #expect(result.status == 3)
        let regels = result.stdout.split(separator: "\n").map(String.init)
        // The Geel entry listed twice.
        #expect(regels.contains { $0.hasPrefix("FOUT") && $0.contains("Geel (13008)") && $0.contains("2 keer vermeld") && $0.hasSuffix("[dubbele-vermelding]") })
        // Boom under Limburg.
        #expect(regels.contains { $0.hasPrefix("FOUT") && $0.contains("Boom (11005) staat vermeld onder de provincie Limburg") && $0.contains("Antwerpen") })
        // Overlapping memberships.
        #expect(regels.contains { $0.contains("Zwevegem (34042) zit in 2 samenwerkingsverbanden") && $0.hasSuffix("[meerdere-verbanden]") })
        #expect(regels.contains { $0.contains("Kruibeke (46013) zit in 3 samenwerkingsverbanden") })
        // "80 samenwerkende lokale besturen" against 79 in the list.
        #expect(regels.contains { $0.contains("80 samenwerkende lokale besturen") && $0.contains("79 verschillende besturen") && $0.hasSuffix("[telling-afwijkend]") })
        #expect(regels.last == "13 bevindingen: 2 fout, 10 waarschuwing, 1 info.")
    }

    @Test func theDefaultDataHaveNoErrorsOnlyTheRealYear1Warnings() throws {
        let result = try CLI.run(["controleer", "--formaat", "json"], standaardgegevens: true)
        #expect(result.status == 3)
        let bevindingen = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!bevindingen.contains { $0["ernst"] as? String == "fout" })
        // Year 3 of the example data continues year 2 (NOTA3 2.3) under the verdeelsleutel with
        // the catalogue's p (NOTA3 2.4), the published action-5 budget included: no warnings.
        let waarschuwingen = bevindingen.filter { $0["ernst"] as? String == "waarschuwing" }
        #expect(waarschuwingen.allSatisfy { $0["projectjaar"] as? Int == 1 })
        #expect(Set(waarschuwingen.compactMap { $0["code"] as? String }) == ["meerdere-verbanden", "telling-afwijkend"])
        #expect(!bevindingen.contains { $0["code"] as? String == "verdeelsleutel-afwijkend" })
        #expect(!bevindingen.contains { $0["ernst"] as? String == "fout" })
        // For information: the rival published figures, the samenwerkingsstimulans outside the
        // comparison with the published totals, and the year-3 grants of action 23 (no standard amount).
        let info = Set(bevindingen.filter { $0["ernst"] as? String == "info" }.compactMap { $0["code"] as? String })
        #expect(info.isSuperset(of: ["cijfer-tegenstrijdig", "samenwerkingsstimulans-niet-vergeleken"]))
        #expect(info.isSubset(of: ["cijfer-tegenstrijdig", "samenwerkingsstimulans-niet-vergeleken", "verdeelsleutel-niet-gecontroleerd"]))
    }

    /// An empty store: only the rival published figures, for information (exit 0).
    @Test func aCleanStoreExits0() throws {
        let result = try CLI.run(["controleer"])
        #expect(result.status == 0, "\(result.stdout)")
        let regels = result.stdout.split(separator: "\n").map(String.init)
        #expect(regels.dropLast().allSatisfy { $0.hasPrefix("INFO") && $0.hasSuffix("[cijfer-tegenstrijdig]") })
        #expect(regels.last == "3 bevindingen: 0 fout, 0 waarschuwing, 3 info.")
    }

    /// The year-3 budget as the sources give it: three figures, each with its sources, and the
    /// one the toolkit uses.
    @Test func theThreeYear3BudgetFiguresWithTheirSources() throws {
        let result = try CLI.run(["controleer", "--projectjaar", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let regels = result.stdout.split(separator: "\n").map(String.init)
        #expect(regels.count == 2)
        let regel = try #require(regels.first)
        #expect(regel.hasPrefix("INFO          NOTA3 2.4 en 3.A; NIEUWS2; NOTA3 2.1; VVSG-nieuwsbericht 17-04-2024; VVSG-nieuwsbericht 10-07-2024  Projectjaar 3: "))
        #expect(regel.contains("16.907.780 euro (NOTA3 2.4 en 3.A; NIEUWS2), 16.970.780 euro (NOTA3 2.1; VVSG-nieuwsbericht 17-04-2024) en 16,83 miljoen euro (VVSG-nieuwsbericht 10-07-2024)"))
        #expect(regel.contains("De toolkit gebruikt 16.907.780 euro: "))
        #expect(regel.hasSuffix("[cijfer-tegenstrijdig]"))
        let json = try CLI.run(["controleer", "--projectjaar", "1", "--formaat", "json"])
        let bevindingen = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(bevindingen.count == 1)
        #expect((bevindingen.first?["boodschap"] as? String)?.contains("104 (S492 antwoord 4) en 103 (WEB-OVER; De Morgen") == true)
    }

    @Test func samenwerkingForYear1AnswersOutOfTheBox() throws {
        let result = try CLI.run(["vraag", "samenwerking", "--projectjaar", "1"], standaardgegevens: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Harelbeke (34013)"))
        #expect(result.stdout.contains("Boom (11005)"))
        #expect(result.stdout.contains("22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen"))
        #expect(!result.stdout.contains("VOORBEELDDATA"), "de samenwerkingsverbanden van jaar 1 zijn echte gegevens")
        let toekenningen = try CLI.run(["vraag", "toekenningen", "--projectjaar", "1", "--provincie", "Limburg"], standaardgegevens: true)
        #expect(toekenningen.stdout.hasPrefix("*** VOORBEELDDATA - geen officiële cijfers ***"))
    }

    @Test func generatedFilesImportIntoAnEmptyStore() throws {
        let dir = CLI.temporaryDirectory()
        let uit = dir.appendingPathComponent("voorbeeld")
        let gemaakt = try CLI.run(["voorbeelddata", "--zaad", "11", "--uit", uit.path])
        #expect(gemaakt.status == 0, "\(gemaakt.stderr)")
        // As `importeer voorbeeld/*` sees it: without the hidden manifest.
        let namen = try FileManager.default.contentsOfDirectory(atPath: uit.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(namen.contains("toekenningen-voorbeelddata.csv"))
        let db = dir.appendingPathComponent("leeg.sqlite")
        let ingelezen = try CLI.run(["importeer"] + namen.map { uit.appendingPathComponent($0).path }, db: db)
        #expect(ingelezen.status == 0, "\(ingelezen.stderr)")
        let budget = try CLI.run(["vraag", "budget", "--projectjaar", "2"], db: db)
        #expect(budget.stdout.contains("16.907.780"))
        let verwijderd = try CLI.run(["voorbeelddata", "--verwijder"], db: db)
        #expect(verwijderd.status == 0)
        #expect(verwijderd.stdout.hasSuffix("rijen voorbeelddata verwijderd.\n"))
    }

    @Test func badOptionsExit2() throws {
        #expect(try CLI.run(["controleer", "--projectjaar", "4"]).status == 2)
        #expect(try CLI.run(["voorbeelddata"]).status == 2)
        #expect(try CLI.run(["voorbeelddata", "--schaal", "0", "--uit", "/tmp/x"]).status == 2)
        let missing = try CLI.run(["controleer", "--gepubliceerde-samenwerkingsverbanden", "/bestaat/niet.csv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("niet.csv"))
    }
}
