import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenQueries
import XlsxWriter

/// Number formats and styles of the workbooks.
///
/// Excel stores number formats in en-US notation (`,` groups thousands, `.` marks decimals)
/// and shows them in the reader's own notation: a Dutch (Belgian) Excel shows
/// `[$€-813] #,##0.00` as `€ 1.234,56`. `[$€-813]` is the euro sign of the nl-BE locale
/// (0x0813), so the symbol stays the euro whatever the reader's currency is.
public enum WerkboekStijl {
    /// `€ 1.234,56`; negative amounts `€ -1.234,56`.
    public static let euroFormaat = "[$€-813] #,##0.00;[$€-813] -#,##0.00"
    /// `14.136.359`.
    public static let getalFormaat = "#,##0"
    /// `25,00 %`.
    public static let percentageFormaat = "0.00%"
    /// `01/10/2022`.
    public static let datumFormaat = "dd/mm/yyyy"
    /// Axis labels of charts: `€ 1.500.000`.
    public static let euroAsFormaat = "[$€-813] #,##0"

    /// Dark blue header, as in Flemish government documents.
    static let kopKleur = Color(rgb: 0x1F4E78)
    static let groepKleur = Color(rgb: 0xDDEBF7)
    static let totaalKleur = Color(rgb: 0xD9D9D9)
    static let lijnKleur = Color(rgb: 0x8EA9C1)
    static let voorbeelddataKleur = Color(rgb: 0xC00000)
    static let grijs = Color(rgb: 0x595959)
}

/// The formats of one workbook, created on first use and kept by style, so a million cells
/// cost a dictionary lookup each and the workbook holds each distinct format once. The order
/// in which formats are first used is the order of the rows, so it is deterministic.
@MemberwiseInit(unlabeled: "workbook")
final class Opmaak {
    enum Stijl: Hashable {
        case titel, ondertitel, meta, voorbeelddata, voorbeelddataKlein, kolomkop, sectie
        case voetnoot, veldnaam, veldwaarde, link
        /// A table cell.
        case cel(Celstijl)
        /// A style wrapped and aligned to the top: text across the width of a table
        /// (`AntwoordBlad.schrijfOverBreedte`).
        indirect case omloop(Stijl)
    }

    struct Celstijl: Hashable {
        var rij: Rij.Soort
        var kolom: Kolomsoort
        var niveau: Int
        var eerste: Bool
        var omloop: Bool
    }

    /// The column kinds of a rendered table: the AnswerTable's kinds plus the source column.
    enum Kolomsoort: Hashable {
        case tekst, geheelGetal, euro, percentage, datum, bron

        init(_ soort: Kolom.Soort) {
            switch soort {
            case .tekst: self = .tekst
            case .geheelGetal: self = .geheelGetal
            case .euro: self = .euro
            case .percentage: self = .percentage
            case .datum: self = .datum
            }
        }

        var getalformaat: String? {
            switch self {
            case .euro: return WerkboekStijl.euroFormaat
            case .geheelGetal: return WerkboekStijl.getalFormaat
            case .percentage: return WerkboekStijl.percentageFormaat
            case .datum: return WerkboekStijl.datumFormaat
            case .tekst, .bron: return nil
            }
        }

        var isGetal: Bool { self == .euro || self == .geheelGetal || self == .percentage || self == .datum }
    }

    let workbook: Workbook
    private var formats: [Stijl: Format] = [:]

    func format(_ stijl: Stijl) throws -> Format {
        if let format = formats[stijl] { return format }
        let format = try workbook.addFormat(Self.spec(stijl))
        formats[stijl] = format
        return format
    }

    static func spec(_ stijl: Stijl) -> CellFormat {
        switch stijl {
        case .titel:
            return CellFormat(fontSize: 14, fontColor: WerkboekStijl.kopKleur, bold: true)
        case .ondertitel:
            return CellFormat(fontSize: 11, bold: true)
        case .meta:
            return CellFormat(fontColor: WerkboekStijl.grijs)
        case .voorbeelddata:
            return CellFormat(fontSize: 14, fontColor: WerkboekStijl.voorbeelddataKleur, bold: true)
        case .voorbeelddataKlein:
            return CellFormat(fontColor: WerkboekStijl.voorbeelddataKleur, bold: true, verticalAlignment: .top, wrapText: true)
        case .kolomkop:
            return CellFormat(fontColor: .white, bold: true, backgroundColor: WerkboekStijl.kopKleur,
                              border: .thin, borderColor: WerkboekStijl.lijnKleur,
                              verticalAlignment: .center, wrapText: true)
        case .sectie:
            return CellFormat(fontSize: 12, fontColor: WerkboekStijl.kopKleur, bold: true,
                              bottom: .thin, borderColor: WerkboekStijl.kopKleur)
        case .voetnoot:
            return CellFormat(fontSize: 10, fontColor: WerkboekStijl.grijs, verticalAlignment: .top, wrapText: true)
        case .veldnaam:
            return CellFormat(bold: true, verticalAlignment: .top, wrapText: true)
        case .veldwaarde:
            return CellFormat(verticalAlignment: .top, wrapText: true)
        case .link:
            return CellFormat(fontColor: Color(rgb: 0x0563C1), underline: .single, verticalAlignment: .top)
        case .omloop(let stijl):
            var spec = spec(stijl)
            spec.wrapText = true
            spec.verticalAlignment = .top
            return spec
        case .cel(let c):
            var spec = CellFormat(numberFormat: c.kolom.getalformaat, verticalAlignment: .top)
            if c.kolom == .bron {
                spec.fontSize = 10
                spec.fontColor = WerkboekStijl.grijs
            }
            spec.wrapText = c.omloop
            if c.eerste {
                spec.indent = min(max(c.niveau, 0), 15)
            } else if !c.kolom.isGetal {
                // A little room between a right-aligned number and the text after it.
                spec.indent = 1
            }
            switch c.rij {
            case .detail:
                break
            case .kop:
                spec.bold = true
                if c.niveau == 0 { spec.backgroundColor = WerkboekStijl.groepKleur }
            case .subtotaal:
                spec.bold = true
                spec.top = .thin
                spec.borderColor = WerkboekStijl.lijnKleur
            case .totaal:
                spec.bold = true
                spec.backgroundColor = WerkboekStijl.totaalKleur
                spec.top = .thin
                spec.bottom = .double
                spec.borderColor = .black
            }
            return spec
        }
    }
}

/// Print setup shared by every sheet: A4 landscape, one page wide, the header row repeated,
/// and a footer with the question and the page number.
struct Afdruk {
    /// Left part of the footer, e.g. "Vraag 492".
    var voettekstLinks: String
    var voorbeelddata: Bool = false

    func pasToe(op sheet: Worksheet, kopRij: Int?) throws {
        try sheet.setPageSetup(PageSetup(
            orientation: .landscape, paperSize: .a4, fitToPages: (width: 1, height: 0),
            repeatRows: kopRij.map { $0...$0 },
            margins: PageSetup.Margins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)))
        try sheet.setFooter("&L\(Self.escape(voettekstLinks))&C&A&RPagina &P van &N")
        if voorbeelddata {
            try sheet.setHeader("&C&\"-,Bold\"&KC00000\(Self.escape(Herkomst.voorbeelddataLabel))")
        }
    }

    /// `&` starts a code in Excel's header and footer syntax; a literal one is `&&`.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&&")
    }
}
