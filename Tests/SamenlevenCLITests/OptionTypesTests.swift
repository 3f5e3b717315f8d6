import Foundation
import Testing

/// The option types (`Projectjaar`, `Provincie`, `Geografie`, dates, formats, `--db`) parse
/// their own values: a bad value is refused with exactly the one Dutch line of the type,
/// never ArgumentParser's English message or a usage text.
@Suite("CLI: optietypes")
struct OptionTypesTests {
    @Test func aBadValueGivesTheTypesOwnDutchLineAndNothingElse() throws {
        let cases: [([String], String)] = [
            (["vraag", "toekenningen", "--projectjaar", "4"], "fout: --projectjaar: '4' is geen projectjaar; geldig: 1, 2, 3.\n"),
            (["bijlage", "492", "--geografie", "1"], "fout: --geografie: '1' is onbekend; geldig: 2019 of 2025.\n"),
            (["controleer", "--formaat", "xml"], "fout: --formaat: kies tekst of json, niet 'xml'.\n"),
            (["besturen", "--op", "2025/01/01"], "fout: --op: '2025/01/01' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-06-01.\n"),
            (["vraag", "toekenningen", "--actie", "0"], "fout: --actie: '0' is geen actienummer; geldig: 1 tot 24.\n"),
            (["besturen", "--db", ""], "fout: --db: het pad is leeg; geef het pad naar de databank (een leeg pad zou een tijdelijke databank geven die na het commando verdwijnt).\n"),
        ]
        for (arguments, stderr) in cases {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr == stderr, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func goodValuesAreAcceptedWithTheirOtherSpellings() throws {
        let oud = try CLI.run(["vraag", "toekenningen", "--projectjaar", " 1 ", "--geografie", "2019-2024", "--provincie", "limburg", "--formaat", "CSV"])
        #expect(oud.status == 0, "\(oud.stderr)")
        #expect(oud.stdout.hasPrefix("soort,niveau,omschrijving"), "\(oud.stdout.prefix(200))")
        #expect(oud.stdout.contains("projectjaar 1, provincie Limburg"))
        let json = try CLI.run(["controleer", "--formaat", "json", "--projectjaar", "1"])
        #expect(json.status == 0 || json.status == 3, "\(json.stderr)")
        #expect(json.stdout.hasPrefix("["))
    }

    @Test func theDefaultFormatOfControleerIsStillShownInTheHelp() throws {
        let result = try CLI.run(["help", "controleer"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("tekst of json. (standaard: tekst)"))
    }
}
