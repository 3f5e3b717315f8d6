import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
import SamenlevenVraagopsteller
import Testing

/// The question texts in Fixtures/vraagteksten, read through #filePath.
enum Vraagteksten {
    static let map = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/vraagteksten")

    static func tekst(_ naam: String) throws -> String {
        try String(contentsOf: map.appendingPathComponent(naam), encoding: .utf8)
    }

    static let vandaag = CalendarDate(year: 2026, month: 1, day: 15)

    static func ontwerp(_ naam: String, nummer: Int? = nil) throws -> Vraagopsteller.Ontwerp {
        try Vraagopsteller().stelOp(tekst: try tekst(naam), nummer: nummer, vandaag: vandaag, bron: naam)
    }
}

/// A deelvraag's proposal in one line: `beleid`, or the table with what differs from its
/// defaults: `toekenningen per=provincie,bestuur naast maten=subsidie jaren=1,2,3 filter=groep:centrumsteden`.
func beschrijf(_ deelvraag: Vraagbestand.Deelvraag) -> String {
    guard let v = deelvraag.tabelvraag else { return "\(deelvraag.nummer) beleid" }
    var delen = ["\(deelvraag.nummer) \(v.tabel.rawValue)"]
    if !v.per.isEmpty { delen.append("per=" + v.per.map(\.rawValue).joined(separator: ",")) }
    if v.naast != nil { delen.append("naast") }
    if !v.maten.isEmpty { delen.append("maten=" + v.maten.map(\.rawValue).joined(separator: ",")) }
    delen.append("jaren=" + v.projectjaren.map(String.init).joined(separator: ","))
    var filter: [String] = []
    filter += v.filter.provincies.map { "provincie:\($0.naam)" }
    filter += v.filter.arrondissementen.map { "arrondissement:\($0)" }
    filter += v.filter.doelstellingen.map { "doelstelling:\($0)" }
    filter += v.filter.acties.map { "actie:\($0)" }
    if let g = v.filter.groep { filter.append("groep:\(g.rawValue)") }
    if let g = v.filter.buitenGroep { filter.append("buiten_groep:\(g.rawValue)") }
    if let s = v.filter.status { filter.append("status:\(s.rawValue)") }
    if !filter.isEmpty { delen.append("filter=" + filter.joined(separator: ",")) }
    return delen.joined(separator: " ")
}

@Suite("Vraagopsteller: question texts to question files")
struct VraagopstellerTests {
    @Test("Question 492: the head and one proposal per sub-question as the issue asks")
    func vraag492() throws {
        let ontwerp = try Vraagteksten.ontwerp("vraag-492.txt", nummer: 492)
        let v = ontwerp.vraagbestand
        #expect(v.nummer == 492)
        #expect(v.datum == CalendarDate(year: 2023, month: 9, day: 1))
        #expect(v.vraagsteller == "Brecht Warnez")
        #expect(v.minister == "Bart Somers")
        #expect(v.functie == "viceminister-president van de Vlaamse Regering, Vlaams minister van Binnenlands Bestuur, Bestuurszaken, Inburgering en Gelijke Kansen")
        #expect(v.titel == "Plan Samenleven - Stand van zaken")
        #expect(v.projectjaren == [1])
        #expect(v.deelvragen.map(\.nummer) == ["1", "2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(beschrijf(v.deelvragen[0]) == "1 toekenningen per=provincie,bestuur,doelstelling,actie jaren=1")
        #expect(beschrijf(v.deelvragen[1]) == "2 samenwerking jaren=1")
        #expect(beschrijf(v.deelvragen[2]) == "3 weigeringen jaren=1")
        #expect(beschrijf(v.deelvragen[3]) == "4 beleid")
        #expect(["5 beleid", "5 budget jaren=1"].contains(beschrijf(v.deelvragen[4])))
        #expect(beschrijf(v.deelvragen[5]) == "6 beleid")
        #expect(beschrijf(v.deelvragen[6]) == "7 mentorschap jaren=1")
        #expect(beschrijf(v.deelvragen[7]) == "8 sio jaren=1")
        #expect(beschrijf(v.deelvragen[8]) == "9 beleid")
        // Clean sentences: hyphenation, line breaks and the footnote link are gone.
        #expect(v.deelvragen[0].tekst.hasPrefix("Het totaalbedrag, dat al naar het Plan Samenleven vloeit, bedraagt 14.136.359 euro"))
        #expect(v.deelvragen[0].tekst.contains("Graag een overzicht per gemeente per provincie met vermelding van de ondernomen acties"))
        #expect(v.deelvragen[4].tekst == "In totaal werd door de Vlaamse overheid een budget van 16 miljoen euro gereserveerd. "
                + "a) Acht de minister dat budget toereikend? b) Zo niet, welke stappen onderneemt de minister om dat budget op te trekken?")
        // The words that led to a proposal stand above it; ambiguity is marked.
        #expect(ontwerp.toml.contains("# tabel samenwerking: 'samenwerking*'"))
        #expect(ontwerp.toml.contains("# NAKIJKEN: de tekst noemt ook tabel budget"))
    }

    static let verwacht: [(String, [String])] = [
        ("vraag-1201-centrumsteden.txt", [
            "1 toekenningen per=bestuur naast jaren=1,2,3 filter=groep:centrumsteden",
            "2 toekenningen per=bestuur maten=subsidie,subsidie_per_inwoner jaren=1,2,3 filter=groep:centrumsteden",
            "3 toekenningen naast jaren=1,2,3 filter=groep:centrumsteden",
            "4 toekenningen maten=subsidie,subsidie_per_inwoner jaren=3 filter=buiten_groep:centrumsteden",
            "5 beleid",
        ]),
        ("vraag-1202-wijzigingen.txt", [
            "1 wijzigingen jaren=2,3 filter=status:gestopt",
            "2 wijzigingen jaren=2,3 filter=status:kpi_verlaagd",
            "3 kpi per=actie maten=realisatiegraad jaren=2",
            "4 beleid",
        ]),
        ("vraag-1203-arrondissementen.txt", [
            "1a toekenningen per=arrondissement jaren=2 filter=provincie:Limburg",
            "1b toekenningen per=arrondissement maten=subsidie,besturen jaren=2 filter=provincie:Limburg",
            "2 toekenningen per=arrondissement naast jaren=1,2,3 filter=provincie:West-Vlaanderen",
            "3 toekenningen per=bestuur jaren=3 filter=arrondissement:Halle-Vilvoorde,doelstelling:2",
            "4 aanvragen jaren=3 filter=provincie:Oost-Vlaanderen",
            "5 beleid",
        ]),
        ("vraag-1204-weigeringen.txt", [
            "1 weigeringen jaren=2",
            "2 samenwerking jaren=2 filter=provincie:Antwerpen",
            "3 aanvragen jaren=2",
            "4 beleid",
        ]),
        // Written by the lead after the rules were finished and never used to tune them (the
        // done-when of issue 16): every sub-question got its table or policy marker at once.
        ("vraag-3187-nooit-gezien-lead.txt", [
            "1 toekenningen per=arrondissement naast jaren=1,2,3 filter=provincie:Antwerpen",
            "2 toekenningen per=bestuur maten=subsidie,subsidie_per_inwoner jaren=3",
            "3 samenwerking jaren=3",
            "4 kpi per=actie maten=kpi_vooropgesteld,kpi_behaald_12m,realisatiegraad jaren=3",
            "5 mentorschap jaren=3",
            "6 beleid",
        ]),
        ("vraag-1205-kpi.txt", [
            "1 kpi per=doelstelling,actie maten=kpi_vooropgesteld,kpi_behaald_12m jaren=1",
            "2a kpi per=provincie,actie maten=realisatiegraad jaren=2",
            "2b kpi per=actie maten=realisatiegraad jaren=2 filter=groep:centrumsteden",
            "3 kpi per=actie maten=realisatiegraad jaren=3",
            "4 beleid",
        ]),
    ]

    @Test("Six question texts in the style of real written questions give the expected proposals",
          arguments: verwacht.map(\.0))
    func vraagteksten(_ naam: String) throws {
        let ontwerp = try Vraagteksten.ontwerp(naam)
        let verwacht = Self.verwacht.first { $0.0 == naam }!.1
        #expect(ontwerp.vraagbestand.deelvragen.map(beschrijf) == verwacht, "\(ontwerp.toml)")
        #expect(ontwerp.vraagbestand.nummer == Int(naam.dropFirst("vraag-".count).prefix(4)))
    }

    @Test("The head from a parliament website copy: number, date, asker, minister, function, title")
    func hoofdVanDeWebsite() throws {
        let v = try Vraagteksten.ontwerp("vraag-1202-wijzigingen.txt").vraagbestand
        #expect(v.nummer == 1202)
        #expect(v.datum == CalendarDate(year: 2025, month: 11, day: 3))
        #expect(v.vraagsteller == "Koen Daenens")
        #expect(v.minister == "Gwendolyn Rutten")
        #expect(v.functie == "Vlaams minister van Binnenlands Bestuur, Bestuurszaken, Inburgering en Gelijke Kansen")
        #expect(v.titel == "Plan Samenleven - Wijzigingen in het derde projectjaar")
        // Page footers are gone; a word split at a line end is joined.
        #expect(!v.deelvragen.contains { $0.tekst.contains("Pagina") })
        #expect(v.deelvragen[2].tekst == "Wat was de realisatiegraad van de KPI's per actie in het tweede projectjaar?")
        let w = try Vraagteksten.ontwerp("vraag-1203-arrondissementen.txt").vraagbestand
        #expect(w.vraagsteller == "Sofie Vermeersch")
        #expect(w.minister == "Gwendolyn Rutten")
        #expect(w.titel == "Plan Samenleven – spreiding over de regio's")
    }

    @Test("Lettered parts that ask the same thing stay one deelvraag; parts that differ are split")
    func letters() throws {
        let v = try Vraagteksten.ontwerp("vraag-1203-arrondissementen.txt").vraagbestand
        #expect(v.deelvraag("1a")?.tekst == "Hoeveel subsidie ging er in het tweede projectjaar naar de besturen in Limburg? Graag een overzicht per arrondissement.")
        #expect(v.deelvraag("1b")?.tekst == "Hoeveel besturen ontvingen er subsidie, per arrondissement?")
        let w = try Vraagteksten.ontwerp("vraag-492.txt", nummer: 492).vraagbestand
        #expect(w.deelvraag("4")?.tekst.contains("a) Zo niet, welke stappen onderneemt hij") == true)
        #expect(w.deelvraag("4a") == nil)
    }

    @Test("Every drafted file is read back by the question-file reader without errors", arguments: try FileManager.default.contentsOfDirectory(atPath: Vraagteksten.map.path).filter { $0.hasSuffix(".txt") }.sorted())
    func leesbaar(_ naam: String) throws {
        let ontwerp = try Vraagteksten.ontwerp(naam, nummer: 7)
        let terug = try Vraagbestand.lees(tekst: ontwerp.toml, bestandsnaam: "vraag-7.toml")
        #expect(terug.deelvragen.count == ontwerp.voorstellen.count)
        #expect(!terug.deelvragen.isEmpty)
    }
}

/// The issue's "done when": a text written after the rules were tuned, and not tuned on. The
/// expectations are what a staff member would write; what the drafter gets wrong is recorded
/// as a known issue, not hidden.
@Suite("Vraagopsteller: a question text never seen while tuning")
struct NooitGezienTests {
    static let verwacht = [
        "1 toekenningen per=provincie naast maten=subsidie,besturen jaren=1,2,3",
        "2 toekenningen per=actie maten=subsidie,toekenningen jaren=3",
        "3 wijzigingen jaren=2,3 filter=status:gestopt",
        "4 kpi per=doelstelling,actie maten=kpi_vooropgesteld,kpi_behaald_12m,realisatiegraad jaren=2",
        "5 samenwerking jaren=3 filter=provincie:Limburg",
        "6 toekenningen per=bestuur maten=subsidie,subsidie_per_inwoner jaren=3 filter=groep:centrumsteden",
        "7 beleid",
    ]

    @Test("Vraag 1299: every sub-question's table or policy marker, and the file reads without edits")
    func vraag1299() throws {
        let ontwerp = try Vraagteksten.ontwerp("vraag-1299-nooit-gezien.txt")
        let gekregen = ontwerp.vraagbestand.deelvragen.map(beschrijf)
        #expect(gekregen.count == Self.verwacht.count)
        for (index, (g, v)) in zip(gekregen, Self.verwacht).enumerated() {
            switch index {
            case 0:
                // "in elk van de drie projectjaren" is not read as "per projectjaar": the right
                // table, but the years are summed instead of side by side.
                withKnownIssue { #expect(g == v) }
                #expect(g == "1 toekenningen per=provincie maten=subsidie,besturen jaren=1,2,3")
            case 4:
                // "een gezamenlijk project met buurgemeenten" has no word of samenwerking; "dienden"
                // picks aanvragen, without NAKIJKEN.
                withKnownIssue { #expect(g == v) }
                #expect(g == "5 aanvragen jaren=3 filter=provincie:Limburg")
            default:
                #expect(g == v)
            }
        }
    }
}
