import Foundation
import Testing
import ZIPFoundation
@testable import SamenlevenExport

@Suite("Huisstijl: opmaak, pagina en kop- en voetteksten uit een Word-document")
struct HuisstijlTests {
    /// Made by LibreOffice from huisstijl.fodt (see Tests/Fixtures/Huisstijl/README.md).
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Huisstijl/huisstijl.docx")
    static let properties = DocxWriter.Properties(title: "T", subject: "S", creator: "C", keywords: "K",
                                                  created: Date(timeIntervalSince1970: 1_693_526_400))
    static let blocks = DocumentBlock.parse("# Titel\n\n1. Eerste antwoord\n   a. deel\n- punt\n> kader\n\n| A | B |\n| --- | ---: |\n| x | 1 |\n")

    static func delen(_ docx: Data) throws -> [String: String] {
        let archive = try Archive(data: docx, accessMode: .read)
        var uit: [String: String] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            uit[entry.path] = String(decoding: data, as: UTF8.self)
        }
        return uit
    }

    @Test func stylesPageSetupHeaderAndFooterComeFromTheDocument() throws {
        let huisstijl = try Huisstijl.lees(Self.fixture)
        let docx = try DocxWriter(huisstijl: huisstijl).document(Self.blocks, properties: Self.properties)
        let delen = try Self.delen(docx)

        // The cabinet's styles win; the answer's own styles it lacks are added.
        let stijlen = try #require(delen["word/styles.xml"])
        #expect(stijlen.contains("C00000") && stijlen.contains("Liberation Serif"), "de opmaak van het kabinet")
        for id in ["Title", "Antwoord", "Deelantwoord", "Opsomming", "Kader", "Tabeltekst", "Tabel", "Heading1"] {
            #expect(stijlen.components(separatedBy: #"w:styleId="\#(id)""#).count == 2, "precies één stijl \(id)")
        }
        // Page setup of the document (left margin 3 cm = 1701 twips) with its header and footer.
        let document = try #require(delen["word/document.xml"])
        #expect(document.contains(#"<w:pgMar w:left="1701" w:right="1417""#))
        #expect(document.contains(#"<w:headerReference w:type="default" r:id="rIdHuisstijl1"/><w:footerReference w:type="default" r:id="rIdHuisstijl2"/>"#))
        #expect(delen["word/header1.xml"]?.contains("Kabinet van de viceminister-president - huisstijl") == true)
        #expect(delen["word/footer1.xml"]?.contains("Vlaamse Regering - pagina") == true)
        let relaties = try #require(delen["word/_rels/document.xml.rels"])
        #expect(relaties.contains(#"Id="rIdHuisstijl1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml""#))
        #expect(relaties.contains(#"Id="rIdHuisstijl2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml""#))
        let types = try #require(delen["[Content_Types].xml"])
        #expect(types.contains(#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#))
        #expect(types.contains(#"<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>"#))
        // The same house style and text give the same bytes.
        #expect(try DocxWriter(huisstijl: try Huisstijl.lees(Self.fixture)).document(Self.blocks, properties: Self.properties) == docx)
    }

    @Test func withoutHouseStyleTheBundledStyleStays() throws {
        let standaard = try Self.delen(try DocxWriter().document(Self.blocks, properties: Self.properties))
        #expect(standaard["word/styles.xml"] == DocxWriter.styles)
        #expect(standaard["word/document.xml"]?.contains(#"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>"#) == true)
        #expect(standaard.keys.filter { $0.contains("header") || $0.contains("footer") }.isEmpty)
    }

    @Test func aFileThatIsNotAUsableDocxIsRefusedByName() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("huisstijl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: map, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: map) }
        func geweigerd(_ naam: String, _ data: Data?, _ reden: String) {
            let url = map.appendingPathComponent(naam)
            if let data { try? data.write(to: url) }
            #expect(throws: Huisstijl.Fout(bestand: url.path, reden: reden)) { try Huisstijl.lees(url) }
        }
        geweigerd("bestaat-niet.docx", nil, "het bestand bestaat niet")
        geweigerd("tekst.docx", Data("geen zip".utf8), "het is geen .docx (geen zip-pakket)")
        geweigerd("afgebroken.docx", try Data(contentsOf: Self.fixture).prefix(2000), "het zip-pakket is beschadigd of uitgepakt te groot (mogelijk een zip-bom)")
        // A zip package that is not a Word document (a workbook), and one without styles.
        let zonderStijlen = try Archive(data: Data(), accessMode: .create)
        let document = Data(#"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>"#.utf8)
        try zonderStijlen.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(document.count)) { p, n in
            document.subdata(in: Int(p)..<Int(p) + n)
        }
        geweigerd("zonder-stijlen.docx", zonderStijlen.data, "het bevat geen opmaakprofielen (word/styles.xml)")
        let werkboek = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Import/gegevens-geldig.xlsx")
        geweigerd("werkboek.docx", try Data(contentsOf: werkboek), "het bevat geen word/document.xml")
        #expect(Huisstijl.Fout(bestand: "x.docx", reden: "r").description == "x.docx: geen bruikbare huisstijl (Word-document, .docx): r.")
    }
}
