import SamenlevenModel

/// The resources made from the stored records: one per import kind, with the columns of the
/// import format (so `samenleven importeer` reads the CSV back), names and provinces for
/// people, every amount three times (see `OpenDataField.amount`) and per row its provenance.
/// A kind's fields, key, foreign keys, rows and their order all come from its description
/// (`Soort.kolommen`, `Gegeven.waarden`); only the titles are written here.
struct RecordResources {
    let referentie: Referentie
    let acties: ActieCatalogus
    let gegevens: Gegevens

    func all() -> [OpenDataResource] {
        [resource(gegevens.toekenningen), kpi(), resource(gegevens.kpiRapporteringen), resource(gegevens.aanvragen),
         resource(gegevens.samenwerkingen), resource(gegevens.mentorschappen), resource(gegevens.sio)]
    }

    private func bestuurValues(_ code: String) -> [OpenDataValue] {
        let bestuur = referentie.bestuur(code: code)
        return [.text(code), bestuur.map { .text($0.naam) } ?? .empty, bestuur.map { .text($0.provincie.naam) } ?? .empty]
    }

    private func actieNaam(_ nummer: Int) -> OpenDataValue { acties[nummer].map { .text($0.naam) } ?? .empty }

    private static func text(_ s: String?) -> OpenDataValue { s.map(OpenDataValue.text) ?? .empty }

    private static let bestuurKeys: [OpenDataResource.ForeignKey] = [.projectjaar, .bestuur(KolomSpec.bestuur.naam), .actie]

    /// The open-data fields of one described column. An amount is always stored (a missing
    /// stimulans is its default), so its fields are required.
    static func fields(_ kolom: KolomSpec) -> [OpenDataField] {
        switch kolom.waarde {
        case .projectjaar: return [.projectjaar]
        case .bestuur: return OpenDataField.bestuur(kolom.naam, kolom.omschrijving)
        case .actie: return [.actie, .actieNaam]
        case .bedrag: return OpenDataField.amount(kolom.naam, kolom.omschrijving, required: true)
        case .geheelGetal, .doelstelling:
            return [OpenDataField(kolom.naam, .integer, kolom.omschrijving, required: kolom.verplicht, minimum: 0)]
        case .tekst: return [OpenDataField(kolom.naam, .string, kolom.omschrijving, required: kolom.verplicht)]
        case .indicator: return [OpenDataField(kolom.naam, .string, kolom.omschrijving, required: true)]
        case .status:
            return [OpenDataField(kolom.naam, .string, kolom.omschrijving, required: kolom.verplicht,
                                  enumeration: AanvraagStatus.allCases.map(\.rawValue))]
        case .meetmoment:
            return [OpenDataField(kolom.naam, .string, kolom.omschrijving, required: kolom.verplicht,
                                  enumeration: Meetmoment.allCases.map(\.rawValue))]
        case .provincie: return [.provincieVermeld]
        }
    }

    /// The cells of one value, matching `fields(_:)`.
    private func values(_ kolom: KolomSpec, _ waarde: KolomWaarde) -> [OpenDataValue] {
        switch (kolom.waarde, waarde) {
        case (.bestuur, .tekst(let code)): return bestuurValues(code)
        case (.actie, .getal(let nummer)): return [.integer(nummer), actieNaam(nummer)]
        case (_, .bedrag(let euro)): return OpenDataField.amountValues(euro)
        case (.bedrag, .leeg): return OpenDataField.amountValues(nil)
        case (.indicator, .leeg): return [.text(KolomSpec.alleIndicatoren)]   // part of the key: never empty
        case (_, .getal(let n)): return [.integer(n)]
        case (_, .tekst(let s)), (_, .keuze(let s, _)): return [.text(s)]
        case (_, .leeg): return Array(repeating: .empty, count: Self.fields(kolom).count)
        }
    }

    /// The resource of one kind: its described columns and provenance, a row per record in
    /// the order of its key.
    func resource<R: Gegeven>(_ records: [R]) -> OpenDataResource {
        let soort = R.soort
        let kolommen = soort.kolommen
        let fields = kolommen.flatMap(Self.fields) + OpenDataField.provenance
        let rows = records.map { ($0.sleutelwaarden, $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map { _, record in
            record.waardenInVolgorde.flatMap { values($0.kolom, $0.waarde) } + OpenDataField.provenanceValues(record.herkomst)
        }
        let foreignKeys: [OpenDataResource.ForeignKey] = [.projectjaar]
            + kolommen.filter { $0.waarde == .bestuur }.map { .bestuur($0.naam) }
            + (kolommen.contains { $0.waarde == .actie } ? [.actie] : [])
        let (title, description) = Self.titel(soort)
        return OpenDataResource(name: soort.rawValue, title: title, description: description, fields: fields,
                                primaryKey: soort.sleutel, foreignKeys: foreignKeys, rows: rows, importKind: soort)
    }

    /// The title and description of a kind's resource.
    static func titel(_ soort: Soort) -> (String, String) {
        switch soort {
        case .toekenningen:
            return ("Toekenningen", "De toegekende subsidies: één rij per projectjaar, bestuur en actie, met de vooropgestelde KPI en het bedrag.")
        case .kpiRapportering:
            return ("KPI-rapportering", "De gerapporteerde KPI's: één rij per projectjaar, bestuur, actie en meetmoment (6 maanden en 1 jaar na de toekenning).")
        case .aanvragen:
            return ("Aanvragen", "De subsidieaanvragen, ook de geweigerde (met reden) en ingetrokken: één rij per projectjaar, bestuur en actie.")
        case .samenwerkingsverbanden:
            return ("Samenwerkingsverbanden", "De intergemeentelijke samenwerkingsverbanden: één rij per projectjaar, indiener en partner.")
        case .mentorschappen:
            return ("Mentorschappen", "Besturen die een actie als mentor begeleiden, met de stimulans (standaard 10.000 euro).")
        case .sio:
            return ("Experimenten met een sociale impactobligatie (SIO)", "Experimenten met een sociale impactobligatie: investeerder, sociale organisatie en bedrag.")
        case .acties:
            // The catalogue is a reference resource (`ReferenceResources`), not made here.
            return ("Acties", "")
        }
    }

    private struct KPIKey: Hashable, Comparable {
        let projectjaar: Int, bestuur: String, actie: Int, indicator: String
        static func < (a: KPIKey, b: KPIKey) -> Bool {
            (a.projectjaar, a.bestuur, a.actie, a.indicator) < (b.projectjaar, b.bestuur, b.actie, b.indicator)
        }
    }

    /// Promised and reached KPIs side by side: the view NOTA3 2.5 says is published.
    func kpi() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het bestuur")
            + [.actie, .actieNaam, Self.fields(.indicator)[0],
               OpenDataField(KolomSpec.kpiEenheid.naam, .string, "Eenheid van de KPI volgens de actiecatalogus (bv. oefenkans, actieplan), waar gekend."),
               OpenDataField(KolomSpec.kpiHuidigBereik.naam, .integer, "Huidig bereik vóór het plan, uit toekenningen (leeg zonder toekenning).", minimum: 0),
               OpenDataField(KolomSpec.kpiVooropgesteld.naam, .integer, "Vooropgestelde KPI, uit toekenningen.kpi_vooropgesteld (leeg zonder toekenning).", minimum: 0),
               OpenDataField(KolomSpec.kpiBehaald.naam + "_6m", .integer, "Behaalde KPI gerapporteerd 6 maanden na de toekenning, uit kpi_rapportering (leeg: niet gerapporteerd).", minimum: 0),
               OpenDataField(KolomSpec.kpiBehaald.naam + "_12m", .integer, "Behaalde KPI gerapporteerd 1 jaar na de toekenning, uit kpi_rapportering (leeg: niet gerapporteerd).", minimum: 0),
               OpenDataField(KolomSpec.motivering.naam + "_6m", .string, "Motivering bij de rapportering na 6 maanden."),
               OpenDataField(KolomSpec.motivering.naam + "_12m", .string, "Motivering bij de rapportering na 1 jaar (waarom een KPI niet behaald is)."),
               OpenDataField("bron_bestand", .string, "Herkomst van de vooropgestelde KPI: bestand van de toekenning (leeg zonder toekenning)."),
               OpenDataField("bron_rij", .integer, "Herkomst van de vooropgestelde KPI: rij van de toekenning in dat bestand.", minimum: 1),
               OpenDataField("bron_bestand_6m", .string, "Herkomst van de rapportering na 6 maanden: bestand."),
               OpenDataField("bron_rij_6m", .integer, "Herkomst van de rapportering na 6 maanden: rij.", minimum: 1),
               OpenDataField("bron_bestand_12m", .string, "Herkomst van de rapportering na 1 jaar: bestand."),
               OpenDataField("bron_rij_12m", .integer, "Herkomst van de rapportering na 1 jaar: rij.", minimum: 1),
               OpenDataField("voorbeelddata", .boolean,
                             "true als een van de bronrijen synthetische voorbeelddata is (verzonnen, geen officieel cijfer).", required: true)]
        var promised: [KPIKey: Toekenning] = [:]
        for t in gegevens.toekenningen { promised[KPIKey(projectjaar: t.projectjaar, bestuur: t.bestuur, actie: t.actie, indicator: t.indicator ?? "")] = t }
        var reported: [KPIKey: [Meetmoment: KPIRapportering]] = [:]
        for r in gegevens.kpiRapporteringen {
            reported[KPIKey(projectjaar: r.projectjaar, bestuur: r.bestuur, actie: r.actie, indicator: r.indicator ?? ""), default: [:]][r.meetmoment] = r
        }
        let keys = Set(promised.keys).union(reported.keys).sorted()
        let rows: [[OpenDataValue]] = keys.map { key in
            let t = promised[key], zes = reported[key]?[.zesMaanden], twaalf = reported[key]?[.twaalfMaanden]
            let herkomst = [t?.herkomst, zes?.herkomst, twaalf?.herkomst].compactMap { $0 }
            func bron(_ h: Herkomst?) -> [OpenDataValue] { [Self.text(h?.bron), h?.rij.map(OpenDataValue.integer) ?? .empty] }
            return [.integer(key.projectjaar)] + bestuurValues(key.bestuur)
                + [.integer(key.actie), actieNaam(key.actie), .text(key.indicator.isEmpty ? KolomSpec.alleIndicatoren : key.indicator),
                   Self.text(acties[key.actie]?.kpiEenheid),
                   t.map { .integer($0.kpiHuidigBereik) } ?? .empty, t.map { .integer($0.kpiVooropgesteld) } ?? .empty,
                   zes.map { .integer($0.kpiBehaald) } ?? .empty, twaalf.map { .integer($0.kpiBehaald) } ?? .empty,
                   Self.text(zes?.motivering), Self.text(twaalf?.motivering)]
                + bron(t?.herkomst) + bron(zes?.herkomst) + bron(twaalf?.herkomst)
                + [.boolean(herkomst.contains(where: \.voorbeelddata))]
        }
        return OpenDataResource(
            name: "kpi", title: "KPI's: vooropgesteld en behaald",
            description: "Per projectjaar, bestuur, actie en indicator de vooropgestelde KPI (uit toekenningen) naast de behaalde KPI na 6 maanden en na 1 jaar (uit kpi_rapportering). "
                + "Een afgeleid overzicht: het wordt niet ingevoerd (voer kpi_rapportering.csv en toekenningen.csv in).",
            fields: fields, primaryKey: Soort.toekenningen.sleutel, foreignKeys: Self.bestuurKeys, rows: rows)
    }
}
