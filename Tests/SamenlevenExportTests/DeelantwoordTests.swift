import Foundation
import Testing
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
import SamenlevenExport

/// A question file answered on the fixed fixture (`WerkboekFixture`): antwoord.json, the CSV
/// and the sheets of the bijlage, against figures computed by hand from the fixture's records.
@Suite("Antwoord uit een vraagbestand")
struct DeelantwoordTests {
    static let tekst = """
        nummer = 77
        datum = 2024-02-01
        vraagsteller = "Jan Peeters"
        projectjaren = [1]

        [[deelvraag]]
        nummer = "1"
        tekst = "Wat was de realisatiegraad van actie 5 per bestuur?"
        tabel = "kpi"
        per = ["bestuur"]
        maten = ["kpi_vooropgesteld", "kpi_behaald_12m", "realisatiegraad"]
        filter = { actie = 5 }

        [[deelvraag]]
        nummer = "2a"
        tekst = "Hoeveel ontving Gent?"
        tabel = "toekenningen"
        per = ["actie"]
        maten = ["subsidie", "toekenningen"]
        filter = { bestuur = "Gent" }

        [[deelvraag]]
        nummer = "3"
        tekst = "Waarom?"
        beleid = true
        """

    func antwoord() throws -> (Vraagbestand, [Deelantwoord]) {
        let vraagbestand = try Vraagbestand.lees(tekst: Self.tekst, bestandsnaam: "vraag-77.toml")
        return (vraagbestand, try vraagbestand.beantwoord(WerkboekFixture.context))
    }

    @Test func antwoordJsonHoldsTheFiguresInLongForm() throws {
        let (vraagbestand, antwoorden) = try antwoord()
        let json = Antwoordgegevens.json(vraagbestand, antwoorden).rendered()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let deelvragen = try #require(object["deelvragen"] as? [[String: Any]])
        #expect(deelvragen.map { $0["nummer"] as? String } == ["1", "2a", "3"])

        // KPI of action 5: Antwerpen promised 1.000 and reached 1.100 (110 %), Genk 900 and 700 (77,78 %).
        let kpi = try #require(deelvragen[0]["gegevens"] as? [[String: Any]])
        let antwerpen = try #require(kpi.first { $0["bestuur"] as? String == "11002" })
        #expect(antwerpen["kpi_vooropgesteld"] as? Int == 1000 && antwerpen["kpi_behaald_12m"] as? Int == 1100)
        #expect(antwerpen["realisatiegraad"] as? Double == 110)
        let genk = try #require(kpi.first { $0["bestuur"] as? String == "71016" })
        let graad = try #require(genk["realisatiegraad"] as? Double)
        #expect(abs(graad - 77.78) < 0.006)
        #expect(Set(kpi.compactMap { $0["bestuur"] as? String }) == ["11002", "11056", "46013", "34022", "71016", "VGC", "DERAND"])
        let totaal = try #require(deelvragen[0]["totaal"] as? [String: Any])
        #expect(totaal["kpi_vooropgesteld"] as? Int == 1000 + 300 + 200 + 400 + 900 + 2000 + 150)

        // Gent: actions 2 and 17, 25.000 and 12.345,67 euro.
        let gent = try #require(deelvragen[1]["gegevens"] as? [[String: Any]])
        #expect(gent.map { $0["actie"] as? Int } == [2, 17])
        #expect(gent.map { $0["subsidie"] as? Double } == [25_000, 12_345.67])
        #expect(json.contains("\"subsidie\": 12345.67"))
        #expect((deelvragen[1]["totaal"] as? [String: Any])?["subsidie"] as? Double == 37_345.67)
        #expect(deelvragen[2]["beleid"] as? Bool == true)
        #expect(!json.contains("Optional") && !json.contains("geheelGetal") && !json.contains("euro("))
    }

    @Test func theCsvFollowsTheOpenDataConventions() throws {
        let (_, antwoorden) = try antwoord()
        let csv = Antwoordgegevens.csv(try #require(antwoorden[1].antwoord))
        #expect(csv == "actie,subsidie,toekenningen\r\n2,25000.00,1\r\n17,12345.67,1\r\n" || csv == "actie,subsidie,toekenningen\r\n2,25000,1\r\n17,12345.67,1\r\n",
                "\(csv)")
    }

    @Test func theBijlageHasASheetPerDeelvraagWithATable() throws {
        let (vraagbestand, antwoorden) = try antwoord()
        #expect(antwoorden.map(\.blad) == ["Deelvraag 1", "Deelvraag 2a", nil])
        let bijlage = Bijlage(context: WerkboekFixture.context, vraag: vraagbestand.parlementaireVraag, projectjaar: 1,
                              deelantwoorden: antwoorden)
        #expect(bijlage.bladnamen() == ["Toelichting", "Deelvraag 1", "Deelvraag 2a"])
        // The Toelichting names each deelvraag by the file's own label ("2a", not its position).
        let pad = tijdelijkPad("bijlage-2a.xlsx")
        try bijlage.schrijf(naar: pad)
        let teksten = Set(try XlsxPakket(pad: pad).blad("Toelichting").cellen.values.compactMap(\.waarde))
        #expect(teksten.contains("Deelvraag 2a"))
        #expect(teksten.contains { $0.hasSuffix("→ Blad Deelvraag 2a.") })
        #expect(!teksten.contains("Deelvraag 2"))
        // Each sheet names the deelvraag it answers, by that label.
        let blad = Set(try XlsxPakket(pad: pad).blad("Deelvraag 2a").cellen.values.compactMap(\.waarde))
        #expect(blad.contains { $0.hasPrefix("Schriftelijke vraag nr. 77 ") && $0.hasSuffix(", deelvraag 2a") })
    }

    @Test func aDeelvraagGroupedPerProvinceBecomesTheProvinceSheets() throws {
        let tekst = Self.tekst.replacingOccurrences(of: "per = [\"actie\"]", with: "per = [\"provincie\", \"bestuur\"]")
            .replacingOccurrences(of: "filter = { bestuur = \"Gent\" }\n", with: "")
        let vraagbestand = try Vraagbestand.lees(tekst: tekst, bestandsnaam: "vraag-77.toml")
        let antwoorden = try vraagbestand.beantwoord(WerkboekFixture.context)
        #expect(antwoorden[1].blad == "Antwerpen")
        let bijlage = Bijlage(context: WerkboekFixture.context, vraag: vraagbestand.parlementaireVraag, projectjaar: 1,
                              deelantwoorden: antwoorden)
        #expect(bijlage.bladnamen() == ["Toelichting", "Grafieken", "Deelvraag 1"] + Provincie.allCases.map(\.naam))
    }
}
