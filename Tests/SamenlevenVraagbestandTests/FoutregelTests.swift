import Testing
import SamenlevenVraagbestand

/// One case per rule of the spec: a question file and the exact `FILE:LINE: message` lines it
/// is refused with. In `deelvraag` cases the `[[deelvraag]]` header stands on line 5 (after
/// `hoofd`), so the deelvraag's own lines start at 6.
struct Foutgeval: Sendable, CustomTestStringConvertible {
    let naam: String
    let tekst: String
    let verwacht: [String]
    var testDescription: String { naam }

    static func deelvraag(_ naam: String, _ regels: String, _ verwacht: String...) -> Foutgeval {
        Foutgeval(naam: naam, tekst: hoofd + "[[deelvraag]]\n" + regels, verwacht: verwacht.map { "vraag-1234.toml:" + $0 })
    }

    static func bestand(_ naam: String, _ tekst: String, _ verwacht: String...) -> Foutgeval {
        Foutgeval(naam: naam, tekst: tekst, verwacht: verwacht.map { "vraag-1234.toml:" + $0 })
    }
}

let beleid = "\n[[deelvraag]]\nnummer = \"1\"\ntekst = \"Waarom?\"\nbeleid = true\n"

@Suite("Vraagbestanden: elke regel van de spec, met bestand en regel")
struct FoutregelTests {
    static let hoofdgevallen: [Foutgeval] = [
        .bestand("verplichte sleutels", "datum = 2025-03-05\n" + beleid,
                 "1: de verplichte sleutel 'nummer' ontbreekt", "1: de verplichte sleutel 'vraagsteller' ontbreekt"),
        .bestand("onbekende sleutel in het hoofd", "nummer = 1234\ndatum = 2025-03-05\nvraagsteller = \"X\"\nvraagstelller = \"X\"\n" + beleid,
                 "4: onbekende sleutel 'vraagstelller' in het hoofd; bedoelde u vraagsteller?"),
        .bestand("een sleutel van een deelvraag in het hoofd", hoofd + "tabel = \"kpi\"\n" + beleid,
                 "5: 'tabel' hoort bij een deelvraag: zet het onder zijn [[deelvraag]]"),
        .bestand("nummer is een getal", hoofd.replacingOccurrences(of: "nummer = 1234", with: "nummer = \"1234\"") + beleid,
                 "1: nummer moet een geheel getal zijn, niet tekst"),
        .bestand("nummer volgt de bestandsnaam", hoofd.replacingOccurrences(of: "1234", with: "1235") + beleid,
                 "1: nummer = 1235, maar het bestand heet vraag-1234.toml; maak ze gelijk"),
        .bestand("nummer is positief", hoofd.replacingOccurrences(of: "1234", with: "0") + beleid,
                 "1: nummer = 0 ligt buiten 1 tot 999.999"),
        .bestand("datum zonder aanhalingstekens", hoofd.replacingOccurrences(of: "2025-03-05", with: "\"2025-03-05\"") + beleid,
                 "2: datum is een TOML-datum, zonder aanhalingstekens: datum = 2025-03-05"),
        .bestand("datum zonder tijd", hoofd.replacingOccurrences(of: "2025-03-05", with: "2025-03-05T10:00:00") + beleid,
                 "2: datum is een dag, zonder tijd (datum = 2025-03-05)"),
        .bestand("geografie 2019 of 2025", hoofd + "geografie = \"2024\"\n" + beleid,
                 "5: onbekende geografie '2024'; mogelijk: \"2019\" (gemeenten 2019-2024) of \"2025\" (na de fusies)"),
        .bestand("geografie is tekst", hoofd + "geografie = 2025\n" + beleid,
                 "5: geografie moet tekst zijn, niet een geheel getal: geografie = \"2019\" of \"2025\""),
        .bestand("sjabloon is een naam", hoofd + "sjabloon = \"../../etc/passwd\"\n" + beleid,
                 "5: sjabloon is de naam van een sjabloon in Templates/ (letters, cijfers, - en _), zonder map: '../../etc/passwd'"),
        .bestand("projectjaren 1 tot 3", hoofd.replacingOccurrences(of: "[1, 2, 3]", with: "[1, 4]") + beleid,
                 "4: onbekend projectjaar 4; het plan heeft de projectjaren 1, 2, 3"),
        .bestand("projectjaren zonder dubbels", hoofd.replacingOccurrences(of: "[1, 2, 3]", with: "[1, 1]") + beleid,
                 "4: projectjaar 1 staat twee keer in projectjaren"),
        .bestand("projectjaren is een lijst", hoofd.replacingOccurrences(of: "[1, 2, 3]", with: "2") + beleid,
                 "4: projectjaren moet een lijst van projectjaren zijn, niet een geheel getal: projectjaren = [2]"),
        .bestand("projectjaren niet leeg", hoofd.replacingOccurrences(of: "[1, 2, 3]", with: "[]") + beleid,
                 "4: projectjaren is een lege lijst; geef minstens één projectjaar (1, 2 of 3)"),
        .bestand("foute projectjaren in het hoofd, één melding", hoofd.replacingOccurrences(of: "[1, 2, 3]", with: "[4]")
                 + "\n[[deelvraag]]\nnummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\n",
                 "4: onbekend projectjaar 4; het plan heeft de projectjaren 1, 2, 3"),
        .bestand("deelvragen als inline lijst", hoofd + "deelvraag = [{ nummer = \"1\", tekst = \"x\", beleid = 1 }]\n",
                 "5: beleid moet true of false zijn, niet een geheel getal"),
        .bestand("geen deelvragen", hoofd, "1: geen enkele [[deelvraag]]; een vraagbestand heeft minstens één deelvraag"),
        .bestand("[deelvraag] met enkele haken", hoofd + "[deelvraag]\nnummer = \"1\"\ntekst = \"x\"\nbeleid = true\n",
                 "5: deelvraag moet een lijst van tabellen zijn: schrijf [[deelvraag]] (met dubbele haken) boven elke deelvraag"),
        .bestand("een tabel zonder projectjaren",
                 "nummer = 1234\ndatum = 2025-03-05\nvraagsteller = \"X\"\n\n[[deelvraag]]\nnummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\n",
                 "8: geen projectjaren: geef projectjaren = [...] in deze deelvraag of in het hoofd"),
        .bestand("een stuurteken in een tekst", hoofd.replacingOccurrences(of: "\"Brecht Warnez\"", with: "\"Brecht\\u0007Warnez\"") + beleid,
                 "3: vraagsteller bevat het stuurteken U+0007"),
        .bestand("een regeleinde in het hoofd", hoofd.replacingOccurrences(of: "\"Brecht Warnez\"", with: "\"Brecht\\nWarnez\"") + beleid,
                 "3: vraagsteller bevat een regeleinde; vraagsteller staat op één regel"),
    ]

    static let deelvraaggevallen: [Foutgeval] = [
        .deelvraag("een sleutel van het hoofd in een deelvraag", "nummer = \"1\"\ntekst = \"x\"\nbeleid = true\ngeografie = \"2025\"\n",
                   "9: 'geografie' geldt voor de hele vraag: zet het in het hoofd, boven de eerste [[deelvraag]]"),
        .deelvraag("onbekende sleutel in een deelvraag", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nprojectjaar = [1]\n",
                   "9: onbekende sleutel 'projectjaar' in een deelvraag; bedoelde u projectjaren?"),
        .deelvraag("deelvraag zonder nummer", "tekst = \"x\"\nbeleid = true\n", "5: deze deelvraag heeft geen nummer (nummer = \"1\")"),
        .deelvraag("nummer is tekst", "nummer = 1\ntekst = \"x\"\nbeleid = true\n", "6: het nummer van een deelvraag is tekst: nummer = \"1\""),
        .deelvraag("nummer is kort", "nummer = \"1/2\"\ntekst = \"x\"\nbeleid = true\n",
                   "6: het nummer van een deelvraag is kort: letters, cijfers, . en - (\"1\", \"5a\"), niet '1/2'"),
        .deelvraag("nummers zijn uniek", "nummer = \"5a\"\ntekst = \"x\"\nbeleid = true\n\n[[deelvraag]]\nnummer = \"5A\"\ntekst = \"y\"\nbeleid = true\n",
                   "11: deelvraag \"5A\" staat al op regel 6; elke deelvraag heeft een eigen nummer"),
        .deelvraag("tekst is verplicht", "nummer = \"1\"\nbeleid = true\n", "5: de verplichte sleutel 'tekst' ontbreekt"),
        .deelvraag("tekst is niet leeg", "nummer = \"1\"\ntekst = \"  \"\nbeleid = true\n", "7: tekst is leeg"),
        .deelvraag("tabel of beleid", "nummer = \"1\"\ntekst = \"x\"\n",
                   "5: deze deelvraag heeft geen tabel en geen beleid = true; kies tabel = \"...\" (toekenningen, kpi, samenwerking, weigeringen, aanvragen, mentorschap, sio, budget, wijzigingen) of beleid = true"),
        .deelvraag("beleid is true of false", "nummer = \"1\"\ntekst = \"x\"\nbeleid = \"ja\"\n", "8: beleid moet true of false zijn, niet tekst"),
        .deelvraag("beleid en tabel samen", "nummer = \"1\"\ntekst = \"x\"\nbeleid = true\ntabel = \"kpi\"\nper = [\"actie\"]\n",
                   "9: beleid = true en tabel sluiten elkaar uit: een beleidsvraag heeft geen tabel",
                   "10: 'per' hoort bij een tabel; een beleidsvraag (beleid = true) heeft er geen"),
        .deelvraag("onbekende tabel, met voorstel", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekeningen\"\n",
                   "8: onbekende tabel 'toekeningen'; bedoelde u toekenningen?"),
        .deelvraag("onbekende tabel, met de lijst", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"gemeenten\"\n",
                   "8: onbekende tabel 'gemeenten'; mogelijk: toekenningen, kpi, samenwerking, weigeringen, aanvragen, mentorschap, sio, budget, wijzigingen"),
        .deelvraag("per enkel bij vrije tabellen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"samenwerking\"\nper = [\"provincie\"]\n",
                   "9: per kan enkel bij de tabellen toekenningen en kpi; de tabel samenwerking heeft een vaste indeling"),
        .deelvraag("onbekende dimensie", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = [\"provincies\", \"gemeente\"]\n",
                   "9: onbekende dimensie 'provincies'; bedoelde u provincie?",
                   "9: onbekende dimensie 'gemeente'; mogelijk: projectjaar, provincie, arrondissement, bestuur, doelstelling, actie"),
        .deelvraag("dimensie twee keer", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = [\"bestuur\", \"bestuur\"]\n",
                   "9: 'bestuur' staat twee keer in per"),
        .deelvraag("per is een lijst", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = \"bestuur\"\n",
                   "9: per moet een lijst zijn, niet tekst: per = [\"bestuur\"]"),
        .deelvraag("naast enkel projectjaar", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nnaast = \"provincie\"\n",
                   "9: naast kan enkel \"projectjaar\" zijn, niet 'provincie'"),
        .deelvraag("naast niet ook in per", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nper = [\"projectjaar\"]\nnaast = \"projectjaar\"\n",
                   "10: projectjaar staat al in per: ofwel rijen per projectjaar (per), ofwel de jaren naast elkaar (naast)"),
        .deelvraag("naast vraagt twee jaren", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nprojectjaren = [3]\nnaast = \"projectjaar\"\n",
                   "10: naast = \"projectjaar\" zet projectjaren naast elkaar en vraagt er minstens twee (projectjaren = [3])"),
        .deelvraag("onbekende maat", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nmaten = [\"subsidie_per_inwonner\"]\n",
                   "9: onbekende maat 'subsidie_per_inwonner'; bedoelde u subsidie_per_inwoner?"),
        .deelvraag("een maat van de tabel kpi", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nmaten = [\"realisatiegraad\"]\n",
                   "9: de maat 'realisatiegraad' past niet bij de tabel toekenningen; ze hoort bij tabel = \"kpi\" (maten van toekenningen: subsidie, toekenningen, besturen, kpi_vooropgesteld, subsidie_per_inwoner)"),
        .deelvraag("een maat van de tabel toekenningen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"kpi\"\nper = [\"actie\"]\nmaten = [\"subsidie_per_inwoner\"]\n",
                   "10: de maat 'subsidie_per_inwoner' past niet bij de tabel kpi; ze hoort bij tabel = \"toekenningen\" (maten van kpi: kpi_vooropgesteld, kpi_behaald_6m, kpi_behaald_12m, realisatiegraad, subsidie, toekenningen, besturen)"),
        .deelvraag("KPI's per actie", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"kpi\"\nper = [\"provincie\"]\nmaten = [\"kpi_behaald_12m\", \"realisatiegraad\"]\n",
                   "10: de maat 'kpi_behaald_12m' telt KPI's in een eenheid die per actie verschilt (deelnemers, sessies, plannen); groepeer ook per actie (per = [..., \"actie\"]) of kies één actie in de filter",
                   "10: de maat 'realisatiegraad' telt KPI's in een eenheid die per actie verschilt (deelnemers, sessies, plannen); groepeer ook per actie (per = [..., \"actie\"]) of kies één actie in de filter"),
        .deelvraag("de standaardmaten van kpi per actie", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"kpi\"\nper = [\"provincie\"]\n",
                   "9: zonder maten toont de tabel kpi kpi_vooropgesteld, kpi_behaald_6m, kpi_behaald_12m, realisatiegraad; de maat 'kpi_vooropgesteld' telt KPI's in een eenheid die per actie verschilt (deelnemers, sessies, plannen); groepeer ook per actie (per = [..., \"actie\"]) of kies één actie in de filter"),
        .deelvraag("maten enkel bij vrije tabellen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"budget\"\nmaten = [\"subsidie\"]\n",
                   "9: maten kan enkel bij de tabellen toekenningen en kpi; de tabel budget heeft vaste kolommen"),
        .deelvraag("maten niet leeg", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nmaten = []\n",
                   "9: maten is een lege lijst; laat maten weg voor de standaard van de tabel"),
        .deelvraag("filter is een tabel", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = \"Limburg\"\n",
                   "9: filter moet een tabel zijn, niet tekst: filter = { provincie = \"Limburg\" }"),
        .deelvraag("onbekende filter", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { provinsie = \"Limburg\" }\n",
                   "9: onbekende filter 'provinsie'; bedoelde u provincie?"),
        .deelvraag("onbekende provincie", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { provincie = [\"Limburg\", \"Limbrug\"] }\n",
                   "9: onbekende provincie 'Limbrug'; bedoelde u Limburg?"),
        .deelvraag("onbekend arrondissement", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { arrondissement = \"Halle-Vilvorde\" }\n",
                   "9: onbekend arrondissement 'Halle-Vilvorde'; bedoelde u Halle-Vilvoorde?"),
        .deelvraag("onbekend bestuur", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { bestuur = \"Gnet\" }\n",
                   "9: onbekend bestuur 'Gnet'; bedoelde u Gent (44021), Geel (13008), Genk (71016)?"),
        .deelvraag("een gemeente van 2025 in de geografie van 2019", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { bestuur = \"46030\" }\n",
                   "9: NIS-code 46030 (Beveren-Kruibeke-Zwijndrecht) bestond niet op 31 december 2024 (pas vanaf 1 januari 2025); gebruik de gemeenten van vóór de fusie: Beveren, Kruibeke, Zwijndrecht; de vraag gebruikt de gemeenten van 2019-2024 (geografie = \"2019\")"),
        .deelvraag("doelstelling 1 tot 7", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { doelstelling = [2, 8] }\n",
                   "9: onbekende doelstelling 8; het plan heeft de doelstellingen 1 tot 7"),
        .deelvraag("actie 1 tot 24", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { actie = 25 }\n",
                   "9: onbekende actie 25; de catalogus kent de acties 1 tot 24"),
        .deelvraag("actie is een nummer", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { actie = \"drie\" }\n",
                   "9: actie verwacht een nummer of een lijst van nummers, niet tekst"),
        .deelvraag("een lege filterlijst", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { provincie = [] }\n",
                   "9: provincie is een lege lijst; laat de sleutel weg om niet te filteren"),
        .deelvraag("onbekende groep", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { groep = \"centrumstad\" }\n",
                   "9: onbekende groep 'centrumstad'; bedoelde u centrumsteden?"),
        .deelvraag("groep en buiten_groep", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { groep = \"centrumsteden\", buiten_groep = \"centrumsteden\" }\n",
                   "9: groep en buiten_groep samen selecteren niets; kies er één"),
        .deelvraag("status enkel bij wijzigingen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nfilter = { status = \"gestopt\" }\n",
                   "9: de filter status hoort enkel bij tabel = \"wijzigingen\""),
        .deelvraag("onbekende status", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"wijzigingen\"\nfilter = { status = \"gestop\" }\n",
                   "9: onbekende status 'gestop'; bedoelde u gestopt?"),
        .deelvraag("van en naar enkel bij wijzigingen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"toekenningen\"\nvan = 1\n",
                   "9: 'van' hoort enkel bij tabel = \"wijzigingen\""),
        .deelvraag("van voor naar", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"wijzigingen\"\nvan = 3\nnaar = 2\n",
                   "10: van (3) moet een vroeger projectjaar zijn dan naar (2)"),
        .deelvraag("wijzigingen vraagt twee jaren", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"wijzigingen\"\nprojectjaren = [3]\n",
                   "9: wijzigingen vergelijkt twee projectjaren: geef van en naar, of minstens twee projectjaren (nu [3])"),
        .deelvraag("een projectjaar van wijzigingen", "nummer = \"1\"\ntekst = \"x\"\ntabel = \"wijzigingen\"\nvan = 0\n",
                   "9: onbekend projectjaar 0; het plan heeft de projectjaren 1, 2, 3"),
    ]

    @Test(arguments: hoofdgevallen)
    func regelsVanHetHoofd(_ geval: Foutgeval) {
        #expect(problemen(geval.tekst) == geval.verwacht)
    }

    @Test(arguments: deelvraaggevallen)
    func regelsVanEenDeelvraag(_ geval: Foutgeval) {
        #expect(problemen(geval.tekst) == geval.verwacht)
    }

    @Test func everyProblemOfAFileIsListedInLineOrder() {
        let gevonden = problemen(hoofd + """
        geografie = "2024"

        [[deelvraag]]
        nummer = "1"
        tekst = "x"
        tabel = "toekenningen"
        maten = ["subsidy"]
        filter = { provincie = "Limbrug", actie = 30 }

        [[deelvraag]]
        nummer = "1"
        tekst = "y"
        tabel = "kpii"
        """)
        #expect(gevonden == [
            "vraag-1234.toml:5: onbekende geografie '2024'; mogelijk: \"2019\" (gemeenten 2019-2024) of \"2025\" (na de fusies)",
            "vraag-1234.toml:11: onbekende maat 'subsidy'; bedoelde u subsidie?",
            "vraag-1234.toml:12: onbekende provincie 'Limbrug'; bedoelde u Limburg?",
            "vraag-1234.toml:12: onbekende actie 30; de catalogus kent de acties 1 tot 24",
            "vraag-1234.toml:15: deelvraag \"1\" staat al op regel 8; elke deelvraag heeft een eigen nummer",
            "vraag-1234.toml:17: onbekende tabel 'kpii'; bedoelde u kpi?",
        ])
    }

    @Test func tomlSyntaxErrorsCarryTheirLine() throws {
        let gevonden = problemen(hoofd + "[[deelvraag]]\nnummer = \"1\"\ntekst = \"x\"\ntabel = \n")
        #expect(gevonden.count == 1)
        #expect(try #require(gevonden.first).hasPrefix("vraag-1234.toml:8: geen geldige TOML: "))
        let dubbel = problemen(hoofd + "[[deelvraag]]\nnummer = \"1\"\ntekst = \"x\"\ntekst = \"y\"\nbeleid = true\n")
        #expect(dubbel.count == 1 && dubbel[0].hasPrefix("vraag-1234.toml:8: geen geldige TOML: "))
        #expect(dubbel == ["vraag-1234.toml:8: geen geldige TOML: deze sleutel of tabel staat al eerder (elke sleutel één keer per deelvraag; "
                           + "elke deelvraag onder een eigen [[deelvraag]]) (Error while parsing key-value pair: cannot redefine existing string 'tekst')"])
        // toml++'s English stays, on one line, after the Dutch.
        #expect(problemen("a = tru\n") == ["vraag-1234.toml:1: geen geldige TOML: Error while parsing boolean: expected 'true', saw 'tru\\n'"])
        let datum = problemen(hoofd.replacingOccurrences(of: "2025-03-05", with: "2025-02-30") + beleid)
        #expect(datum.count == 1 && datum[0].hasPrefix("vraag-1234.toml:2: geen geldige TOML: "))
    }
}
