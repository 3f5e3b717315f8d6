/// The samenwerkingsstimulans of one project year, derived from the samenwerking records:
/// `Stimulans.samenwerking.bedrag` (EUR 10.000) once per samenwerkingsverband and project year,
/// without co-financing (vlaanderen.be, "Financiële stimulansen"). One verband is one indiener
/// with at least one partner in that year: the indiener submits for the verband and receives
/// the subsidy (S492, WEB-FIN).
///
/// No record holds the amount: it is computed, so every answer and check that sums stimuli
/// shows it as its own line, with `toelichting`.
public struct Samenwerkingsstimulans: Hashable, Sendable {
    public let projectjaar: Int
    /// The indieners of the year's samenwerkingsverbanden, sorted.
    public let indieners: [String]
    /// The samenwerking rows the verbanden come from.
    public let herkomst: [Herkomst]

    /// Number of samenwerkingsverbanden.
    public var verbanden: Int { indieners.count }

    /// `verbanden` x the stimulus (at most one per row: cannot overflow for any number of rows
    /// an import accepts).
    public var bedrag: Euro { Stimulans.samenwerking.bedrag! * verbanden }

    /// Per project year with at least one verband, ascending. A row without partner, or with
    /// the indiener as its own partner, makes no verband.
    public static func perProjectjaar(_ samenwerkingen: [Samenwerking]) -> [Samenwerkingsstimulans] {
        let rijen = samenwerkingen.filter { !$0.partner.isEmpty && $0.partner != $0.indiener && !$0.indiener.isEmpty }
        return Dictionary(grouping: rijen, by: \.projectjaar).sorted { $0.key < $1.key }.map { jaar, lijst in
            Samenwerkingsstimulans(projectjaar: jaar, indieners: Set(lijst.map(\.indiener)).sorted(), herkomst: lijst.map(\.herkomst))
        }
    }

    /// "24 samenwerkingsverbanden x 10.000 euro = 240.000 euro"
    public var berekening: String {
        "\(verbanden) \(verbanden == 1 ? "samenwerkingsverband" : "samenwerkingsverbanden") x \(Stimulans.samenwerking.bedrag!.belgianWords) = \(bedrag.belgianWords)"
    }

    /// Why the comparison with the published yearly totals leaves the stimulus out.
    public static let toelichting = "De bronnen zeggen niet of de gepubliceerde totalen per projectjaar de samenwerkingsstimulans "
        + "bevatten (het antwoord op vraag 492 vermeldt hem niet), dus telt hij niet mee in de vergelijking met het gepubliceerde totaal."
}
