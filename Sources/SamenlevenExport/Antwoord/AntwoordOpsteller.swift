import Memberwise
import SamenlevenModel
import SamenlevenQueries

/// The typed result of a standard question (`SamenlevenQueries.Resultaat`).
public typealias Vraagresultaat = SamenlevenQueries.Resultaat

/// Fills an answer's data from the standard queries: every figure is a field of a typed result
/// (never computed a second time here, never read back from a label) and is recorded with its
/// source for `bronnen.md`.
@MemberwiseInit
public struct AntwoordOpsteller: Sendable {
    public let context: QueryContext
    public let vraag: ParlementaireVraag
    public let projectjaar: Int
    /// False when the question's date is not known (another number than 492 without
    /// `--datum`): the answer then shows a placeholder instead of a date.
    public var datumBekend: Bool = true
    /// The deelvragen of the question file, answered; empty: those of `vraag`, without figures.
    public var deelantwoorden: [Deelantwoord] = []

    /// The marker for the political answers (4, 6, 9) that the cabinet writes itself.
    public static let inTeVullen = "[IN TE VULLEN DOOR HET KABINET]"

    /// The answer's data, the source of every figure, and the tables and typed results behind them.
    public struct Resultaat: Sendable {
        public let gegevens: AntwoordGegevens
        public let bronnen: [Cijferbron]
        /// The answer tables behind the figures, by standard question (renderings of `resultaten`).
        public let tabellen: [StandaardVraag: AnswerTable]
        /// The typed results the figures are read from, by standard question.
        public let resultaten: [StandaardVraag: Vraagresultaat]
    }

    public func stelOp() -> Resultaat {
        let opties = QueryOptions(projectjaar: projectjaar, vraagnummer: vraag.nummer)
        var resultaten: [StandaardVraag: Vraagresultaat] = [:]
        for v in StandaardVraag.allCases { resultaten[v] = v.resultaat(context, opties: opties) }
        var opstelling = Opstelling(resultaten: resultaten, projectjaar: projectjaar)

        let toekenningen = opstelling.toekenningen()
        let samenwerking = opstelling.samenwerking()
        let weigeringen = opstelling.weigeringen()
        let aanvragen = opstelling.aanvragen()
        let budget = opstelling.budget(acties: toekenningen.totaal)
        let mentorschap = opstelling.mentorschap()
        let sio = opstelling.sio()

        let jaar = Projectjaar.nummer(projectjaar)!
        var deelvragen = deelantwoorden.isEmpty
            ? vraag.deelvragen.map { AntwoordGegevens.Deelvraag(nummer: "\($0.nummer)", tekst: $0.tekst) }
            : deelantwoorden.map(Self.deelvraag)
        // Each standard table's figures under the deelvraag of the question that asks for it.
        for index in deelvragen.indices {
            for standaardvraag in vraag.deelvraag(deelvragen[index].nummer)?.standaardvragen ?? [] {
                switch standaardvraag {
                case .toekenningen: deelvragen[index].toekenningen = [toekenningen]
                case .samenwerking: deelvragen[index].samenwerking = [samenwerking]
                case .weigeringen: deelvragen[index].weigeringen = [weigeringen]
                case .aanvragen: deelvragen[index].aanvragen = [aanvragen]
                case .budget: deelvragen[index].budget = [budget]
                case .mentorschap: deelvragen[index].mentorschap = [mentorschap]
                case .sio: deelvragen[index].sio = [sio]
                case .kpi: break
                }
            }
        }
        var gegevens = AntwoordGegevens(
            vraag: .init(nummer: "\(vraag.nummer)", datum: datumBekend ? vraag.datum.dutch : "[datum]", vraagsteller: vraag.vraagsteller,
                         minister: vraag.minister, functie: vraag.functie, titel: vraag.titel,
                         deelvragen: deelvragen),
            projectjaar: .init(nummer: "\(projectjaar)", periode: "\(jaar.start.dutch) – \(jaar.einde.dutch)",
                               gepubliceerdTotaal: jaar.toegekend.belgianNumber),
            geografie: opties.effectieveGeografie.label,
            voorbeelddata: resultaten.values.contains { $0.voorbeelddata }, voorbeelddataLabel: Herkomst.voorbeelddataLabel,
            inTeVullen: Self.inTeVullen,
            toekenningen: toekenningen, samenwerking: samenwerking, weigeringen: weigeringen, aanvragen: aanvragen,
            budget: budget, mentorschap: mentorschap, sio: sio)
        gegevens.deelvraag = Dictionary(deelvragen.map { ($0.nummer, $0) }, uniquingKeysWith: { eerste, _ in eerste })
        return Resultaat(gegevens: gegevens, bronnen: opstelling.bronnen, tabellen: resultaten.mapValues(\.tabel),
                         resultaten: resultaten)
    }

    /// The most detail rows a table may have to be printed in the text; a longer one is only
    /// referred to on its sheet.
    public static let maxRijenInTekst = 25

    /// A deelvraag's figures for the template: its totals in a sentence, its table or a
    /// reference to its sheet.
    static func deelvraag(_ d: Deelantwoord) -> AntwoordGegevens.Deelvraag {
        var uit = AntwoordGegevens.Deelvraag(nummer: d.nummer, tekst: d.deelvraag.tekst)
        uit.toelichting = d.deelvraag.toelichting.map { [$0] } ?? []
        guard let antwoord = d.antwoord else {
            uit.beleid = true
            return uit
        }
        uit.tabel = antwoord.vraag.tabel.rawValue
        uit.blad = d.blad ?? ""
        let jaren = antwoord.vraag.projectjaren
        let periode = jaren.count == 1 ? "projectjaar \(jaren[0])"
            : "projectjaren " + jaren.dropLast().map(String.init).joined(separator: ", ") + " en \(jaren.last!)"
        var cijfers: [String] = []
        for naam in antwoord.totaal.namen {
            guard let waarde = antwoord.totaal[naam] else { continue }
            let tekst = Antwoordgegevens.belgisch(waarde)
            uit.totaal[naam] = tekst
            guard waarde != .leeg else { continue }
            let kop = antwoord.tabel.kolommen.first { $0.id == naam }?.kop.lowercasedFirst ?? naam.replacingOccurrences(of: "_", with: " ")
            cijfers.append("\(kop): \(tekst)")
        }
        let rijen = antwoord.gegevens.count
        uit.zin = cijfers.isEmpty
            ? "Voor \(periode) telt de tabel \(BelgianNumber.format(rijen)) \(rijen == 1 ? "rij" : "rijen")."
            : "In totaal voor \(periode): " + cijfers.joined(separator: "; ") + "."
        if rijen > 0 && antwoord.tabel.rijen.count <= maxRijenInTekst {
            uit.markdown = markdownTabel(antwoord.tabel)
        }
        if let blad = d.blad {
            uit.verwijzing = d.perProvincie ? "De volledige tabel staat per provincie op de provinciebladen van de bijlage."
                : "De volledige tabel staat op het blad \(blad) van de bijlage."
        }
        return uit
    }

    /// An answer table in Markdown: header and rows (subtotals and total as rows), no title.
    static func markdownTabel(_ tabel: AnswerTable) -> String {
        markdownTabel(tabel.kolommen.map(\.kop), tabel.rijen.map { rij in rij.cellen.map(CelOpmaak.belgisch) })
    }

    static func nietLeeg(_ tekst: String) -> String? { tekst.isEmpty ? nil : tekst }

    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + index % 26)))
    }

    static func markdownTabel(_ kop: [String], _ rijen: [[String]]) -> String {
        guard !rijen.isEmpty else { return "" }
        func cellen(_ rij: [String]) -> [String] { rij.map { $0.replacingOccurrences(of: "|", with: "/") } }
        return MarkdownTable.lines(headers: cellen(kop), rows: rijen.map(cellen)).joined(separator: "\n")
    }
}
