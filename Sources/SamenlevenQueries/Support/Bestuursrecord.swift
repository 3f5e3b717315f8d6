import SamenlevenModel

/// A record of one bestuur in one project year, with the province its source names: what
/// `Selectie` filters on and places in the answer's geography.
protocol Bestuursrecord {
    var projectjaar: Int { get }
    var bestuur: String { get }
    var provincieVermeld: String? { get }
    var herkomst: Herkomst { get }
}

/// A `Bestuursrecord` that belongs to one action (and so to its doelstelling).
protocol Actierecord: Bestuursrecord {
    var actie: Int { get }
}

extension Toekenning: Actierecord {}
extension Aanvraag: Actierecord {}
extension Mentorschap: Actierecord {}
extension KPIRapportering: Actierecord {}
extension SIOExperiment: Bestuursrecord {}

extension Selectie {
    /// Whether the record passes the projectjaar, province and bestuur filters.
    func past(_ record: some Bestuursrecord) -> Bool {
        past(jaar: record.projectjaar, bestuur: record.bestuur, vermeld: record.provincieVermeld)
    }

    /// Whether the record passes the projectjaar, province, bestuur, doelstelling and actie filters.
    func past(_ record: some Actierecord) -> Bool { geselecteerdePlaats(record) != nil }

    /// Where the record's bestuur stands in the answer's geography when the record passes every
    /// filter (as `past`), else nil: the bestuur is looked up once for both.
    func geselecteerdePlaats(_ record: some Actierecord) -> Plaats? {
        guard jaarPast(record.projectjaar), actiePast(record.actie), bestuurPast(record.bestuur) else { return nil }
        let plaats = plaats(record)
        return provinciePast(plaats) ? plaats : nil
    }

    /// The records that pass the projectjaar, province and bestuur filters.
    func selecteer<R: Bestuursrecord>(_ records: [R]) -> [R] { records.filter { past($0) } }

    /// The records that pass every filter, the action's included.
    func selecteer<R: Actierecord>(_ records: [R]) -> [R] { records.filter { past($0) } }

    /// Where the record's bestuur stands in the answer's geography.
    func plaats(_ record: some Bestuursrecord) -> Plaats { plaats(record.bestuur, vermeld: record.provincieVermeld) }

    /// One group per province (NIS order, unknown last) with one detail per record, ordered by
    /// bestuur (name, code), project year and action; a subtotal closes each province.
    func perProvincie<R: Actierecord>(_ records: [R], detail: (Plaats, R) -> Knoop) -> [Knoop] {
        let perProvincie = Dictionary(grouping: records.map { (plaats($0), $0) }, by: { $0.0.provincie })
        return perProvincie.keys.sorted(by: Provincie?.sorteer).map { provincie in
            let lijst = perProvincie[provincie]!.sorted {
                ($0.0.naam, $0.0.code, $0.1.projectjaar, $0.1.actie) < ($1.0.naam, $1.0.code, $1.1.projectjaar, $1.1.actie)
            }
            return .groep(Groep(label: provincie.kopLabel, subtotaalLabel: provincie.subtotaalLabel,
                                kinderen: lijst.map { detail($0.0, $0.1) }, sleutels: [.provincie(provincie)]))
        }
    }

    /// Puts a typed result together: the rows the tree of `knopen` gives (with the total line
    /// and its extra cells) and the `AnswerTable` that renders them (see `tabel`).
    func resultaat(titel: String, kolommen: [Kolom], knopen: [Knoop], totaalCellen: [String: Cel] = [:],
                   totaalHerkomst: [Herkomst] = [], herkomst: [Herkomst], jaren: some Sequence<Int>, wat: String, leeg: Bool,
                   opmerkingen: [Voetnoot] = [], codes: some Sequence<String>, gepubliceerdeBronnen: [Voetnoot] = []) -> Resultaat {
        let getypeerd = TabelBouwer(kolommen: kolommen).getypeerd(knopen, totaalCellen: totaalCellen, totaalHerkomst: totaalHerkomst)
        let tabel = tabel(titel: titel, kolommen: kolommen, rijen: getypeerd.map(\.rij), herkomst: herkomst,
                          jaren: jaren, wat: wat, leeg: leeg, opmerkingen: opmerkingen, codes: codes,
                          gepubliceerdeBronnen: gepubliceerdeBronnen)
        return Resultaat(rijen: getypeerd, tabel: tabel)
    }
}
