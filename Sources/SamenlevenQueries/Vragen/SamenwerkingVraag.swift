import SamenlevenModel

/// Subvraag 2: samenwerkingsverbanden per province (the province of the indiener).
///
/// Rows: kop provincie (niveau 0) > detail per verband (1): the indiener and its partners;
/// a subtotal per province and the total. A verband is one indiener in one project year.
/// Counts: projectindieners and partners are distinct besturen, "betrokken besturen" the
/// distinct besturen of indieners and partners together, lidmaatschappen the indiener plus
/// its partners per verband, added up (a bestuur in two verbanden counts twice).
public enum SamenwerkingVraag: StandardQuery {
    public static let titel = "Intergemeentelijke samenwerkingsverbanden per provincie"

    public static let kolommen: [Kolom] = [
        .omschrijving("Provincie / projectindiener"),
        .projectjaar,
        Kolom("samenwerkt_met", "Samen met", .tekst),
        Kolom("indieners", "Projectindieners", .geheelGetal, optellen: false),
        Kolom("partners", "Partners", .geheelGetal, optellen: false),
        Kolom("besturen", "Betrokken besturen", .geheelGetal, optellen: false),
        Kolom("lidmaatschappen", "Lidmaatschappen", .geheelGetal),
    ]

    struct Verband {
        let projectjaar: Int
        let indiener: Plaats
        /// Distinct partners in the geography, without the indiener itself.
        let partners: [Plaats]
        let records: [Samenwerking]
        var besturen: Set<String> { Set([indiener.code] + partners.map(\.code)) }
    }

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties, toepasbaar: [.projectjaar, .provincie, .bestuur])
        let perVerband = Dictionary(grouping: context.gegevens.samenwerkingen.filter { selectie.jaarPast($0.projectjaar) },
                                    by: { VerbandSleutel(projectjaar: $0.projectjaar, indiener: $0.indiener) })
        var verbanden: [Verband] = []
        for (sleutel, records) in perVerband {
            let indiener = selectie.plaats(sleutel.indiener, vermeld: records.compactMap(\.provincieVermeld).first)
            guard selectie.provinciePast(indiener),
                  selectie.bestuurPast(sleutel.indiener) || records.contains(where: { selectie.bestuurPast($0.partner) })
            else { continue }
            var partners: [String: Plaats] = [:]
            for record in records {
                let partner = selectie.plaats(record.partner)
                if partner.code != indiener.code { partners[partner.code] = partner }
            }
            verbanden.append(Verband(projectjaar: sleutel.projectjaar, indiener: indiener,
                                     partners: partners.values.sorted(by: <), records: records))
        }

        let perProvincie = Dictionary(grouping: verbanden, by: { $0.indiener.provincie })
        var knopen: [Knoop] = []
        for provincie in perProvincie.keys.sorted(by: Provincie?.sorteer) {
            let lijst = perProvincie[provincie]!.sorted { ($0.indiener.naam, $0.indiener.code, $0.projectjaar) < ($1.indiener.naam, $1.indiener.code, $1.projectjaar) }
            knopen.append(.groep(Groep(label: provincie.kopLabel, subtotaalLabel: provincie.subtotaalLabel,
                                       subtotaalCellen: tellingen(lijst), kinderen: lijst.map(detail),
                                       sleutels: [.provincie(provincie)])))
        }

        let records = verbanden.flatMap(\.records)
        var opmerkingen: [Voetnoot] = []
        if !verbanden.isEmpty {
            let indieners = Set(verbanden.map(\.indiener.code)).count
            let besturen = Set(verbanden.flatMap(\.besturen)).count
            let lidmaatschappen = verbanden.reduce(0) { $0 + 1 + $1.partners.count }
            opmerkingen.append(Voetnoot("\(indieners) projectindieners vertegenwoordigen \(besturen) samenwerkende lokale besturen "
                                        + "(\(verbanden.count) samenwerkingsverbanden, \(lidmaatschappen) lidmaatschappen: indiener en partners per verband opgeteld)."))
            if let dubbel = meervoudig(verbanden) { opmerkingen.append(dubbel) }
        }
        if let onbekend = selectie.onbekendeBesturen(records.flatMap { [$0.indiener, $0.partner] }) { opmerkingen.append(onbekend) }

        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen, totaalCellen: tellingen(verbanden),
                                  herkomst: records.map(\.herkomst), jaren: records.map(\.projectjaar), wat: "samenwerkingsverbanden", leeg: verbanden.isEmpty,
                                  opmerkingen: opmerkingen, codes: records.flatMap { [$0.indiener, $0.partner] })
    }

    private struct VerbandSleutel: Hashable {
        let projectjaar: Int
        let indiener: String
    }

    private static func detail(_ v: Verband) -> Knoop {
        .detail(cellen: [
            "omschrijving": .tekst(v.indiener.label), "projectjaar": .getal(v.projectjaar),
            "samenwerkt_met": v.partners.isEmpty ? .leeg : .tekst(v.partners.map(\.naam).joined(separator: ", ")),
            "indieners": .getal(1), "partners": .getal(v.partners.count), "besturen": .getal(v.besturen.count),
            "lidmaatschappen": .getal(1 + v.partners.count),
        ], herkomst: v.records.map(\.herkomst), sleutels: [.projectjaar(v.projectjaar), v.indiener.sleutel])
    }

    /// Distinct counts for a subtotal or the total.
    private static func tellingen(_ verbanden: [Verband]) -> [String: Cel] {
        [
            "indieners": .getal(Set(verbanden.map(\.indiener.code)).count),
            "partners": .getal(Set(verbanden.flatMap { $0.partners.map(\.code) }).count),
            "besturen": .getal(Set(verbanden.flatMap(\.besturen)).count),
        ]
    }

    /// Besturen that are in more than one verband of the same project year.
    private static func meervoudig(_ verbanden: [Verband]) -> Voetnoot? {
        var tellers: [Int: [String: (Plaats, Int)]] = [:]
        for v in verbanden {
            for plaats in [v.indiener] + v.partners {
                let huidig = tellers[v.projectjaar, default: [:]][plaats.code]
                tellers[v.projectjaar, default: [:]][plaats.code] = (plaats, (huidig?.1 ?? 0) + 1)
            }
        }
        var delen: [String] = []
        for jaar in tellers.keys.sorted() {
            let dubbel = tellers[jaar]!.values.filter { $0.1 > 1 }.sorted { $0.0 < $1.0 }
            guard !dubbel.isEmpty else { continue }
            delen.append("projectjaar \(jaar): " + dubbel.map { "\($0.0.label) \($0.1) keer" }.joined(separator: ", "))
        }
        guard !delen.isEmpty else { return nil }
        return Voetnoot("In meer dan één samenwerkingsverband: " + delen.joined(separator: "; ") + ".")
    }
}
