import SamenlevenModel

/// Subvraag 8: the experiments with a social impact bond (sociale impactobligatie, SIO):
/// bestuur, investeerder, sociale organisatie, bedrag and toelichting. One detail row per
/// experiment (niveau 0) and the total.
public enum SIOVraag: StandardQuery {
    public static let titel = "Experimenten met sociale impactobligaties (SIO)"

    public static let kolommen: [Kolom] = [
        .omschrijving("Bestuur"),
        .projectjaar,
        Kolom("provincie", "Provincie", .tekst),
        Kolom("investeerder", "Investeerder", .tekst),
        Kolom("sociale_organisatie", "Sociale organisatie", .tekst),
        Kolom("bedrag", "Bedrag", .euro),
        .toelichting,
    ]

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties, toepasbaar: [.projectjaar, .provincie, .bestuur])
        let records = selectie.selecteer(context.gegevens.sio)
        let geplaatst = records.map { (selectie.plaats($0), $0) }
            .sorted { ($0.0.provincie.rang, $0.0.naam, $0.1.projectjaar) < ($1.0.provincie.rang, $1.0.naam, $1.1.projectjaar) }
        let knopen: [Knoop] = geplaatst.map { plaats, s in
            func tekst(_ value: String?) -> Cel { value.flatMap { $0.isEmpty ? nil : Cel.tekst($0) } ?? .leeg }
            return .detail(cellen: [
                "omschrijving": .tekst(plaats.label), "projectjaar": .getal(s.projectjaar),
                "provincie": tekst(plaats.provincie?.naam), "investeerder": tekst(s.investeerder),
                "sociale_organisatie": tekst(s.socialeOrganisatie), "bedrag": .euro(s.bedrag), "toelichting": tekst(s.toelichting),
            ], herkomst: [s.herkomst], sleutels: [.projectjaar(s.projectjaar), .provincie(plaats.provincie), plaats.sleutel])
        }

        var opmerkingen = [Voetnoot("Stimulans voor een \(Stimulans.sio.omschrijving): \(Stimulans.sio.bedrag!.belgianWords).",
                                    bron: Stimulans.sio.bron)]
        if let onbekend = selectie.onbekendeBesturen(records.map(\.bestuur)) { opmerkingen.append(onbekend) }
        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen, herkomst: records.map(\.herkomst),
                                  jaren: records.map(\.projectjaar), wat: "SIO-experimenten", leeg: records.isEmpty,
                                  opmerkingen: opmerkingen, codes: records.map(\.bestuur))
    }
}
