import Memberwise
import SamenlevenModel
import SamenlevenQueries
internal import TOMLKit

/// A table question given key by key, as on the command line of `samenleven vraag`: each value
/// as a `[[deelvraag]]` would hold it (names as text, numbers as numbers, nil when not given).
/// ``Vraagbestand/tabelvraag(_:)`` checks it with the question file's own rules, so that a
/// table tried on the command line is one a question file accepts.
@MemberwiseInit
public struct Tabelparameters: Sendable, Equatable {
    public var tabel: String
    public var geografie: Geografie = .gemeenten2019
    public var projectjaren: [Int] = Projectjaar.alle.map(\.nummer)
    public var per: [String]?
    public var naast: String?
    public var maten: [String]?
    public var provincie: [String]?
    public var arrondissement: [String]?
    /// Names or codes of besturen.
    public var bestuur: [String]?
    public var doelstelling: [Int]?
    public var actie: [Int]?
    public var groep: String?
    public var buitenGroep: String?
    public var status: String?
    public var van: Int?
    public var naar: Int?
}

/// Table parameters the question file's rules refuse: every problem, each with the key it is
/// about (`maten`, `filter.bestuur`; nil for the question as a whole) and the Dutch message.
public struct Parameterfout: Error, Sendable, Equatable, CustomStringConvertible {
    public struct Probleem: Sendable, Equatable {
        public let sleutel: String?
        public let boodschap: String
    }

    public let problemen: [Probleem]

    public var description: String { problemen.map(\.boodschap).joined(separator: "\n") }
}

extension Vraagbestand {
    /// The `Tabelvraag` of `parameters`, checked as a `[[deelvraag]]` of a question file is:
    /// the same names, suggestions for close ones, bestuur names resolved in the geography, the
    /// same rules for measures, grouping, years and filters.
    public static func tabelvraag(_ parameters: Tabelparameters) throws(Parameterfout) -> Tabelvraag {
        let p = parameters
        guard let tabel = Tabel(rawValue: p.tabel) else {
            throw Parameterfout(problemen: [.init(sleutel: "tabel", boodschap: "onbekende tabel '\(Suggestie.toon(p.tabel))'"
                                                  + Suggestie.hint(p.tabel, uit: Tabel.allCases.map(\.rawValue)))])
        }
        let t = TOMLTable()
        t["projectjaren"] = TOMLArray(p.projectjaren)
        if let per = p.per { t["per"] = TOMLArray(per) }
        if let naast = p.naast { t["naast"] = naast }
        if let maten = p.maten { t["maten"] = TOMLArray(maten) }
        if let van = p.van { t["van"] = van }
        if let naar = p.naar { t["naar"] = naar }
        var filter: [String: TOMLValueConvertible] = [:]
        if let waarden = p.provincie { filter["provincie"] = TOMLArray(waarden) }
        if let waarden = p.arrondissement { filter["arrondissement"] = TOMLArray(waarden) }
        if let waarden = p.bestuur { filter["bestuur"] = TOMLArray(waarden) }
        if let waarden = p.doelstelling { filter["doelstelling"] = TOMLArray(waarden) }
        if let waarden = p.actie { filter["actie"] = TOMLArray(waarden) }
        if let groep = p.groep { filter["groep"] = groep }
        if let groep = p.buitenGroep { filter["buiten_groep"] = groep }
        if let status = p.status { filter["status"] = status }
        if !filter.isEmpty { t["filter"] = TOMLTable(filter, inline: true) }

        var lezer = Lezer(bestand: "", regels: Bronregels(""))
        let vraag = lezer.tabelvraag(t, .deelvraag(0), tabel: tabel, standaardjaren: nil, geografie: p.geografie)
        guard lezer.problemen.isEmpty, let vraag else {
            throw Parameterfout(problemen: zip(lezer.sleutelsVanProblemen, lezer.problemen).map { .init(sleutel: $0, boodschap: $1.boodschap) })
        }
        // The engine checks the same rules once more before it answers; what it refuses is
        // refused here already, so that nothing is half answered.
        let engine = vraag.problemen
        guard engine.isEmpty else { throw Parameterfout(problemen: engine.map { .init(sleutel: nil, boodschap: $0) }) }
        return vraag
    }
}
