import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenQueries
import XlsxWriter

/// Settings shared by every workbook the toolkit writes.
@MemberwiseInit
public struct WerkboekInstellingen: Sendable, Equatable {
    /// The creation time written in the document properties; nil writes XlsxWriter's fixed
    /// default. Never the wall clock: see `Aanmaakmoment`.
    public var aangemaakt: Date?
    /// Above this many table rows a workbook is written in constant-memory mode: each row
    /// goes to a temporary file as soon as the next one starts, so memory stays flat.
    public var stroomdrempel: Int = WerkboekInstellingen.standaardStroomdrempel
    /// Directory for libxlsxwriter's temporary files; nil uses the system's.
    public var tijdelijkeMap: String?

    public static let standaardStroomdrempel = 50_000

    func opties(rijen: Int) -> WorkbookOptions {
        WorkbookOptions(constantMemory: rijen > stroomdrempel, temporaryDirectory: tijdelijkeMap)
    }
}

/// A workbook that could not be written, in Dutch.
public struct WerkboekFout: Error, CustomStringConvertible, Sendable {
    public let melding: String
    public init(_ melding: String) { self.melding = melding }
    public var description: String { melding }

    /// The error to report for `error` while writing the workbook at `pad`: an `OutputError`
    /// when the file system failed (a full disk, no permission), else a `WerkboekFout`.
    static func van(_ error: any Error, pad: String) -> any Error {
        if let fout = error as? WerkboekFout { return fout }
        if let fout = error as? OutputError { return fout }
        if let xlsx = error as? XlsxError, let code = xlsx.systemError {
            return OutputError.cannotWrite(pad, reason: Systeemfout.omschrijving(errno: code))
        }
        if let xlsx = error as? XlsxError {
            switch xlsx.code {
            case .creatingXlsxFile, .fileOperation, .creatingTmpfile:
                return WerkboekFout("\(pad): het werkboek kon niet geschreven worden (\(xlsx.detail ?? xlsx.description))")
            default:
                break
            }
        }
        return WerkboekFout("\(pad): fout bij het schrijven van het werkboek: \(error)")
    }
}

/// One answer as a workbook of one sheet (`samenleven vraag … --formaat xlsx`).
public enum AntwoordWerkboek {
    /// Writes `tabel` to `pad` (atomically: a complete file or none). Above
    /// `instellingen.stroomdrempel` rows the workbook streams (constant memory).
    public static func schrijf(_ tabel: AnswerTable, bladnaam: String, vraag: ParlementaireVraag? = nil,
                               naar pad: String, instellingen: WerkboekInstellingen = WerkboekInstellingen()) throws {
        do {
            try controleerGrootte(tabel)
            let workbook = try Workbook(path: pad, options: instellingen.opties(rijen: tabel.rijen.count))
            try workbook.setDocumentProperties(Documentgegevens.antwoord(tabel, vraag: vraag, aangemaakt: instellingen.aangemaakt))
            let opmaak = Opmaak(workbook)
            let sheet = try workbook.addWorksheet(Bladnaam.veilig(bladnaam))
            let afdruk = Afdruk(voettekstLinks: tabel.vraag.map { "Vraag \($0.nummer)" } ?? "Plan Samenleven", voorbeelddata: tabel.voorbeelddata)
            try AntwoordBlad.schrijf(tabel, op: sheet, opmaak: opmaak, vraag: vraag, afdruk: afdruk)
            try sheet.activate()
            try workbook.close()
        } catch {
            throw WerkboekFout.van(error, pad: pad)
        }
    }

    /// Excel has 1.048.576 rows; a table with its title and footnotes must fit.
    static func controleerGrootte(_ tabel: AnswerTable) throws {
        let nodig = tabel.rijen.count + tabel.voetnoten.count + 10
        if nodig > CellReference.rowCount {
            throw WerkboekFout("de tabel heeft \(BelgianNumber.format(tabel.rijen.count)) rijen; een werkblad heeft er hoogstens "
                               + "\(BelgianNumber.format(CellReference.rowCount)). Verfijn de selectie of gebruik --formaat csv.")
        }
    }
}

/// Sheet names Excel accepts: at most 31 characters, none of `[ ] : * ? / \`, no leading or
/// trailing apostrophe.
enum Bladnaam {
    static func veilig(_ naam: String) -> String {
        var tekst = String(naam.map { "[]:*?/\\".contains($0) ? "-" : $0 })
        while tekst.hasPrefix("'") { tekst.removeFirst() }
        while tekst.hasSuffix("'") { tekst.removeLast() }
        tekst = String(tekst.prefix(31))
        return tekst.isEmpty ? "Antwoord" : tekst
    }
}

/// Document properties (File ▸ Info in Excel).
enum Documentgegevens {
    static let bedrijf = "Vlaamse overheid"

    static func auteur(_ vraag: ParlementaireVraag?) -> String {
        vraag.map { "Kabinet van \($0.minister)" } ?? bedrijf
    }

    static func antwoord(_ tabel: AnswerTable, vraag: ParlementaireVraag?, aangemaakt: Date?) -> DocumentProperties {
        var opmerkingen = "Gegevensstand: \(tabel.gegevensstand)."
        if tabel.voorbeelddata { opmerkingen = Herkomst.voorbeelddataLabel + ". " + opmerkingen }
        return DocumentProperties(
            title: tabel.titel,
            subject: "Plan Samenleven" + (AntwoordBlad.vraagregel(tabel, vraag: vraag).map { ": " + $0 } ?? ""),
            author: auteur(vraag), company: bedrijf, category: "Parlementaire vraag",
            keywords: "Plan Samenleven, " + (tabel.vraag.map { "vraag \($0.nummer), " } ?? "") + "subsidies, lokale besturen",
            comments: opmerkingen, status: tabel.voorbeelddata ? Herkomst.voorbeelddataLabel : nil,
            created: aangemaakt)
    }
}

extension StandaardVraag {
    /// The sheet an answer goes on, in single-answer workbooks and in the annex.
    public var bladnaam: String {
        switch self {
        case .toekenningen: return "Toekenningen"
        case .samenwerking: return "Samenwerkingsverbanden"
        case .weigeringen: return "Weigeringen"
        case .aanvragen: return "Aanvragen"
        case .budget: return "Budget"
        case .mentorschap: return "Mentorschappen"
        case .sio: return "SIO"
        case .kpi: return "KPI"
        }
    }
}
