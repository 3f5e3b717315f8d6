import Foundation
@testable import SamenlevenExport
import Testing
import XlsxWriter

/// Every block kind once, as the answer text and the workbooks' text sheets use them.
private let blokken: [DocumentBlock] = [
    .heading(level: 1, text: "Titel"),
    .paragraph("Een **vette** en *schuine* zin."),
    .rule,
    .heading(level: 2, text: "Sectie"),
    .item(label: "1.", text: "Eerste antwoord"),
    .item(label: "a.", text: "deel", level: 1),
    .bullet("punt", level: 0),
    .bullet("subpunt", level: 1),
    .table(header: ["Actie", "Bedrag"], rows: [["Sport", "1.234,56"]], rightAligned: [false, true]),
    .note("Voorbeelddata"),
    .note("geen officiële cijfers", label: "Let op"),
]

@Suite("Documentblokken: Markdown, Word en werkblad")
struct DocumentBlockTests {
    @Test func markdownOfEveryKindReadsBackTheSameBlocks() {
        let markdown = DocumentBlock.markdown(blokken)
        #expect(markdown == """
            # Titel

            Een **vette** en *schuine* zin.

            ---

            ## Sectie

            1. Eerste antwoord

               a. deel

            - punt

              - subpunt

            | Actie | Bedrag |
            | --- | ---: |
            | Sport | 1.234,56 |

            > Voorbeelddata

            > **Let op** geen officiële cijfers

            """)
        // The label of a note is Markdown text: it reads back as part of the note.
        #expect(DocumentBlock.parse(markdown) == blokken.dropLast() + [.note("**Let op** geen officiële cijfers")])
    }

    @Test func aFieldAndALinkAreTheWorksheetsOnly() {
        #expect(DocumentBlock.markdown([.item(label: "Minister", text: "Gwendolyn Rutten", link: "Minister")])
            == "Minister Gwendolyn Rutten\n")
    }

    @Test func wordOfEveryKind() {
        let xml = DocxWriter().body(blokken)
        for deel in [#"<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Titel</w:t></w:r>"#,
                     #"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">vette</w:t></w:r>"#,
                     #"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">schuine</w:t></w:r>"#,
                     #"<w:pBdr><w:bottom w:val="single""#,
                     #"<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">Sectie</w:t>"#,
                     #"<w:pStyle w:val="Antwoord"/></w:pPr><w:r><w:t xml:space="preserve">1.</w:t><w:tab/><w:t xml:space="preserve">Eerste antwoord</w:t>"#,
                     #"<w:pStyle w:val="Deelantwoord"/></w:pPr><w:r><w:t xml:space="preserve">a.</w:t><w:tab/>"#,
                     #"<w:pStyle w:val="Opsomming"/></w:pPr><w:r><w:t xml:space="preserve">•</w:t><w:tab/><w:t xml:space="preserve">punt</w:t>"#,
                     #"<w:pStyle w:val="Deelantwoord"/></w:pPr><w:r><w:t xml:space="preserve">•</w:t><w:tab/><w:t xml:space="preserve">subpunt</w:t>"#,
                     #"<w:tr><w:trPr><w:tblHeader/></w:trPr>"#,
                     #"<w:pPr><w:pStyle w:val="Tabeltekst"/><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">1.234,56</w:t>"#,
                     #"<w:pStyle w:val="Kader"/></w:pPr><w:r><w:t xml:space="preserve">Voorbeelddata</w:t>"#,
                     #"<w:pStyle w:val="Kader"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Let op</w:t></w:r>"#] {
            #expect(xml.contains(deel), "\(deel)")
        }
    }

    @Test func worksheetRowsOfEveryKind() throws {
        let pad = tijdelijkPad("tekst.xlsx")
        let workbook = try Workbook(path: pad)
        let opmaak = Opmaak(workbook)
        let sheet = try workbook.addWorksheet("Tekst")
        _ = try workbook.addWorksheet("Doel")
        let lang = Array(repeating: "woord", count: 40).joined(separator: " ")
        try Werkbladtekst(breedtes: [20, 30]).schrijf(blokken + [.item(label: "Doel", text: lang, link: "Doel"), .item(label: "", text: "vervolg")],
                                                    op: sheet, opmaak: opmaak)
        try workbook.close()
        let blad = try XlsxPakket(pad: pad).blad("Tekst")
        // One row per block, a table one per row: title, subtitle, empty row, section, ...
        #expect(blad.tekst("A1") == "Titel" && blad.rijen[1]?["ht"] == "21")
        #expect(blad.tekst("A2") == "Een **vette** en *schuine* zin.")
        #expect(blad["A3"] == nil && blad["B3"] == nil)
        #expect(blad.tekst("A4") == "Sectie" && blad["B4"] != nil && blad.rijen[4]?["ht"] == "20")
        #expect(blad.tekst("A5") == "1." && blad.tekst("B5") == "Eerste antwoord")
        #expect(blad.tekst("A6") == "a." && blad.tekst("B6") == "deel")
        #expect(blad.tekst("A7") == "•" && blad.tekst("B7") == "punt")
        #expect(blad.tekst("A9") == "Actie" && blad.tekst("B9") == "Bedrag")
        #expect(blad.tekst("A10") == "Sport" && blad.tekst("B10") == "1.234,56")
        #expect(blad.tekst("A11") == "Voorbeelddata" && blad.rijen[11]?["ht"] == "21")
        #expect(blad.tekst("A12") == "Let op" && blad.tekst("B12") == "geen officiële cijfers")
        // A link to a sheet, a text that wraps over several lines, an item without label.
        #expect(blad.tekst("A13") == "Doel")
        verwachtDeel(blad.xml, #"<hyperlink ref="A13""#)
        verwachtDeel(blad.xml, "Doel!A1")
        #expect(blad.tekst("B13") == lang && (blad.rijen[13]?["ht"]).flatMap(Double.init).map { $0 > 15 } == true)
        #expect(blad["A14"] == nil && blad.tekst("B14") == "vervolg")
        #expect(!blad.xml.contains("<mergeCell"))
    }

    @Test func withMoreColumnsTheTextOfAnItemSpansThem() throws {
        let pad = tijdelijkPad("drie.xlsx")
        let workbook = try Workbook(path: pad)
        let sheet = try workbook.addWorksheet("Tekst")
        try Werkbladtekst(breedtes: [10, 20, 30]).schrijf([.heading(level: 2, text: "Sectie"), .item(label: "1", text: "stap")],
                                                        op: sheet, opmaak: Opmaak(workbook))
        try workbook.close()
        let blad = try XlsxPakket(pad: pad).blad("Tekst")
        #expect(blad["C1"] != nil)
        #expect(blad.tekst("A2") == "1" && blad.tekst("B2") == "stap")
        verwachtDeel(blad.xml, #"<mergeCell ref="B2:C2"/>"#)
    }
}
