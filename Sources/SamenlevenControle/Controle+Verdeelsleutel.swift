import SamenlevenModel

/// The verdeelsleutel (NOTA3 2.4): a year-3 grant against `Verdeelsleutel.subsidie` with the
/// standard amount p of its action in the catalogue (`Actie.standaardbedrag`). Grants whose
/// action has no p cannot be checked; one finding says how many.
extension ControleContext {
    func verdeelsleutel() -> [Bevinding] {
        guard telt(3) else { return [] }
        var bevindingen: [Bevinding] = []
        var zonderBedrag: [Toekenning] = []
        let rijen = gegevens.toekenningen.filter { $0.projectjaar == 3 }
        for t in rijen {
            guard let actie = acties[t.actie], let p = actie.standaardbedrag else { zonderBedrag.append(t); continue }
            // The import refuses negative figures; a negative one here is not a verdeelsleutel question.
            guard t.kpiHuidigBereik >= 0, t.kpiVooropgesteld >= 0 else { continue }
            let verwacht: Euro, uitleg: String
            do throws(BedragOverloop) {
                verwacht = try Verdeelsleutel.subsidie(huidigBereik: t.kpiHuidigBereik, kpi: t.kpiVooropgesteld, standaardbedrag: p)
                guard verwacht != t.subsidie else { continue }
                uitleg = try Verdeelsleutel.uitleg(huidigBereik: t.kpiHuidigBereik, kpi: t.kpiVooropgesteld, standaardbedrag: p)
            } catch {
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "verdeelsleutel-te-groot",
                    boodschap: "Projectjaar 3: \(label(t.bestuur)), actie \(t.actie): \(error.description)",
                    bron: bronLijst([t.herkomst]), projectjaar: 3))
                continue
            }
            bevindingen.append(Bevinding(
                ernst: .waarschuwing, code: "verdeelsleutel-afwijkend",
                boodschap: "Projectjaar 3: \(label(t.bestuur)), actie \(t.actie): subsidie \(t.subsidie.belgianWords), volgens de verdeelsleutel (NOTA3 2.4) \(verwacht.belgianWords) (standaardbedrag \(p.belgianWords) per \(actie.kpiEenheid ?? "eenheid"), bron \(actie.bron); \(uitleg))",
                bron: bronLijst([t.herkomst]), projectjaar: 3))
        }
        if !zonderBedrag.isEmpty {
            let nummers = Set(zonderBedrag.map(\.actie)).sorted().map(String.init)
            let woord = nummers.count == 1 ? "actie" : "acties"
            bevindingen.append(Bevinding(
                ernst: .info, code: "verdeelsleutel-niet-gecontroleerd",
                boodschap: "Projectjaar 3: \(zonderBedrag.count) van de \(rijen.count) toekenningen niet aan de verdeelsleutel getoetst: de actiecatalogus kent geen standaardbedrag (p) voor \(woord) \(opsomming(nummers))",
                bron: bronLijst(zonderBedrag.map(\.herkomst)), projectjaar: 3))
        }
        return bevindingen
    }
}
