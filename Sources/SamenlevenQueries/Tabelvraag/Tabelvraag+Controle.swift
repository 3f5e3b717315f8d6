import SamenlevenModel

extension Tabel {
    /// The measures `maten` may name for this table; empty for a table with a fixed layout.
    public var toegelatenMaten: [Maat] {
        switch self {
        case .toekenningen: return [.subsidie, .toekenningen, .besturen, .kpiVooropgesteld, .subsidiePerInwoner]
        case .kpi: return [.kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m, .realisatiegraad, .subsidie, .toekenningen, .besturen]
        default: return []
        }
    }

    /// The measures of a free table whose `maten` is empty.
    public var standaardMaten: [Maat] {
        switch self {
        case .toekenningen: return [.subsidie]
        case .kpi: return [.kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m, .realisatiegraad]
        default: return []
        }
    }
}

extension Maat {
    /// KPIs of different actions have different units: these measures need one action per group.
    public var perActie: Bool { [.kpiVooropgesteld, .kpiBehaald6m, .kpiBehaald12m, .realisatiegraad].contains(self) }
}

extension Tabelvraag {
    /// The measures answered: `maten`, or the table's default ones.
    public var gevraagdeMaten: [Maat] { maten.isEmpty ? tabel.standaardMaten : maten }

    /// Why the question does not fit its table, in Dutch (empty when it does): a measure the
    /// table does not have, a KPI measure over several actions, years side by side with one
    /// year, a grouping or `naast` on a fixed table, a status filter outside `wijzigingen`.
    public var problemen: [String] {
        var out: [String] = []
        if projectjaren.isEmpty { out.append("geen projectjaren gekozen") }
        for jaar in projectjaren where Projectjaar.nummer(jaar) == nil {
            out.append("projectjaar \(jaar) bestaat niet; kies uit \(Projectjaar.alle.map { String($0.nummer) }.joined(separator: ", "))")
        }
        if projectjaren != Array(Set(projectjaren)).sorted() { out.append("projectjaren moeten oplopend en verschillend zijn") }
        let dubbel = Set(per.filter { d in per.filter { $0 == d }.count > 1 }).map(\.rawValue).sorted()
        if !dubbel.isEmpty { out.append("dimensie \(dubbel.joined(separator: ", ")) staat meer dan eens in per") }
        if filter.groep != nil && filter.buitenGroep != nil { out.append("groep en buiten_groep sluiten elkaar uit: kies er een") }
        if filter.status != nil && tabel != .wijzigingen { out.append("filter status geldt alleen voor tabel wijzigingen") }
        if (van != nil || naar != nil) && tabel != .wijzigingen { out.append("van en naar gelden alleen voor tabel wijzigingen") }

        if tabel.vrijeIndeling {
            for maat in maten where !tabel.toegelatenMaten.contains(maat) {
                out.append("maat \(maat.rawValue) past niet bij tabel \(tabel.rawValue); toegelaten: "
                           + tabel.toegelatenMaten.map(\.rawValue).joined(separator: ", "))
            }
            let kpiMaten = gevraagdeMaten.filter(\.perActie)
            if !kpiMaten.isEmpty && !per.contains(.actie) && filter.acties.count != 1 {
                out.append("maat \(kpiMaten.map(\.rawValue).joined(separator: ", ")) telt KPI's die per actie een andere eenheid hebben: "
                           + "zet actie in per of kies één actie met filter actie")
            }
            if let naast {
                if naast != .projectjaar { out.append("naast kan alleen projectjaar zijn, niet \(naast.rawValue)") }
                if projectjaren.count < 2 { out.append("naast = projectjaar vraagt minstens twee projectjaren") }
                if per.contains(.projectjaar) { out.append("projectjaar kan niet tegelijk in per en in naast staan") }
            }
        } else {
            if !per.isEmpty { out.append("tabel \(tabel.rawValue) heeft een vaste indeling: per is niet toegelaten") }
            if !maten.isEmpty { out.append("tabel \(tabel.rawValue) heeft een vaste indeling: maten is niet toegelaten") }
            if naast != nil { out.append("tabel \(tabel.rawValue) heeft een vaste indeling: naast is niet toegelaten") }
        }
        if tabel == .wijzigingen {
            let (v, n) = vergelekenJaren
            if let v, let n {
                if v >= n { out.append("van (\(v)) moet voor naar (\(n)) komen") }
                for jaar in [v, n] where Projectjaar.nummer(jaar) == nil { out.append("projectjaar \(jaar) bestaat niet") }
            } else {
                out.append("wijzigingen vergelijkt twee projectjaren: geef er twee in projectjaren of zet van en naar")
            }
        }
        return out
    }

    /// The years `wijzigingen` compares: `van` and `naar`, by default the last two of `projectjaren`.
    var vergelekenJaren: (van: Int?, naar: Int?) {
        let naar = naar ?? projectjaren.last
        return (van ?? naar.flatMap { n in projectjaren.last { $0 < n } }, naar)
    }
}
