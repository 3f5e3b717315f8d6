import Foundation
import Testing
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
@testable import SamenlevenExport
import XlsxWriter
import ZIPFoundation

@Suite("Antwoordsjablonen en Word-document")
struct AntwoordTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    @Test func anUnknownNameIsAnErrorThatNamesTheLine() throws {
        let sjabloon = try Antwoordsjabloon(naam: "test.mustache", tekst: "regel 1\n{{vraag.nummer}}\n\n{{samenwerking.indienerz}}\n")
        #expect(throws: Antwoordsjabloon.Fout(sjabloon: "test.mustache", regel: 4,
                                      boodschap: "onbekende naam 'samenwerking.indienerz': de gegevens leveren die niet")) {
            try sjabloon.controleer(tegen: AntwoordGegevens.prototype)
        }
    }

    @Test func namesInsideListsAreCheckedAgainstTheElementType() throws {
        let goed = try Antwoordsjabloon(naam: "t", tekst: "{{#samenwerking.provincies}}{{letter}}. {{naam}}{{/samenwerking.provincies}}")
        try goed.controleer(tegen: AntwoordGegevens.prototype)
        let fout = try Antwoordsjabloon(naam: "t", tekst: "{{#samenwerking.provincies}}\n{{letter}} {{provincie}}\n{{/samenwerking.provincies}}")
        #expect(throws: Antwoordsjabloon.Fout(sjabloon: "t", regel: 2, boodschap: "onbekende naam 'provincie': de gegevens leveren die niet")) {
            try fout.controleer(tegen: AntwoordGegevens.prototype)
        }
        // Outer names stay visible inside a section, as in Mustache.
        try Antwoordsjabloon(naam: "t", tekst: "{{#sio.experimenten}}{{vraag.nummer}} {{bestuur}}{{/sio.experimenten}}").controleer(tegen: AntwoordGegevens.prototype)
    }

    @Test func unbalancedSectionsAndPartialsAreErrors() throws {
        #expect(throws: Antwoordsjabloon.Fout(sjabloon: "t", regel: 2, boodschap: "'{{#voorbeelddata}}' wordt nooit afgesloten")) {
            try Antwoordsjabloon(naam: "t", tekst: "a\n{{#voorbeelddata}}\nb\n")
        }
        #expect(throws: Antwoordsjabloon.Fout(sjabloon: "t", regel: 3, boodschap: "'{{/sio.geen}}' sluit '{{#voorbeelddata}}' van regel 1 niet af")) {
            try Antwoordsjabloon(naam: "t", tekst: "{{#voorbeelddata}}\n\n{{/sio.geen}}")
        }
        #expect(throws: Antwoordsjabloon.Fout.self) { try Antwoordsjabloon(naam: "t", tekst: "{{> kop}}") }
    }

    @Test func textIsNotHTMLEscaped() throws {
        let sjabloon = try Antwoordsjabloon(naam: "t", tekst: "{{vraag.titel}}")
        var gegevens = AntwoordGegevens.prototype
        gegevens.vraag.titel = "Plan Samenleven - \"stand\" & <zaken>"
        #expect(try sjabloon.render(gegevens, prototype: AntwoordGegevens.prototype) == "Plan Samenleven - \"stand\" & <zaken>")
    }

    @Test func everyBundledTemplatePassesTheCheck() throws {
        let map = SjablonenMap(url: Self.templates)
        #expect(map.namen.contains("vraag-492") && map.namen.contains("standaard"))
        for naam in map.namen where naam != "vraag-492" {
            try map.sjabloon(voorVraag: 492, naam: naam).controleer(tegen: AntwoordGegevens.prototype)
        }
        // vraag-492 reaches each table's figures by the number of the deelvraag that asks for it
        // in Vragen/vraag-492.toml: checked against the prototype of that question.
        let gegevens = AntwoordOpsteller(context: WerkboekFixture.context, vraag: WerkboekFixture.vraag492, projectjaar: 1).stelOp().gegevens
        try map.sjabloon(voorVraag: 492).controleer(tegen: AntwoordGegevens.prototype(gegevens))
        #expect(gegevens.deelvraag["2"]?.samenwerking.count == 1 && gegevens.deelvraag["2"]?.toekenningen.isEmpty == true)
        #expect(gegevens.deelvraag["6"]?.samenwerking.isEmpty == true)
        // Without those deelvragen its names are unknown.
        #expect(throws: Antwoordsjabloon.Fout.self) { try map.sjabloon(voorVraag: 492).controleer(tegen: AntwoordGegevens.prototype) }
        #expect(try map.sjabloon(voorVraag: 492).naam == "vraag-492.mustache")
        #expect(try map.sjabloon(voorVraag: 1234).naam == "standaard.mustache")
        #expect(throws: SjablonenMap.Fout.self) { try map.sjabloon(voorVraag: 492, naam: "bestaatniet") }
    }

    @Test func answer492FromTheDefaultData() throws {
        let store = try Store.inMemory(standaardgegevens: true)
        let context = QueryContext(try store.laad())
        let opgesteld = AntwoordOpsteller(context: context, vraag: WerkboekFixture.vraag492, projectjaar: 1).stelOp()
        let documenten = AntwoordDocumenten(vraag: WerkboekFixture.vraag492, projectjaar: 1,
                                            sjabloon: try SjablonenMap(url: Self.templates).sjabloon(voorVraag: 492),
                                            opgesteld: opgesteld, bevindingen: [], correcties: [], aangemaakt: Date(timeIntervalSince1970: 0))
        let md = try documenten.markdown()
        #expect(md.contains("**ANTWOORD** op vraag nr. 492 van 1 september 2023 van Brecht Warnez"))
        #expect(md.contains("22 projectindieners vertegenwoordigen 78 samenwerkende lokale besturen."))
        #expect(md.contains("Elke aanvraag kon gehonoreerd worden."))
        #expect(md.contains("12 mentorschappen werden opgenomen, elk met een stimulans van 10.000 euro (120.000 euro in totaal)"))
        #expect(md.contains("Sint-Niklaas experimenteert met een stimulans van 25.000 euro"))
        #expect(md.contains("| Omstaanderstrainingen | Gent | Oost-Vlaanderen |"))
        #expect(md.contains("In projectjaar 1 werd 14.136.359 euro toegekend"))
        #expect(md.contains(Herkomst.voorbeelddataLabel))
        #expect(md.components(separatedBy: AntwoordOpsteller.inTeVullen).count - 1 == 4)   // answers 4, 5 (part), 6, 9
        // Every numbered answer 1-9.
        let blocks = DocumentBlock.parse(md)
        let nummers = blocks.compactMap { if case let .item(label, _, 0, nil) = $0 { return label } else { return nil } }
        #expect(nummers == (1...9).map { "\($0)." })
        #expect(blocks.filter { if case .table = $0 { return true } else { return false } }.count == 2)
        let bronnen = documenten.bronnen()
        #expect(bronnen.contains("| projectindieners in een samenwerkingsverband | 22 | samenwerkingsverbanden-projectjaar-1.csv:2-65 |"))
    }

    @Test func bronnenListsEachFigureUnderTheDeelvraagThatAsksForItsTable() throws {
        let vraag = ParlementaireVraag(nummer: 77, datum: CalendarDate(year: 2025, month: 3, day: 5), vraagsteller: "V", minister: "M",
                                       functie: "F", titel: "T",
                                       deelvragen: [.init(nummer: "1", tekst: "Budget?", standaardvragen: [.budget]),
                                                    .init(nummer: "2a", tekst: "Samenwerking?", standaardvragen: [.samenwerking])])
        let opgesteld = AntwoordOpsteller(context: WerkboekFixture.context, vraag: vraag, projectjaar: 1).stelOp()
        #expect(opgesteld.gegevens.deelvraag["2a"]?.samenwerking.count == 1 && opgesteld.gegevens.deelvraag["1"]?.budget.count == 1)
        let documenten = AntwoordDocumenten(vraag: vraag, projectjaar: 1, sjabloon: try Antwoordsjabloon(naam: "t", tekst: "t"),
                                            opgesteld: opgesteld, bevindingen: [], correcties: [], aangemaakt: Date(timeIntervalSince1970: 0))
        let koppen = documenten.bronnen().split(separator: "\n").filter { $0.hasPrefix("## ") }
        #expect(Array(koppen.prefix(2)) == ["## Antwoord 1", "## Antwoord 2a"])
        #expect(koppen.contains("## Ter informatie: tabel mentorschap (geen deelvraag vraagt erom)"))
    }

    @Test func theAnswerReadsTheTypedResults() throws {
        let context = QueryContext(try Store.inMemory(standaardgegevens: true).laad())
        let opgesteld = AntwoordOpsteller(context: context, vraag: WerkboekFixture.vraag492, projectjaar: 1).stelOp()
        for vraag in StandaardVraag.allCases { #expect(opgesteld.resultaten[vraag]?.tabel == opgesteld.tabellen[vraag]) }
        let toekenningen = try #require(opgesteld.resultaten[.toekenningen])
        let jaar1 = context.gegevens.toekenningen.filter { $0.projectjaar == 1 }
        // The counts once computed beside the queries now come from them, and agree with the records.
        // "bestuur x actie": a bestuur with an action counts once, also with a grant per indicator (action 9).
        #expect(jaar1.contains { $0.indicator != nil })
        #expect(opgesteld.gegevens.toekenningen.acties == BelgianNumber.format(Set(jaar1.map { "\($0.bestuur)#\($0.actie)" }).count))
        #expect(opgesteld.gegevens.toekenningen.besturen == BelgianNumber.format(Set(jaar1.map(\.bestuur)).count))
        let stimulansen = context.gegevens.mentorschappen.filter { $0.projectjaar == 1 }.reduce(Euro.zero) { $0 + $1.stimulans }
            + context.gegevens.sio.filter { $0.projectjaar == 1 }.reduce(Euro.zero) { $0 + $1.bedrag }
        #expect(opgesteld.gegevens.budget.stimulansen == stimulansen.belgianNumber)
        #expect(toekenningen.rijen(.subtotaal, niveau: 0).count == opgesteld.gegevens.toekenningen.provincies.count)
        #expect(opgesteld.gegevens.toekenningen.provincies.map(\.naam).contains("Brussel-Hoofdstad"))
        #expect(AntwoordOpsteller.inZin(.antwerpen) == "provincie Antwerpen" && AntwoordOpsteller.inZin(nil) == "provincie onbekend")
    }

    @Test func wordDocumentIsDeterministicAndHoldsTheText() throws {
        let blocks = DocumentBlock.parse("# Titel\n\n1. Eerste **vet** antwoord\n   a. deel & meer\n\n| Actie | Bestuur |\n| --- | ---: |\n| Sport | Gent |\n")
        let properties = DocxWriter.Properties(title: "T", subject: "S", creator: "C", keywords: "K", created: Date(timeIntervalSince1970: 1_693_526_400))
        let a = try DocxWriter().document(blocks, properties: properties)
        let b = try DocxWriter().document(blocks, properties: properties)
        #expect(a == b)
        let xml = DocxWriter().body(blocks)
        #expect(xml.contains(#"<w:pStyle w:val="Antwoord"/>"#))
        #expect(xml.contains(#"<w:t xml:space="preserve">vet</w:t>"#) && xml.contains("<w:b/>"))
        #expect(xml.contains("deel &amp; meer"))
        #expect(xml.contains("<w:tbl>") && xml.contains("<w:tblHeader/>"))
        #expect(DocxWriter().core(properties).contains("2023-09-01T00:00:00Z"))
    }

    /// Word repairs a document without font table or theme: both are parts of the package,
    /// with a relationship from the document and a content type.
    @Test func wordDocumentHasFontTableAndTheme() throws {
        let properties = DocxWriter.Properties(title: "T", subject: "S", creator: "C", keywords: "K", created: Date(timeIntervalSince1970: 0))
        let docx = try DocxWriter().document(DocumentBlock.parse("tekst\n"), properties: properties)
        let archive = try Archive(data: docx, accessMode: .read)
        func part(_ path: String) throws -> String {
            guard let entry = archive[path] else { return "" }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(archive.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
                                        "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                        "word/fontTable.xml", "word/theme/theme1.xml", "word/document.xml"])
        #expect(try part("word/fontTable.xml").contains(#"<w:font w:name="Calibri">"#))
        #expect(try part("word/theme/theme1.xml").contains("<a:fontScheme"))
        let relaties = try part("word/_rels/document.xml.rels")
        #expect(relaties.contains(#"relationships/fontTable" Target="fontTable.xml""#))
        #expect(relaties.contains(#"relationships/theme" Target="theme/theme1.xml""#))
        let types = try part("[Content_Types].xml")
        #expect(types.contains(#"PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml""#))
        #expect(types.contains(#"PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml""#))
    }

    /// Imported text with characters XML 1.0 forbids (U+FFFE, controls) never makes the
    /// document malformed: each becomes U+FFFD, in the body and in the properties.
    @Test func forbiddenCharactersBecomeTheReplacementCharacter() throws {
        let hostile = "Ge\u{FFFE}nt\u{01}x\u{FFFF}"
        let blocks = DocumentBlock.parse("# \(hostile)\n\n1. \(hostile)\n\n| A | B |\n| --- | --- |\n| \(hostile) | 1 |\n")
        let properties = DocxWriter.Properties(title: hostile, subject: hostile, creator: "C", keywords: "K", created: Date(timeIntervalSince1970: 0))
        let docx = try DocxWriter().document(blocks, properties: properties)
        let archive = try Archive(data: docx, accessMode: .read)
        for entry in archive where entry.path.hasSuffix(".xml") {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            #expect(xml.unicodeScalars.first(where: XMLText.isForbidden) == nil, "\(entry.path)")
            if entry.path == "word/document.xml" || entry.path == "docProps/core.xml" {
                #expect(xml.contains("Ge\u{FFFD}nt\u{FFFD}x\u{FFFD}"), "\(entry.path)")
            }
        }
    }

    @Test func markdownSubset() {
        let blocks = DocumentBlock.parse("tekst op\ntwee regels\n\n2. antwoord\n   loopt door\n   b. deel\n- punt\n> kader\n---\n")
        #expect(blocks == [.paragraph("tekst op twee regels"), .item(label: "2.", text: "antwoord loopt door", level: 0),
                           .item(label: "b.", text: "deel", level: 1), .bullet("punt", level: 0), .note("kader"), .rule])
        #expect(InlineSpan.parse("a **b** *c*") == [InlineSpan(text: "a ", bold: false, italic: false), InlineSpan(text: "b", bold: true, italic: false),
                                                    InlineSpan(text: " ", bold: false, italic: false), InlineSpan(text: "c", bold: false, italic: true)])
    }
}

@Suite("CSV van een antwoord: formules geneutraliseerd")
struct CSVInjectionTests {
    @Test func textThatLooksLikeAFormulaGetsAQuoteNumbersDoNot() {
        let tabel = AnswerTable(titel: "t", vraag: VraagReferentie(nummer: 492), gegevensstand: "test",
                                kolommen: [Kolom("omschrijving", "Omschrijving", .tekst), Kolom("bedrag", "Bedrag", .euro)],
                                rijen: [Rij(.detail, niveau: 0, [.tekst("=HYPERLINK(\"http://x\")"), .euro(Euro(cents: -150))]),
                                        Rij(.detail, niveau: 0, [.tekst("@SUM(A1)"), .euro(Euro(euros: 5))])])
        let csv = CSVExport.render(tabel)
        #expect(csv.contains("detail,0,\"'=HYPERLINK(\"\"http://x\"\")\",-1.50,\r\n"))
        #expect(csv.contains("detail,0,'@SUM(A1),5,\r\n"))
    }
}
