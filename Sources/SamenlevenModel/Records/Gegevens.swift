import Memberwise

/// All records of a dataset, of every kind: what queries and the consistency checker read,
/// whether it comes from the store or from a list as published.
@MemberwiseInit
public struct Gegevens: Sendable, Equatable {
    public var toekenningen: [Toekenning] = []
    public var aanvragen: [Aanvraag] = []
    public var samenwerkingen: [Samenwerking] = []
    public var mentorschappen: [Mentorschap] = []
    public var sio: [SIOExperiment] = []
    public var kpiRapporteringen: [KPIRapportering] = []

    /// Only the records of one project year.
    public func projectjaar(_ jaar: Int) -> Gegevens {
        Gegevens(toekenningen: toekenningen.filter { $0.projectjaar == jaar },
                 aanvragen: aanvragen.filter { $0.projectjaar == jaar },
                 samenwerkingen: samenwerkingen.filter { $0.projectjaar == jaar },
                 mentorschappen: mentorschappen.filter { $0.projectjaar == jaar },
                 sio: sio.filter { $0.projectjaar == jaar },
                 kpiRapporteringen: kpiRapporteringen.filter { $0.projectjaar == jaar })
    }

    /// Every record, kind by kind: the one place here that
    /// lists the kinds with project years.
    private var alleGegevens: [any Gegeven] {
        let perSoort: [[any Gegeven]] = [toekenningen, aanvragen, samenwerkingen, mentorschappen, sio, kpiRapporteringen]
        return perSoort.flatMap { $0 }
    }

    /// The herkomst of every record.
    public var alleHerkomst: [Herkomst] { alleGegevens.map(\.herkomst) }

    /// The project years that have records of any kind, ascending.
    public var projectjaren: [Int] { Set(alleGegevens.map(\.projectjaar)).sorted() }

    /// True when any record is synthetic example data.
    public var bevatVoorbeelddata: Bool { alleGegevens.contains { $0.herkomst.voorbeelddata } }
}

extension Gegevens {
    /// The lokale besturen involved in the projects of these indieners in a project year: the
    /// indieners themselves and the partners of their samenwerkingsverband. This is what the
    /// published figures count as "besturen" per action (WEB-CIJFERS: 24 besturen for 16 action
    /// plans in year 1): a verband's indiener receives the subsidy for all its members.
    public func betrokkenBesturen(indieners: some Sequence<String>, projectjaar: Int) -> Set<String> {
        let gekozen = Set(indieners)
        var besturen = gekozen
        for s in samenwerkingen where s.projectjaar == projectjaar && gekozen.contains(s.indiener) {
            besturen.insert(s.partner)
        }
        return besturen
    }
}

extension Gegevens {
    /// Checks, overflow-checked, that the sum of every amount and of every KPI figure fits in
    /// 64 bits. Amounts and figures are never negative (import and store refuse that), so
    /// every sum a query or check makes over part of the records, and every difference of two
    /// such sums, fits as well: the one guard that lets the queries add with `+`. Throws a
    /// `BedragOverloop` (Dutch) otherwise; with the bounds of the import format it would take
    /// more than 92 million rows at the maximum.
    public func controleerSommen() throws(BedragOverloop) {
        let bedragen = toekenningen.lazy.map(\.subsidie) + mentorschappen.lazy.map(\.stimulans) + sio.lazy.map(\.bedrag)
        _ = try Euro.som(bedragen, berekening: "de som van alle bedragen in de databank")
        var aantal = 0
        let aantallen = toekenningen.lazy.flatMap { [$0.kpiVooropgesteld, $0.kpiHuidigBereik] } + kpiRapporteringen.lazy.map(\.kpiBehaald)
        for n in aantallen {
            let (som, overloop) = aantal.addingReportingOverflow(n)
            guard !overloop else { throw BedragOverloop(berekening: "de som van alle KPI's in de databank") }
            aantal = som
        }
    }
}
