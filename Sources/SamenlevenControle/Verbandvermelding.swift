import Foundation
import Memberwise
import SamenlevenModel

/// One entry of a list of samenwerkingsverbanden: an indiener with the partners listed with
/// it. A published list numbers its entries (`volgorde`); the same indiener may be listed
/// twice (Geel as entries 18 and 20 in S492 antwoord 2), which is what the duplicate check
/// compares.
@MemberwiseInit
public struct Verbandvermelding: Hashable, Sendable, Codable {
    public var projectjaar: Int
    /// The entry's number in the published list; nil when the entries were derived from records.
    public var volgorde: Int?
    /// Code of the indiener (NIS code, `VGC`, `DERAND`).
    public var indiener: String
    /// Codes of the partners in listed order; empty when the list names no partner.
    public var partners: [String]
    /// The rows of the entry.
    public var herkomst: [Herkomst]

    /// Every bestuur in the entry: the indiener and its partners.
    public var leden: Set<String> { Set([indiener] + partners) }

    /// Entries derived from samenwerking records when no numbered list is at hand: the rows of
    /// one indiener in one file and year form one entry, and a new entry starts where a partner
    /// that the current entry already has comes again (a verband listed twice).
    public static func afgeleid(uit samenwerkingen: [Samenwerking]) -> [Verbandvermelding] {
        struct Sleutel: Hashable { let jaar: Int; let bron: String; let indiener: String }
        let geordend = samenwerkingen.enumerated().sorted { a, b in
            let (x, y) = (a.element.herkomst, b.element.herkomst)
            if x.bron != y.bron { return x.bron < y.bron }
            if x.rij != y.rij { return (x.rij ?? 0) < (y.rij ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
        var vermeldingen: [Verbandvermelding] = []
        var open: [Sleutel: Int] = [:]
        for s in geordend {
            let sleutel = Sleutel(jaar: s.projectjaar, bron: s.herkomst.bron, indiener: s.indiener)
            let partner = s.partner.trimmingCharacters(in: .whitespaces)
            if let index = open[sleutel], partner.isEmpty || !vermeldingen[index].partners.contains(partner) {
                if !partner.isEmpty { vermeldingen[index].partners.append(partner) }
                vermeldingen[index].herkomst.append(s.herkomst)
            } else {
                open[sleutel] = vermeldingen.count
                vermeldingen.append(Verbandvermelding(projectjaar: s.projectjaar, volgorde: nil, indiener: s.indiener,
                                                      partners: partner.isEmpty ? [] : [partner], herkomst: [s.herkomst]))
            }
        }
        return vermeldingen
    }
}
