import Foundation
import Testing
import SamenlevenVraagbestand
@testable import SamenlevenVoorbeelddata   // SeededRandom: the project's one seeded generator

@Suite("Vraagbestanden: vijandige invoer")
struct VijandigeInvoerTests {
    func schrijf(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vraag-1234-\(UUID().uuidString).toml")
        try Data(bytes).write(to: url)
        return url
    }

    func problemenVanBestand(_ bytes: [UInt8]) throws -> [String] {
        let url = try schrijf(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try Vraagbestand.lees(url, bestandsnaam: "vraag-1234.toml")
            return []
        } catch {
            return error.problemen.map(\.description)
        }
    }

    @Test func aHugeFileIsRefusedBeforeItIsRead() throws {
        let groot = hoofd + String(repeating: "# opvulling\n", count: 100_000)
        #expect(problemen(groot) == ["vraag-1234.toml: is 1.200.089 bytes groot; een vraagbestand is hoogstens 1.048.576 bytes"])
        // From disk the size is checked before the bytes are loaded.
        #expect(try problemenVanBestand(Array(groot.utf8)) == problemen(groot))
    }

    @Test func aDeviceIsNoQuestionFile() {
        #expect(throws: Vraagbestand.Fout(problemen: [.init(bestand: "/dev/zero", regel: nil, boodschap: "is geen gewoon bestand (een apparaat of een pipe?)")])) {
            try Vraagbestand.lees(URL(fileURLWithPath: "/dev/zero"))
        }
        #expect(throws: Vraagbestand.Fout(problemen: [.init(bestand: "/tmp", regel: nil, boodschap: "is een map, geen vraagbestand")])) {
            try Vraagbestand.lees(URL(fileURLWithPath: "/tmp"))
        }
    }

    @Test func binaryAndNonUTF8FilesAreRefusedWithTheirLine() throws {
        var binair = Array((hoofd + beleid).utf8)
        binair.insert(0, at: 30)
        #expect(try problemenVanBestand(binair)
                == ["vraag-1234.toml:2: is geen tekstbestand (het bevat nul-bytes); een vraagbestand is TOML-tekst in UTF-8"])
        let latin1 = Array("nummer = 1234\ndatum = 2025-03-05\nvraagsteller = \"Ren".utf8) + [0xE9] + Array("\"\n\(beleid)".utf8)
        #expect(try problemenVanBestand(latin1)
                == ["vraag-1234.toml:3: is geen geldige UTF-8 (Windows-1252 of Latin-1?); bewaar het bestand als UTF-8"])
        #expect(try problemenVanBestand([0xFF, 0xFE] + Array("n".utf8)) == ["vraag-1234.toml: is UTF-16 gecodeerd; bewaar het als UTF-8"])
        // A UTF-8 byte order mark is fine.
        #expect(try problemenVanBestand([0xEF, 0xBB, 0xBF] + Array((hoofd + beleid).utf8)) == [])
        #expect(try problemenVanBestand([]) == ["vraag-1234.toml:1: de verplichte sleutel 'nummer' ontbreekt",
                                              "vraag-1234.toml:1: de verplichte sleutel 'datum' ontbreekt (datum = 2025-03-05)",
                                              "vraag-1234.toml:1: de verplichte sleutel 'vraagsteller' ontbreekt",
                                              "vraag-1234.toml:1: geen enkele [[deelvraag]]; een vraagbestand heeft minstens één deelvraag"])
    }

    @Test func aNulCharacterCannotCutAValueShort() {
        #expect(problemen(hoofd + beleid.replacingOccurrences(of: "Waarom?", with: "Waarom\u{0}?"))
                == ["vraag-1234.toml:8: bevat een NUL-teken; een vraagbestand is tekst"])
        #expect(problemen(hoofd + beleid.replacingOccurrences(of: "Waarom?", with: "Waarom\\u0000?"))
                == ["vraag-1234.toml:8: \\u0000 (het NUL-teken) kan niet in een tekst staan"])
    }

    @Test func controlCharactersInTextAreRefused() throws {
        #expect(problemen(hoofd + beleid.replacingOccurrences(of: "Waarom?", with: "Waar\\u001Bom?"))
                == ["vraag-1234.toml:8: tekst bevat het stuurteken U+001B"])
        #expect(problemen(hoofd + beleid.replacingOccurrences(of: "Waarom?", with: "Waar\u{202E}om?"))
                == ["vraag-1234.toml:8: tekst bevat het stuurteken U+202E"])
        // Raw, toml++ refuses them itself, with the line.
        let rauw = problemen(hoofd + beleid.replacingOccurrences(of: "Waarom?", with: "Waar\u{1B}om?"))
        #expect(rauw.count == 1 && rauw[0].hasPrefix("vraag-1234.toml:8: geen geldige TOML: "))
        // A multi-line text keeps its line breaks and tabs.
        let vraag = try lees(hoofd + "[[deelvraag]]\nnummer = \"1\"\ntekst = \"\"\"\na\n\tb\"\"\"\nbeleid = true\n")
        #expect(vraag.deelvragen[0].tekst == "a\n\tb")
    }

    @Test func deepNestingIsATomlErrorOrATypeErrorNeverACrash() {
        let diep = problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = "
                             + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\n")
        #expect(diep.count == 1 && diep[0].hasPrefix("vraag-1234.toml:9: geen geldige TOML: "))
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = "
                          + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n")
                == ["vraag-1234.toml:9: per verwacht namen tussen aanhalingstekens (per = [\"provincie\", \"bestuur\"]), niet een lijst"])
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { actie = [[[[1]]]] }\n")
                == ["vraag-1234.toml:9: actie verwacht een nummer of een lijst van nummers, niet een lijst"])
    }

    /// toml++ asserts (debug) or assumes (release) that a header's name follows its bracket.
    @Test func aTableHeaderWithoutANameIsRefusedBeforeTomlPlusPlusSeesIt() throws {
        #expect(problemen(hoofd + "[[\ndeelvraag]]\nnummer = \"1\"\n")
                == ["vraag-1234.toml:5: geen geldige TOML: een tabelkop zonder naam; na [ of [[ volgt meteen de naam, bv. [[deelvraag]]"])
        #expect(problemen(hoofd + beleid + "[.filter]\n")
                == ["vraag-1234.toml:10: geen geldige TOML: een tabelkop zonder naam; na [ of [[ volgt meteen de naam, bv. [[deelvraag]]"])
        // In a text, a line that starts with a bracket is text.
        let vraag = try lees(hoofd + "[[deelvraag]]\nnummer = \"1\"\ntekst = \"\"\"\n[...] zegt de minister, \\\n[...]\"\"\"\nbeleid = true\n")
        #expect(vraag.deelvragen[0].tekst == "[...] zegt de minister, [...]")
    }

    @Test func thousandsOfDeelvragenAreRefusedOnce() {
        var tekst = hoofd
        for nummer in 1...5_000 { tekst += "[[deelvraag]]\nnummer = \"\(nummer)\"\ntekst = \"Waarom?\"\nbeleid = true\n" }
        #expect(problemen(tekst) == ["vraag-1234.toml:405: te veel deelvragen (5.000); een vraagbestand heeft er hoogstens 100"])
    }

    @Test func integersBeyondSixtyFourBitsAndAtItsEdges() {
        let te = problemen(hoofd.replacingOccurrences(of: "nummer = 1234", with: "nummer = 99999999999999999999") + beleid)
        #expect(te.count == 1 && te[0].hasPrefix("vraag-1234.toml:1: geen geldige TOML: "))
        #expect(problemen(hoofd.replacingOccurrences(of: "nummer = 1234", with: "nummer = -9223372036854775808") + beleid)
                == ["vraag-1234.toml:1: nummer = -9223372036854775808 ligt buiten 1 tot 999.999"])
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { actie = 9223372036854775807 }\n")
                == ["vraag-1234.toml:9: onbekende actie 9223372036854775807; de catalogus kent de acties 1 tot 24"])
    }

    @Test func aFloodOfProblemsIsCut() throws {
        let tekst = hoofd + (1...200).map { "onbekend\($0) = 1\n" }.joined() + beleid
        let fout = #expect(throws: Vraagbestand.Fout.self) { try lees(tekst) }
        #expect(fout?.problemen.count == Vraagbestand.Fout.maxProblemen)
        #expect(fout?.nietGetoond == 150)
        #expect(fout?.description.hasSuffix("\nvraag-1234.toml: en nog 150 problemen") == true)
    }

    @Test func longListsAreRefusedBeforeTheirNamesAreLookedUp() {
        let namen = Array(repeating: "\"Gnetje\"", count: 60_000).joined(separator: ",")
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { bestuur = [\(namen)] }\n")
                == ["vraag-1234.toml:9: bestuur is een lijst van 60.000 waarden; hoogstens 400"])
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = [\(Array(repeating: "\"actie\"", count: 401).joined(separator: ","))]\n")
                == ["vraag-1234.toml:9: per is een lijst van 401 waarden; hoogstens 400"])
    }

    /// Many deelvragen full of unknown names: once the listed problems are full, no name is
    /// looked up any more, and the message says so.
    @Test func unknownNamesStopBeingLookedUpOnceTheListIsFull() throws {
        let namen = (0..<400).map { "\"Gnet\($0)x\"" }.joined(separator: ", ")
        let tekst = hoofd + (1...100).map { "[[deelvraag]]\nnummer = \"\($0)\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { bestuur = [\(namen)] }\n" }.joined()
        let fout = #expect(throws: Vraagbestand.Fout.self) { try lees(tekst) }
        #expect(fout?.problemen.count == Vraagbestand.Fout.maxProblemen)
        #expect(fout?.onvolledig == true)
        #expect(fout?.description.hasSuffix("\nvraag-1234.toml: de rest werd niet meer nagekeken") == true)
    }

    @Test func longValuesAreShortenedInMessages() {
        let lang = String(repeating: "x", count: 10_000)
        #expect(problemen(deelvraag: "nummer = \"1\"\ntekst = \"x\"\ntabel = \"\(lang)\"\n")
                == ["vraag-1234.toml:8: onbekende tabel '\(String(repeating: "x", count: 40))…'; mogelijk: toekenningen, kpi, samenwerking, weigeringen, aanvragen, mentorschap, sio, budget, wijzigingen"])
    }

    /// Random soup of keys, values, headers and junk (seeded, so a failure can be replayed):
    /// the reader never crashes, and a refusal names lines that exist.
    @Test(arguments: 0..<4)
    func randomKeySoupNeverCrashes(_ ronde: UInt64) {
        var rng = SeededRandom(seed: 0x5A3E_11E7 &+ ronde)
        let sleutels = ["nummer", "datum", "vraagsteller", "minister", "titel", "projectjaren", "geografie", "sjabloon",
                        "tekst", "toelichting", "beleid", "tabel", "per", "naast", "maten", "filter", "van", "naar",
                        "filter.provincie", "filter.bestuur", "\"per\"", "onbekend", "deelvraag", "provincie", "actie"]
        let waarden = ["1234", "\"1\"", "\"5a\"", "2025-03-05", "true", "false", "[1, 2, 3]", "[3]", "[]", "[[1]]", "\"toekenningen\"",
                       "\"kpi\"", "\"wijzigingen\"", "[\"provincie\", \"bestuur\"]", "[\"subsidie\", \"kpi_behaald_12m\"]", "\"projectjaar\"",
                       "{ provincie = \"Limburg\" }", "{ bestuur = [\"Gent\", 44021, \"Gnet\"] }", "{ status = \"gestopt\", groep = 1 }",
                       "99999999999999999999", "-1", "1.5", "\"\"\"\nmeer\nregels\"\"\"", "\"\\u0007\"", "{ x = { y = [1] } }", "\"2025\""]
        let anders = ["[[deelvraag]]", "[deelvraag.filter]", "[deelvraag]", "[x]", "", "# commentaar", "= 3", "[[", "\"\"\"", "{", "ä = ö",
                      "[", "[.x]", "[ =", "[[ ]]", "]", "x = [", "x = {", "a.b.c = 1", "x = 1979-05-27T07:32:00Z", "x = inf",
                      "x = nan", "x = 0x1F", "x = 1_000", "'''", "x = '''a'''", "x = \"a\\", "\"k\" = 1", "x = [1,", "x = { a = 1,",
                      "\t[x]  # c", "[\"a\".b]"]
        for _ in 0..<(ProcessInfo.processInfo.environment["SOEP"].flatMap { Int($0) } ?? 150) {
            var regels: [String] = []
            for _ in 0..<Int.random(in: 0...25, using: &rng) {
                if Int.random(in: 0..<4, using: &rng) == 0 {
                    regels.append(anders.randomElement(using: &rng)!)
                } else {
                    regels.append(sleutels.randomElement(using: &rng)! + " = " + waarden.randomElement(using: &rng)!)
                }
            }
            let tekst = regels.joined(separator: "\n")
            let aantalRegels = max(1, tekst.split(separator: "\n", omittingEmptySubsequences: false).count)
            do {
                let vraag = try lees(tekst)
                for tabelvraag in vraag.deelvragen.compactMap(\.tabelvraag) {
                    #expect(!tabelvraag.projectjaren.isEmpty && tabelvraag.projectjaren == tabelvraag.projectjaren.sorted())
                }
            } catch {
                #expect(!error.problemen.isEmpty && error.problemen.count <= Vraagbestand.Fout.maxProblemen)
                for probleem in error.problemen {
                    #expect(probleem.regel.map { (1...aantalRegels).contains($0) } ?? true, "\(probleem)\n--\n\(tekst)")
                }
            }
        }
    }
}
