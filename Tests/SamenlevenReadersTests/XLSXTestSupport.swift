import Foundation
import ZIPFoundation
import SamenlevenReaders

/// Builds small workbooks in memory by writing the XML parts directly with ZIPFoundation.
enum XLSXFixture {
    static let mainNS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let worksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

    struct SheetSpec {
        var name: String
        var xml: String
        var target: String? = nil
        var type: String = worksheetType
    }

    static func worksheet(_ rows: String, prefix: String = "") -> String {
        let p = prefix.isEmpty ? "" : prefix + ":"
        let ns = prefix.isEmpty ? "xmlns=\"\(mainNS)\"" : "xmlns:\(prefix)=\"\(mainNS)\""
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <\(p)worksheet \(ns) xmlns:r="\(relNS)"><\(p)dimension ref="A1:D9"/><\(p)sheetData>\(rows)</\(p)sheetData></\(p)worksheet>
        """
    }

    static func sharedStrings(_ items: [String]) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="\(mainNS)" count="\(items.count)" uniqueCount="\(items.count)">\(items.map { "<si>\($0)</si>" }.joined())</sst>
        """
    }

    /// cellXfs: index 0 General, 1 = built-in date 14, 2 = custom 164, 3 = custom 165, 4 = custom 166.
    static func styles(custom: [Int: String] = [164: "dd/mm/yyyy", 165: "#,##0.00", 166: "[h]:mm"]) -> String {
        let fmts = custom.sorted { $0.key < $1.key }
            .map { "<numFmt numFmtId=\"\($0.key)\" formatCode=\"\($0.value)\"/>" }.joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="\(mainNS)"><numFmts count="\(custom.count)">\(fmts)</numFmts>
        <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="5"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0"/><xf numFmtId="165" xfId="0"/><xf numFmtId="166"><alignment wrapText="1"/></xf></cellXfs>
        </styleSheet>
        """
    }

    static func parts(sheets: [SheetSpec], shared: [String]? = nil, styles: String? = styles(),
                      date1904: Bool = false) -> [(String, Data)] {
        var result: [(String, Data)] = []
        func add(_ path: String, _ text: String) { result.append((path, Data(text.utf8))) }
        add("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>
            """)
        add("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """)
        let sheetElements = sheets.enumerated().map { i, s in
            "<sheet name=\"\(s.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }.joined()
        add("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="\(mainNS)" xmlns:r="\(relNS)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetElements)</sheets></workbook>
            """)
        var rels = sheets.enumerated().map { i, s in
            "<Relationship Id=\"rId\(i + 1)\" Type=\"\(s.type)\" Target=\"\(s.target ?? "worksheets/sheet\(i + 1).xml")\"/>"
        }
        rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>")
        rels.append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>")
        add("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(rels.joined())</Relationships>
            """)
        if let styles { add("xl/styles.xml", styles) }
        if let shared { add("xl/sharedStrings.xml", sharedStrings(shared)) }
        for (i, s) in sheets.enumerated() {
            var path = s.target ?? "worksheets/sheet\(i + 1).xml"
            path = path.hasPrefix("/") ? String(path.dropFirst()) : "xl/" + path
            add(path, s.xml)
        }
        return result
    }

    static func zip(_ parts: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compression) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return archive.data!
    }

    static func workbook(sheets: [SheetSpec], shared: [String]? = nil, styles: String? = styles(),
                         date1904: Bool = false) throws -> Data {
        try zip(parts(sheets: sheets, shared: shared, styles: styles, date1904: date1904))
    }

    /// Overwrites the declared compressed and/or uncompressed size of an entry in the central directory.
    static func patchDeclaredSizes(_ data: Data, path: String, compressed: UInt32? = nil, uncompressed: UInt32? = nil) -> Data {
        var bytes = [UInt8](data)
        let name = Array(path.utf8)
        var i = 0
        while i + 46 <= bytes.count {
            if bytes[i] == 0x50, bytes[i + 1] == 0x4B, bytes[i + 2] == 0x01, bytes[i + 3] == 0x02 {
                let nameLength = Int(bytes[i + 28]) | Int(bytes[i + 29]) << 8
                if i + 46 + nameLength <= bytes.count, Array(bytes[(i + 46)..<(i + 46 + nameLength)]) == name {
                    func put(_ value: UInt32, at offset: Int) {
                        for k in 0..<4 { bytes[offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
                    }
                    if let compressed { put(compressed, at: i + 20) }
                    if let uncompressed { put(uncompressed, at: i + 24) }
                    return Data(bytes)
                }
            }
            i += 1
        }
        fatalError("entry \(path) not found")
    }

    /// A worksheet part of about `megabytes` MB: one header row, then highly compressible padding.
    static func paddedWorksheet(megabytes: Int) -> Data {
        var data = Data(worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>").utf8)
        let insertAt = data.range(of: Data("</sheetData>".utf8))!.lowerBound
        data.insert(contentsOf: Data(repeating: 0x20, count: megabytes << 20), at: insertAt)
        return data
    }
}

func readXLSX(_ data: Data, _ name: String = "werkboek.xlsx",
              limits: XLSXLimits = .default) throws -> (sheets: [Sheet], warnings: [ReadWarning]) {
    try XLSXReader.read(data: data, fileName: name, limits: limits)
}

func xlsxError(_ data: Data, _ name: String = "werkboek.xlsx", limits: XLSXLimits = .default) -> ReadError? {
    do {
        _ = try XLSXReader.read(data: data, fileName: name, limits: limits)
        return nil
    } catch {
        return error
    }
}
