import Foundation
import Testing

@Suite("CLI: vraag")
struct VraagCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func toekenningenAsJSONOnAnEmptyStore() throws {
        let result = try CLI.run(["vraag", "toekenningen", "--formaat", "json", "--vraagnummer", "492",
                                  "--vragen", AntwoordCommandTests.vragen.path])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result.stdout)
        #expect(object["titel"] as? String == "Toegekende subsidie per bestuur en actie, per provincie en doelstelling")
        let rijen = try #require(object["rijen"] as? [[String: Any]])
        #expect(rijen.count == 1)
        #expect(rijen.last?["soort"] as? String == "totaal")
        let voetnoten = try #require(object["voetnoten"] as? [[String: Any]])
        #expect(voetnoten.contains { ($0["tekst"] as? String)?.hasPrefix("Geen gegevens voor") == true })
        let vraag = try #require(object["vraag"] as? [String: Any])
        // The deelvraag that asks for toekenningen, from Vragen/vraag-492.toml.
        #expect(vraag["nummer"] as? Int == 492 && vraag["subvraag"] as? String == "1")
        // Without --vraagnummer the answer names no question; a number without a question file names only the number.
        let zonder = try json(try CLI.run(["vraag", "toekenningen", "--formaat", "json"]).stdout)
        #expect(zonder["vraag"] is NSNull)
        let onbekend = try json(try CLI.run(["vraag", "toekenningen", "--formaat", "json", "--vraagnummer", "77",
                                             "--vragen", AntwoordCommandTests.vragen.path]).stdout)
        let alleenNummer = try #require(onbekend["vraag"] as? [String: Any])
        #expect(alleenNummer["nummer"] as? Int == 77 && alleenNummer["subvraag"] is NSNull)
    }

    @Test func everySoortAndFormatWorksOnAnEmptyStore() throws {
        let dir = CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("leeg.sqlite")
        for soort in ["toekenningen", "samenwerking", "weigeringen", "aanvragen", "budget", "mentorschap", "sio", "kpi"] {
            for formaat in ["tekst", "csv", "json", "md"] {
                let result = try CLI.run(["vraag", soort, "--formaat", formaat], db: db)
                #expect(result.status == 0, "\(soort) \(formaat): \(result.stderr)")
                #expect(!result.stdout.isEmpty)
            }
        }
    }

    @Test func textAndCSVOutput() throws {
        let text = try CLI.run(["vraag", "weigeringen", "--projectjaar", "1", "--provincie", "limburg", "--vraagnummer", "492"])
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Geweigerde subsidieaanvragen per provincie, met reden\nvraag 492, subvraag 3\n"))
        #expect(text.stdout.contains("Selectie: Projectjaar: 1; Provincie: Limburg; Gemeentelijke indeling: gemeentelijke indeling 2019-2024 (300 gemeenten)"))
        let csv = try CLI.run(["vraag", "budget", "--formaat", "csv"])
        #expect(csv.stdout.hasPrefix("soort,niveau,omschrijving,aantal,toegekend,gepubliceerd,verschil,samenwerkingsstimulans,herkomst\r\n"))
    }

    @Test func bestuurByNameInEitherGeography() throws {
        let result = try CLI.run(["vraag", "toekenningen", "--bestuur", "Zwijndrecht", "--geografie", "2025", "--formaat", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let filters = try #require(try json(result.stdout)["filters"] as? [[String: String]])
        #expect(filters.contains { $0["naam"] == "Bestuur" && $0["waarde"] == "Zwijndrecht (11056)" })
        #expect(filters.contains { $0["naam"] == "Gemeentelijke indeling" && $0["waarde"]?.contains("vanaf 1 januari 2025") == true })
        let nieuw = try CLI.run(["vraag", "kpi", "--bestuur", "Beveren-Kruibeke-Zwijndrecht"])
        #expect(nieuw.status == 0, "\(nieuw.stderr)")
        #expect(nieuw.stdout.contains("Bestuur: Beveren-Kruibeke-Zwijndrecht (46030)"))
    }

    @Test func unknownSoortExits2WithTheValidOnes() throws {
        let result = try CLI.run(["vraag", "subsidies"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("onbekende soort vraag 'subsidies'"))
        #expect(result.stderr.contains("toekenningen, samenwerking, weigeringen, aanvragen, budget, mentorschap, sio, kpi"))
        #expect(result.stdout.isEmpty)
    }

    @Test func invalidFiltersExit2InDutch() throws {
        let cases: [([String], String)] = [
            (["vraag", "toekenningen", "--projectjaar", "4"], "--projectjaar: '4' is geen projectjaar"),
            (["vraag", "toekenningen", "--doelstelling", "8"], "--doelstelling: '8' is geen doelstelling"),
            (["vraag", "toekenningen", "--actie", "25"], "--actie: '25' is geen actienummer"),
            (["vraag", "toekenningen", "--geografie", "2030"], "--geografie: '2030' is onbekend"),
            (["vraag", "toekenningen", "--formaat", "xlsx"], "--formaat xlsx schrijft een werkboek: geef ook --uit BESTAND.xlsx"),
            (["vraag", "toekenningen", "--formaat", "pdf"], "onbekend formaat 'pdf'. Geldige formaten: tekst, csv, json, md, xlsx."),
            (["vraag", "toekenningen", "--provincie", "Kortrijk"], "onbekende provincie 'Kortrijk'"),
            (["vraag", "toekenningen", "--bestuur", "Gentt"], "onbekend bestuur 'Gentt'; bedoelde u Gent (44021)"),
        ]
        for (arguments, message) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    @Test func helpIsDutchAndListsTheSoorten() throws {
        let result = try CLI.run(["vraag", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Beantwoordt een standaardvraag"))
        #expect(result.stdout.contains("mentorschap  Mentorbesturen per provincie, met actie en stimulans"))
        #expect(result.stdout.contains("GEBRUIK:"))
    }
}
