import XlsxWriter

/// Document blocks as the rows of a worksheet of text (the bijlage's Toelichting, the import
/// template's Instructies): the title and sections in column A, an item's label in A and its
/// text in B (merged over B to the last column when there are more), a table's cells from A.
/// Rows with wrapping text get the height of their lines.
struct Werkbladtekst {
    /// Column widths, A first.
    let breedtes: [Double]

    /// Sets the column widths and writes the blocks from row 1 on.
    func schrijf(_ blokken: [DocumentBlock], op sheet: Worksheet, opmaak: Opmaak) throws {
        for (i, breedte) in breedtes.enumerated() { try sheet.setColumn(i, width: breedte) }
        var rij = 0
        for blok in blokken {
            switch blok {
            case let .heading(level, text) where level == 1:
                try sheet.setRow(rij, height: 21)
                try sheet.write(text, row: rij, column: 0, format: opmaak.format(.titel))
            case .heading(_, let text):
                try sheet.setRow(rij, height: 20)
                try sheet.write(text, row: rij, column: 0, format: opmaak.format(.sectie))
                for kolom in 1..<breedtes.count { try sheet.writeBlank(row: rij, column: kolom, format: opmaak.format(.sectie)) }
            case .paragraph(let text):
                try sheet.write(text, row: rij, column: 0, format: opmaak.format(.ondertitel))
            case .rule:
                break
            case .note(let text, nil):
                try sheet.setRow(rij, height: 21)
                try sheet.write(text, row: rij, column: 0, format: opmaak.format(.voorbeelddata))
            case .note(let text, let label?):
                try item(label, text, link: nil, rij: rij, stijl: .voorbeelddataKlein, tekststijl: .voorbeelddataKlein, op: sheet, opmaak: opmaak)
            case let .item(label, text, _, link):
                try item(label, text, link: link, rij: rij, stijl: .veldnaam, tekststijl: .veldwaarde, op: sheet, opmaak: opmaak)
            case .bullet(let text, _):
                try item("•", text, link: nil, rij: rij, stijl: .veldnaam, tekststijl: .veldwaarde, op: sheet, opmaak: opmaak)
            case let .table(header, rows, _):
                for (kolom, tekst) in header.enumerated() { try sheet.write(tekst, row: rij, column: kolom, format: opmaak.format(.kolomkop)) }
                for cellen in rows {
                    rij += 1
                    let lijnen = Self.lijnen(cellen.last ?? "", breedte: breedtes[max(0, cellen.count - 1)])
                    if lijnen > 1 { try sheet.setRow(rij, height: Self.hoogte(lijnen)) }
                    for (kolom, tekst) in cellen.enumerated() { try sheet.write(tekst, row: rij, column: kolom, format: opmaak.format(.veldwaarde)) }
                }
            }
            rij += 1
        }
    }

    /// Label in A (a link to the sheet `link` if given; left empty when the label is), text in B
    /// or merged over B to the last column.
    private func item(_ label: String, _ tekst: String, link: String?, rij: Int, stijl: Opmaak.Stijl, tekststijl: Opmaak.Stijl,
                      op sheet: Worksheet, opmaak: Opmaak) throws {
        if let link {
            try sheet.writeURL("internal:" + CellReference.quoteSheetName(link) + "!A1", row: rij, column: 0, text: label,
                               tooltip: "Naar het blad \(link)", format: opmaak.format(.link))
        } else if !label.isEmpty {
            try sheet.write(label, row: rij, column: 0, format: opmaak.format(stijl))
        }
        let lijnen = Self.lijnen(tekst, breedte: breedtes.dropFirst().reduce(0, +))
        if lijnen > 1 { try sheet.setRow(rij, height: Self.hoogte(lijnen)) }
        if breedtes.count > 2 {
            try sheet.mergeRange(CellRange(firstRow: rij, firstColumn: 1, lastRow: rij, lastColumn: breedtes.count - 1),
                                 text: tekst, format: opmaak.format(tekststijl))
        } else {
            try sheet.write(tekst, row: rij, column: 1, format: opmaak.format(tekststijl))
        }
    }

    /// The lines a text takes in a column of `breedte` characters, counting its line breaks.
    static func lijnen(_ tekst: String, breedte: Double) -> Int {
        tekst.split(separator: "\n", omittingEmptySubsequences: false)
            .map { AntwoordBlad.regels(String($0), breedte: breedte, tekenbreedte: 0.8) }.reduce(0, +)
    }

    static func hoogte(_ lijnen: Int) -> Double { Double(lijnen) * 15 + 2 }
}
