import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
@testable import SamenlevenExport
import Testing
import XlsxWriter

/// Reads back what the workbook writers put in the xlsx XML: values and number formats
/// against the AnswerTable, outline levels, SUBTOTAL formulas evaluated independently
/// against their cached values, frozen header, autofilter, print setup and properties.
@Suite("Werkboeken: inhoud, formules, opmaak en afdruk")
struct WerkboekTests {
    func schrijf(_ tabel: AnswerTable, _ instellingen: WerkboekInstellingen = WerkboekInstellingen()) throws -> XlsxPakket {
        let pad = tijdelijkPad("antwoord.xlsx")
        try AntwoordWerkboek.schrijf(tabel, bladnaam: "Proef", naar: pad, instellingen: instellingen)
        return try XlsxPakket(pad: pad)
    }

    @Test func eenAntwoordOpEenBlad() throws {
        let pakket = try schrijf(proef, WerkboekInstellingen(aangemaakt: WerkboekFixture.aangemaakt))
        let blad = try pakket.blad("Proef")
        #expect(blad.tekst("A1") == Herkomst.voorbeelddataLabel)
        #expect(blad.tekst("A2") == "Proef")
        #expect(blad.tekst("A3") == "Vraag 492, subvraag 1")
        #expect(blad.tekst("A4") == "Gegevensstand: databank: proef.csv (projectjaar 1)")
        #expect(blad.tekst("A5") == "Selectie: Projectjaar: 1")
        // Label, title and meta lines merged across the table (never running on past it).
        for rij in 1...5 { verwachtDeel(blad.xml, "<mergeCell ref=\"A\(rij):E\(rij)\"/>") }
        #expect((1...5).map { blad.tekst(CellReference.columnName($0 - 1) + "7") } == ["Omschrijving", "Aantal", "Bedrag", "Toelichting", "Bron"])

        // Detail rows: numbers with their formats, the source per row.
        #expect(blad["B9"]?.getal == 1234 && blad["B9"]?.getalformaat == WerkboekStijl.getalFormaat)
        #expect(blad["C9"]?.getal == 50000.5 && blad["C9"]?.getalformaat == WerkboekStijl.euroFormaat)
        #expect(blad.tekst("D9") == "zegt \"ja\", of nee")
        #expect(blad.tekst("E9") == "proef.csv:2")
        // Subtotal and total: SUBTOTAL formulas carrying the computed value.
        #expect(blad["B11"]?.formule == "SUBTOTAL(9,B9:B10)" && blad["B11"]?.getal == 1239)
        #expect(blad["C11"]?.formule == "SUBTOTAL(9,C9:C10)" && blad["C11"]?.getal == 1050000.5)
        #expect(blad["B12"]?.formule == "SUBTOTAL(9,B8:B11)" && blad["B12"]?.getal == 1239)
        #expect(blad["C12"]?.getalformaat == WerkboekStijl.euroFormaat)
        // Outline: the besturen fold into their province.
        #expect([8, 9, 10, 11, 12].map(blad.niveau) == [0, 1, 1, 0, 0])
        // Footnotes under the table, merged across it.
        #expect(blad.tekst("A14") == "Voetnoten")
        #expect(blad.tekst("A15") == "1. Bron: proef.csv, rijen 2-3")
        #expect(blad.tekst("A16") == "2. Stimulans 10.000 euro (bron: S492).")
        verwachtDeel(blad.xml, "<mergeCell ref=\"A15:E15\"/>")

        // Frozen header, autofilter, print setup.
        verwachtDeel(blad.xml, "ySplit=\"7\" topLeftCell=\"A8\" activePane=\"bottomLeft\" state=\"frozen\"")
        verwachtDeel(blad.xml, "<autoFilter ref=\"A7:E12\"/>")
        verwachtDeel(blad.xml, "<sheetPr><outlinePr/>")
        try verwachtAfdruk(blad, vraag: 492, voorbeelddata: true)
        verwachtDeel(pakket.tekst("xl/workbook.xml"), "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">Proef!$7:$7</definedName>")

        // Properties: the given creation time, never the clock.
        let core = pakket.tekst("docProps/core.xml")
        verwachtDeel(core, "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-09-30T00:00:00Z</dcterms:created>")
        verwachtDeel(core, "<dc:title>Proef</dc:title>")
        verwachtDeel(pakket.tekst("docProps/app.xml"), "<Company>Vlaamse overheid</Company>")
    }

    /// A4 landscape, one page wide, the question in the footer.
    func verwachtAfdruk(_ blad: Blad, vraag: Int, voorbeelddata: Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        verwachtDeel(blad.xml, "<pageSetUpPr fitToPage=\"1\"/>", sourceLocation: sourceLocation)
        verwachtDeel(blad.xml, "<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>", sourceLocation: sourceLocation)
        verwachtDeel(blad.xml, "<oddFooter>&amp;LVraag \(vraag)&amp;C&amp;A&amp;RPagina &amp;P van &amp;N</oddFooter>",
                     sourceLocation: sourceLocation)
        let kop = blad.xml.contains("VOORBEELDDATA - geen officiële cijfers</oddHeader>")
        #expect(kop == voorbeelddata, sourceLocation: sourceLocation)
    }

    @Test func eenSubtotaalDatNietKloptWordtEenWaardeGeenFormule() throws {
        var tabel = proef
        tabel.voorbeelddata = false
        // The subtotal says 2.000 while its rows add up to 1.239: keep the table's value, as a number.
        tabel.rijen[3].cellen[1] = .getal(2000)
        let blad = try schrijf(tabel).blad("Proef")
        #expect(blad["B10"]?.formule == nil && blad["B10"]?.getal == 2000)
        // The total's range now holds that plain 2.000, so SUBTOTAL would give 3.239, not 1.239.
        #expect(blad["B11"]?.formule == nil && blad["B11"]?.getal == 1239)
        #expect(blad["C11"]?.formule == "SUBTOTAL(9,C7:C10)")
        try controleerFormules(blad)
    }

    @Test func groepenZonderRijenEnGeneste() throws {
        let kolommen = [Kolom("omschrijving", "Omschrijving", .tekst), Kolom("bedrag", "Bedrag", .euro)]
        let tabel = AnswerTable(titel: "Genest", vraag: VraagReferentie(nummer: 1), gegevensstand: "test", kolommen: kolommen, rijen: [
            Rij(.kop, niveau: 0, [.tekst("A")]),
            Rij(.kop, niveau: 1, [.tekst("A1")]),
            Rij(.detail, niveau: 2, [.tekst("x"), .euro(Euro(cents: 1))]),
            Rij(.detail, niveau: 2, [.tekst("y"), .euro(Euro(cents: 2))]),
            Rij(.subtotaal, niveau: 1, [.tekst("Totaal A1"), .euro(Euro(cents: 3))]),
            Rij(.kop, niveau: 1, [.tekst("A2 (leeg)")]),
            Rij(.subtotaal, niveau: 1, [.tekst("Totaal A2"), .leeg]),
            Rij(.subtotaal, niveau: 0, [.tekst("Totaal A"), .euro(Euro(cents: 3))]),
            Rij(.totaal, niveau: 0, [.tekst("Totaal"), .euro(Euro(cents: 3))]),
        ])
        let blad = try schrijf(tabel).blad("Proef")
        // Rows 6.. (no label, no selection): the nested subtotal is inside the outer range and SUBTOTAL skips it.
        #expect(blad["B10"]?.formule == "SUBTOTAL(9,B8:B9)")
        #expect(blad["B12"]?.waarde == nil && blad["B12"]?.formule == nil)
        #expect(blad["B13"]?.formule == "SUBTOTAL(9,B7:B12)" && blad["B13"]?.getal == 0.03)
        #expect(blad["B14"]?.formule == "SUBTOTAL(9,B6:B13)")
        #expect((6...14).map(blad.niveau) == [0, 1, 2, 2, 1, 1, 1, 0, 0])
        try controleerFormules(blad)
    }

    // MARK: The annex

    @Test func bijlageBladenEnInhoud() throws {
        let pad = tijdelijkPad("bijlage.xlsx")
        let namen = try WerkboekFixture.bijlage.schrijf(naar: pad, instellingen: WerkboekInstellingen(aangemaakt: WerkboekFixture.aangemaakt))
        #expect(namen == ["Toelichting", "Grafieken", "Antwerpen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen", "Limburg",
                          "Brussel-Hoofdstad", "Samenwerkingsverbanden", "Weigeringen", "Aanvragen", "Budget", "Mentorschappen", "SIO", "KPI"])
        let pakket = try XlsxPakket(pad: pad)
        #expect(pakket.bladen.map(\.naam) == namen)
        let bladen = WerkboekFixture.bijlage.antwoordbladen()

        // Every answer sheet holds its AnswerTable, cell for cell, and its formulas add up.
        for antwoord in bladen {
            let blad = try pakket.blad(antwoord.naam)
            try vergelijk(blad, met: antwoord.tabel, naam: antwoord.naam)
            try controleerFormules(blad, pakket: pakket)
            try verwachtAfdruk(blad, vraag: 492, voorbeelddata: antwoord.tabel.voorbeelddata)
        }
        for naam in ["Toelichting", "Grafieken"] {
            let blad = try pakket.blad(naam)
            try verwachtAfdruk(blad, vraag: 492, voorbeelddata: true)
            try controleerFormules(blad, pakket: pakket)
        }

        // West-Vlaanderen with the toelichting, the other provinces without.
        let wvl = try #require(bladen.first { $0.naam == "West-Vlaanderen" }).tabel
        let limburg = try #require(bladen.first { $0.naam == "Limburg" }).tabel
        #expect(wvl.kolommen.map(\.id).contains("toelichting"))
        #expect(!limburg.kolommen.map(\.id).contains("toelichting"))
        #expect(wvl.voetnoten.contains { $0.tekst == ToekenningenVraag.toelichtingVoetnoot })
        #expect(!limburg.voetnoten.contains { $0.tekst == ToekenningenVraag.toelichtingVoetnoot })
        let wvlBlad = try pakket.blad("West-Vlaanderen")
        #expect(wvlBlad.cellen.values.contains { $0.waarde == "Trajecten \"op maat\", met partners" })
        #expect(!(try pakket.blad("Limburg")).cellen.values.contains { $0.waarde == "Toelichting die niet gevraagd is" })

        // Toelichting: the question, its author and minister, the data vintage, the warning.
        let toelichting = try pakket.blad("Toelichting")
        let teksten = Set(toelichting.cellen.values.compactMap(\.waarde))
        #expect(teksten.contains("Schriftelijke vraag nr. 492 van 1 september 2023"))
        #expect(teksten.contains("Brecht Warnez"))
        #expect(teksten.contains { $0.hasPrefix("Bart Somers, viceminister-president van de Vlaamse Regering") })
        #expect(teksten.contains { $0.hasPrefix("toekenningen, projectjaar 2: toekenningen-voorbeelddata-2.csv (4 rijen; SHA-256 070707070707…)") })
        #expect(teksten.contains { $0.hasPrefix("Deze bijlage bevat synthetische voorbeeldgegevens (toekenningen-voorbeelddata-2.csv)") })
        #expect(teksten.contains { $0.hasPrefix("Vanaf projectjaar 3 (NOTA3 2.4): subsidie = p × min(K/2, K − B)") })
        #expect(toelichting.tekst("A1") == Herkomst.voorbeelddataLabel)
        verwachtDeel(toelichting.xml, "<hyperlink ref=\"A")
        #expect(pakket.tekst("xl/worksheets/_rels/sheet1.xml.rels").isEmpty)  // internal links need no relationship

        // Grafieken: the provinces add up to deelvraag 1's total; two native charts.
        let alles = StandaardVraag.toekenningen.beantwoord(WerkboekFixture.context)
        let totaal = try #require(alles.rijen.last).cellen[alles.kolommen.firstIndex { $0.id == "subsidie" }!]
        let grafieken = try pakket.blad("Grafieken")
        let provincieTotaal = try #require(grafieken.rij(metA: "Totaal"))
        #expect(grafieken["B\(provincieTotaal)"]?.getal == AntwoordBlad.waarde(totaal))
        #expect(grafieken["B\(provincieTotaal)"]?.formule == "SUM(B\(provincieTotaal - 6):B\(provincieTotaal - 1))")
        #expect(grafieken["B\(provincieTotaal - 4)"]?.formule?.hasPrefix("'West-Vlaanderen'!D") == true)
        #expect(pakket.delen.filter { $0.naam.hasPrefix("xl/charts/chart") }.count == 2)
        verwachtDeel(pakket.tekst("xl/charts/chart1.xml"), "<c:f>Grafieken!$B$")

        let core = pakket.tekst("docProps/core.xml")
        verwachtDeel(core, "<dc:title>Bijlage bij schriftelijke vraag nr. 492: Plan Samenleven - Stand van zaken</dc:title>")
        verwachtDeel(core, "<cp:keywords>Plan Samenleven, vraag 492, bijlage")
        verwachtDeel(core, "2024-09-30T00:00:00Z")
    }

    @Test func provinciesTellenOpTotHetGeheel() {
        let bijlage = WerkboekFixture.bijlage
        let bladen = bijlage.antwoordbladen()
        let geheel = StandaardVraag.toekenningen.beantwoord(WerkboekFixture.context)
        guard case .euro(let totaal) = geheel.cel(geheel.rijen.last!, "subsidie") else { Issue.record("geen totaal"); return }
        let perProvincie = bijlage.perProvincie(bladen, totaal: totaal)
        #expect(perProvincie.map(\.label) == Provincie.allCases.map(\.naam))
        #expect(perProvincie.reduce(Euro.zero) { $0 + $1.bedrag } == totaal)
        let perDoel = bijlage.perDoelstelling(totaal: totaal)
        #expect(perDoel.last?.label == "Doelstelling onbekend" && perDoel.last?.bedrag == Euro(euros: 5_000))
        #expect(perDoel.filter(\.onbekend).map(\.label) == ["Doelstelling onbekend"])
        // Each province line points at its own sheet, named by the sheet, not read back from the formula.
        #expect(perProvincie.map { $0.verwijzing?.blad } == Provincie.allCases.map(\.naam))
        #expect(perProvincie.allSatisfy { $0.verwijzing?.cel.hasPrefix(CellReference.quoteSheetName($0.label) + "!") == true })
        #expect(bladen.filter { $0.deelvraag == "1" }.map(\.provincie) == Provincie.allCases.map { $0 })
        #expect(perDoel.reduce(Euro.zero) { $0 + $1.bedrag } == totaal)
    }

    @Test func bijlageVoorEenProjectjaarZonderVoorbeelddata() throws {
        var bijlage = WerkboekFixture.bijlage
        bijlage.projectjaar = 1
        let pad = tijdelijkPad("bijlage-1.xlsx")
        try bijlage.schrijf(naar: pad)
        let pakket = try XlsxPakket(pad: pad)
        let toelichting = try pakket.blad("Toelichting")
        #expect(toelichting.tekst("A1") == "Bijlage bij het antwoord op schriftelijke vraag nr. 492")
        #expect(!pakket.tekst("xl/sharedStrings.xml").contains("VOORBEELDDATA"))
        #expect(toelichting.cellen.values.contains { $0.waarde == "1 (1 oktober 2022 tot en met 30 september 2023)" })
    }

    // MARK: Determinism and creation time

    @Test func zelfdeInvoerGeeftZelfdeBytes() throws {
        let a = tijdelijkPad("a.xlsx"), b = tijdelijkPad("b.xlsx")
        let instellingen = WerkboekInstellingen(aangemaakt: WerkboekFixture.aangemaakt)
        try WerkboekFixture.bijlage.schrijf(naar: a, instellingen: instellingen)
        try WerkboekFixture.bijlage.schrijf(naar: b, instellingen: instellingen)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test func aanmaakmomentUitDeGegevensOfSourceDateEpoch() throws {
        #expect(try Aanmaakmoment.bepaal(gegevens: WerkboekFixture.gegevens, omgeving: [:]) == WerkboekFixture.aangemaakt)
        #expect(try Aanmaakmoment.bepaal(gegevens: WerkboekFixture.gegevens.projectjaar(1), omgeving: [:])
                == Date(timeIntervalSince1970: 1_696_032_000))  // 2023-09-30
        #expect(try Aanmaakmoment.bepaal(gegevens: WerkboekFixture.gegevens, omgeving: ["SOURCE_DATE_EPOCH": "1700000000"])
                == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try Aanmaakmoment.bepaal(gegevens: Gegevens(), omgeving: [:]) == nil)
        #expect(throws: WerkboekFout.self) { try Aanmaakmoment.bepaal(gegevens: nil, omgeving: ["SOURCE_DATE_EPOCH": "gisteren"]) }
    }

    // MARK: Template

    @Test func sjabloon() throws {
        let pad = tijdelijkPad("sjabloon.xlsx")
        try Sjabloon.schrijf(naar: pad)
        let pakket = try XlsxPakket(pad: pad)
        #expect(pakket.bladen.map(\.naam) == ["Instructies"] + Soort.allCases.map(\.rawValue) + ["Lijsten"])
        verwachtDeel(pakket.tekst("xl/workbook.xml"), "<sheet name=\"Lijsten\" sheetId=\"9\" state=\"hidden\"")
        let besturen = Sjabloon.besturen()
        #expect(besturen.count == 302)
        #expect(besturen.contains("Vlaamse Gemeenschapscommissie") && besturen.contains("vzw De Rand") && besturen.contains("Zwijndrecht"))
        #expect(!besturen.contains("Beveren-Kruibeke-Zwijndrecht"))
        let lijsten = try pakket.blad("Lijsten")
        #expect(lijsten.tekst("A2") == besturen.first && lijsten.tekst("A\(besturen.count + 1)") == besturen.last)

        for soort in Soort.allCases {
            let blad = try pakket.blad(soort.rawValue)
            let koppen = soort.kolommen.indices.map { blad.tekst(CellReference.columnName($0) + "1") }
            #expect(koppen == soort.kolommen.map(\.naam), "\(soort)")
            #expect(blad.cellen.count == soort.kolommen.count, "\(soort): enkel de kopregel")
            for kolom in soort.kolommen {
                verwachtDeel(blad.xml, "prompt=\"\(kolom.uitleg.prefix(1).uppercased())")
            }
            try verwachtAfdruk(blad, vraag: 0, voorbeelddata: false, footer: "Invoersjabloon Plan Samenleven")
        }
        let toekenningen = try pakket.blad("toekenningen")
        verwachtDeel(toekenningen.xml, "<formula1>\"1,2,3\"</formula1>")
        verwachtDeel(toekenningen.xml, "<formula1>Lijsten!$A$2:$A$303</formula1>")
        verwachtDeel(toekenningen.xml, "promptTitle=\"kpi_vooropgesteld (verplicht)\"")
        verwachtDeel(try pakket.blad("aanvragen").xml, "<formula1>\"goedgekeurd,geweigerd,ingetrokken\"</formula1>")
        verwachtDeel(try pakket.blad("kpi_rapportering").xml, "<formula1>\"6m,12m\"</formula1>")
        let instructies = Set(try pakket.blad("Instructies").cellen.values.compactMap(\.waarde))
        #expect(instructies.contains("Blad toekenningen"))
        #expect(instructies.contains { $0.hasPrefix("Inlezen: samenleven importeer BESTAND.xlsx") })
    }

    func verwachtAfdruk(_ blad: Blad, vraag: Int, voorbeelddata: Bool, footer: String) throws {
        verwachtDeel(blad.xml, "<pageSetup paperSize=\"9\" fitToHeight=\"0\" orientation=\"landscape\"/>")
        verwachtDeel(blad.xml, "<oddFooter>&amp;L\(footer)&amp;C&amp;A&amp;RPagina &amp;P van &amp;N</oddFooter>")
    }

    @Test func ingevuldSjabloonWordtIngelezen() throws {
        let pad = tijdelijkPad("sjabloon.xlsx")
        try Sjabloon.schrijf(naar: pad)
        let ingevuld = tijdelijkPad("ingevuld.xlsx")
        try SjabloonInvuller.vul(pad, naar: ingevuld, bladen: [
            "toekenningen": [
                [.getal("1"), .tekst("Gent"), .getal("5"), .tekst("Volwassen anderstaligen"), .leeg, .getal("120"), .getal("30000.5"),
                 .tekst("Oefenkansen"), .leeg],
                [.getal("1"), .tekst("44021"), .getal("2"), .leeg, .getal("0"), .getal("1"), .tekst("25.000"), .leeg, .tekst("Oost-Vlaanderen")],
            ],
            "mentorschappen": [[.getal("1"), .tekst("Oostende"), .getal("9"), .leeg, .tekst("Werk"), .leeg]],
        ])
        let store = try Store.inMemory()
        let verslag = try Importer(store: store).importeer([ImportBestand(url: URL(fileURLWithPath: ingevuld))])
        #expect(verslag.tellingen.first { $0.soort == .toekenningen }?.toegevoegd == 2)
        #expect(verslag.tellingen.first { $0.soort == .mentorschappen }?.toegevoegd == 1)
        #expect(verslag.waarschuwingen.contains("ingevuld.xlsx: blad 'Instructies' genegeerd (geen soort; verwacht een van: \(Soort.lijst))"))
        #expect(verslag.waarschuwingen.contains("ingevuld.xlsx: blad 'Lijsten' genegeerd (geen soort; verwacht een van: \(Soort.lijst))"))
        #expect(verslag.waarschuwingen.contains("ingevuld.xlsx: blad 'sio' is leeg (enkel de kopregel) en wordt overgeslagen"))
        let gegevens = try store.gegevens()
        #expect(gegevens.toekenningen.map(\.subsidie).sorted() == [Euro(euros: 25_000), Euro(cents: 3_000_050)])
        #expect(Set(gegevens.toekenningen.map { $0.indicator ?? "" }) == ["volwassen anderstaligen", ""])

        // The empty template itself has nothing to import.
        #expect(throws: ImportFailure.self) {
            try Importer(store: Store.inMemory()).importeer([ImportBestand(url: URL(fileURLWithPath: pad))])
        }
    }

    // MARK: Streaming

    /// A synthetic answer: `groepen` groups of `perGroep` detail rows with subtotals and a total.
    static func grooteTabel(groepen: Int, perGroep: Int) -> AnswerTable {
        let kolommen = [Kolom("omschrijving", "Omschrijving", .tekst), Kolom("aantal", "Aantal", .geheelGetal),
                        Kolom("bedrag", "Bedrag", .euro)]
        var rijen: [Rij] = []
        rijen.reserveCapacity(groepen * (perGroep + 2) + 1)
        var totaal: Int64 = 0, aantal = 0
        for g in 0..<groepen {
            rijen.append(Rij(.kop, niveau: 0, [.tekst("Groep \(g)"), .leeg, .leeg]))
            var som: Int64 = 0
            for d in 0..<perGroep {
                let cents = Int64((g * 7919 + d * 104_729) % 10_000_000)
                som += cents
                rijen.append(Rij(.detail, niveau: 1, [.tekst("Rij \(g).\(d)"), .getal(d), .euro(Euro(cents: cents))], herkomst: ["groot.csv:\(d + 2)"]))
            }
            let n = perGroep * (perGroep - 1) / 2
            rijen.append(Rij(.subtotaal, niveau: 0, [.tekst("Totaal groep \(g)"), .getal(n), .euro(Euro(cents: som))]))
            totaal += som
            aantal += n
        }
        rijen.append(Rij(.totaal, niveau: 0, [.tekst("Totaal"), .getal(aantal), .euro(Euro(cents: totaal))]))
        return AnswerTable(titel: "Groot", vraag: VraagReferentie(nummer: 492), gegevensstand: "synthetisch", kolommen: kolommen,
                           rijen: rijen, voetnoten: [Voetnoot("Synthetisch.")])
    }

    @Test func grootAntwoordStroomtMetConstantGeheugen() throws {
        let tabel = Self.grooteTabel(groepen: 250, perGroep: 240)   // 60.501 rows
        #expect(tabel.rijen.count > WerkboekInstellingen.standaardStroomdrempel)
        let pad = tijdelijkPad("groot.xlsx")
        try AntwoordWerkboek.schrijf(tabel, bladnaam: "Groot", naar: pad)
        let pakket = try XlsxPakket(pad: pad)
        let blad = try pakket.blad("Groot")
        // Constant-memory mode writes strings inline, not in a shared-string table.
        verwachtDeel(blad.xml, "t=\"inlineStr\"")
        #expect(pakket.tekst("xl/sharedStrings.xml").isEmpty)
        let laatste = 5 + tabel.rijen.count
        #expect(blad.tekst("A\(laatste)") == "Totaal")
        #expect(blad["C\(laatste)"]?.formule == "SUBTOTAL(9,C6:C\(laatste - 1))")
        #expect(blad["C\(laatste)"]?.getal == AntwoordBlad.waarde(tabel.rijen.last!.cellen[2]))
        #expect(blad.niveau(7) == 1 && blad.niveau(6) == 0)
        #expect(blad.tekst("A\(laatste + 3)") == "1. Synthetisch.")
        try controleerFormules(blad)
    }

    @Test func bijlageKanOokStromen() throws {
        let normaal = tijdelijkPad("bijlage.xlsx"), gestroomd = tijdelijkPad("bijlage-stroom.xlsx")
        try WerkboekFixture.bijlage.schrijf(naar: normaal)
        try WerkboekFixture.bijlage.schrijf(naar: gestroomd, instellingen: WerkboekInstellingen(stroomdrempel: 1))
        let a = try XlsxPakket(pad: normaal), b = try XlsxPakket(pad: gestroomd)
        #expect(b.tekst("xl/sharedStrings.xml").isEmpty && !a.tekst("xl/sharedStrings.xml").isEmpty)
        #expect(a.bladen.map(\.naam) == b.bladen.map(\.naam))
        for antwoord in WerkboekFixture.bijlage.antwoordbladen() {
            let blad = try b.blad(antwoord.naam)
            try vergelijk(blad, met: antwoord.tabel, naam: antwoord.naam + " (stroom)")
            try controleerFormules(blad, pakket: b)
        }
        try controleerFormules(try b.blad("Grafieken"), pakket: b)
        #expect(b.delen.filter { $0.naam.hasPrefix("xl/charts/chart") }.count == 2)
    }

    /// Long text wraps within the sheet instead of running on over empty cells (which makes
    /// "one page wide" shrink the printout to illegible): every source list, every footnote and
    /// the lines above the table, also when streaming (which cannot merge), and the sources and
    /// the lines above the summaries on Grafieken.
    @Test func bronnenEnVoetnotenLopenOm() throws {
        for stroomdrempel in [50_000, 1] {
            let pad = tijdelijkPad("bijlage-omloop-\(stroomdrempel).xlsx")
            try WerkboekFixture.bijlage.schrijf(naar: pad, instellingen: WerkboekInstellingen(stroomdrempel: stroomdrempel))
            let pakket = try XlsxPakket(pad: pad)
            let omloop = pakket.omloop
            for antwoord in WerkboekFixture.bijlage.antwoordbladen() {
                let blad = try pakket.blad(antwoord.naam)
                let kopRij = try #require(blad.rij(metA: antwoord.tabel.kolommen[0].kop))
                let bron = CellReference.columnName(antwoord.tabel.kolommen.count)
                var gezien = 0
                for index in antwoord.tabel.rijen.indices {
                    guard let cel = blad["\(bron)\(kopRij + 1 + index)"], cel.waarde?.isEmpty == false else { continue }
                    gezien += 1
                    #expect(omloop[cel.stijl], "\(antwoord.naam) \(bron)\(kopRij + 1 + index) loopt niet om (stroomdrempel \(stroomdrempel))")
                }
                #expect(gezien > 0, "\(antwoord.naam): geen bronnen")
                let voetnoten = blad.cellen.filter { $0.key.hasPrefix("A") && ($0.value.waarde.map { $0.hasPrefix("1. ") } ?? false) }
                #expect(!voetnoten.isEmpty, "\(antwoord.naam): geen voetnoten")
                for (ref, cel) in voetnoten { #expect(omloop[cel.stijl], "\(antwoord.naam) \(ref): voetnoot loopt niet om") }
                verwachtBovenOmloop(blad, kopRij: kopRij, omloop: omloop, naam: antwoord.naam)
            }
            let grafieken = try pakket.blad("Grafieken")
            verwachtBovenOmloop(grafieken, kopRij: try #require(grafieken.rij(metA: "Per provincie")), omloop: omloop, naam: "Grafieken")
            let bronnen = grafieken.cellen.filter { $0.key.hasPrefix("C") && ($0.value.waarde?.count ?? 0) > 48 }
            #expect(!bronnen.isEmpty)
            for (ref, cel) in bronnen { #expect(omloop[cel.stijl], "Grafieken \(ref) loopt niet om") }
        }
    }

    /// The label, title and meta lines above the table (the data vintage is the longest) wrap.
    private func verwachtBovenOmloop(_ blad: Blad, kopRij: Int, omloop: [Bool], naam: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        let boven = blad.cellen.filter { ref, cel in
            ref.hasPrefix("A") && (Int(ref.dropFirst()) ?? kopRij) < kopRij && cel.waarde?.isEmpty == false
        }
        #expect(boven.contains { $0.value.waarde?.hasPrefix("Gegevensstand: ") == true }, "\(naam): geen gegevensstand",
                sourceLocation: sourceLocation)
        for (ref, cel) in boven { #expect(omloop[cel.stijl], "\(naam) \(ref) loopt niet om", sourceLocation: sourceLocation) }
    }

    @Test func stromenEnNietStromenGevenDezelfdeCellen() throws {
        let tabel = Self.grooteTabel(groepen: 20, perGroep: 30)
        let normaal = try schrijf(tabel).blad("Proef")
        let gestroomd = try schrijf(tabel, WerkboekInstellingen(stroomdrempel: 100)).blad("Proef")
        verwachtDeel(gestroomd.xml, "inlineStr")
        #expect(!normaal.xml.contains("inlineStr"))
        // The same cells (value, formula, number format), row levels and layout; only the
        // text across the table (title, meta lines, footnote) is not merged when streaming.
        let laatsteTabelrij = 5 + tabel.rijen.count
        let kopRij = try #require(normaal.rij(metA: tabel.kolommen[0].kop))
        for rij in 1...laatsteTabelrij {
            #expect(normaal.niveau(rij) == gestroomd.niveau(rij))
            for kolom in rij < kopRij ? ["A"] : ["A", "B", "C", "D"] {
                let a = normaal["\(kolom)\(rij)"], b = gestroomd["\(kolom)\(rij)"]
                #expect(a?.waarde == b?.waarde && a?.formule == b?.formule && a?.getalformaat == b?.getalformaat, "\(kolom)\(rij)")
            }
        }
    }
}

// MARK: - Checks shared by the tests

/// Compares a sheet with the AnswerTable it was written from: header, every cell by type,
/// number formats, the Bron column, the footnotes.
func vergelijk(_ blad: Blad, met tabel: AnswerTable, naam: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let kopRij = try #require(blad.rij(metA: tabel.kolommen[0].kop), "\(naam): geen kopregel", sourceLocation: sourceLocation)
    let kolommen = tabel.kolommen.count
    #expect(blad.tekst(CellReference.columnName(kolommen) + "\(kopRij)") == "Bron", sourceLocation: sourceLocation)
    for (index, rij) in tabel.rijen.enumerated() {
        let r = kopRij + 1 + index
        #expect(blad.niveau(r) == min(rij.niveau, 7), "\(naam) rij \(r)", sourceLocation: sourceLocation)
        for (i, kolom) in tabel.kolommen.enumerated() {
            let ref = CellReference.columnName(i) + "\(r)"
            let cel = blad[ref]
            let verwacht = i < rij.cellen.count ? rij.cellen[i] : .leeg
            switch verwacht {
            case .leeg:
                #expect(cel?.waarde == nil, "\(naam)!\(ref)", sourceLocation: sourceLocation)
            case .tekst(let t):
                #expect(cel?.waarde == t, "\(naam)!\(ref)", sourceLocation: sourceLocation)
            case .getal, .euro:
                #expect(cel?.getal == AntwoordBlad.waarde(verwacht), "\(naam)!\(ref)", sourceLocation: sourceLocation)
                let formaat = kolom.soort == .euro || { if case .euro = verwacht { return true }; return false }()
                    ? WerkboekStijl.euroFormaat : WerkboekStijl.getalFormaat
                #expect(cel?.getalformaat == formaat, "\(naam)!\(ref)", sourceLocation: sourceLocation)
            case .percentage(let bp):
                #expect(cel?.getal == Double(bp) / 10_000, "\(naam)!\(ref)", sourceLocation: sourceLocation)
            case .datum:
                #expect(cel?.getalformaat == WerkboekStijl.datumFormaat, "\(naam)!\(ref)", sourceLocation: sourceLocation)
            }
        }
        let bron = blad.tekst(CellReference.columnName(kolommen) + "\(r)")
        #expect((bron ?? "") == rij.herkomst.joined(separator: "; "), "\(naam) rij \(r): Bron", sourceLocation: sourceLocation)
    }
    let teksten = Set(blad.cellen.values.compactMap(\.waarde))
    for (n, voetnoot) in tabel.voetnoten.enumerated() {
        #expect(teksten.contains("\(n + 1). " + CelOpmaak.voetnoot(voetnoot)), "\(naam): voetnoot \(n + 1)", sourceLocation: sourceLocation)
    }
    if tabel.voorbeelddata {
        #expect(blad.tekst("A1") == Herkomst.voorbeelddataLabel, sourceLocation: sourceLocation)
    }
}

/// Evaluates every formula of a sheet independently and compares it with its cached value:
/// `SUBTOTAL(9, range)` adds the numbers in the range that are not themselves SUBTOTAL
/// formulas, `SUM(range)` adds every number, `'Sheet'!A1` is that cell's value.
func controleerFormules(_ blad: Blad, pakket: XlsxPakket? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
    func cents(_ x: Double) -> Int64 { Int64((x * 100).rounded()) }
    for (ref, cel) in blad.cellen {
        guard let formule = cel.formule else { continue }
        let cached = try #require(cel.getal, "\(ref): formule zonder getal", sourceLocation: sourceLocation)
        var som: Double
        if formule.hasPrefix("SUBTOTAL(9,") || formule.hasPrefix("SUM(") {
            let bereik = formule.drop { $0 != "(" }.dropFirst().split(separator: ",").last!.dropLast()
            let delen = bereik.split(separator: ":")
            let (kolom, van) = splits(String(delen[0])), (_, tot) = splits(String(delen[1]))
            som = 0
            for r in van...tot {
                guard let c = blad["\(kolom)\(r)"], let x = c.getal else { continue }
                if formule.hasPrefix("SUBTOTAL"), c.formule?.hasPrefix("SUBTOTAL") == true { continue }
                som += x
            }
        } else if let pakket, formule.contains("!") {
            let delen = formule.split(separator: "!")
            let bladnaam = delen[0].trimmingCharacters(in: CharacterSet(charactersIn: "'"))
            som = try #require(try pakket.blad(bladnaam)[String(delen[1])]?.getal, "\(ref): \(formule)", sourceLocation: sourceLocation)
        } else {
            Issue.record("onbekende formule \(formule) in \(ref)", sourceLocation: sourceLocation)
            continue
        }
        #expect(cents(som) == cents(cached), "\(ref): \(formule) geeft \(som), in de cel staat \(cached)", sourceLocation: sourceLocation)
    }
}

/// Expects `deel` in an XML part; on failure shows only what was missing and where it was looked for.
func verwachtDeel(_ xml: String, _ deel: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if !xml.contains(deel) {
        let begin = xml.range(of: "<worksheet").map { String(xml[$0.lowerBound...].prefix(200)) } ?? String(xml.prefix(200))
        Issue.record("'\(deel)' ontbreekt in \(begin)…", sourceLocation: sourceLocation)
    }
}
