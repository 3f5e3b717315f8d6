import Foundation
import SamenlevenModel
import SamenlevenQueries
@testable import SamenlevenExport
import Testing

/// A tiny answer: one province, two besturen, a subtotal and the total, example data.
let proef = AnswerTable(
    titel: "Proef",
    vraag: VraagReferentie(nummer: 492, subvraag: "1"),
    gegevensstand: "databank: proef.csv (projectjaar 1)",
    kolommen: [Kolom("omschrijving", "Omschrijving", .tekst), Kolom("aantal", "Aantal", .geheelGetal),
               Kolom("bedrag", "Bedrag", .euro), Kolom("toelichting", "Toelichting", .tekst)],
    rijen: [
        Rij(.kop, niveau: 0, [.tekst("Provincie Antwerpen"), .leeg, .leeg, .leeg]),
        Rij(.detail, niveau: 1, [.tekst("Antwerpen (11002)"), .getal(1234), .euro(Euro(cents: 5_000_050)), .tekst("zegt \"ja\", of nee")],
            herkomst: ["proef.csv:2"]),
        Rij(.detail, niveau: 1, [.tekst("Lier (12021)"), .getal(5), .euro(Euro(euros: 1_000_000)), .leeg], herkomst: ["proef.csv:3"]),
        Rij(.subtotaal, niveau: 0, [.tekst("Totaal provincie Antwerpen"), .getal(1239), .euro(Euro(cents: 105_000_050)), .leeg],
            herkomst: ["proef.csv:2-3"]),
        Rij(.totaal, niveau: 0, [.tekst("Totaal"), .getal(1239), .euro(Euro(cents: 105_000_050)), .leeg], herkomst: ["proef.csv:2-3"]),
    ],
    voetnoten: [Voetnoot("Bron: proef.csv, rijen 2-3", bron: "proef.csv"), Voetnoot("Stimulans 10.000 euro.", bron: "S492")],
    voorbeelddata: true,
    filters: [.init("Projectjaar", "1")])

@Suite("Weergave van een AnswerTable: tekst, csv, json, markdown")
struct RendererTests {
    @Test func alignedTerminalText() {
        let expected = """
            *** VOORBEELDDATA - geen officiële cijfers ***

            Proef
            vraag 492, subvraag 1
            Gegevensstand: databank: proef.csv (projectjaar 1)
            Selectie: Projectjaar: 1

            Omschrijving                Aantal        Bedrag  Toelichting
            --------------------------  ------  ------------  -----------------
            Provincie Antwerpen
              Antwerpen (11002)          1.234     50.000,50  zegt "ja", of nee
              Lier (12021)                   5     1.000.000
            Totaal provincie Antwerpen   1.239  1.050.000,50
            --------------------------  ------  ------------  -----------------
            Totaal                       1.239  1.050.000,50

            Voetnoten:
            1. Bron: proef.csv, rijen 2-3
            2. Stimulans 10.000 euro (bron: S492).

            """
        #expect(TextExport.render(proef) == expected)
    }

    @Test func textWithoutExampleDataHasNoLabel() {
        var echt = proef
        echt.voorbeelddata = false
        #expect(TextExport.render(echt).hasPrefix("Proef\n"))
        #expect(!TextExport.render(echt).contains("VOORBEELDDATA"))
    }

    @Test func csvWithStructureMachineNumbersAndQuoting() {
        let expected = [
            "soort,niveau,omschrijving,aantal,bedrag,toelichting,herkomst",
            "voorbeelddata,,VOORBEELDDATA - geen officiële cijfers,,,,",
            "kop,0,Provincie Antwerpen,,,,",
            "detail,1,Antwerpen (11002),1234,50000.50,\"zegt \"\"ja\"\", of nee\",proef.csv:2",
            "detail,1,Lier (12021),5,1000000,,proef.csv:3",
            "subtotaal,0,Totaal provincie Antwerpen,1239,1050000.50,,proef.csv:2-3",
            "totaal,0,Totaal,1239,1050000.50,,proef.csv:2-3",
            "voetnoot,,\"Bron: proef.csv, rijen 2-3\",,,,proef.csv",
            "voetnoot,,Stimulans 10.000 euro.,,,,S492",
        ].map { $0 + "\r\n" }.joined()
        #expect(CSVExport.render(proef) == expected)
    }

    @Test func csvFieldQuotingFollowsRFC4180() {
        #expect(CSVExport.field("gewoon") == "gewoon")
        #expect(CSVExport.field("") == "")
        #expect(CSVExport.field("a,b") == "\"a,b\"")
        #expect(CSVExport.field("zegt \"ja\"") == "\"zegt \"\"ja\"\"\"")
        #expect(CSVExport.field("regel 1\nregel 2") == "\"regel 1\nregel 2\"")
        #expect(CSVExport.field("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVExport.field("Sint-Genesius-Rode; Linkebeek") == "Sint-Genesius-Rode; Linkebeek")
    }

    @Test func jsonIsPlainValuesKeyedByColumnAndDeterministic() throws {
        var alles = proef
        alles.kolommen += [Kolom("aandeel", "Aandeel", .percentage), Kolom("datum", "Datum", .datum), Kolom("leeg", "Leeg", .tekst)]
        alles.rijen = alles.rijen.map { rij in
            var rij = rij
            rij.cellen += [.percentage(basispunten: 2550), .datum(CalendarDate(year: 2022, month: 10, day: 1)), .leeg]
            return rij
        }
        let text = JSONExport.render(alles)
        #expect(text == JSONExport.render(alles))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.contains("\"_0\""))
        let object = try #require(try JSONSerialization.jsonObject(with: JSONExport.data(alles)) as? [String: Any])
        let kolommen = try #require(object["kolommen"] as? [[String: Any]])
        #expect(kolommen.map { $0["id"] as? String } == alles.kolommen.map(\.id))
        #expect(kolommen.first { $0["id"] as? String == "aandeel" }?["eenheid"] as? String == "procent")
        let rijen = try #require(object["rijen"] as? [[String: Any]])
        #expect(rijen.count == alles.rijen.count)
        for (rij, json) in zip(alles.rijen, rijen) {
            let waarden = try #require(json["waarden"] as? [String: Any])
            #expect(Set(waarden.keys) == Set(alles.kolommen.map(\.id)))
            #expect(waarden["leeg"] is NSNull)
            #expect(waarden["datum"] as? String == "2022-10-01")
            #expect((waarden["aandeel"] as? NSNumber)?.doubleValue == 25.5)
            for (kolom, cel) in zip(alles.kolommen, rij.cellen) {
                switch cel {
                case .tekst(let s): #expect(waarden[kolom.id] as? String == s)
                case .getal(let n): #expect((waarden[kolom.id] as? NSNumber)?.intValue == n)
                case .euro(let e): #expect(text.contains("\"\(kolom.id)\": \(e.plainDecimal)"))
                default: break
                }
            }
        }
        // Amounts in euro, exact: 50.000,50 euro is written 50000.50, from its cents, never through floating point.
        #expect(text.contains("50000.50"))
    }

    @Test func markdownPipeTable() {
        let nbsp = "\u{00A0}\u{00A0}"
        let expected = """
            > **VOORBEELDDATA - geen officiële cijfers**

            ## Proef

            *vraag 492, subvraag 1* — databank: proef.csv (projectjaar 1)

            **Selectie:** Projectjaar: 1

            | Omschrijving | Aantal | Bedrag | Toelichting |
            | --- | ---: | ---: | --- |
            | **Provincie Antwerpen** | | | |
            | \(nbsp)Antwerpen (11002) | 1.234 | 50.000,50 | zegt "ja", of nee |
            | \(nbsp)Lier (12021) | 5 | 1.000.000 | |
            | *Totaal provincie Antwerpen* | 1.239 | 1.050.000,50 | |
            | **Totaal** | **1.239** | **1.050.000,50** | |

            ### Voetnoten

            1. Bron: proef.csv, rijen 2-3
            2. Stimulans 10.000 euro (bron: S492).

            """
        #expect(MarkdownExport.render(proef) == expected)
    }

    @Test func markdownEscapesPipesAndLineBreaks() {
        var t = proef
        t.rijen = [Rij(.detail, niveau: 0, [.tekst("a|b"), .leeg, .leeg, .tekst("regel 1\nregel 2")])]
        #expect(MarkdownExport.render(t).contains("| a\\|b | | | regel 1<br>regel 2 |"))
    }

    /// Escape sequences and bidi overrides from the data are shown, not acted on, in text and
    /// Markdown; CSV and JSON keep the data as it is.
    @Test func controlCharactersFromDataAreShownEscapedInTextAndMarkdown() throws {
        var t = proef
        t.titel = "Proef \u{7}"
        t.rijen = [Rij(.detail, niveau: 0, [.tekst("Gent\u{1B}[31m"), .getal(1), .leeg, .tekst("a\u{202E}b\u{9B}c")])]
        let tekst = TextExport.render(t), markdown = MarkdownExport.render(t)
        for output in [tekst, markdown] {
            #expect(output.contains("Gent\\u{1B}[31m"))
            #expect(output.contains("a\\u{202E}b\\u{9B}c"))
            #expect(output.contains("Proef \\u{7}"))
            #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x7 || $0.value == 0x9B })
        }
        // The escaped cell is aligned as it is shown.
        let lines = tekst.split(separator: "\n")
        let header = try #require(lines.first { $0.hasPrefix("Omschrijving") })
        let row = try #require(lines.first { $0.hasPrefix("Gent") })
        #expect(header.range(of: "Aantal")?.upperBound.utf16Offset(in: header) == row.range(of: "1", options: .backwards)?.upperBound.utf16Offset(in: row))
        #expect(CSVExport.render(t).contains("Gent\u{1B}[31m"))
        #expect("a\tb\nc\u{7F}\u{2066}".withVisibleControlCharacters == "a\tb\nc\\u{7F}\\u{2066}")
    }

    @Test func cellNotation() {
        #expect(CelOpmaak.belgisch(.percentage(basispunten: 2550)) == "25,5 %")
        #expect(CelOpmaak.belgisch(.percentage(basispunten: 2505)) == "25,05 %")
        #expect(CelOpmaak.belgisch(.percentage(basispunten: 10_000)) == "100 %")
        #expect(CelOpmaak.machine(.percentage(basispunten: 2550)) == "0.255")
        #expect(CelOpmaak.machine(.percentage(basispunten: 10_000)) == "1")
        #expect(CelOpmaak.belgisch(.datum(CalendarDate(year: 2022, month: 10, day: 1))) == "01/10/2022")
        #expect(CelOpmaak.machine(.datum(CalendarDate(year: 2022, month: 10, day: 1))) == "2022-10-01")
        #expect(CelOpmaak.belgisch(.euro(Euro(cents: -1_389_901_333))) == "-13.899.013,33")
        #expect(CelOpmaak.machine(.euro(Euro(cents: -1_389_901_333))) == "-13899013.33")
        #expect(CelOpmaak.belgisch(.getal(14_136_359)) == "14.136.359")
    }

    @Test func everyFormatRendersEveryStandardQuestionOnEmptyData() throws {
        let context = QueryContext(gegevens: Gegevens())
        for vraag in StandaardVraag.allCases {
            let tabel = vraag.beantwoord(context)
            for formaat in ExportFormaat.allCases {
                let text = try formaat.render(tabel)
                #expect(!text.isEmpty)
                if formaat != .csv { #expect(text.contains("Geen gegevens voor deze vraag"), "\(vraag) \(formaat)") }
            }
            #expect(!JSONExport.render(tabel).contains("\"_0\""))
        }
        #expect(ExportFormaat(argument: "markdown") == .md)
        #expect(ExportFormaat(argument: "TEKST") == .tekst)
        #expect(ExportFormaat(argument: "xlsx") == nil)
    }
}
