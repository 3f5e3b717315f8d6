import Foundation
import Testing
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

@Suite("Vraagbestanden lezen")
struct VraagbestandTests {
    @Test func vraag492ReadsIntoTheQuestionItAlwaysWas() throws {
        let url = repository.appendingPathComponent("Vragen/vraag-492.toml")
        let vraag = try Vraagbestand.lees(url, bestandsnaam: "Vragen/vraag-492.toml")
        // The head as published with the question (S492); the file is the only place it is written down.
        #expect(vraag.bestand == "Vragen/vraag-492.toml")
        #expect(vraag.nummer == 492)
        #expect(vraag.datum == CalendarDate(year: 2023, month: 9, day: 1))
        #expect(vraag.vraagsteller == "Brecht Warnez")
        #expect(vraag.minister == "Bart Somers")
        #expect(vraag.functie == "viceminister-president van de Vlaamse Regering, Vlaams minister van Binnenlands Bestuur, "
                + "Bestuurszaken, Inburgering en Gelijke Kansen")
        #expect(vraag.titel == "Plan Samenleven - Stand van zaken")
        #expect(vraag.projectjaren == [1])
        #expect(vraag.geografie == .gemeenten2019)
        #expect(vraag.sjabloon == nil)
        // The nine sub-questions, word for word as the question has them.
        #expect(vraag.deelvragen.map(\.nummer) == (1...9).map(String.init))
        #expect(vraag.deelvragen.first?.tekst == "Het totaalbedrag, dat al naar het Plan Samenleven vloeit, bedraagt 14.136.359 euro. "
                + "Hoeveel euro ontving elke gemeente per actie? Graag een overzicht per gemeente per provincie met "
                + "vermelding van de ondernomen acties (geclusterd per doelstelling en voor West-Vlaanderen met "
                + "inhoudelijke toelichting) en de bijbehorende subsidie.")
        #expect(vraag.deelvragen.last?.tekst == "Welke lessen trekt de minister uit deze oproep die hij zal meenemen voor "
                + "toekomstige oproepen, beleid of projecten?")

        let tabellen = vraag.deelvragen.map { $0.tabelvraag?.tabel }
        #expect(tabellen == [.toekenningen, .samenwerking, .weigeringen, .aanvragen, .budget, nil, .mentorschap, .sio, nil])
        // 4 asks about the number of applications: its figures (the template leaves the judgement to the cabinet).
        #expect(vraag.deelvragen.filter { $0.vorm == .beleid }.map(\.nummer) == ["6", "9"])
        let een = try #require(vraag.deelvraag("1")?.tabelvraag)
        #expect(een == Tabelvraag(tabel: .toekenningen, projectjaren: [1], per: [.provincie, .bestuur, .doelstelling, .actie],
                                  maten: [.subsidie, .kpiVooropgesteld]))
        // The fixed tables keep per and maten empty and take the head's year.
        for nummer in ["2", "3", "4", "5", "7", "8"] {
            let tabelvraag = try #require(vraag.deelvraag(nummer)?.tabelvraag)
            #expect(tabelvraag.per.isEmpty && tabelvraag.maten.isEmpty && tabelvraag.naast == nil)
            #expect(tabelvraag.projectjaren == [1] && tabelvraag.filter == Vraagfilter())
        }
        #expect(vraag.deelvraag("1")?.regel == 12)
    }

    @Test func theSpecExampleReadsIntoItsValues() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("Vragen/README.md"), encoding: .utf8)
        let voorbeeld = try #require(tomlBlokken(readme).first)
        let vraag = try lees(voorbeeld)
        let verwacht = Vraagbestand(
            bestand: "vraag-1234.toml", nummer: 1234, datum: CalendarDate(year: 2025, month: 3, day: 5),
            vraagsteller: "Brecht Warnez", minister: "Gwendolyn Rutten",
            functie: "Vlaams minister van Binnenlands Bestuur, Bestuurszaken, Inburgering en Gelijke Kansen",
            titel: "Plan Samenleven - subsidies aan de centrumsteden", projectjaren: [1, 2, 3], geografie: .gemeenten2019,
            deelvragen: [
                .init(nummer: "1", tekst: "Hoeveel ontving elke centrumstad per projectjaar, in totaal en per inwoner?",
                      vorm: .tabel(Tabelvraag(tabel: .toekenningen, projectjaren: [1, 2, 3], per: [.bestuur], naast: .projectjaar,
                                              maten: [.subsidie, .subsidiePerInwoner], filter: Vraagfilter(groep: .centrumsteden))),
                      regel: 9),
                .init(nummer: "2", tekst: "Welke samenwerkingsverbanden zijn er in Limburg?",
                      vorm: .tabel(Tabelvraag(tabel: .samenwerking, projectjaren: [2], filter: Vraagfilter(provincies: [.limburg]))),
                      regel: 18),
                .init(nummer: "3", tekst: "Is de minister tevreden over de resultaten?", vorm: .beleid, regel: 25),
            ])
        #expect(vraag == verwacht)
    }

    @Test func everyExampleOfTheReadmeIsRead() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("Vragen/README.md"), encoding: .utf8)
        let blokken = tomlBlokken(readme)
        #expect(blokken.count == 4)
        for (index, blok) in blokken.enumerated() {
            let nummer = try #require(blok.split(separator: "\n").first?.split(separator: " ").last)
            #expect(problemen(blok, bestand: "vraag-\(nummer).toml") == [], "voorbeeld \(index + 1)")
        }
        let perInwoner = try lees(blokken[1], bestand: "vraag-1301.toml")
        #expect(perInwoner.deelvraag("2")?.tabelvraag?.filter == Vraagfilter(buitenGroep: .centrumsteden))
        #expect(perInwoner.deelvraag("2")?.toelichting?.hasPrefix("De VGC en vzw De Rand") == true)
        let evolutie = try lees(blokken[2], bestand: "vraag-1302.toml")
        #expect(evolutie.geografie == .gemeenten2025)
        #expect(evolutie.deelvragen.allSatisfy { $0.tabelvraag?.geografie == .gemeenten2025 })
        #expect(evolutie.deelvraag("2")?.tabelvraag?.per == [.arrondissement])
        let gestopt = try lees(blokken[3], bestand: "vraag-1303.toml")
        let wijzigingen = try #require(gestopt.deelvraag("1")?.tabelvraag)
        #expect(wijzigingen.tabel == .wijzigingen && wijzigingen.van == 2 && wijzigingen.naar == 3)
        #expect(wijzigingen.filter.status == .gestopt)
        #expect(gestopt.deelvraag("2a")?.tabelvraag?.filter.status == .kpiVerlaagd)
        #expect(gestopt.deelvraag("2b")?.tabelvraag?.maten == [.kpiVooropgesteld, .kpiBehaald12m, .realisatiegraad])
    }

    /// The README's example of refused lines is what the reader says of its first worked example
    /// with those two typos.
    @Test func theReadmeShowsRealMessages() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("Vragen/README.md"), encoding: .utf8)
        let voorbeeld = tomlBlokken(readme)[1]
            .replacingOccurrences(of: "maten = [\"subsidie\", \"subsidie_per_inwoner\"]", with: "maten = [\"subsidie\", \"subsidie_per_inwonner\"]")
            .replacingOccurrences(of: "filter = { buiten_groep = \"centrumsteden\" }", with: "filter = { bestuur = \"Gnet\" }")
        let getoond = try #require(readme.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        #expect(problemen(voorbeeld, bestand: "Vragen/vraag-1301.toml").map { $0 + "\n" }.joined() == getoond)
    }

    @Test func filtersResolveNamesAndCodes() throws {
        let vraag = try lees(hoofd + """
        [[deelvraag]]
        nummer = "1"
        tekst = "Hoeveel?"
        tabel = "toekenningen"
        filter = { provincie = ["limburg", "Brussel"], arrondissement = "halle vilvoorde", bestuur = ["Stad Gent", 11002, "De Rand vzw", "Gent"], doelstelling = 2, actie = [3, 4] }
        """)
        let filter = try #require(vraag.deelvragen.first?.tabelvraag?.filter)
        #expect(filter == Vraagfilter(provincies: [.limburg, .brusselHoofdstad], arrondissementen: ["Halle-Vilvoorde"],
                                      besturen: ["44021", "11002", "DERAND"], doelstellingen: [2], acties: [3, 4]))
    }

    @Test func bestuurNamesFollowTheGeography() throws {
        let deelvraag = """
        [[deelvraag]]
        nummer = "1"
        tekst = "Hoeveel kreeg Hasselt?"
        tabel = "toekenningen"
        filter = { bestuur = "Hasselt" }
        """
        #expect(try lees(hoofd + deelvraag).deelvragen[0].tabelvraag?.filter.besturen == ["71022"])
        let nieuw = try lees(hoofd.replacingOccurrences(of: "projectjaren", with: "geografie = \"2025\"\nprojectjaren") + deelvraag)
        #expect(nieuw.deelvragen[0].tabelvraag?.filter.besturen == ["71072"])
        #expect(nieuw.deelvragen[0].tabelvraag?.geografie == .gemeenten2025)
    }

    @Test func wijzigingenDefaultsToTheLastTwoYears() throws {
        let vraag = try lees(hoofd + """
        [[deelvraag]]
        nummer = "1"
        tekst = "Wat veranderde?"
        tabel = "wijzigingen"

        [[deelvraag]]
        nummer = "2"
        tekst = "En van jaar 1 naar 3?"
        tabel = "wijzigingen"
        van = 1

        [[deelvraag]]
        nummer = "3"
        tekst = "En van 1 naar 2?"
        tabel = "wijzigingen"
        projectjaren = [2, 1]
        """)
        #expect(vraag.deelvragen.map { [$0.tabelvraag?.van, $0.tabelvraag?.naar] } == [[2, 3], [1, 3], [1, 2]])
        #expect(vraag.deelvraag("3")?.tabelvraag?.projectjaren == [1, 2])
    }

    @Test func keysStandOnTheirOwnLinesInEveryTomlForm() {
        // A [deelvraag.filter] sub-table and dotted keys: the problem is on the filter key's line.
        #expect(problemen(hoofd + """
        [[deelvraag]]
        nummer = "1"
        tekst = "Hoeveel?"
        tabel = "toekenningen"

        [deelvraag.filter]
        provincie = "Limburg"
        actie = 99
        """) == ["vraag-1234.toml:12: onbekende actie 99; de catalogus kent de acties 1 tot 24"])
        #expect(problemen(hoofd + """
        [[deelvraag]]
        nummer = "1"
        tekst = \"\"\"
        maten = ["x"]
        \"\"\"
        tabel = "toekenningen"
        filter.provincie = "Limburg"
        maten = ["subsidy"]
        """) == ["vraag-1234.toml:12: onbekende maat 'subsidy'; bedoelde u subsidie?"])
    }

    @Test func theLookupFollowsOptionEnvironmentAndWorkingDirectory() throws {
        let werkmap = FileManager.default.temporaryDirectory.appendingPathComponent("vraagbestand-zoek-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: werkmap) }
        for map in ["Vragen", "elders", "omgeving"] {
            try FileManager.default.createDirectory(at: werkmap.appendingPathComponent(map), withIntermediateDirectories: true)
            try Data().write(to: werkmap.appendingPathComponent("\(map)/vraag-7.toml"))
        }
        #expect(try Vraagbestand.zoek(nummer: 7, omgeving: [:], werkmap: werkmap).relativePath == "Vragen/vraag-7.toml")
        #expect(try Vraagbestand.zoek(nummer: 7, omgeving: ["SAMENLEVEN_VRAGEN": "omgeving"], werkmap: werkmap).relativePath
                == "omgeving/vraag-7.toml")
        #expect(try Vraagbestand.zoek(nummer: 7, map: "elders", omgeving: ["SAMENLEVEN_VRAGEN": "omgeving"], werkmap: werkmap).relativePath
                == "elders/vraag-7.toml")
        #expect(throws: Vraagbestand.Fout(problemen: [.init(bestand: "Vragen/vraag-8.toml", regel: nil, boodschap:
            "geen vraagbestand voor vraag 8 (wel: vraag-7.toml); schrijf het volgens Vragen/README.md")])) {
            try Vraagbestand.zoek(nummer: 8, omgeving: [:], werkmap: werkmap)
        }
        #expect(throws: Vraagbestand.Fout(problemen: [.init(bestand: "nergens", regel: nil, boodschap:
            "de map met vraagbestanden bestaat niet (uit --vragen); geef ze met --vragen MAP of SAMENLEVEN_VRAGEN")])) {
            try Vraagbestand.zoek(nummer: 7, map: "nergens", omgeving: [:], werkmap: werkmap)
        }
        // The file found is read under the name it was found by.
        let fout = #expect(throws: Vraagbestand.Fout.self) {
            try Vraagbestand.lees(Vraagbestand.zoek(nummer: 7, omgeving: [:], werkmap: werkmap))
        }
        #expect(fout?.problemen.first?.bestand == "Vragen/vraag-7.toml")
    }
}

@Suite("Vraagbestanden: een deelvraag terugschrijven")
struct DeelvraagSchrijvenTests {
    /// Every deelvraag of vraag-492.toml and of the README's examples, written as TOML under a
    /// head without projectjaren, reads back into the same deelvraag.
    @Test func everyDeelvraagSurvivesTheRoundTrip() throws {
        let readme = try String(contentsOf: repository.appendingPathComponent("Vragen/README.md"), encoding: .utf8)
        var vragen = try tomlBlokken(readme).map { blok in
            let nummer = blok.split(separator: "\n")[0].split(separator: " ").last!
            return try lees(blok, bestand: "vraag-\(nummer).toml")
        }
        vragen.append(try Vraagbestand.lees(repository.appendingPathComponent("Vragen/vraag-492.toml"), bestandsnaam: "vraag-492.toml"))
        var aantal = 0
        for vraag in vragen {
            let kop = "nummer = 1234\ndatum = 2025-03-05\nvraagsteller = \"X\"\ngeografie = \"\(vraag.geografie == .gemeenten2025 ? "2025" : "2019")\"\n"
            let terug = try lees(kop + vraag.deelvragen.map { "\n" + $0.toml }.joined())
            #expect(terug.deelvragen.map(\.vorm) == vraag.deelvragen.map(\.vorm))
            #expect(terug.deelvragen.map(\.tekst) == vraag.deelvragen.map(\.tekst))
            #expect(terug.deelvragen.map(\.toelichting) == vraag.deelvragen.map(\.toelichting))
            aantal += vraag.deelvragen.count
        }
        #expect(aantal == 3 + 2 + 2 + 4 + 9)
    }

    @Test func textsAreEscaped() throws {
        let deelvraag = Vraagbestand.Deelvraag(
            nummer: "5a", tekst: "Een \"vraag\" met \\ en\nregels\tin", toelichting: "Zie \\u0041",
            vorm: .tabel(Tabelvraag(tabel: .wijzigingen, projectjaren: [1, 3], filter: Vraagfilter(
                provincies: [.westVlaanderen], arrondissementen: ["Halle-Vilvoorde"], besturen: ["VGC", "44021"],
                doelstellingen: [1, 7], acties: [24], buitenGroep: .centrumsteden, status: .kpiVerhoogd), van: 1, naar: 3)),
            regel: 5)
        #expect(deelvraag.toml == """
        [[deelvraag]]
        nummer = "5a"
        tekst = "Een \\"vraag\\" met \\\\ en\\nregels\\tin"
        tabel = "wijzigingen"
        projectjaren = [1, 3]
        filter = { provincie = ["West-Vlaanderen"], arrondissement = ["Halle-Vilvoorde"], bestuur = ["VGC", "44021"], doelstelling = [1, 7], actie = [24], buiten_groep = "centrumsteden", status = "kpi_verhoogd" }
        van = 1
        naar = 3
        toelichting = "Zie \\\\u0041"

        """)
        let terug = try lees(hoofd + deelvraag.toml)
        #expect(terug.deelvragen == [deelvraag])
    }
}
