import SamenlevenModel

/// Subvraag 4: applications and approvals per project year and province.
///
/// Rows: kop projectjaar (niveau 0) > detail per province (1); a subtotal per year and the
/// total. An application is one bestuur for one action. A year without application records
/// but with grants counts the distinct bestuur+actie pairs of its grants as approved, leaves
/// the other counts empty and says so in a footnote.
public enum AanvragenVraag: StandardQuery {
    public static let titel = "Aanvragen en goedgekeurde projecten per projectjaar en provincie"

    public static let kolommen: [Kolom] = [
        .omschrijving("Projectjaar / provincie"),
        Kolom("aanvragen", "Aanvragen", .geheelGetal),
        Kolom("goedgekeurd", "Goedgekeurd", .geheelGetal),
        Kolom("geweigerd", "Geweigerd", .geheelGetal),
        Kolom("ingetrokken", "Ingetrokken", .geheelGetal),
        Kolom("besturen", "Besturen", .geheelGetal, optellen: false),
    ]

    /// One bestuur+actie of a year, from an application or (derived) from a grant.
    private struct Regel {
        let jaar: Int
        let plaats: Plaats
        let bestuur: String
        let actie: Int
        let status: AanvraagStatus
        let herkomst: Herkomst
    }

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let aanvragen = selectie.selecteer(context.gegevens.aanvragen)
        // Years with application records anywhere count those; the others derive from grants.
        let jarenMetAanvragen = Set(context.gegevens.aanvragen.map(\.projectjaar))
        var regels = aanvragen.map {
            Regel(jaar: $0.projectjaar, plaats: selectie.plaats($0), bestuur: $0.bestuur,
                  actie: $0.actie, status: $0.status, herkomst: $0.herkomst)
        }
        var afgeleid = Set<Int>()
        var gezien = Set<String>()
        for t in context.gegevens.toekenningen where !jarenMetAanvragen.contains(t.projectjaar)
            && selectie.past(t) {
            afgeleid.insert(t.projectjaar)
            guard gezien.insert("\(t.projectjaar)#\(t.bestuur)#\(t.actie)").inserted else { continue }
            regels.append(Regel(jaar: t.projectjaar, plaats: selectie.plaats(t),
                                bestuur: t.bestuur, actie: t.actie, status: .goedgekeurd, herkomst: t.herkomst))
        }

        let perJaar = Dictionary(grouping: regels, by: \.jaar)
        let knopen: [Knoop] = perJaar.keys.sorted().map { jaar in
            let isAfgeleid = afgeleid.contains(jaar)
            let perProvincie = Dictionary(grouping: perJaar[jaar]!, by: \.plaats.provincie)
            let details: [Knoop] = perProvincie.keys.sorted(by: Provincie?.sorteer).map { provincie in
                let lijst = perProvincie[provincie]!
                var cellen = tellingen(lijst, afgeleid: isAfgeleid)
                cellen["omschrijving"] = .tekst(provincie.kopLabel)
                return .detail(cellen: cellen, herkomst: lijst.map(\.herkomst), sleutels: [.provincie(provincie)])
            }
            return .groep(Groep(label: "Projectjaar \(jaar)" + (isAfgeleid ? " (afgeleid uit toekenningen)" : ""),
                                subtotaalLabel: "Totaal projectjaar \(jaar)",
                                subtotaalCellen: ["besturen": .getal(Set(perJaar[jaar]!.map(\.plaats.code)).count)],
                                kinderen: details, sleutels: [.projectjaar(jaar)]))
        }

        var opmerkingen: [Voetnoot] = [
            Voetnoot("Eén aanvraag is één bestuur voor één actie; 'Besturen' telt elk bestuur één keer."),
        ]
        for jaar in afgeleid.sorted() {
            opmerkingen.append(Voetnoot("Projectjaar \(jaar): er zijn geen aanvragen ingeladen; 'Goedgekeurd' is afgeleid uit de toekenningen "
                                        + "(unieke combinaties van bestuur en actie), de andere aantallen zijn onbekend."))
        }
        if let onbekend = selectie.onbekendeBesturen(regels.map(\.bestuur)) { opmerkingen.append(onbekend) }

        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen,
                                  totaalCellen: ["besturen": .getal(Set(regels.map(\.plaats.code)).count)], herkomst: regels.map(\.herkomst),
                                  jaren: regels.map(\.jaar), wat: "aanvragen of toekenningen", leeg: regels.isEmpty,
                                  opmerkingen: regels.isEmpty ? [] : opmerkingen, codes: regels.map(\.bestuur))
    }

    private static func tellingen(_ lijst: [Regel], afgeleid: Bool) -> [String: Cel] {
        var cellen: [String: Cel] = [
            "goedgekeurd": .getal(lijst.filter { $0.status == .goedgekeurd }.count),
            "besturen": .getal(Set(lijst.map(\.plaats.code)).count),
        ]
        if !afgeleid {
            cellen["aanvragen"] = .getal(lijst.count)
            cellen["geweigerd"] = .getal(lijst.filter { $0.status == .geweigerd }.count)
            cellen["ingetrokken"] = .getal(lijst.filter { $0.status == .ingetrokken }.count)
        }
        return cellen
    }
}
