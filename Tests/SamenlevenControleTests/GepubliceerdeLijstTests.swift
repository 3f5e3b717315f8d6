import Foundation
import Testing
import SamenlevenModel
@testable import SamenlevenControle

@Suite("Lijst van samenwerkingsverbanden zoals gepubliceerd (S492 antwoord 2)")
struct GepubliceerdeLijstTests {
    static let bestand = "samenwerkingsverbanden-zoals-gepubliceerd.csv"

    func lijst() throws -> GepubliceerdeSamenwerkingslijst {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/samenwerkingsverbanden-zoals-gepubliceerd", withExtension: "csv"))
        return try GepubliceerdeSamenwerkingslijst(url: url, projectjaar: 1)
    }

    func bevindingen() throws -> [Bevinding] {
        try lijst().controleer(acties: try ActieCatalogus.ingebouwd(), gepubliceerd: try GepubliceerdCijfer.ingebouwd())
    }

    @Test func everyRowIsKeptWithItsRowNumber() throws {
        let lijst = try lijst()
        #expect(lijst.rijen.count == 69)
        #expect(lijst.rijen.first?.herkomst.description == "\(Self.bestand):2")
        #expect(lijst.rijen.last?.herkomst.description == "\(Self.bestand):70")
        #expect(lijst.rijen.allSatisfy { $0.indiener != nil })
        // All rows resolve, so all become samenwerking records (VGC with an empty partner).
        #expect(lijst.gegevens.samenwerkingen.count == 69)
        #expect(lijst.vermeldingen.count == 24)
        #expect(lijst.vermeldingen.map(\.volgorde) == (1...24).map { $0 })
        #expect(lijst.vermeldingen.reduce(0) { $0 + $1.leden.count } == 92)
        #expect(lijst.vermeldingen.last?.indiener == "VGC")
        #expect(lijst.vermeldingen.last?.partners == [])
    }

    @Test func namesAreReadAsTheListMeansThem() throws {
        let lijst = try lijst()
        let deRand = try #require(lijst.rijen.first { $0.indienerVermeld == "De Rand vzw" })
        #expect(deRand.indiener == "DERAND")
        let wemmel = try #require(lijst.rijen.first { $0.partnerVermeld == "De Rand (io Wemmel)" })
        #expect(wemmel.partner == "23102")
        let wezembeek = try #require(lijst.rijen.first { $0.partnerVermeld == "Wezenbeek-Oppem" })
        #expect(wezembeek.partner == "23103")

        let namen = lijst.bevindingen
        #expect(namen.count == 2)
        let spelling = try #require(namen.first { $0.code == "naam-niet-exact" })
        #expect(spelling.ernst == .waarschuwing)
        #expect(spelling.boodschap.contains("'Wezenbeek-Oppem'"))
        #expect(spelling.boodschap.contains("Wezembeek-Oppem (23103)"))
        #expect(spelling.bron == "\(Self.bestand):33")
        let namens = try #require(namen.first { $0.code == "naam-namens" })
        #expect(namens.ernst == .info)
        #expect(namens.boodschap.contains("Wemmel (23102)"))
        #expect(namens.boodschap.contains("vzw De Rand"))
        #expect(namens.bron == "\(Self.bestand):37")
    }

    @Test func reportsTheDuplicateGeelEntry() throws {
        let dubbel = try bevindingen().filter { $0.code == "dubbele-vermelding" }
        #expect(dubbel.count == 1)
        let geel = try #require(dubbel.first)
        #expect(geel.ernst == .fout)
        #expect(geel.projectjaar == 1)
        #expect(geel.boodschap.contains("Geel (13008)"))
        #expect(geel.boodschap.contains("2 keer vermeld (volgorde 18 en 20)"))
        for partner in ["Herselt", "Laakdal", "Meerhout", "Westerlo"] { #expect(geel.boodschap.contains(partner)) }
        #expect(geel.bron == "\(Self.bestand):44-47, :52-55")
        // The duplicate keys of the Geel rows are not reported a second time.
        #expect(try bevindingen().filter { $0.code == "dubbele-sleutel" }.isEmpty)
        #expect(try bevindingen().filter { $0.code == "indiener-meermaals" }.isEmpty)
    }

    @Test func reportsBoomsProvince() throws {
        let provincie = try bevindingen().filter { $0.code == "provincie-afwijkend" }
        #expect(provincie.count == 1)
        let boom = try #require(provincie.first)
        #expect(boom.ernst == .fout)
        #expect(boom.boodschap.contains("Boom (11005)"))
        #expect(boom.boodschap.contains("provincie Limburg"))
        #expect(boom.boodschap.contains("provincie Antwerpen"))
        #expect(boom.bron == "\(Self.bestand):59-62")
    }

    @Test func reportsOverlappingMembershipsAsWarningsInYear1() throws {
        let overlap = try bevindingen().filter { $0.code == "meerdere-verbanden" }
        #expect(overlap.allSatisfy { $0.ernst == .waarschuwing && $0.projectjaar == 1 })
        func over(_ naam: String) -> Bevinding? { overlap.first { $0.boodschap.contains(": \(naam) (") } }
        let zwevegem = try #require(over("Zwevegem"))
        #expect(zwevegem.boodschap.contains("2 samenwerkingsverbanden"))
        #expect(zwevegem.boodschap.contains("als partner van Harelbeke (34013) en Waregem (34040)"))
        #expect(zwevegem.boodschap.contains("in projectjaar 1 toegelaten"))
        #expect(zwevegem.bron == "\(Self.bestand):3, :10")
        #expect(try #require(over("Kruibeke")).boodschap.contains("3 samenwerkingsverbanden"))
        #expect(try #require(over("Temse")).boodschap.contains("3 samenwerkingsverbanden"))
        #expect(try #require(over("Sint-Gillis-Waas")).boodschap.contains("2 samenwerkingsverbanden"))
        #expect(try #require(over("Zwijndrecht")).boodschap.contains("2 samenwerkingsverbanden"))
        // Waregem is a partner of Harelbeke and submits its own verband.
        #expect(try #require(over("Waregem")).boodschap.contains("als indiener van het eigen samenwerkingsverband en als partner van Harelbeke (34013)"))
        #expect(overlap.count == 6)
    }

    @Test func reportsTheStatedCountsThatDoNotMatch() throws {
        let tellingen = try bevindingen().filter { $0.code == "telling-afwijkend" }
        #expect(tellingen.count == 2)
        let besturen = try #require(tellingen.first { $0.boodschap.contains("vermeldt 80 samenwerkende lokale besturen") })
        #expect(besturen.ernst == .waarschuwing)
        #expect(besturen.boodschap.contains("79 verschillende besturen (77 gemeenten, vzw De Rand en Vlaamse Gemeenschapscommissie)"))
        #expect(besturen.boodschap.contains("92 lidmaatschappen"))
        #expect(besturen.bron == "S492 antwoord 2; \(Self.bestand):2-70")
        let indieners = try #require(tellingen.first { $0.boodschap.contains("vermeldt 24 projectindieners") })
        #expect(indieners.boodschap.contains("23 verschillende indieners in 24 vermeldingen"))
    }

    @Test func reportsVGCWithoutPartners() throws {
        let vgc = try #require(try bevindingen().first { $0.code == "verband-zonder-partners" })
        #expect(vgc.boodschap.contains("Vlaamse Gemeenschapscommissie"))
        #expect(vgc.bron == "\(Self.bestand):70")
    }

    @Test func printsTheFindings() throws {
        let bevindingen = try bevindingen()
        print(bevindingen.regels)
        #expect(bevindingen.map(\.code) == [
            "dubbele-vermelding", "provincie-afwijkend",
            "meerdere-verbanden", "meerdere-verbanden", "meerdere-verbanden", "meerdere-verbanden", "meerdere-verbanden",
            "meerdere-verbanden", "naam-niet-exact", "telling-afwijkend", "telling-afwijkend", "verband-zonder-partners",
            "naam-namens",
        ])
        #expect(bevindingen == Bevinding.gesorteerd(bevindingen.reversed()))
    }

    @Test func unresolvableNamesBecomeFindingsNotSilentDrops() throws {
        let csv = """
            volgorde,provincie_zoals_vermeld,indiener,partner
            1,Antwerpen,Geel,Xyzzyville
            2,Limburg,Nergenshuizen,Pelt
            x,Limburg,Pelt,Bree
            3,Antwerpen,,Mol
            """
        let lijst = try GepubliceerdeSamenwerkingslijst(csv: csv, bestand: "test.csv")
        #expect(lijst.rijen.count == 4)
        #expect(lijst.gegevens.samenwerkingen.count == 1)
        let codes = lijst.bevindingen.map { "\($0.code) \($0.bron)" }
        #expect(codes.contains("naam-onbekend test.csv:2"))
        #expect(codes.contains("naam-onbekend test.csv:3"))
        #expect(codes.contains("rij-onvolledig test.csv:4"))
        #expect(codes.contains("rij-onvolledig test.csv:5"))
        #expect(lijst.bevindingen.filter { $0.code == "naam-onbekend" }.allSatisfy { $0.ernst == .fout && $0.boodschap.contains("telt niet mee") })
    }

    @Test func missingColumnsAreAnError() {
        #expect(throws: GepubliceerdeSamenwerkingslijst.Fout.self) {
            try GepubliceerdeSamenwerkingslijst(csv: "projectjaar,indiener,partner\n1,Geel,Mol\n", bestand: "x.csv")
        }
    }
}
