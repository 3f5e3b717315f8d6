import SamenlevenModel

/// The limits of the administration's application form for project year 1 (FORMULIER1): per
/// indicator a largest reach per bestuur and a Flemish contribution per unit. A year-1 grant is
/// never expected above KPI x contribution (real grants can be lower: the form reduced them when
/// the budget fell short), and its KPI never above the largest reach.
///
/// A grant that names an indicator is held to that indicator. A grant without one covers the
/// action's indicators together: its KPI is held to the sum of their largest reach, and its
/// subsidy to KPI x their contribution (the form gives every indicator of an action the same
/// contribution; were they to differ, the highest counts, the most the form could pay).
extension ControleContext {
    func formulierJaar1() -> [Bevinding] {
        guard telt(1) else { return [] }
        var bevindingen: [Bevinding] = []
        for t in gegevens.toekenningen where t.projectjaar == 1 {
            guard let actie = acties[t.actie] else { continue }
            let gedekt = actie.gedekteIndicatoren(t.indicator)
            guard !gedekt.isEmpty else { continue }
            let wat = "\(label(t.bestuur)), actie \(t.actie)" + (t.indicator.map { " (indicator \($0))" } ?? "")
            let bron = Self.formulierBron(gedekt)
            let bijdragen = gedekt.compactMap(\.bijdragePerEenheid)
            if bijdragen.count == gedekt.count, let bijdrage = bijdragen.max() {
                do throws(BedragOverloop) {
                    let grens = try bijdrage.maal(t.kpiVooropgesteld, berekening: "KPI x bijdrage per eenheid")
                    if t.subsidie > grens {
                        bevindingen.append(Bevinding(
                            ernst: .fout, code: "formulier-bijdrage-overschreden",
                            boodschap: "Projectjaar 1: \(wat): subsidie \(t.subsidie.belgianWords) is meer dan KPI \(BelgianNumber.format(t.kpiVooropgesteld)) x de Vlaamse bijdrage van \(bijdrage.belgianWords) per eenheid = \(grens.belgianWords) (\(bron))",
                            bron: bronLijst([t.herkomst]), projectjaar: 1))
                    }
                } catch {
                    bevindingen.append(Bevinding(ernst: .fout, code: "formulier-bijdrage-overschreden",
                                                 boodschap: "Projectjaar 1: \(wat): \(error.description)",
                                                 bron: bronLijst([t.herkomst]), projectjaar: 1))
                }
            }
            let bereiken = gedekt.compactMap(\.maxBereik)
            if bereiken.count == gedekt.count {
                let grootste = bereiken.reduce(0, +)
                if t.kpiVooropgesteld > grootste {
                    let over = gedekt.count == 1 ? "het grootste bereik dat het formulier per bestuur aanvaardt"
                        : "de som van het grootste bereik van de \(gedekt.count) indicatoren die de toekenning samen dekt"
                    bevindingen.append(Bevinding(
                        ernst: .fout, code: "formulier-bereik-overschreden",
                        boodschap: "Projectjaar 1: \(wat): KPI \(BelgianNumber.format(t.kpiVooropgesteld)) is meer dan \(BelgianNumber.format(grootste)), \(over) (\(bron))",
                        bron: bronLijst([t.herkomst]), projectjaar: 1))
                }
            }
        }
        return bevindingen
    }

    /// "aanvraagformulier projectjaar 1 (FORMULIER1)", with the indicators' own sources when an
    /// imported catalogue gave them.
    static func formulierBron(_ indicatoren: [Indicator]) -> String {
        let bronnen = Array(Set(indicatoren.map(\.herleiding.bron))).sorted()
        return bronnen == ["FORMULIER1"] ? "aanvraagformulier projectjaar 1, FORMULIER1" : "catalogus: " + bronnen.joined(separator: ", ")
    }
}
