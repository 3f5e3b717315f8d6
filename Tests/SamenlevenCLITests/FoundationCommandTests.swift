import Foundation
import Testing

/// Table lines that start with a five-digit NIS code.
func gemeenteRows(_ output: String) -> [Substring] {
    output.split(separator: "\n").filter { $0.prefix(6).wholeMatch(of: #/\d{5} /#) != nil }
}

@Suite("CLI: besturen, subsidie, --version, afsluitcodes")
struct FoundationCommandTests {
    @Test func limburgAfterTheMergersHas38GemeentenIncludingTongerenBorgloon() throws {
        let result = try CLI.run(["besturen", "--provincie", "Limburg", "--op", "2025-06-01"])
        #expect(result.status == 0)
        let rows = gemeenteRows(result.stdout)
        #expect(rows.count == 38)
        #expect(rows.contains { $0.hasPrefix("73111") && $0.contains("Tongeren-Borgloon") && $0.contains("Limburg") })
        #expect(result.stdout.contains("38 gemeenten op 1 juni 2025 in de provincie Limburg"))
    }

    @Test func limburgBeforeTheMergersHas42() throws {
        let result = try CLI.run(["besturen", "--provincie", "limburg", "--op", "2024-06-01"])
        #expect(result.status == 0)
        #expect(gemeenteRows(result.stdout).count == 42)
    }

    @Test func allBesturenIncludeTheSpecialOnes() throws {
        let result = try CLI.run(["besturen", "--op", "2024-06-01"])
        #expect(result.stdout.contains("300 gemeenten en 2 andere besturen"))
        #expect(result.stdout.contains("VGC"))
        #expect(result.stdout.contains("DERAND"))
    }

    @Test func unknownProvinceExits2WithTheValidOnes() throws {
        let result = try CLI.run(["besturen", "--provincie", "Kortrijk"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("onbekende provincie 'Kortrijk'"))
        #expect(result.stderr.contains("Antwerpen, Vlaams-Brabant, West-Vlaanderen, Oost-Vlaanderen, Limburg, Brussel-Hoofdstad"))
        #expect(result.stdout.isEmpty)
    }

    @Test func badDateExits2() throws {
        let result = try CLI.run(["besturen", "--op", "1-6-2025"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("geen geldige datum"))
    }

    @Test func subsidieFollowsTheVerdeelsleutel() throws {
        let first = try CLI.run(["subsidie", "--huidig-bereik", "100", "--kpi", "500", "--bedrag", "120"])
        #expect(first.status == 0)
        #expect(first.stdout == "30.000\n")
        let second = try CLI.run(["subsidie", "--huidig-bereik", "500", "--kpi", "800", "--bedrag", "120"])
        #expect(second.stdout == "36.000\n")
        let cents = try CLI.run(["subsidie", "--huidig-bereik", "0", "--kpi", "3", "--bedrag", "1,01"])
        #expect(cents.stdout == "1,52\n")
        let explained = try CLI.run(["subsidie", "--huidig-bereik", "500", "--kpi", "800", "--bedrag", "€ 120", "--uitleg"])
        #expect(explained.stdout.contains("(800 - 500) x 120 = 36.000 euro"))
    }

    @Test func subsidieNeverTrapsOnLargeNumbers() throws {
        // Beyond the bounds of the import format: refused as an option.
        let bedrag = try CLI.run(["subsidie", "--huidig-bereik", "0", "--kpi", "100000000", "--bedrag", "99999999999"])
        #expect(bedrag.status == 2)
        #expect(bedrag.stderr == "fout: --bedrag: 99.999.999.999 euro is te veel; hoogstens 1.000.000.000 euro (de grens van het invoerformaat)\n")
        let kpi = try CLI.run(["subsidie", "--huidig-bereik", "0", "--kpi", "10000000000000", "--bedrag", "1"])
        #expect(kpi.status == 2)
        #expect(kpi.stderr.contains("--kpi: 10.000.000.000.000 is te groot; hoogstens 1.000.000.000"))
        // Within the bounds, but the product does not fit in 64-bit cents.
        let product = try CLI.run(["subsidie", "--huidig-bereik", "0", "--kpi", "1000000000", "--bedrag", "1000000000"])
        #expect(product.status == 2)
        #expect(product.stderr.hasPrefix("fout: de subsidie volgens de verdeelsleutel (bedrag 1.000.000.000 euro, KPI 1.000.000.000, huidig bereik 0) is te groot om exact te berekenen"))
        #expect(!product.stderr.contains("Stack") && !product.stderr.contains("Fatal"))
    }

    @Test func subsidieRejectsBadNumbersInDutch() throws {
        let kpi = try CLI.run(["subsidie", "--huidig-bereik", "100", "--kpi", "12,5", "--bedrag", "120"])
        #expect(kpi.status == 2)
        #expect(kpi.stderr.contains("--kpi: '12,5' is geen geheel getal"))
        let bedrag = try CLI.run(["subsidie", "--huidig-bereik", "100", "--kpi", "500", "--bedrag", "120.5"])
        #expect(bedrag.status == 2)
        #expect(bedrag.stderr.contains("dubbelzinnig"))
        let missing = try CLI.run(["subsidie", "--kpi", "500"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Ontbrekend argument"))
    }

    @Test func neverAStackTraceForBadInput() throws {
        for arguments in [["besturen", "--bla"], ["onbestaand"], ["subsidie", "--kpi", "x", "--huidig-bereik", "-1", "--bedrag", "y"]] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.stderr.contains("Fatal error"))
            #expect(!result.stderr.contains("Stack dump"))
        }
    }

    @Test func version() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("samenleven "))
    }

    @Test func helpIsDutch() throws {
        let result = try CLI.run(["besturen", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("GEBRUIK:"))
        #expect(result.stdout.contains("Toont de lokale besturen"))
    }

    @Test func dbOptionAndEnvironmentChooseTheStore() throws {
        let dir = CLI.temporaryDirectory()
        let viaOption = dir.appendingPathComponent("optie/samenleven.sqlite")
        let viaEnvironment = dir.appendingPathComponent("omgeving.sqlite")
        let result = try CLI.run(["besturen", "--db", viaOption.path, "--provincie", "Limburg", "--op", "2025-06-01"], db: viaEnvironment)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: viaOption.path))
        #expect(!FileManager.default.fileExists(atPath: viaEnvironment.path))
        _ = try CLI.run(["besturen", "--op", "2025-06-01"], db: viaEnvironment)
        #expect(FileManager.default.fileExists(atPath: viaEnvironment.path))
    }

    @Test func anUnusableStoreIsInvalidInputNotACrash() throws {
        let dir = CLI.temporaryDirectory()
        let bogus = dir.appendingPathComponent("bogus.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: bogus)
        let result = try CLI.run(["besturen"], db: bogus)
        #expect(result.status == 2)
        #expect(result.stderr.contains("'\(bogus.path)' is geen samenleven-databank: het is geen SQLite-bestand"))
    }
}
