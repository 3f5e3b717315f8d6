import Memberwise

/// The year-3 subsidy formula (NOTA3 2.4): with B the current reach before the plan
/// (huidig bereik), K the promised KPI (including B) and p the standard amount per unit,
///
///     subsidie = p x min(K/2, K - B), never below 0.
///
/// If K >= 2B this is p x K / 2 (example: B=100, K=500, p=120 -> 30.000);
/// otherwise (K - B) x p (example: B=500, K=800, p=120 -> 36.000).
///
/// Every step is overflow-checked: a result beyond what 64-bit cents hold is a
/// `BedragOverloop` with a Dutch message, never a trap.
public enum Verdeelsleutel {
    public static func subsidie(huidigBereik b: Int, kpi k: Int, standaardbedrag p: Euro) throws(BedragOverloop) -> Euro {
        precondition(b >= 0 && k >= 0, "bereik en KPI zijn niet negatief")
        let berekening = "de subsidie volgens de verdeelsleutel (bedrag \(p.belgianWords), KPI \(BelgianNumber.format(k)), huidig bereik \(BelgianNumber.format(b)))"
        if k / 2 >= b {
            // p x K / 2 can fall on half a cent; round half up to the cent.
            let doubled = try p.maal(k, berekening: berekening)
            return Euro(cents: doubled.cents / 2 + doubled.cents % 2)
        }
        return Euro(cents: max(0, try p.maal(k - b, berekening: berekening).cents))
    }

    /// Which branch of the formula applies, in words (for explanations to users).
    public static func uitleg(huidigBereik b: Int, kpi k: Int, standaardbedrag p: Euro) throws(BedragOverloop) -> String {
        let bedrag = try subsidie(huidigBereik: b, kpi: k, standaardbedrag: p)
        if k / 2 >= b {
            return "KPI \(BelgianNumber.format(k)) is minstens het dubbele van het huidig bereik \(BelgianNumber.format(b)): (\(p.belgianNumber) x \(BelgianNumber.format(k))) / 2 = \(bedrag.belgianWords)"
        }
        if k <= b {
            return "KPI \(BelgianNumber.format(k)) is niet hoger dan het huidig bereik \(BelgianNumber.format(b)): geen subsidie (0 euro)"
        }
        return "KPI \(BelgianNumber.format(k)) is minder dan het dubbele van het huidig bereik \(BelgianNumber.format(b)): (\(BelgianNumber.format(k)) - \(BelgianNumber.format(b))) x \(p.belgianNumber) = \(bedrag.belgianWords)"
    }
}

/// The year-3 rules (NOTA3 2.3): only actions funded in year 2 may be funded in year 3, and
/// the year-3 KPI may not exceed year 2's.
public enum Jaar3Regels {
    /// The part of a grant the rules look at.
    @MemberwiseInit
    public struct Toekenning: Hashable, Sendable {
        public let bestuur: String
        public let actie: Int
        /// The indicator of a grant per indicator (action 9); compared with year 2's grant for the same one.
        public var indicator: String? = nil
        public let kpi: Int
        public var subsidie: Euro = .zero
    }

    /// A year-3 grant that breaks the rules, with its Dutch description.
    public enum Overtreding: Hashable, Sendable, CustomStringConvertible {
        /// The bestuur had no (funded) grant for this action in year 2.
        case nietGefinancierdInJaar2(bestuur: String, actie: Int)
        /// The year-3 KPI exceeds year 2's.
        case kpiHogerDanJaar2(bestuur: String, actie: Int, kpiJaar3: Int, kpiJaar2: Int)

        public var description: String {
            switch self {
            case let .nietGefinancierdInJaar2(bestuur, actie):
                return "\(bestuur), actie \(actie): in projectjaar 3 kunnen enkel acties gefinancierd worden die in projectjaar 2 middelen kregen"
            case let .kpiHogerDanJaar2(bestuur, actie, k3, k2):
                return "\(bestuur), actie \(actie): KPI \(BelgianNumber.format(k3)) in projectjaar 3 is hoger dan \(BelgianNumber.format(k2)) in projectjaar 2"
            }
        }
    }

    /// Checks each year-3 grant against the year-2 grants of the same bestuur and action (and
    /// indicator, for the KPI).
    public static func controleer(jaar3: [Toekenning], jaar2: [Toekenning]) -> [Overtreding] {
        var vorig: [String: Toekenning] = [:]
        func sleutel(_ t: Toekenning) -> String { "\(t.bestuur)#\(t.actie)#\(t.indicator ?? "")" }
        var gefinancierd = Set<String>()
        for t in jaar2 where t.subsidie > .zero || t.kpi > 0 {
            vorig[sleutel(t)] = t
            gefinancierd.insert("\(t.bestuur)#\(t.actie)")
        }
        return jaar3.compactMap { t in
            guard gefinancierd.contains("\(t.bestuur)#\(t.actie)") else { return .nietGefinancierdInJaar2(bestuur: t.bestuur, actie: t.actie) }
            // A grant for another indicator (or all together) than in year 2: no KPI to compare with.
            guard let v = vorig[sleutel(t)] else { return nil }
            return t.kpi > v.kpi ? .kpiHogerDanJaar2(bestuur: t.bestuur, actie: t.actie, kpiJaar3: t.kpi, kpiJaar2: v.kpi) : nil
        }
    }
}
