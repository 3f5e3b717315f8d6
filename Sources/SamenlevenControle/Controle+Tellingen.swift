import SamenlevenModel

/// Counts stated in words by a source (`GepubliceerdeTelling`) against the counts computed from
/// the records. A count is only compared when the data hold records of its kind for that year.
extension ControleContext {
    func tellingen() -> [Bevinding] {
        gepubliceerdeTellingen.filter { telt($0.projectjaar) }.compactMap { telling -> Bevinding? in
            let jaar = telling.projectjaar
            let berekend: Int
            let toelichting: String
            let herkomsten: [Herkomst]
            switch telling.wat {
            case .projectindieners, .samenwerkendeBesturen:
                let rijen = gegevens.samenwerkingen.filter { $0.projectjaar == jaar }
                guard !rijen.isEmpty else { return nil }
                herkomsten = rijen.map(\.herkomst)
                let entries = vermeldingen.filter { $0.projectjaar == jaar }
                if telling.wat == .projectindieners {
                    berekend = Set(rijen.map(\.indiener)).count
                    toelichting = "\(berekend) verschillende indieners in \(entries.count) vermeldingen"
                } else {
                    let besturen = Set(rijen.flatMap { [$0.indiener, $0.partner] }.filter { !$0.isEmpty })
                    berekend = besturen.count
                    let gemeenten = besturen.filter { referentie.bestuur(code: $0)?.soort == .gemeente }.count
                    let overige = besturen.filter { referentie.bestuur(code: $0)?.soort != .gemeente }.sorted().map(label)
                    let samenstelling = overige.isEmpty ? "\(gemeenten) gemeenten" : opsomming(["\(gemeenten) gemeenten"] + overige)
                    let lidmaatschappen = entries.reduce(0) { $0 + $1.leden.count }
                    toelichting = "\(berekend) verschillende besturen (\(samenstelling)), indieners en partners samen, in \(lidmaatschappen) lidmaatschappen"
                }
            case .weigeringen:
                let rijen = gegevens.aanvragen.filter { $0.projectjaar == jaar }
                guard !rijen.isEmpty else { return nil }
                let geweigerd = rijen.filter { $0.status == .geweigerd }
                herkomsten = geweigerd.isEmpty ? rijen.map(\.herkomst) : geweigerd.map(\.herkomst)
                berekend = geweigerd.count
                toelichting = "\(berekend) geweigerde aanvragen op \(rijen.count)"
            case .sioExperimenten:
                let rijen = gegevens.sio.filter { $0.projectjaar == jaar }
                guard !rijen.isEmpty else { return nil }
                herkomsten = rijen.map(\.herkomst)
                berekend = Set(rijen.map(\.bestuur)).count
                toelichting = "\(berekend) besturen met een SIO-experiment"
            }
            guard berekend != telling.waarde else { return nil }
            return Bevinding(
                ernst: .waarschuwing, code: "telling-afwijkend",
                boodschap: "Projectjaar \(jaar): \(telling.bron) vermeldt \(BelgianNumber.format(telling.waarde)) \(telling.wat.omschrijving) (\"\(telling.citaat)\"), de gegevens geven \(toelichting)",
                bron: bronLijst(herkomsten, extra: [telling.bron]), projectjaar: jaar)
        }
    }
}
