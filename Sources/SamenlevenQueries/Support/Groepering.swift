import SamenlevenModel

/// Grouping records over dimensions, for the standard questions and the engine alike: a group
/// per key in each dimension's order, with its heading, its children and its subtotal row.
extension Selectie {
    /// "Projectjaar 1", "Provincie Antwerpen", "Arrondissement Gent", "Antwerpen (11002)",
    /// "Doelstelling 2: Nederlands", the action's label.
    func kopLabel(_ sleutel: Sleutel) -> String {
        switch sleutel {
        case .projectjaar(let j): return "Projectjaar \(j)"
        case .provincie(let p): return p.kopLabel
        case .arrondissement(let a): return a.map { "Arrondissement \($0)" } ?? "Arrondissement niet eenduidig"
        case let .bestuur(code, naam): return context.referentie.bestuur(code: code)?.label ?? naam
        case .doelstelling(let d): return Doelstelling.kopLabel(d)
        case .actie(let a): return actieLabel(a)
        }
    }

    /// "Totaal provincie Antwerpen", "Totaal Antwerpen (11002)", "Totaal doelstelling 2: Nederlands", "Totaal actie 5".
    func subtotaalLabel(_ sleutel: Sleutel) -> String {
        switch sleutel {
        case .provincie(let p): return p.subtotaalLabel
        case .bestuur: return "Totaal \(kopLabel(sleutel))"
        case .actie(let a): return "Totaal actie \(a)"
        default: return "Totaal " + kopLabel(sleutel).lowercasedFirst
        }
    }

    /// Sort order within one dimension: years, goals and actions by number (unknown last),
    /// provinces in NIS order, arrondissementen by name (unknown last), besturen as `Plaats`
    /// sorts them (name, code; an unknown code by its code).
    func sorteer(_ a: Sleutel, _ b: Sleutel) -> Bool {
        switch (a, b) {
        case let (.projectjaar(x), .projectjaar(y)), let (.actie(x), .actie(y)): return x < y
        case let (.provincie(x), .provincie(y)): return Provincie?.sorteer(x, y)
        case let (.arrondissement(x), .arrondissement(y)): return (x == nil ? 1 : 0, x ?? "") < (y == nil ? 1 : 0, y ?? "")
        case let (.bestuur(c1, n1), .bestuur(c2, n2)): return (sorteernaam(c1, n1), c1) < (sorteernaam(c2, n2), c2)
        case let (.doelstelling(x), .doelstelling(y)): return (x ?? Int.max) < (y ?? Int.max)
        default: return Dimensie.allCases.firstIndex(of: a.dimensie)! < Dimensie.allCases.firstIndex(of: b.dimensie)!
        }
    }

    private func sorteernaam(_ code: String, _ naam: String) -> String { context.referentie.bestuur(code: code) == nil ? code : naam }

    /// Lexicographic order of key paths (outermost first).
    func sorteer(_ a: [Sleutel], _ b: [Sleutel]) -> Bool {
        for (x, y) in zip(a, b) where x != y { return sorteer(x, y) }
        return a.count < b.count
    }

    /// The groups of one dimension, sorted, each with its records.
    func groepeer<R>(_ records: [R], _ dimensie: Dimensie, sleutel: (R, Dimensie) -> Sleutel) -> [(Sleutel, [R])] {
        let groepen = Dictionary(grouping: records, by: { sleutel($0, dimensie) })
        return groepen.keys.sorted(by: sorteer).map { ($0, groepen[$0]!) }
    }

    /// A group per key of the first dimension, nested over the next ones in order; below the
    /// last dimension `onder` gives the children. `subtotaal` gives the cells of a group's
    /// subtotal row that are not added up from its details, from its records and its children.
    func knopen<R>(_ records: [R], _ dimensies: ArraySlice<Dimensie>, sleutel: (R, Dimensie) -> Sleutel,
                   subtotaal: ([R], [Knoop]) -> [String: Cel] = { _, _ in [:] }, onder: ([R]) -> [Knoop]) -> [Knoop] {
        guard let dimensie = dimensies.first else { return onder(records) }
        return groepeer(records, dimensie, sleutel: sleutel).map { sleutelwaarde, groep in
            let kinderen = knopen(groep, dimensies.dropFirst(), sleutel: sleutel, subtotaal: subtotaal, onder: onder)
            return .groep(Groep(label: kopLabel(sleutelwaarde), subtotaalLabel: subtotaalLabel(sleutelwaarde),
                                subtotaalCellen: subtotaal(groep, kinderen), kinderen: kinderen, sleutels: [sleutelwaarde]))
        }
    }
}
