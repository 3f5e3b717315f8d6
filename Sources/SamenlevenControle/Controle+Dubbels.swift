import SamenlevenModel

/// Duplicate entries: a samenwerkingsverband listed twice with the same indiener and partners
/// (Geel as entries 18 and 20 in S492 antwoord 2), and two rows with the same key in any kind.
extension ControleContext {
    struct IndienerSleutel: Hashable {
        let jaar: Int
        let indiener: String
    }

    /// The entries per indiener and year that occur more than once, grouped by partner set.
    func vermeldingenPerIndiener() -> [(sleutel: IndienerSleutel, groepen: [[Verbandvermelding]])] {
        let perIndiener = Dictionary(grouping: vermeldingen.filter { telt($0.projectjaar) }) {
            IndienerSleutel(jaar: $0.projectjaar, indiener: $0.indiener)
        }
        return perIndiener.filter { $0.value.count > 1 }.map { sleutel, lijst in
            var groepen: [[Verbandvermelding]] = []
            for v in lijst {
                if let i = groepen.firstIndex(where: { Set($0[0].partners) == Set(v.partners) }) {
                    groepen[i].append(v)
                } else {
                    groepen.append([v])
                }
            }
            return (sleutel, groepen)
        }
    }

    func dubbeleVermeldingen() -> [Bevinding] {
        var bevindingen: [Bevinding] = []
        for (sleutel, groepen) in vermeldingenPerIndiener() {
            for groep in groepen where groep.count > 1 {
                let partners = groep[0].partners
                let met = partners.isEmpty ? "zonder partners" : "met " + labels(partners)
                let volgnummers = groep.compactMap(\.volgorde).sorted()
                let waar = volgnummers.count == groep.count ? " (volgorde \(opsomming(volgnummers.map(String.init))))" : ""
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "dubbele-vermelding",
                    boodschap: "Projectjaar \(sleutel.jaar): het samenwerkingsverband van \(label(sleutel.indiener)) \(met) staat \(groep.count) keer vermeld\(waar); het telt maar één keer",
                    bron: bronLijst(groep.flatMap(\.herkomst)), projectjaar: sleutel.jaar))
            }
            if groepen.count > 1 {
                let alle = groepen.flatMap { $0 }
                let beschrijving = groepen.map { groep -> String in
                    let nummers = groep.compactMap(\.volgorde).sorted().map { "volgorde \($0)" }
                    let partners = groep[0].partners.isEmpty ? "zonder partners" : "met " + labels(groep[0].partners)
                    return nummers.isEmpty ? partners : "\(opsomming(nummers)) \(partners)"
                }
                bevindingen.append(Bevinding(
                    ernst: .waarschuwing, code: "indiener-meermaals",
                    boodschap: "Projectjaar \(sleutel.jaar): \(label(sleutel.indiener)) staat \(alle.count) keer als indiener vermeld met verschillende partners: \(beschrijving.joined(separator: "; "))",
                    bron: bronLijst(alle.flatMap(\.herkomst)), projectjaar: sleutel.jaar))
            }
        }
        return bevindingen
    }

    /// Two rows with the same key (import spec, "Kinds and columns"). Samenwerking rows of a
    /// verband already reported as `dubbele-vermelding` are not reported again.
    func dubbeleSleutels() -> [Bevinding] {
        let alGemeld = Set(vermeldingenPerIndiener().filter { $0.groepen.contains { $0.count > 1 } }.map(\.sleutel))
        var bevindingen: [Bevinding] = []

        func zoek<T>(_ rijen: [T], jaar: (T) -> Int, herkomst: (T) -> Herkomst, sleutel: (T) -> [String],
                     wat: (T) -> String) {
            var groepen: [[String]: [T]] = [:]
            var volgorde: [[String]] = []
            for rij in rijen where telt(jaar(rij)) {
                let k = [String(jaar(rij))] + sleutel(rij)
                if groepen[k] == nil { volgorde.append(k) }
                groepen[k, default: []].append(rij)
            }
            for k in volgorde {
                let groep = groepen[k]!
                guard groep.count > 1 else { continue }
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "dubbele-sleutel",
                    boodschap: "Projectjaar \(jaar(groep[0])): \(groep.count) rijen voor \(wat(groep[0])); elke combinatie mag maar één keer voorkomen",
                    bron: bronLijst(groep.map(herkomst)), projectjaar: jaar(groep[0])))
            }
        }

        func indicator(_ naam: String?) -> String { naam.map { ", indicator \($0)" } ?? "" }
        zoek(gegevens.toekenningen, jaar: \.projectjaar, herkomst: \.herkomst, sleutel: { [$0.bestuur, String($0.actie), $0.indicator ?? ""] },
             wat: { "dezelfde toekenning (\(label($0.bestuur)), actie \($0.actie)\(indicator($0.indicator)))" })
        zoek(gegevens.aanvragen, jaar: \.projectjaar, herkomst: \.herkomst, sleutel: { [$0.bestuur, String($0.actie)] },
             wat: { "dezelfde aanvraag (\(label($0.bestuur)), actie \($0.actie))" })
        zoek(gegevens.samenwerkingen.filter { !alGemeld.contains(IndienerSleutel(jaar: $0.projectjaar, indiener: $0.indiener)) },
             jaar: \.projectjaar, herkomst: \.herkomst, sleutel: { [$0.indiener, $0.partner] },
             wat: { "dezelfde samenwerking (indiener \(label($0.indiener)), partner \(label($0.partner)))" })
        zoek(gegevens.mentorschappen, jaar: \.projectjaar, herkomst: \.herkomst, sleutel: { [$0.bestuur, String($0.actie)] },
             wat: { "hetzelfde mentorschap (\(label($0.bestuur)), actie \($0.actie))" })
        zoek(gegevens.sio, jaar: \.projectjaar, herkomst: \.herkomst, sleutel: { [$0.bestuur] },
             wat: { "hetzelfde SIO-experiment (\(label($0.bestuur)))" })
        zoek(gegevens.kpiRapporteringen, jaar: \.projectjaar, herkomst: \.herkomst,
             sleutel: { [$0.bestuur, String($0.actie), $0.indicator ?? "", $0.meetmoment.rawValue] },
             wat: { "dezelfde KPI-rapportering (\(label($0.bestuur)), actie \($0.actie)\(indicator($0.indicator)), \($0.meetmoment.label))" })
        return bevindingen
    }
}
