import Foundation
import SamenlevenModel
import SamenlevenVraagbestand
import SamenlevenVraagopsteller
import Testing

@Suite("Vraagopsteller: hostile question texts")
struct VijandigeTekstTests {
    func tijdelijk(_ naam: String) -> URL {
        let map = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("vraagopsteller-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        return map.appendingPathComponent(naam)
    }

    func fout(_ url: URL) -> String? {
        do {
            _ = try Vraagopsteller.leesTekst(url, naam: url.lastPathComponent)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("An empty, binary, UTF-16, Latin-1 or huge text file is refused with its name")
    func onleesbaar() throws {
        let leeg = tijdelijk("leeg.txt")
        try Data("  \n\n \t\n".utf8).write(to: leeg)
        #expect(fout(leeg) == "leeg.txt: is leeg")

        let binair = tijdelijk("foto.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: binair)
        #expect(fout(binair)?.hasPrefix("foto.txt: is geen tekstbestand") == true)

        let utf16 = tijdelijk("utf16.txt")
        try "1. Hoeveel?".data(using: .utf16)!.write(to: utf16)
        #expect(fout(utf16) == "utf16.txt: is UTF-16 gecodeerd; bewaar het als UTF-8")

        let latijn = tijdelijk("latijn.txt")
        try Data([0x31, 0x2E, 0x20, 0x57, 0x61, 0x74, 0xE9, 0x3F]).write(to: latijn)
        #expect(fout(latijn)?.hasPrefix("latijn.txt: is geen geldige UTF-8") == true)

        // 50 MB: refused on its size, before it is read.
        let groot = tijdelijk("groot.txt")
        FileManager.default.createFile(atPath: groot.path, contents: nil)
        let handle = try FileHandle(forWritingTo: groot)
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        #expect(fout(groot) == "groot.txt: is 50.000.000 bytes groot; een tekstbestand is hoogstens 1.048.576 bytes")

        #expect(fout(tijdelijk("ontbreekt.txt")) == "ontbreekt.txt: het tekstbestand bestaat niet")
        #expect(fout(URL(fileURLWithPath: "/dev/zero"))?.contains("geen gewoon bestand") == true)
    }

    @Test("A text without numbering is one deelvraag marked NAKIJKEN")
    func zonderNummering() throws {
        let tekst = """
            Kan de minister meedelen hoeveel subsidie de gemeenten in Limburg in het tweede projectjaar
            ontvingen? Graag een overzicht per gemeente.
            """
        let ontwerp = try Vraagopsteller().stelOp(tekst: tekst, nummer: 77, vandaag: CalendarDate(year: 2025, month: 2, day: 1))
        #expect(ontwerp.vraagbestand.deelvragen.map(beschrijf) == ["1 toekenningen per=bestuur jaren=2 filter=provincie:Limburg"])
        #expect(ontwerp.toml.contains("# NAKIJKEN: de tekst heeft geen genummerde deelvragen"))
        // No date or asker in the text: today's date and a placeholder, both to be checked.
        #expect(ontwerp.vraagbestand.datum == CalendarDate(year: 2025, month: 2, day: 1))
        #expect(ontwerp.toml.contains("# NAKIJKEN: geen datum in de tekst"))
        #expect(ontwerp.toml.contains("# NAKIJKEN: geen vraagsteller in de tekst"))
    }

    @Test("Quotes, backslashes, triple quotes and control characters in the text: the file parses and keeps the text")
    func tomlTekens() throws {
        let tekst = "Schriftelijke vraag nr. 12 van 2 mei 2024 van JAN \"DE\" BOER\n\n"
            + "1. Wat betekent \"\"\" of \\ of \\u0000 of ''' in de \"aanvraag\" van C:\\gemeente\\?\n"
            + "2. Welke stappen # zet de minister [[deelvraag]]\u{7}\u{202E} nog?\n"
        let ontwerp = try Vraagopsteller().stelOp(tekst: tekst, nummer: 12, vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        let terug = try Vraagbestand.lees(tekst: ontwerp.toml, bestandsnaam: "vraag-12.toml")
        #expect(terug.deelvragen.count == 2)
        #expect(terug.deelvragen[0].tekst == "Wat betekent \"\"\" of \\ of \\u0000 of ''' in de \"aanvraag\" van C:\\gemeente\\?")
        #expect(terug.deelvragen[1].tekst == "Welke stappen # zet de minister [[deelvraag]] nog?")
        #expect(terug.deelvragen[1].vorm == .beleid)
    }

    @Test("A sub-question longer than an Excel cell is cut with an ellipsis and marked; the file still reads")
    func langeDeelvraag() throws {
        let zin = "Hoeveel subsidie ontving elke gemeente in Limburg per actie? "
        let tekst = "Vraag nr. 8 van 1 mei 2024 van JAN PEETERS\n1. " + String(repeating: zin, count: 4_000) + "\n2. Welke lessen trekt de minister?\n"
        let ontwerp = try Vraagopsteller().stelOp(tekst: tekst, vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        let eerste = ontwerp.vraagbestand.deelvragen[0]
        #expect(eerste.tekst.utf16.count <= Grenzen.tekstlengte)
        #expect(eerste.tekst.hasSuffix("…"))
        #expect(ontwerp.toml.contains("# NAKIJKEN: de tekst was langer dan een Excel-cel (32.767 tekens) en werd ingekort."))
        #expect(ontwerp.vraagbestand.deelvragen.map(beschrijf) == ["1 toekenningen per=bestuur,actie jaren=2 filter=provincie:Limburg", "2 beleid"])
    }

    @Test("Sub-questions pasted on one line are still taken apart")
    func opEenRegel() throws {
        let tekst = "Vraag nr. 8 van 1 mei 2024 van JAN PEETERS. 1. Hoeveel subsidie ging naar de centrumsteden? "
            + "2. Welke samenwerkingsverbanden zijn er in Limburg? a) Welke gemeenten namen er het mentorschap op? b) Is de minister tevreden? "
            + "3. Er zijn 24 acties. 4. Welke lessen trekt de minister?"
        let v = try Vraagopsteller().stelOp(tekst: tekst, vandaag: CalendarDate(year: 2025, month: 1, day: 1)).vraagbestand
        #expect(v.deelvragen.map(beschrijf) == [
            "1 toekenningen jaren=2 filter=groep:centrumsteden",
            "2a mentorschap jaren=2 filter=provincie:Limburg",
            "2b beleid",
            "3 beleid",
            "4 beleid",
        ])
        #expect(v.deelvraag("2a")?.tekst == "Welke samenwerkingsverbanden zijn er in Limburg? Welke gemeenten namen er het mentorschap op?")
    }

    @Test("No number in the text and none given: refused; a number that differs from the text's is marked")
    func nummer() throws {
        #expect(throws: Vraagbestand.Fout.self) {
            try Vraagopsteller().stelOp(tekst: "1. Hoeveel subsidie?", vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        }
        let ontwerp = try Vraagopsteller().stelOp(tekst: "Vraag nr. 55 van 1 mei 2024 van JAN PEETERS\n1. Hoeveel subsidie?",
                                                  nummer: 56, vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(ontwerp.vraagbestand.nummer == 56)
        #expect(ontwerp.toml.contains("# NAKIJKEN: de tekst noemt vraag nr. 55"))
    }

    @Test("A user's rules file extends the built-in rules; a wrong name in it is refused with its line")
    func eigenRegels() throws {
        let tekst = "Vraag nr. 9 van 1 mei 2024 van JAN PEETERS\n1. Welke gemeenten kregen een dotatie voor nieuwkomers?"
        let zonder = try Vraagopsteller().stelOp(tekst: tekst, vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(zonder.vraagbestand.deelvragen.map(beschrijf) == ["1 toekenningen per=bestuur jaren=2"])
        let eigen = try Herkenningsregels.lees(tekst: """
            [[tabel]]
            naam = "mentorschap"
            woorden = ["nieuwkomer*"]
            """, bestandsnaam: "eigen.toml")
        let met = try Vraagopsteller(regels: .ingebouwd.uitgebreid(met: eigen)).stelOp(tekst: tekst, vandaag: CalendarDate(year: 2025, month: 1, day: 1))
        #expect(met.vraagbestand.deelvragen.map(beschrijf) == ["1 mentorschap jaren=2"])
        #expect(throws: Vraagbestand.Fout.self) {
            try Herkenningsregels.lees(tekst: "[[maat]]\nnaam = \"subsidie_per_inwonner\"\nwoorden = [\"x\"]\n", bestandsnaam: "fout.toml")
        }
        do {
            _ = try Herkenningsregels.lees(tekst: "[[maat]]\nnaam = \"subsidie_per_inwonner\"\nwoorden = [\"x\"]\n", bestandsnaam: "fout.toml")
        } catch {
            #expect(error.description.hasPrefix("fout.toml:2: [[maat]]: onbekende naam 'subsidie_per_inwonner'"))
        }
    }
}

@Suite("Vraagopsteller: filters by name and number")
struct NaamfilterTests {
    @Test("A gemeente named after 'stad' or 'in', an arrondissement and an action number become filters")
    func filters() throws {
        let tekst = """
            Vraag nr. 40 van 3 februari 2025 van JAN PEETERS

            1. Hoeveel subsidie ontving de stad Kortrijk per actie in het tweede projectjaar?
            2. Welke acties liepen er in Sint-Niklaas en in Genk?
            3. Hoeveel subsidie ging naar actie 5 en actie 7 in het arrondissement Maaseik?
            4. Hoe verliep de samenwerking in de Kortrijkse regio?
            """
        let v = try Vraagopsteller().stelOp(tekst: tekst, vandaag: CalendarDate(year: 2025, month: 3, day: 1)).vraagbestand
        #expect(v.deelvragen.map(beschrijf) == [
            "1 toekenningen per=actie jaren=2",
            "2 toekenningen per=actie jaren=3",
            "3 toekenningen jaren=3 filter=arrondissement:Maaseik,actie:5,actie:7",
            "4 samenwerking jaren=3",
        ])
        #expect(v.deelvragen[0].tabelvraag?.filter.besturen == ["34022"])
        #expect(v.deelvragen[1].tabelvraag?.filter.besturen.sorted() == ["46021", "71016"])
    }
}
