import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

/// A proposal for one deelvraag: what answers it, why (the words that led to it) and what a
/// person should check (`# NAKIJKEN`).
public struct Voorstel: Sendable, Equatable {
    public var vorm: Vraagbestand.Vorm
    /// One line per decision: `tabel toekenningen: 'hoeveel', 'euro'`.
    public var redenen: [String]
    /// Where the text was ambiguous; empty when the proposal is plain.
    public var nakijken: [String]

    public var tabelvraag: Tabelvraag? {
        if case .tabel(let vraag) = vorm { return vraag }
        return nil
    }
}

/// The recogniser: turns the text of a deelvraag into a ``Voorstel`` with the rules of
/// ``Herkenningsregels``. A sentence with a policy marker is a policy question; a question
/// or request for figures picks the table with the highest priority whose words it has; the
/// grouping, measures, filters and years come from the words of the whole deelvraag.
struct Herkenner {
    let regels: Herkenningsregels
    /// The project years of the head (the year that ran on the question's date).
    let standaardjaren: [Int]

    enum Soort { case beleid, vraag, context }

    struct Zin {
        let tekst: String
        let woorden: [String]
        let soort: Soort
    }

    /// `tekst`: the deelvraag's own text; `context`: text it builds on (the stem of a lettered
    /// part), used for grouping, filters and years but never decisive.
    func voorstel(tekst: String, context: String = "") -> Voorstel {
        let eigen = zinnen(tekst)
        let stam = zinnen(context)
        let omgeving = stam.map { Zin(tekst: $0.tekst, woorden: $0.woorden, soort: .context) }
        var redenen: [String] = []
        var nakijken: [String] = []

        let beleidszinnen = eigen.filter { $0.soort == .beleid }
        let vraagzinnen = eigen.filter { $0.soort == .vraag }
        let overige = eigen.filter { $0.soort == .context } + omgeving
        let beleidswoorden = gevonden(regels.beleid, in: beleidszinnen)

        func tabellen(_ zinnen: [Zin]) -> [(Herkenningsregels.Tabelregel, [String])] {
            regels.tabellen.compactMap { regel in
                let w = gevonden(regel.woorden, in: zinnen)
                return w.isEmpty ? nil : (regel, w)
            }.sorted { $0.0.voorrang > $1.0.voorrang }
        }
        // A part's own question decides, read with the stem it builds on ("b) Graag ook voor de
        // centrumsteden." asks the stem's table).
        var kandidaten = tabellen(vraagzinnen.isEmpty ? [] : vraagzinnen + stam.filter { $0.soort != .beleid })
        if kandidaten.isEmpty && beleidszinnen.isEmpty { kandidaten = tabellen(vraagzinnen + overige) }

        // A question for figures without a table's word ("Welke acties liepen er in Genk?"), and
        // a grouping or measure in it: the grants, to be checked.
        if kandidaten.isEmpty && beleidszinnen.isEmpty, let toekenningen = regels.tabellen.first(where: { $0.tabel == .toekenningen }) {
            let w = gevonden(regels.indelingen.flatMap(\.woorden) + regels.maten.flatMap(\.woorden), in: vraagzinnen)
            if !w.isEmpty {
                kandidaten = [(toekenningen, w)]
                nakijken.append("geen woord van een tabel herkend; toekenningen voorgesteld om \(citaat(w))")
            }
        }
        guard let gekozen = kandidaten.first else {
            // No figures asked for: a policy question (certainly when it has a policy marker).
            if beleidszinnen.isEmpty { nakijken.append("geen woord van een tabel of beleidsvraag herkend; als beleidsvraag voorgesteld") }
            else { redenen.append("beleidsvraag: " + citaat(beleidswoorden)) }
            let genoemd = tabellen(eigen + omgeving)
            if !genoemd.isEmpty {
                nakijken.append("de tekst noemt ook " + genoemd.map { "tabel \($0.0.tabel.rawValue) (\(citaat($0.1)))" }.joined(separator: ", ")
                                + "; is er een tabel nodig?")
            }
            return Voorstel(vorm: .beleid, redenen: redenen, nakijken: nakijken)
        }
        let tabel = gekozen.0.tabel
        redenen.append("tabel \(tabel.rawValue): " + citaat(gekozen.1))
        let anderen = kandidaten.dropFirst().filter { $0.0.voorrang >= 0 && $0.0.tabel != .toekenningen }
        if !anderen.isEmpty {
            nakijken.append("ook mogelijk: " + anderen.map { "tabel \($0.0.tabel.rawValue) (\(citaat($0.1)))" }.joined(separator: ", "))
        }
        if !beleidszinnen.isEmpty {
            nakijken.append("bevat ook een beleidsvraag (\(citaat(beleidswoorden))); het kabinet vult die aan in het antwoord")
        }
        let vraagEnContext = vraagzinnen + overige
        let alle = vraagzinnen.isEmpty ? eigen + omgeving : vraagEnContext

        // Years.
        var jaren: [Int] = []
        var jaarwoorden: [String] = []
        for regel in regels.projectjaren {
            let w = gevonden(regel.woorden, in: alle)
            if !w.isEmpty { jaren += regel.naam; jaarwoorden += w }
        }
        jaren = Array(Set(jaren)).sorted()
        let evolutie = gevonden(regels.evolutie, in: alle)

        var vraag = Tabelvraag(tabel: tabel, projectjaren: jaren.isEmpty ? standaardjaren : jaren)
        if !jaarwoorden.isEmpty { redenen.append("projectjaren \(lijst(jaren)): " + citaat(jaarwoorden)) }

        // Filters.
        var filterwoorden: [String] = []
        for regel in regels.filters {
            let w = gevonden(regel.woorden, in: alle)
            guard !w.isEmpty else { continue }
            switch regel.naam {
            case .provincie(let p): if !vraag.filter.provincies.contains(p) { vraag.filter.provincies.append(p) }
            case .groep(let g): vraag.filter.groep = g
            case .buitenGroep(let g): vraag.filter.buitenGroep = g
            case .status(let s):
                guard tabel == .wijzigingen else { continue }
                if let eerder = vraag.filter.status, eerder != s {
                    nakijken.append("meer dan één soort wijziging gevraagd (\(eerder.rawValue), \(s.rawValue)); geen filter status gezet")
                    vraag.filter.status = nil
                    filterwoorden.append(contentsOf: w)
                    continue
                }
                if !nakijken.contains(where: { $0.hasPrefix("meer dan één soort wijziging") }) { vraag.filter.status = s }
            }
            filterwoorden.append(regel.naam.beschrijving + " (" + citaat(w) + ")")
        }
        // Arrondissements by name, goals and actions by number: from the reference data.
        for naam in Self.arrondissementen {
            guard let groep = Woordgroep("arrondissement " + naam), alle.contains(where: { groep.staatIn($0.woorden) }) else { continue }
            vraag.filter.arrondissementen.append(naam)
            filterwoorden.append("arrondissement = \"\(naam)\" ('\(groep.tekst)')")
        }
        // A gemeente by its name after "stad", "gemeente", "in", "te" or "voor" (as written).
        for (naam, code) in Self.gemeenten where !vraag.filter.besturen.contains(code) {
            guard let woord = alle.lazy.compactMap({ Self.voorNaam(naam, in: $0.tekst) }).first else { continue }
            vraag.filter.besturen.append(code)
            filterwoorden.append("bestuur = \"\(code)\" (\(naam): '\(woord) \(naam)')")
        }
        for (woord, bereik) in [("doelstelling", 1...7), ("actie", 1...24)] {
            let nummers = alle.flatMap { Self.nummers(na: woord, in: $0.woorden, bereik: bereik) }
            let uniek = Array(Set(nummers)).sorted()
            guard !uniek.isEmpty else { continue }
            if woord == "doelstelling" { vraag.filter.doelstellingen = uniek } else { vraag.filter.acties = uniek }
            filterwoorden.append("\(woord) = \(uniek.count == 1 ? String(uniek[0]) : lijst(uniek)) ('\(woord) \(uniek.map(String.init).joined(separator: ", "))')")
        }
        if vraag.filter.groep != nil && vraag.filter.buitenGroep != nil {
            vraag.filter.groep = nil
            nakijken.append("zowel de centrumsteden als de andere besturen genoemd; enkel buiten_groep gezet")
        }
        if !filterwoorden.isEmpty { redenen.append("filter " + filterwoorden.joined(separator: ", ")) }
        let provincienamen = Provincie.allCases.filter { p in
            !vraag.filter.provincies.contains(p) && alle.contains { $0.woorden.joined(separator: " ").contains(Woorden.normaliseer(p.naam).joined(separator: " ")) }
        }
        if !provincienamen.isEmpty {
            nakijken.append("de tekst noemt " + provincienamen.map(\.naam).joined(separator: ", ") + " zonder dat het een filter werd; filter = { provincie = ... } nodig?")
        }

        if tabel.vrijeIndeling {
            // Grouping, coarse to fine.
            var per: [Dimensie] = []
            var perwoorden: [String] = []
            for regel in regels.indelingen {
                let w = gevonden(regel.woorden, in: alle)
                if !w.isEmpty && !per.contains(regel.naam) { per.append(regel.naam); perwoorden.append("\(regel.naam.rawValue) (\(citaat(w)))") }
            }
            per = Dimensie.allCases.filter(per.contains)
            if per.contains(.projectjaar) && (per.count > 1 || !evolutie.isEmpty) {
                per.removeAll { $0 == .projectjaar }
                vraag.naast = .projectjaar
            }
            if !evolutie.isEmpty {
                vraag.naast = .projectjaar
                perwoorden.append("projectjaren naast elkaar (\(citaat(evolutie)))")
            }
            if vraag.naast == .projectjaar || per.contains(.projectjaar) {
                // "van het eerste tot het derde projectjaar": every year in between.
                if let eerste = vraag.projectjaren.first, let laatste = vraag.projectjaren.last { vraag.projectjaren = Array(eerste...laatste) }
                if vraag.projectjaren.count < 2 {
                    let laatste = vraag.projectjaren.last ?? 3
                    vraag.projectjaren = laatste > 1 ? Array(1...laatste) : Array(Projectjaar.nummers)
                }
            }
            vraag.per = per
            if !perwoorden.isEmpty { redenen.append("per " + perwoorden.joined(separator: ", ")) }

            // Measures the table has.
            var maten: [Maat] = []
            var maatwoorden: [String] = []
            for regel in regels.maten where tabel.toegelatenMaten.contains(regel.naam) {
                let w = gevonden(regel.woorden, in: alle)
                if !w.isEmpty && !maten.contains(regel.naam) { maten.append(regel.naam); maatwoorden.append("\(regel.naam.rawValue) (\(citaat(w)))") }
            }
            maten = Maat.allCases.filter(maten.contains)
            if maten.contains(.subsidiePerInwoner) && !maten.contains(.subsidie) { maten.insert(.subsidie, at: 0) }
            if tabel == .toekenningen && !maten.isEmpty && !maten.contains(.subsidie) && maten != [.besturen] && maten != [.toekenningen] {
                maten.insert(.subsidie, at: 0)
            }
            vraag.maten = maten == tabel.standaardMaten ? [] : maten
            if !maatwoorden.isEmpty {
                redenen.append("maten " + maatwoorden.joined(separator: ", ") + (vraag.maten.isEmpty ? " (de standaardmaten van de tabel)" : ""))
            }
            // A KPI counts in its action's unit.
            if vraag.gevraagdeMaten.contains(where: \.perActie) && !vraag.per.contains(.actie) && vraag.filter.acties.count != 1 {
                vraag.per.append(.actie)
                redenen.append("per actie: een KPI telt in de eenheid van zijn actie")
            }
        } else if tabel == .wijzigingen {
            if vraag.projectjaren.count < 2 {
                let naar = vraag.projectjaren.last ?? 3
                vraag.projectjaren = naar > 1 ? [naar - 1, naar] : [1, 2]
                redenen.append("wijzigingen vergelijkt projectjaar \(vraag.projectjaren[0]) met \(vraag.projectjaren[1])")
                if naar == 1 { nakijken.append("projectjaar 1 heeft geen vorig jaar; projectjaar 1 en 2 vergeleken") }
            }
        }
        // A proposal must fit its table; what does not fit is dropped and said.
        var problemen = vraag.problemen
        if !problemen.isEmpty {
            vraag.naast = nil
            vraag.maten = []
            problemen = vraag.problemen
            nakijken.append("naast en maten weggelaten: het voorstel paste niet bij de tabel")
        }
        if !problemen.isEmpty {
            vraag = Tabelvraag(tabel: tabel, projectjaren: Array(Projectjaar.nummers))
            nakijken.append("enkel de tabel voorgesteld: " + problemen.joined(separator: "; "))
        }
        return Voorstel(vorm: .tabel(vraag), redenen: redenen, nakijken: nakijken)
    }

    /// The arrondissement names of the reference data.
    static let arrondissementen: [String] = Array(Set(Referentie.ingebouwd.besturen.compactMap(\.arrondissement))).sorted()

    /// The gemeenten of 2019-2024 (name, NIS code), the geography a draft asks by default.
    static let gemeenten: [(String, String)] = Referentie.ingebouwd.besturen(geldigOp: Geografie.gemeenten2019.peildatum)
        .filter { $0.soort == .gemeente }.map { ($0.naam, $0.code) }

    /// The word before `naam` in `tekst` when it is "stad", "gemeente", "in", "te" or "voor" and
    /// the name stands whole (not followed by a letter or hyphen).
    static func voorNaam(_ naam: String, in tekst: String) -> String? {
        var zoekVanaf = tekst.startIndex
        while let bereik = tekst.range(of: naam, range: zoekVanaf..<tekst.endIndex) {
            zoekVanaf = bereik.upperBound
            if bereik.upperBound < tekst.endIndex, tekst[bereik.upperBound].isLetter || tekst[bereik.upperBound] == "-" { continue }
            let ervoor = tekst[..<bereik.lowerBound]
            guard ervoor.last == " " else { continue }
            let woord = ervoor.dropLast().split(separator: " ").last.map(String.init) ?? ""
            if ["stad", "gemeente", "in", "te", "voor"].contains(woord.lowercased()) { return woord }
        }
        return nil
    }

    /// The numbers after `woord` (or its plural with `en`): `actie 3`, `acties 3, 4 en 7`.
    static func nummers(na woord: String, in woorden: [String], bereik: ClosedRange<Int>) -> [Int] {
        var uit: [Int] = []
        var i = 0
        while i < woorden.count {
            if woorden[i] == woord || woorden[i] == woord + "s" || woorden[i] == woord + "en" {
                var j = i + 1
                while j < woorden.count {
                    if let n = Int(woorden[j]), bereik.contains(n) { uit.append(n) } else if woorden[j] != "en" { break }
                    j += 1
                }
                i = j
            } else {
                i += 1
            }
        }
        return uit
    }

    // MARK: - Sentences

    /// The sentences of `tekst`, each classified.
    func zinnen(_ tekst: String) -> [Zin] {
        Self.splits(tekst).map { zin in
            let woorden = Woorden.normaliseer(zin)
            let soort: Soort
            if regels.beleid.contains(where: { $0.staatIn(woorden) }) {
                soort = .beleid
            } else if zin.hasSuffix("?") || regels.vraag.contains(where: { $0.staatIn(woorden) }) {
                soort = .vraag
            } else {
                soort = .context
            }
            return Zin(tekst: zin, woorden: woorden, soort: soort)
        }
    }

    /// Sentences end at `?`, `!`, or `.` followed by a space and a capital (not after `nr.`
    /// or a single letter); a lettered part (`a)`) starts a new one.
    static func splits(_ tekst: String) -> [String] {
        var zinnen: [String] = []
        var huidig = ""
        let tekens = Array(tekst)
        var i = 0
        func sluit() {
            let z = huidig.trimmedWhitespace
            if !z.isEmpty { zinnen.append(z) }
            huidig = ""
        }
        while i < tekens.count {
            let c = tekens[i]
            huidig.append(c)
            let volgende = i + 1 < tekens.count ? tekens[i + 1] : " "
            let daarna = i + 2 < tekens.count ? tekens[i + 2] : nil
            if c == "?" || c == "!" {
                sluit()
            } else if c == ".", volgende == " ", let daarna, daarna.isUppercase || daarna.isNumber {
                let laatsteWoord = huidig.dropLast().split(separator: " ").last.map(String.init) ?? ""
                if !["nr", "bv", "bijv", "o.a", "vzw", "art", "cf"].contains(laatsteWoord.lowercased()) && laatsteWoord.count > 1 { sluit() }
            } else if c == " ", let daarna, daarna == ")", volgende.isLetter, i + 3 < tekens.count, tekens[i + 3] == " " {
                sluit()
            }
            i += 1
        }
        sluit()
        return zinnen
    }

    func gevonden(_ groepen: [Woordgroep], in zinnen: [Zin]) -> [String] {
        var uit: [String] = []
        for groep in groepen where !uit.contains(groep.tekst) && zinnen.contains(where: { groep.staatIn($0.woorden) }) {
            uit.append(groep.tekst)
        }
        return uit
    }

    func citaat(_ woorden: [String]) -> String { woorden.prefix(4).map { "'\($0)'" }.joined(separator: ", ") }

    func lijst(_ jaren: [Int]) -> String { "[" + jaren.map(String.init).joined(separator: ", ") + "]" }
}
