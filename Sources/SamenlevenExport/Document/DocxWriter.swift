import Foundation
import Memberwise
import XlsxWriter

/// Writes a real Word document (WordprocessingML in a zip package) from document blocks:
/// title and headings, numbered answers with a hanging indent, bullets, tables with a header
/// row, quotes. Deterministic: fixed zip dates and the given creation time, so the same text
/// gives the same bytes.
@MemberwiseInit
public struct DocxWriter {
    /// The document properties (`docProps/core.xml`) of the Word document.
    @MemberwiseInit
    public struct Properties: Sendable {
        public var title: String
        public var subject: String
        public var creator: String
        public var keywords: String
        /// `2023-09-01T00:00:00Z`: from the data, never the wall clock.
        public var created: Date
    }

    /// The cabinet's house style (`antwoord --huisstijl`); nil for the bundled style.
    public var huisstijl: Huisstijl?

    /// The `.docx` bytes.
    public func document(_ blocks: [DocumentBlock], properties: Properties) throws -> Data {
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)),
            ("_rels/.rels", Data(Self.rootRelationships.utf8)),
            ("docProps/core.xml", Data(core(properties).utf8)),
            ("docProps/app.xml", Data(Self.app.utf8)),
            ("word/_rels/document.xml.rels", Data(documentRelationships.utf8)),
            ("word/styles.xml", Data((huisstijl?.stijlen(aangevuld: Self.styles) ?? Self.styles).utf8)),
            ("word/settings.xml", Data(settings.utf8)),
            ("word/fontTable.xml", Data((huisstijl?.lettertypen ?? Self.fontTable).utf8)),
            ("word/theme/theme1.xml", Data((huisstijl?.thema ?? Self.theme).utf8)),
            ("word/document.xml", Data(body(blocks).utf8)),
        ]
        // The house style's headers, footers and their images, in a fixed order.
        parts += (huisstijl?.delen ?? []).sorted { $0.pad < $1.pad }.map { ($0.pad, $0.data) }
        return try DeterministicZip.data(parts.map { (path: $0.0, data: $0.1) })
    }

    // MARK: Body

    func body(_ blocks: [DocumentBlock]) -> String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        xml += #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>"#
        for block in blocks {
            switch block {
            case let .heading(level, text):
                xml += paragraph(text, style: level == 1 ? "Title" : "Heading\(level - 1)")
            case .paragraph(let text):
                xml += paragraph(text, style: nil)
            case let .item(label, text, level, _):
                xml += paragraph(label + "\t" + text, style: level == 0 ? "Antwoord" : "Deelantwoord")
            case let .bullet(text, level):
                xml += paragraph("•\t" + text, style: level == 0 ? "Opsomming" : "Deelantwoord")
            case let .note(text, label):
                xml += paragraph(DocumentBlock.text(text, label: label), style: "Kader")
            case .rule:
                xml += #"<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080"/></w:pBdr></w:pPr></w:p>"#
            case let .table(header, rows, right):
                xml += table(header: header, rows: rows, right: right)
            }
        }
        xml += sectionProperties
        xml += "</w:body></w:document>"
        return xml
    }

    /// The page setup: the house style's (with its headers and footers), else A4 portrait
    /// with 2 cm margins.
    var sectionProperties: String {
        guard let huisstijl, let sectie = huisstijl.sectie else {
            return #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>"#
        }
        let verwijzingen: [String] = huisstijl.verwijzingen.enumerated().map { (n: Int, v: (element: String, type: String, pad: String)) -> String in
            #"<\#(v.element) w:type="\#(v.type)" r:id="rIdHuisstijl\#(n + 1)"/>"#
        }
        return "<w:sectPr>" + verwijzingen.joined() + sectie + "</w:sectPr>"
    }

    var documentRelationships: String {
        var xml = Self.documentRelationships
        guard let huisstijl, !huisstijl.verwijzingen.isEmpty else { return xml }
        let extra: String = huisstijl.verwijzingen.enumerated().map { (n: Int, v: (element: String, type: String, pad: String)) -> String in
            let type = v.element == "w:headerReference" ? "header" : "footer"
            let doel = v.pad.hasPrefix("word/") ? String(v.pad.dropFirst(5)) : "/" + v.pad
            return #"<Relationship Id="rIdHuisstijl\#(n + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\#(type)" Target="\#(Self.escape(doel))"/>"#
        }.joined()
        xml = xml.replacingOccurrences(of: "</Relationships>", with: extra + "</Relationships>")
        return xml
    }

    var contentTypes: String {
        guard let huisstijl else { return Self.contentTypes }
        let defaults: String = huisstijl.standaardtypes.sorted { $0.key < $1.key }.map { (ext: String, type: String) -> String in
            #"<Default Extension="\#(Self.escape(ext))" ContentType="\#(Self.escape(type))"/>"#
        }.joined()
        let overrides: String = huisstijl.delen.sorted { $0.pad < $1.pad }.compactMap { (deel: Huisstijl.Deel) -> String? in
            deel.inhoudstype.map { #"<Override PartName="/\#(Self.escape(deel.pad))" ContentType="\#(Self.escape($0))"/>"# }
        }.joined()
        return Self.contentTypes
            .replacingOccurrences(of: #"<Default Extension="xml" ContentType="application/xml"/>"#,
                                  with: #"<Default Extension="xml" ContentType="application/xml"/>"# + defaults)
            .replacingOccurrences(of: "</Types>", with: overrides + "</Types>")
    }

    var settings: String {
        guard huisstijl?.evenEnOneven == true else { return Self.settings }
        return Self.settings.replacingOccurrences(of: "<w:characterSpacingControl", with: "<w:evenAndOddHeaders/><w:characterSpacingControl")
    }

    func paragraph(_ text: String, style: String?, alignRight: Bool = false) -> String {
        var xml = "<w:p>"
        if style != nil || alignRight {
            xml += "<w:pPr>"
            if let style { xml += #"<w:pStyle w:val="\#(style)"/>"# }
            if alignRight { xml += #"<w:jc w:val="right"/>"# }
            xml += "</w:pPr>"
        }
        xml += runs(text)
        return xml + "</w:p>"
    }

    func runs(_ text: String) -> String {
        InlineSpan.parse(text).map { span in
            var properties = ""
            if span.bold { properties += "<w:b/>" }
            if span.italic { properties += "<w:i/>" }
            let pieces = span.text.split(separator: "\t", omittingEmptySubsequences: false)
            let content = pieces.enumerated().map { i, piece in
                (i > 0 ? "<w:tab/>" : "") + (piece.isEmpty ? "" : #"<w:t xml:space="preserve">\#(Self.escape(String(piece)))</w:t>"#)
            }.joined()
            return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>") + content + "</w:r>"
        }.joined()
    }

    func table(header: [String], rows: [[String]], right: [Bool]) -> String {
        var xml = #"<w:tbl><w:tblPr><w:tblStyle w:val="Tabel"/><w:tblW w:w="5000" w:type="pct"/><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr><w:tblGrid>"#
        xml += String(repeating: "<w:gridCol/>", count: header.count) + "</w:tblGrid>"
        func row(_ cells: [String], isHeader: Bool) -> String {
            var r = "<w:tr>" + (isHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for (i, cell) in cells.enumerated() {
                let text = isHeader ? "**\(cell)**" : cell
                r += "<w:tc>" + paragraph(text, style: "Tabeltekst", alignRight: !isHeader && i < right.count && right[i]) + "</w:tc>"
            }
            return r + "</w:tr>"
        }
        xml += row(header, isHeader: true)
        for cells in rows { xml += row(cells + Array(repeating: "", count: max(0, header.count - cells.count)), isHeader: false) }
        return xml + "</w:tbl>" + "<w:p/>"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                // The one rule for XML text (XlsxWriter's `XMLText`): what XML 1.0 forbids
                // becomes U+FFFD. A carriage return is a line-end left-over: dropped.
                if scalar == "\r" { continue }
                out.unicodeScalars.append(XMLText.isForbidden(scalar) ? XMLText.replacement : scalar)
            }
        }
        return out
    }

    // MARK: Package parts

    func core(_ p: Properties) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        let date = formatter.string(from: p.created)
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
            + "<dc:title>\(Self.escape(p.title))</dc:title><dc:subject>\(Self.escape(p.subject))</dc:subject>"
            + "<dc:creator>\(Self.escape(p.creator))</dc:creator><cp:keywords>\(Self.escape(p.keywords))</cp:keywords>"
            + "<dc:language>nl-BE</dc:language>"
            + #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(date)</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">\#(date)</dcterms:modified>"#
            + "</cp:coreProperties>"
    }

    static let contentTypes = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#

    static let rootRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#

    static let documentRelationships = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/></Relationships>"#

    static let app = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>samenleven</Application></Properties>"#

    static let settings = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/></w:settings>"#

    /// The fonts the styles use (Word asks to repair a document without a font table).
    static let fontTable = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        + #"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        + #"<w:font w:name="Calibri"><w:panose1 w:val="020F0502020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>"#
        + #"<w:font w:name="Calibri Light"><w:panose1 w:val="020F0302020204030204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>"#
        + #"<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>"#
        + "</w:fonts>"

    /// A plain theme (colours and fonts of the default Office theme), as Word expects one.
    static let theme = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + """
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="samenleven"><a:themeElements>\
        <a:clrScheme name="samenleven"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>\
        <a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1>\
        <a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>\
        <a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
        <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
        <a:fontScheme name="samenleven"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>\
        <a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>\
        <a:fmtScheme name="samenleven"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
        <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>\
        <a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
        <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
        <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>\
        <a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
        <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>
        """

    /// Styles in the spirit of the Flemish parliament's answers: a plain sans-serif body,
    /// numbered answers with a hanging indent, tables with a grid and a shaded header.
    static let styles = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n" + """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-BE"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Antwoord"><w:name w:val="Antwoord"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="425"/></w:tabs><w:spacing w:before="160"/><w:ind w:left="425" w:hanging="425"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Deelantwoord"><w:name w:val="Deelantwoord"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="850"/></w:tabs><w:ind w:left="850" w:hanging="425"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="Opsomming"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="284"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Kader"><w:name w:val="Kader"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="C00000"/><w:left w:val="single" w:sz="8" w:space="4" w:color="C00000"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="C00000"/><w:right w:val="single" w:sz="8" w:space="4" w:color="C00000"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FDECEA"/></w:pPr><w:rPr><w:color w:val="C00000"/></w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Tabeltekst"><w:name w:val="Tabeltekst"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\
        <w:style w:type="table" w:styleId="Tabel"><w:name w:val="Tabel"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>\
        <w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>\
        </w:styles>
        """
}
