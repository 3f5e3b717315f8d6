import Foundation
import SamenlevenModel
import SamenlevenQueries
import XlsxWriter

/// Writes an `AnswerTable` onto a worksheet, top to bottom and strictly row by row, so the
/// same code serves normal workbooks and constant-memory workbooks (where a row is flushed
/// to disk once a later row is started, and each row's outline level must be set before
/// its cells are written).
///
/// Layout, from the top:
/// - the VOORBEELDDATA label in red, when the answer uses synthetic rows;
/// - the title, the question reference, the data vintage and the selection, each across the
///   table's width (merged and wrapped, like the footnotes);
/// - the header row (frozen, repeated on every printed page, with an autofilter);
/// - the rows: group rows bold, outline level = `Rij.niveau` (provincie > bestuur >
///   doelstelling > actie can be folded open and shut), labels indented by level;
///   subtotal and total rows bold, their added-up columns written as `SUBTOTAL(9, range)`
///   formulas with the AnswerTable's own value as cached result;
/// - the column "Bron": where each row's figures come from (`file:row`);
/// - the footnotes with the sources.
///
/// A subtotal is only written as a formula when the formula gives exactly the AnswerTable's
/// value: `SUBTOTAL(9, …)` skips the nested `SUBTOTAL` cells of its range, so the range of a
/// group may include its nested subtotals. The renderer adds up, per open group and in
/// cents, every plain number it writes into the range; where that sum differs from the
/// table's value (a table built otherwise), the value is written as a plain number instead.
/// A viewer that does not recalculate therefore shows the same figures as one that does.
struct AntwoordBlad {
    /// Where everything lands on the sheet, known before anything is written.
    struct Indeling: Sendable {
        /// The table's columns followed by "Bron".
        let koppen: [String]
        let soorten: [Opmaak.Kolomsoort]
        let breedtes: [Double]
        /// Whether cells of a column wrap (long text).
        let omloop: [Bool]
        let labelRij: Int?
        let titelRij: Int
        let metaRijen: [(tekst: String, rij: Int)]
        let kopRij: Int
        let eersteDataRij: Int
        let aantalRijen: Int
        let voetnotenKopRij: Int?
        let eersteVoetnootRij: Int
        /// The first empty row after everything.
        let volgendeRij: Int
        /// Column ids of the AnswerTable, in order.
        let kolomIds: [String]

        var laatsteDataRij: Int { eersteDataRij + aantalRijen - 1 }
        var laatsteKolom: Int { koppen.count - 1 }
        var bronKolom: Int { koppen.count - 1 }

        /// The sheet row of table row `index`.
        func rij(_ index: Int) -> Int { eersteDataRij + index }

        /// The sheet column of a table column.
        func kolom(_ id: String) -> Int? { kolomIds.firstIndex(of: id) }
    }

    /// The question reference line, e.g. "Schriftelijke vraag nr. 492 van 1 september 2023
    /// van Brecht Warnez, deelvraag 1"; with an unknown question "Vraag 492, subvraag 1"; nil
    /// for an answer that names no question.
    static func vraagregel(_ tabel: AnswerTable, vraag: ParlementaireVraag?) -> String? {
        guard let referentie = tabel.vraag else { return nil }
        if let vraag, vraag.nummer == referentie.nummer {
            let basis = "Schriftelijke " + vraag.referentie
            return referentie.subvraag.map { "\(basis), deelvraag \($0)" } ?? basis
        }
        let text = referentie.description
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The lines under the title: the question reference, the data vintage and (with filters)
    /// the selection.
    static func metaregels(_ tabel: AnswerTable, vraag: ParlementaireVraag?) -> [String] {
        [vraagregel(tabel, vraag: vraag), "Gegevensstand: \(tabel.gegevensstand)"].compactMap { $0 }
            + (tabel.filters.isEmpty ? [] : ["Selectie: \(CelOpmaak.filters(tabel))"])
    }

    static func indeling(_ tabel: AnswerTable, vraag: ParlementaireVraag?, vanaf start: Int = 0) -> Indeling {
        var rij = start
        var labelRij: Int?
        if tabel.voorbeelddata { labelRij = rij; rij += 1 }
        let titelRij = rij; rij += 1
        var meta: [(String, Int)] = []
        for tekst in metaregels(tabel, vraag: vraag) { meta.append((tekst, rij)); rij += 1 }
        rij += 1
        let kopRij = rij; rij += 1
        let eersteDataRij = rij
        rij += tabel.rijen.count
        var voetnotenKopRij: Int?
        if !tabel.voetnoten.isEmpty {
            rij += 1
            voetnotenKopRij = rij; rij += 1
        }
        let eersteVoetnootRij = rij
        rij += tabel.voetnoten.count

        let (breedtes, omloop) = kolombreedtes(tabel)
        return Indeling(koppen: tabel.kolommen.map(\.kop) + ["Bron"],
                        soorten: tabel.kolommen.map { Opmaak.Kolomsoort($0.soort) } + [.bron],
                        breedtes: breedtes, omloop: omloop,
                        labelRij: labelRij, titelRij: titelRij, metaRijen: meta, kopRij: kopRij,
                        eersteDataRij: eersteDataRij, aantalRijen: tabel.rijen.count,
                        voetnotenKopRij: voetnotenKopRij, eersteVoetnootRij: eersteVoetnootRij, volgendeRij: rij,
                        kolomIds: tabel.kolommen.map(\.id))
    }

    // MARK: Column widths

    /// Widths in Excel's character units, from the content: the widest cell (labels with
    /// their indent, numbers as Belgian Excel shows them), the header's longest word, at
    /// least 8 and capped (labels 40, text 36, sources 30, numbers 30: a sheet of ten columns
    /// still prints one page wide with legible text). Text wider than its
    /// cap wraps, and so do sources.
    static func kolombreedtes(_ tabel: AnswerTable) -> ([Double], [Bool]) {
        let kolommen = tabel.kolommen
        var breed = kolommen.map { kop(breedte: $0.kop) }
        var bron = kop(breedte: "Bron")
        for rij in tabel.rijen {
            let vet = rij.soort != .detail
            for i in kolommen.indices {
                let cel = i < rij.cellen.count ? rij.cellen[i] : .leeg
                var w = celbreedte(cel)
                if i == 0 { w += 3 * Double(max(rij.niveau, 0)) }
                if vet { w *= 1.1 }
                if w > breed[i] { breed[i] = w }
            }
            if !rij.herkomst.isEmpty {
                var w = 0
                for (n, h) in rij.herkomst.enumerated() { w += h.count + (n > 0 ? 2 : 0) }
                bron = max(bron, Double(w) * 0.9)
            }
        }
        var breedtes: [Double] = []
        var omloop: [Bool] = []
        for (i, kolom) in kolommen.enumerated() {
            let cap: Double = i == 0 ? 40 : (kolom.soort == .tekst ? 36 : 30)
            let natuurlijk = breed[i] + 2
            breedtes.append((min(max(natuurlijk, 8), cap) * 100).rounded() / 100)
            omloop.append(kolom.soort == .tekst && natuurlijk > cap)
        }
        // Sources wrap within their column (text that spills to the right makes a printer
        // shrink the whole sheet to fit it); a long list shows its first lines (`bronHoogte`).
        breedtes.append((min(max(bron + 2, 10), 30) * 100).rounded() / 100)
        omloop.append(true)
        return (breedtes, omloop)
    }

    /// Headers wrap: the longest word counts, and short headers stay on one line.
    private static func kop(breedte kop: String) -> Double {
        let woord = kop.split(whereSeparator: { $0 == " " || $0 == "/" }).map(\.count).max() ?? 0
        return Double(max(woord, min(kop.count, 12))) * 1.1
    }

    /// The displayed width of a cell in characters.
    private static func celbreedte(_ cel: Cel) -> Double {
        switch cel {
        case .leeg: return 0
        case .tekst(let t): return Double(t.count)
        case .getal(let n): return Double(cijfers(Int64(n)))
        case .euro(let e): return Double(cijfers(e.cents / 100) + 5)  // "€ " and ",00"
        case .percentage: return 9
        case .datum: return 10
        }
    }

    /// Characters of a whole number with thousands separators and sign.
    private static func cijfers(_ n: Int64) -> Int {
        var m = n.magnitude
        var digits = 1
        while m >= 10 { m /= 10; digits += 1 }
        return digits + (digits - 1) / 3 + (n < 0 ? 1 : 0)
    }

    // MARK: Writing

    /// Writes the table and sets the sheet's columns, frozen header, autofilter, outline
    /// and (with `afdruk`) print setup. Returns where everything went.
    @discardableResult
    static func schrijf(_ tabel: AnswerTable, op sheet: Worksheet, opmaak: Opmaak, vraag: ParlementaireVraag?,
                        afdruk: Afdruk?, vanaf start: Int = 0) throws -> Indeling {
        let indeling = indeling(tabel, vraag: vraag, vanaf: start)
        let laatsteKolom = indeling.laatsteKolom

        // Everything that is not a cell first: libxlsxwriter keeps it until close().
        for (i, breedte) in indeling.breedtes.enumerated() { try sheet.setColumn(i, width: breedte) }
        try sheet.setOutlineSettings(visible: true, symbolsBelow: true, symbolsRight: true, autoStyle: false)
        try sheet.freezePanes(row: indeling.kopRij + 1, column: 0)
        try sheet.autofilter(CellRange(firstRow: indeling.kopRij, firstColumn: 0,
                                       lastRow: max(indeling.kopRij, indeling.laatsteDataRij), lastColumn: laatsteKolom))
        if let afdruk { try afdruk.pasToe(op: sheet, kopRij: indeling.kopRij) }

        // Above the table.
        try schrijfBoven(label: indeling.labelRij, titel: (tabel.titel, indeling.titelRij), meta: indeling.metaRijen,
                         breedtes: indeling.breedtes, op: sheet, opmaak: opmaak)

        // Header.
        let kopLijnen = zip(indeling.koppen, indeling.breedtes).map { kop, breedte in
            regels(kop, breedte: breedte, tekenbreedte: 1.1)
        }.max() ?? 1
        try sheet.setRow(indeling.kopRij, height: Double(max(kopLijnen, 1)) * 15 + 3)
        let kopFormaat = try opmaak.format(.kolomkop)
        for (i, kop) in indeling.koppen.enumerated() { try sheet.write(kop, row: indeling.kopRij, column: i, format: kopFormaat) }

        // The rows.
        var sommen = Sommen(kolommen: tabel.kolommen)
        for (index, rij) in tabel.rijen.enumerated() {
            try schrijfRij(rij, op: indeling.rij(index), tabel: tabel, indeling: indeling, sheet: sheet, opmaak: opmaak, sommen: &sommen)
        }

        // Footnotes.
        if let kop = indeling.voetnotenKopRij {
            try sheet.write("Voetnoten", row: kop, column: 0, format: opmaak.format(.sectie))
            for (n, voetnoot) in tabel.voetnoten.enumerated() {
                try schrijfOverBreedte("\(n + 1). " + CelOpmaak.voetnoot(voetnoot), rij: indeling.eersteVoetnootRij + n,
                                       breedtes: indeling.breedtes, stijl: .voetnoot, maat: .klein, op: sheet, opmaak: opmaak)
            }
        }
        return indeling
    }

    // MARK: Text across the table

    /// How the text of a style takes room: column-width units a character, points a line.
    struct Regelmaat {
        let tekenbreedte: Double
        let regelhoogte: Double
        let marge: Double

        func hoogte(_ lijnen: Int) -> Double { min(Double(lijnen) * regelhoogte + marge, 409) }

        /// 14 pt bold (title, VOORBEELDDATA label): one line 21 pt.
        static let groot = Regelmaat(tekenbreedte: 1.4, regelhoogte: 18, marge: 3)
        /// 11 pt (question reference, data vintage, selection): one line 15 pt, Excel's default.
        static let gewoon = Regelmaat(tekenbreedte: 1, regelhoogte: 15, marge: 0)
        /// 10 pt (footnotes).
        static let klein = Regelmaat(tekenbreedte: 0.9, regelhoogte: 13, marge: 3)
    }

    /// The lines above a table, each across its width: the VOORBEELDDATA label (at `label`),
    /// the title and the meta lines.
    static func schrijfBoven(label: Int?, titel: (tekst: String, rij: Int), meta: [(tekst: String, rij: Int)],
                             breedtes: [Double], op sheet: Worksheet, opmaak: Opmaak) throws {
        if let label {
            try schrijfOverBreedte(Herkomst.voorbeelddataLabel, rij: label, breedtes: breedtes, stijl: .voorbeelddata, maat: .groot,
                                   op: sheet, opmaak: opmaak)
        }
        try schrijfOverBreedte(titel.tekst, rij: titel.rij, breedtes: breedtes, stijl: .titel, maat: .groot, op: sheet, opmaak: opmaak)
        for (tekst, rij) in meta {
            try schrijfOverBreedte(tekst, rij: rij, breedtes: breedtes, stijl: .meta, maat: .gewoon, op: sheet, opmaak: opmaak)
        }
    }

    /// Text across the columns `breedtes` (from A) in row `rij`: one merged cell, wrapped, as
    /// high as the text needs (Excel does not fit the height of merged cells itself). Text that
    /// ran on over the empty cells right of a table would count in the printed width, and "one
    /// page wide" would shrink the whole sheet to fit it. Constant-memory mode cannot merge:
    /// the text wraps in the first column.
    static func schrijfOverBreedte(_ tekst: String, rij: Int, breedtes: [Double], stijl: Opmaak.Stijl, maat: Regelmaat,
                                   op sheet: Worksheet, opmaak: Opmaak) throws {
        let formaat = try opmaak.format(.omloop(stijl))
        let samenvoegen = !opmaak.workbook.options.constantMemory && breedtes.count > 1
        let breedte = samenvoegen ? breedtes.reduce(0, +) : breedtes[0]
        try sheet.setRow(rij, height: maat.hoogte(regels(tekst, breedte: breedte, tekenbreedte: maat.tekenbreedte)))
        if samenvoegen {
            try sheet.mergeRange(CellRange(firstRow: rij, firstColumn: 0, lastRow: rij, lastColumn: breedtes.count - 1),
                                 text: tekst, format: formaat)
        } else {
            try sheet.write(tekst, row: rij, column: 0, format: formaat)
        }
    }

    /// How many lines a text needs in a column `breedte` characters wide (words kept whole).
    static func regels(_ tekst: String, breedte: Double, tekenbreedte: Double) -> Int {
        let perRegel = max(1, Int((breedte - 1) / tekenbreedte))
        var lijnen = 1
        var huidig = 0
        for woord in tekst.split(separator: " ", omittingEmptySubsequences: false) {
            let lengte = woord.count
            if huidig == 0 {
                huidig = lengte
            } else if huidig + 1 + lengte <= perRegel {
                huidig += 1 + lengte
            } else {
                lijnen += 1
                huidig = lengte
            }
            while huidig > perRegel { lijnen += 1; huidig -= perRegel }
        }
        return lijnen
    }

    private static func schrijfRij(_ rij: Rij, op r: Int, tabel: AnswerTable, indeling: Indeling, sheet: Worksheet,
                                   opmaak: Opmaak, sommen: inout Sommen) throws {
        let niveau = min(max(rij.niveau, 0), 7)
        // The outline level and height must be set before the row's cells (constant-memory mode).
        let bron = rij.herkomst.joined(separator: "; ")
        if let hoogte = rijhoogte(rij, bron: bron, indeling: indeling) {
            try sheet.setRow(r, height: hoogte, level: niveau)
        } else if niveau > 0 {
            try sheet.setRow(r, level: niveau)
        }

        let bereik: ClosedRange<Int>?
        switch rij.soort {
        case .subtotaal: bereik = sommen.sluitGroep(niveau: rij.niveau, rij: r)
        case .totaal: bereik = sommen.totaalBereik(eersteDataRij: indeling.eersteDataRij, rij: r)
        case .kop, .detail: bereik = nil
        }
        let lijnrij = rij.soort != .detail

        for i in tabel.kolommen.indices {
            let cel = i < rij.cellen.count ? rij.cellen[i] : .leeg
            let format = try opmaak.format(.cel(Opmaak.Celstijl(rij: rij.soort, kolom: indeling.soorten[i], niveau: rij.niveau,
                                                                eerste: i == 0, omloop: indeling.omloop[i])))
            // Added-up columns of subtotal and total rows: a formula when it gives the table's value.
            if let bereik, sommen.telt(i), let cents = cel.numericCents, sommen.klopt(i, cents: cents) {
                let kolomnaam = CellReference.columnName(i)
                let formule = "=SUBTOTAL(9,\(kolomnaam)\(bereik.lowerBound + 1):\(kolomnaam)\(bereik.upperBound + 1))"
                try sheet.writeFormula(formule, row: r, column: i, format: format, cachedResult: .number(waarde(cel)))
                continue
            }
            switch cel {
            case .leeg:
                if lijnrij { try sheet.writeBlank(row: r, column: i, format: format) }
            case .tekst(let t):
                try sheet.write(t, row: r, column: i, format: format)
            case .getal, .euro:
                try sheet.write(waarde(cel), row: r, column: i, format: format)
                sommen.voegToe(i, cents: cel.numericCents!)
            case .percentage(let bp):
                try sheet.write(Double(bp) / 10_000, row: r, column: i, format: format)
                sommen.onzeker(i)
            case .datum(let d):
                try sheet.write(DateTime(year: d.year, month: d.month, day: d.day), row: r, column: i, format: format)
                sommen.onzeker(i)
            }
        }
        let bronFormaat = try opmaak.format(.cel(Opmaak.Celstijl(rij: rij.soort, kolom: .bron, niveau: rij.niveau,
                                                                 eerste: false, omloop: indeling.omloop[indeling.bronKolom])))
        if rij.herkomst.isEmpty {
            if lijnrij { try sheet.writeBlank(row: r, column: indeling.bronKolom, format: bronFormaat) }
        } else {
            try sheet.write(bron, row: r, column: indeling.bronKolom, format: bronFormaat)
        }
        if rij.soort == .kop { sommen.openGroep(niveau: rij.niveau, rij: r) }
    }

    /// The height of a row whose wrapped cells need more than one line: as high as its
    /// longest wrapped text (11 pt: 15 pt a line; labels indented by level, bold outside detail
    /// rows), its sources at most `bronRegels` lines. Nil when one line is enough. Set
    /// explicitly because neither Excel nor LibreOffice fits the height of a row on opening.
    static func rijhoogte(_ rij: Rij, bron: String, indeling: Indeling) -> Double? {
        var hoogte = bronHoogte(bron, breedte: indeling.breedtes[indeling.bronKolom]) ?? 0
        let vet = rij.soort != .detail
        for i in indeling.omloop.indices.dropLast() where indeling.omloop[i] {
            guard i < rij.cellen.count, case .tekst(let t) = rij.cellen[i] else { continue }
            // The first column is indented 3 characters a level, the others by one.
            let inspringing = i == 0 ? 3 * Double(min(max(rij.niveau, 0), 15)) : 1
            let lijnen = regels(t, breedte: max(indeling.breedtes[i] - inspringing, 4), tekenbreedte: vet ? 1.1 : 1)
            if lijnen > 1 { hoogte = max(hoogte, Double(lijnen) * 15 + 2) }
        }
        return hoogte > 0 ? min(hoogte, 409) : nil
    }

    /// The most lines of sources a row shows; the cell holds the whole list.
    static let bronRegels = 6

    /// The row height for a wrapped source list of more than one line in a column `breedte`
    /// wide (10 pt text: 13 pt a line), at most `bronRegels` lines; nil for one line (the
    /// row keeps its height). Long lists (subtotals, totals) are cut off at the bottom of the
    /// cell on screen and on paper, instead of a row taller than a page.
    static func bronHoogte(_ tekst: String, breedte: Double) -> Double? {
        let lijnen = regels(tekst, breedte: breedte, tekenbreedte: 0.9)
        return lijnen > 1 ? Double(min(lijnen, bronRegels)) * 13 + 3 : nil
    }

    /// The number Excel stores for a number or amount cell.
    static func waarde(_ cel: Cel) -> Double {
        switch cel {
        case .getal(let n): return Double(n)
        case .euro(let e): return Double(e.cents) / 100
        default: return 0
        }
    }
}

/// What `SUBTOTAL(9, range)` would give, per open group and for the whole table: the sum in
/// cents of the plain numbers written so far into each added-up column (formula cells are
/// skipped, as SUBTOTAL skips nested SUBTOTALs).
private struct Sommen {
    struct Groep {
        let niveau: Int
        let rij: Int
        var som: [Int64]
        var onzeker: [Bool]
    }

    /// Which columns are added up (whole numbers and amounts with `optellen`).
    let tellend: [Bool]
    private var open: [Groep] = []
    private var totaal: [Int64]
    private var totaalOnzeker: [Bool]
    /// The sums of the range of the subtotal or total row being written.
    private var bereikSom: [Int64] = []
    private var bereikOnzeker: [Bool] = []

    init(kolommen: [Kolom]) {
        tellend = kolommen.map { $0.optellen && ($0.soort == .geheelGetal || $0.soort == .euro) }
        totaal = Array(repeating: 0, count: kolommen.count)
        totaalOnzeker = Array(repeating: false, count: kolommen.count)
    }

    func telt(_ kolom: Int) -> Bool { tellend[kolom] }

    mutating func openGroep(niveau: Int, rij: Int) {
        open.append(Groep(niveau: niveau, rij: rij, som: Array(repeating: 0, count: tellend.count),
                          onzeker: Array(repeating: false, count: tellend.count)))
    }

    /// Closes the group opened by the `kop` row of the same level; nil (no formulas) when the
    /// rows do not nest that way or the group is empty.
    mutating func sluitGroep(niveau: Int, rij: Int) -> ClosedRange<Int>? {
        guard let laatste = open.last, laatste.niveau == niveau else { return nil }
        open.removeLast()
        bereikSom = laatste.som
        bereikOnzeker = laatste.onzeker
        guard laatste.rij + 1 <= rij - 1 else { return nil }
        return (laatste.rij + 1)...(rij - 1)
    }

    mutating func totaalBereik(eersteDataRij: Int, rij: Int) -> ClosedRange<Int>? {
        bereikSom = totaal
        bereikOnzeker = totaalOnzeker
        guard eersteDataRij <= rij - 1 else { return nil }
        return eersteDataRij...(rij - 1)
    }

    /// Whether SUBTOTAL over the range being closed gives exactly `cents`.
    func klopt(_ kolom: Int, cents: Int64) -> Bool {
        !bereikOnzeker[kolom] && bereikSom[kolom] == cents
    }

    /// A plain number written into a column: every open group's range and the total's include it.
    mutating func voegToe(_ kolom: Int, cents: Int64) {
        guard tellend[kolom] else { return }
        for i in open.indices { open[i].som[kolom] += cents }
        totaal[kolom] += cents
    }

    /// A number SUBTOTAL would add but that is not a whole number or amount.
    mutating func onzeker(_ kolom: Int) {
        guard tellend[kolom] else { return }
        for i in open.indices { open[i].onzeker[kolom] = true }
        totaalOnzeker[kolom] = true
    }
}
