import SamenlevenModel

/// The resources made from the stored records: one per import kind, with the columns of the
/// import format (so `samenleven importeer` reads the CSV back), names and provinces for
/// people, every amount three times (see `OpenDataField.amount`) and per row its provenance.
struct RecordResources {
    let referentie: Referentie
    let acties: ActieCatalogus
    let gegevens: Gegevens

    func all() -> [OpenDataResource] {
        [toekenningen(), kpi(), kpiRapportering(), aanvragen(), samenwerkingsverbanden(), mentorschappen(), sio()]
    }

    private func bestuurValues(_ code: String) -> [OpenDataValue] {
        let bestuur = referentie.bestuur(code: code)
        return [.text(code), bestuur.map { .text($0.naam) } ?? .empty, bestuur.map { .text($0.provincie.naam) } ?? .empty]
    }

    private func actieNaam(_ nummer: Int) -> OpenDataValue { acties[nummer].map { .text($0.naam) } ?? .empty }

    private static func text(_ s: String?) -> OpenDataValue { s.map(OpenDataValue.text) ?? .empty }

    private static let bestuurKeys: [OpenDataResource.ForeignKey] = [.projectjaar, .bestuur(KolomSpec.bestuur.naam), .actie]

    func toekenningen() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het ontvangende (indienende) bestuur")
            + [.actie, .actieNaam,
               OpenDataField(KolomSpec.kpiHuidigBereik.naam, .integer, "Huidig bereik vóór het plan (B in de verdeelsleutel).", minimum: 0),
               OpenDataField(KolomSpec.kpiVooropgesteld.naam, .integer, "De vooropgestelde KPI (K), inclusief het huidig bereik.", required: true, minimum: 0)]
            + OpenDataField.amount(KolomSpec.subsidie.naam, "De toegekende subsidie", required: true)
            + [OpenDataField(KolomSpec.toelichting.naam, .string, "Toelichting zoals aangeleverd (vrije tekst)."), .provincieVermeld]
            + OpenDataField.provenance
        let rows = gegevens.toekenningen.sorted { ($0.projectjaar, $0.bestuur, $0.actie) < ($1.projectjaar, $1.bestuur, $1.actie) }.map { t in
            [.integer(t.projectjaar)] + bestuurValues(t.bestuur) + [.integer(t.actie), actieNaam(t.actie),
             .integer(t.kpiHuidigBereik), .integer(t.kpiVooropgesteld)] + OpenDataField.amountValues(t.subsidie)
            + [Self.text(t.toelichting), Self.text(t.provincieVermeld)] + OpenDataField.provenanceValues(t.herkomst)
        }
        return OpenDataResource(
            name: Soort.toekenningen.rawValue, title: "Toekenningen",
            description: "De toegekende subsidies: één rij per projectjaar, bestuur en actie, met de vooropgestelde KPI en het bedrag.",
            fields: fields, primaryKey: Soort.toekenningen.sleutel, foreignKeys: Self.bestuurKeys, rows: rows,
            importKind: .toekenningen)
    }

    private struct KPIKey: Hashable, Comparable {
        let projectjaar: Int, bestuur: String, actie: Int
        static func < (a: KPIKey, b: KPIKey) -> Bool { (a.projectjaar, a.bestuur, a.actie) < (b.projectjaar, b.bestuur, b.actie) }
    }

    /// Promised and reached KPIs side by side: the view NOTA3 2.5 says is published.
    func kpi() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het bestuur")
            + [.actie, .actieNaam,
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
        for t in gegevens.toekenningen { promised[KPIKey(projectjaar: t.projectjaar, bestuur: t.bestuur, actie: t.actie)] = t }
        var reported: [KPIKey: [Meetmoment: KPIRapportering]] = [:]
        for r in gegevens.kpiRapporteringen {
            reported[KPIKey(projectjaar: r.projectjaar, bestuur: r.bestuur, actie: r.actie), default: [:]][r.meetmoment] = r
        }
        let keys = Set(promised.keys).union(reported.keys).sorted()
        let rows: [[OpenDataValue]] = keys.map { key in
            let t = promised[key], zes = reported[key]?[.zesMaanden], twaalf = reported[key]?[.twaalfMaanden]
            let herkomst = [t?.herkomst, zes?.herkomst, twaalf?.herkomst].compactMap { $0 }
            func bron(_ h: Herkomst?) -> [OpenDataValue] { [Self.text(h?.bron), h?.rij.map(OpenDataValue.integer) ?? .empty] }
            return [.integer(key.projectjaar)] + bestuurValues(key.bestuur)
                + [.integer(key.actie), actieNaam(key.actie), Self.text(acties[key.actie]?.kpiEenheid),
                   t.map { .integer($0.kpiHuidigBereik) } ?? .empty, t.map { .integer($0.kpiVooropgesteld) } ?? .empty,
                   zes.map { .integer($0.kpiBehaald) } ?? .empty, twaalf.map { .integer($0.kpiBehaald) } ?? .empty,
                   Self.text(zes?.motivering), Self.text(twaalf?.motivering)]
                + bron(t?.herkomst) + bron(zes?.herkomst) + bron(twaalf?.herkomst)
                + [.boolean(herkomst.contains(where: \.voorbeelddata))]
        }
        return OpenDataResource(
            name: "kpi", title: "KPI's: vooropgesteld en behaald",
            description: "Per projectjaar, bestuur en actie de vooropgestelde KPI (uit toekenningen) naast de behaalde KPI na 6 maanden en na 1 jaar (uit kpi_rapportering). "
                + "Een afgeleid overzicht: het wordt niet ingevoerd (voer kpi_rapportering.csv en toekenningen.csv in).",
            fields: fields, primaryKey: Soort.toekenningen.sleutel, foreignKeys: Self.bestuurKeys, rows: rows)
    }

    func kpiRapportering() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het rapporterende bestuur")
            + [.actie, .actieNaam,
               OpenDataField(KolomSpec.meetmoment.naam, .string, "Wanneer gemeten: 6m (6 maanden na de toekenning) of 12m (1 jaar na de toekenning).",
                             required: true, enumeration: Meetmoment.allCases.map(\.rawValue)),
               OpenDataField(KolomSpec.kpiBehaald.naam, .integer, "De behaalde KPI op dat meetmoment.", required: true, minimum: 0),
               OpenDataField(KolomSpec.motivering.naam, .string, "Waarom een KPI niet behaald is (vrije tekst)."), .provincieVermeld]
            + OpenDataField.provenance
        let rows = gegevens.kpiRapporteringen.sorted {
            ($0.projectjaar, $0.bestuur, $0.actie, $0.meetmoment.rawValue.count, $0.meetmoment.rawValue)
                < ($1.projectjaar, $1.bestuur, $1.actie, $1.meetmoment.rawValue.count, $1.meetmoment.rawValue)
        }.map { r in
            [.integer(r.projectjaar)] + bestuurValues(r.bestuur)
                + [.integer(r.actie), actieNaam(r.actie), .text(r.meetmoment.rawValue), .integer(r.kpiBehaald),
                   Self.text(r.motivering), Self.text(r.provincieVermeld)] + OpenDataField.provenanceValues(r.herkomst)
        }
        return OpenDataResource(
            name: Soort.kpiRapportering.rawValue, title: "KPI-rapportering",
            description: "De gerapporteerde KPI's: één rij per projectjaar, bestuur, actie en meetmoment (6 maanden en 1 jaar na de toekenning).",
            fields: fields, primaryKey: Soort.kpiRapportering.sleutel, foreignKeys: Self.bestuurKeys, rows: rows,
            importKind: .kpiRapportering)
    }

    func aanvragen() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het aanvragende bestuur")
            + [.actie, .actieNaam,
               OpenDataField(KolomSpec.status.naam, .string, "goedgekeurd, geweigerd of ingetrokken.", required: true,
                             enumeration: AanvraagStatus.allCases.map(\.rawValue)),
               OpenDataField(KolomSpec.reden.naam, .string, "Reden van een weigering (vrije tekst)."), .provincieVermeld]
            + OpenDataField.provenance
        let rows = gegevens.aanvragen.sorted { ($0.projectjaar, $0.bestuur, $0.actie) < ($1.projectjaar, $1.bestuur, $1.actie) }.map { a in
            [.integer(a.projectjaar)] + bestuurValues(a.bestuur)
                + [.integer(a.actie), actieNaam(a.actie), .text(a.status.rawValue), Self.text(a.reden), Self.text(a.provincieVermeld)]
                + OpenDataField.provenanceValues(a.herkomst)
        }
        return OpenDataResource(
            name: Soort.aanvragen.rawValue, title: "Aanvragen",
            description: "De subsidieaanvragen, ook de geweigerde (met reden) en ingetrokken: één rij per projectjaar, bestuur en actie.",
            fields: fields, primaryKey: Soort.aanvragen.sleutel, foreignKeys: Self.bestuurKeys, rows: rows,
            importKind: .aanvragen)
    }

    func samenwerkingsverbanden() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar]
            + OpenDataField.bestuur(KolomSpec.indiener.naam, "Het bestuur dat voor het samenwerkingsverband indient (en de subsidie ontvangt)")
            + OpenDataField.bestuur(KolomSpec.partner.naam, "Een partnerbestuur in het samenwerkingsverband")
            + [.provincieVermeld] + OpenDataField.provenance
        let rows = gegevens.samenwerkingen.sorted { ($0.projectjaar, $0.indiener, $0.partner) < ($1.projectjaar, $1.indiener, $1.partner) }.map { s in
            [.integer(s.projectjaar)] + bestuurValues(s.indiener) + bestuurValues(s.partner) + [Self.text(s.provincieVermeld)]
                + OpenDataField.provenanceValues(s.herkomst)
        }
        return OpenDataResource(
            name: Soort.samenwerkingsverbanden.rawValue, title: "Samenwerkingsverbanden",
            description: "De intergemeentelijke samenwerkingsverbanden: één rij per projectjaar, indiener en partner.",
            fields: fields, primaryKey: Soort.samenwerkingsverbanden.sleutel,
            foreignKeys: [.projectjaar, .bestuur(KolomSpec.indiener.naam), .bestuur(KolomSpec.partner.naam)], rows: rows, importKind: .samenwerkingsverbanden)
    }

    func mentorschappen() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het mentorbestuur")
            + [.actie, .actieNaam] + OpenDataField.amount(KolomSpec.stimulans.naam, "De stimulans voor het mentorschap", required: true)
            + [OpenDataField(KolomSpec.toelichting.naam, .string, "Toelichting zoals aangeleverd (vrije tekst)."), .provincieVermeld]
            + OpenDataField.provenance
        let rows = gegevens.mentorschappen.sorted { ($0.projectjaar, $0.bestuur, $0.actie) < ($1.projectjaar, $1.bestuur, $1.actie) }.map { m in
            [.integer(m.projectjaar)] + bestuurValues(m.bestuur) + [.integer(m.actie), actieNaam(m.actie)]
                + OpenDataField.amountValues(m.stimulans) + [Self.text(m.toelichting), Self.text(m.provincieVermeld)]
                + OpenDataField.provenanceValues(m.herkomst)
        }
        return OpenDataResource(
            name: Soort.mentorschappen.rawValue, title: "Mentorschappen",
            description: "Besturen die een actie als mentor begeleiden, met de stimulans (standaard 10.000 euro).",
            fields: fields, primaryKey: Soort.mentorschappen.sleutel, foreignKeys: Self.bestuurKeys, rows: rows,
            importKind: .mentorschappen)
    }

    func sio() -> OpenDataResource {
        let fields: [OpenDataField] = [.projectjaar] + OpenDataField.bestuur(KolomSpec.bestuur.naam, "Het bestuur met het experiment")
            + [OpenDataField(KolomSpec.investeerder.naam, .string, "De investeerder (vrije tekst)."),
               OpenDataField(KolomSpec.socialeOrganisatie.naam, .string, "De sociale organisatie (vrije tekst).")]
            + OpenDataField.amount(KolomSpec.bedrag.naam, "Het bedrag van de stimulans (25.000 euro)", required: true)
            + [OpenDataField(KolomSpec.toelichting.naam, .string, "Toelichting zoals aangeleverd (vrije tekst)."), .provincieVermeld]
            + OpenDataField.provenance
        let rows = gegevens.sio.sorted { ($0.projectjaar, $0.bestuur) < ($1.projectjaar, $1.bestuur) }.map { s in
            [.integer(s.projectjaar)] + bestuurValues(s.bestuur) + [Self.text(s.investeerder), Self.text(s.socialeOrganisatie)]
                + OpenDataField.amountValues(s.bedrag) + [Self.text(s.toelichting), Self.text(s.provincieVermeld)]
                + OpenDataField.provenanceValues(s.herkomst)
        }
        return OpenDataResource(
            name: Soort.sio.rawValue, title: "Experimenten met een sociale impactobligatie (SIO)",
            description: "Experimenten met een sociale impactobligatie: investeerder, sociale organisatie en bedrag.",
            fields: fields, primaryKey: Soort.sio.sleutel, foreignKeys: [.projectjaar, .bestuur(KolomSpec.bestuur.naam)], rows: rows,
            importKind: .sio)
    }
}
