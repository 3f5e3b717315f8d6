import Foundation
import Testing
import SamenlevenControle
import SamenlevenModel
@testable import SamenlevenQueries

/// The corrected year-1 files in `Sources/SamenlevenStore/DefaultDataset/`, read from the source
/// tree with a minimal CSV split (the store's importer is not used here).
@Suite("Ingebouwde gegevens projectjaar 1 (verbeterd)")
struct DefaultDatasetTests {
    static let map = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/SamenlevenStore/DefaultDataset/Gepubliceerd")

    /// Header and rows with their row numbers; quotes may enclose commas (no line breaks).
    static func lees(_ naam: String) throws -> (kop: [String], rijen: [(Int, [String: String])]) {
        let tekst = try String(contentsOf: map.appendingPathComponent(naam), encoding: .utf8)
        let regels = tekst.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let kop = velden(regels[0])
        var rijen: [(Int, [String: String])] = []
        for (index, regel) in regels.enumerated().dropFirst() where !regel.isEmpty {
            let waarden = velden(regel)
            #expect(waarden.count == kop.count, "\(naam):\(index + 1): \(waarden.count) velden")
            rijen.append((index + 1, Dictionary(uniqueKeysWithValues: zip(kop, waarden))))
        }
        return (kop, rijen)
    }

    static func velden(_ regel: String) -> [String] {
        var velden: [String] = [], veld = "", inQuotes = false
        var tekens = Array(regel)[...]
        while let c = tekens.popFirst() {
            if c == "\"" {
                if inQuotes && tekens.first == "\"" { veld.append("\""); tekens.removeFirst() } else { inQuotes.toggle() }
            } else if c == "," && !inQuotes {
                velden.append(veld); veld = ""
            } else {
                veld.append(c)
            }
        }
        velden.append(veld)
        return velden
    }

    let resolver = BestuurResolver()
    let start = Projectjaar.nummer(1)!.start

    /// Every name must resolve exactly (no suggestions needed).
    func code(_ naam: String, _ waar: String) -> String {
        switch resolver.resolve(naam, op: start) {
        case .success(let bestuur): return bestuur.code
        case .failure(let fout):
            Issue.record("\(waar): \(fout)")
            return naam
        }
    }

    func gegevens() throws -> Gegevens {
        var gegevens = Gegevens()
        let samenwerkingen = try Self.lees("samenwerkingsverbanden-projectjaar-1.csv")
        #expect(samenwerkingen.kop == ["projectjaar", "indiener", "partner", "provincie"])
        for (rij, w) in samenwerkingen.rijen {
            let waar = "samenwerkingsverbanden-projectjaar-1.csv:\(rij)"
            gegevens.samenwerkingen.append(Samenwerking(
                projectjaar: Int(w["projectjaar"]!)!, indiener: code(w["indiener"]!, waar), partner: code(w["partner"]!, waar),
                provincieVermeld: w["provincie"], herkomst: Herkomst(bron: "samenwerkingsverbanden-projectjaar-1.csv", rij: rij)))
        }
        let mentorschappen = try Self.lees("mentorschappen-projectjaar-1.csv")
        #expect(mentorschappen.kop == ["projectjaar", "bestuur", "actie", "stimulans", "toelichting", "provincie"])
        for (rij, w) in mentorschappen.rijen {
            gegevens.mentorschappen.append(Mentorschap(
                projectjaar: Int(w["projectjaar"]!)!, bestuur: code(w["bestuur"]!, "mentorschappen:\(rij)"),
                actie: Int(w["actie"]!)!, stimulans: try Euro(parsing: w["stimulans"]!), toelichting: w["toelichting"],
                provincieVermeld: w["provincie"], herkomst: Herkomst(bron: "mentorschappen-projectjaar-1.csv", rij: rij)))
        }
        let sio = try Self.lees("sio-projectjaar-1.csv")
        #expect(sio.kop == ["projectjaar", "bestuur", "investeerder", "sociale_organisatie", "bedrag", "toelichting"])
        for (rij, w) in sio.rijen {
            gegevens.sio.append(SIOExperiment(
                projectjaar: Int(w["projectjaar"]!)!, bestuur: code(w["bestuur"]!, "sio:\(rij)"),
                investeerder: w["investeerder"].flatMap { $0.isEmpty ? nil : $0 },
                socialeOrganisatie: w["sociale_organisatie"].flatMap { $0.isEmpty ? nil : $0 },
                bedrag: try Euro(parsing: w["bedrag"]!), toelichting: w["toelichting"],
                herkomst: Herkomst(bron: "sio-projectjaar-1.csv", rij: rij)))
        }
        return gegevens
    }

    @Test func filesParseAndNamesResolveExactly() throws {
        let g = try gegevens()
        #expect(g.samenwerkingen.count == 64)
        #expect(Set(g.samenwerkingen.map(\.indiener)).count == 22)
        #expect(Set(g.samenwerkingen.flatMap { [$0.indiener, $0.partner] }).count == 78)
        #expect(g.samenwerkingen.contains { $0.indiener == "34022" && $0.partner == "34025" })
        #expect(g.samenwerkingen.contains { $0.partner == "23102" })   // Wemmel
        #expect(g.samenwerkingen.contains { $0.partner == "23103" })   // Wezembeek-Oppem
        #expect(!g.samenwerkingen.contains { $0.indiener == "VGC" || $0.partner == "VGC" })
        #expect(g.mentorschappen.map(\.actie) == [11, 10, 15, 5, 8, 18, 22, 9, 17, 16, 13, 2])
        #expect(g.mentorschappen.reduce(Euro.zero) { $0 + $1.stimulans } == Euro(euros: 120_000))
        #expect(g.sio.count == 1)
        #expect(g.sio.first?.bestuur == "46021")
        #expect(g.sio.first?.investeerder == nil && g.sio.first?.socialeOrganisatie == nil)
        #expect(g.sio.first?.toelichting?.contains("AP Hogeschool") == true)
    }

    /// 22 indieners, no duplicate or province findings; what stays is what the sources say
    /// differently (24 indieners and 80 besturen stated) and the overlaps allowed in year 1.
    @Test func correctedDataPassTheChecker() throws {
        let bevindingen = Controle.voerUit(gegevens: try gegevens(), acties: try ActieCatalogus.ingebouwd(),
                                          gepubliceerd: try GepubliceerdCijfer.ingebouwd())
        let codes = Set(bevindingen.map(\.code))
        for code in ["dubbele-vermelding", "dubbele-sleutel", "indiener-meermaals", "provincie-afwijkend", "provincie-onbekend",
                     "verband-zonder-partners", "bestuur-onbekend", "actie-onbekend", "stimulans-afwijkend"] {
            #expect(!codes.contains(code), "\(code)")
        }
        #expect(bevindingen.aantal(.fout) == 0, "\(bevindingen.regels)")
        #expect(bevindingen.filter { $0.code == "meerdere-verbanden" }.count == 6)
        let tellingen = bevindingen.filter { $0.code == "telling-afwijkend" }.map(\.boodschap)
        #expect(tellingen.count == 2)
        #expect(tellingen.contains { $0.contains("vermeldt 24 projectindieners") && $0.contains("22 verschillende indieners in 22 vermeldingen") })
        #expect(tellingen.contains { $0.contains("vermeldt 80 samenwerkende lokale besturen") && $0.contains("78 verschillende besturen (77 gemeenten en vzw De Rand)") && $0.contains("86 lidmaatschappen") })
    }

    /// The corrected list is the published one with exactly the recorded corrections.
    @Test func correctedListIsThePublishedListMinusTheCorrections() throws {
        // The checker's fixture: the list as published in the answer to question 492.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SamenlevenControleTests/Fixtures/samenwerkingsverbanden-zoals-gepubliceerd.csv")
        let gepubliceerd = try GepubliceerdeSamenwerkingslijst(url: url)
        let verwacht = Set(gepubliceerd.rijen.filter { $0.volgorde != 20 && !$0.partnerVermeld.isEmpty }
            .map { "\($0.indiener!)>\($0.partner!)" })
        let verbeterd = try gegevens().samenwerkingen
        #expect(Set(verbeterd.map { "\($0.indiener)>\($0.partner)" }) == verwacht)
        #expect(verbeterd.count == verwacht.count)
    }

    @Test func correctionsAreRecordedWithReasonAndSource() throws {
        let correcties = try Correctie.lees(url: Self.map.appendingPathComponent("correcties.csv"))
        #expect(correcties.count == 5)
        #expect(correcties.map(\.volgorde) == [20, 22, 13, 14, 24])
        for c in correcties {
            #expect(FileManager.default.fileExists(atPath: Self.map.appendingPathComponent(c.bestand).path), "\(c.bestand)")
            #expect(!c.reden.isEmpty && c.bron.contains("S492"))
            #expect(c.rij.hasPrefix("samenwerkingsverbanden-zoals-gepubliceerd.csv:"))
        }
        let boom = try #require(correcties.first { $0.volgorde == 22 })
        #expect(boom.oud == "Limburg" && boom.nieuw == "Antwerpen")
        #expect(boom.herkomst == "correcties.csv:3")
        #expect(boom.voetnoot.hasPrefix("Correctie (volgorde 22, samenwerkingsverbanden-zoals-gepubliceerd.csv:59-62): provincie 'Limburg' → 'Antwerpen'; Boom (NIS-code 11005)"))
    }

    @Test func correctionsFileErrorsAreReported() {
        #expect(throws: Correctie.Fout.self) { try Correctie.lees(csv: "bestand,wat\nx,y\n") }
        #expect(throws: Correctie.Fout.self) {
            try Correctie.lees(csv: "bestand,volgorde,rij,wat,oud,nieuw,reden,bron\nx.csv,een,,provincie,a,b,,S492\n")
        }
    }

    @Test func noRefusalsIsAPublishedCountNotRows() {
        #expect(!FileManager.default.fileExists(atPath: Self.map.appendingPathComponent("aanvragen-projectjaar-1.csv").path))
        let weigeringen = GepubliceerdeTelling.ingebouwd.filter { $0.wat == .weigeringen && $0.projectjaar == 1 }
        #expect(weigeringen.map(\.waarde) == [0])
        #expect(weigeringen.first?.bron == "S492 antwoord 3")
    }
}
