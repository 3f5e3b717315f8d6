import SamenlevenModel
import SamenlevenQueries

/// The typed result of a standard question (`SamenlevenQueries.Resultaat`).
public typealias Vraagresultaat = SamenlevenQueries.Resultaat

/// Fills an answer's data from the standard queries: every figure is a field of a typed result
/// (never computed a second time here, never read back from a label) and is recorded with its
/// source for `bronnen.md`.
public struct AntwoordOpsteller: Sendable {
    public let context: QueryContext
    public let vraag: ParlementaireVraag
    public let projectjaar: Int
    /// False when the question's date is not known (another number than 492 without
    /// `--datum`): the answer then shows a placeholder instead of a date.
    public let datumBekend: Bool

    /// The marker for the political answers (4, 6, 9) that the cabinet writes itself.
    public static let inTeVullen = "[IN TE VULLEN DOOR HET KABINET]"

    public init(context: QueryContext, vraag: ParlementaireVraag, projectjaar: Int, datumBekend: Bool = true) {
        self.context = context
        self.vraag = vraag
        self.projectjaar = projectjaar
        self.datumBekend = datumBekend
    }

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
        let gegevens = AntwoordGegevens(
            vraag: .init(nummer: "\(vraag.nummer)", datum: datumBekend ? vraag.datum.dutch : "[datum]", vraagsteller: vraag.vraagsteller,
                         minister: vraag.minister, functie: vraag.functie, titel: vraag.titel,
                         deelvragen: vraag.deelvragen.map { .init(nummer: "\($0.nummer)", tekst: $0.tekst) }),
            projectjaar: .init(nummer: "\(projectjaar)", periode: "\(jaar.start.dutch) – \(jaar.einde.dutch)",
                               gepubliceerdTotaal: jaar.toegekend.belgianNumber),
            geografie: opties.effectieveGeografie.label,
            voorbeelddata: resultaten.values.contains { $0.voorbeelddata }, voorbeelddataLabel: Herkomst.voorbeelddataLabel,
            inTeVullen: Self.inTeVullen,
            toekenningen: toekenningen, samenwerking: samenwerking, weigeringen: weigeringen, aanvragen: aanvragen,
            budget: budget, mentorschap: mentorschap, sio: sio)
        return Resultaat(gegevens: gegevens, bronnen: opstelling.bronnen, tabellen: resultaten.mapValues(\.tabel),
                         resultaten: resultaten)
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
