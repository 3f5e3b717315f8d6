import SamenlevenModel

/// Subvraag 7: mentor besturen per province, with the action (number and name) and the stimulus.
///
/// Rows: kop provincie (niveau 0) > detail per mentorship (1); a subtotal per province and the total.
public enum MentorschapVraag: StandardQuery {
    public static let titel = "Mentorbesturen per provincie, met actie en stimulans"

    public static let kolommen: [Kolom] = [
        .omschrijving("Provincie / mentorbestuur"),
        .projectjaar,
        Kolom("actienummer", "Actie", .geheelGetal, optellen: false),
        Kolom("actie", "Naam van de actie", .tekst),
        Kolom("mentorschappen", "Mentorschappen", .geheelGetal),
        Kolom("stimulans", "Stimulans", .euro),
        .toelichting,
    ]

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let records = selectie.selecteer(context.gegevens.mentorschappen)
        let knopen = selectie.perProvincie(records) { plaats, m in
            var cellen: [String: Cel] = [
                "omschrijving": .tekst(plaats.label), "projectjaar": .getal(m.projectjaar), "actienummer": .getal(m.actie),
                "actie": .tekst(context.acties[m.actie]?.naam ?? "(niet in de actiecatalogus)"),
                "mentorschappen": .getal(1), "stimulans": .euro(m.stimulans),
            ]
            if let t = m.toelichting, !t.isEmpty { cellen["toelichting"] = .tekst(t) }
            return .detail(cellen: cellen, herkomst: [m.herkomst],
                           sleutels: [.projectjaar(m.projectjaar), plaats.sleutel, .actie(m.actie)])
        }

        var opmerkingen = [Voetnoot("Stimulans voor het mentorschap van een actie: \(Stimulans.mentorschap.bedrag!.belgianWords) per actie.",
                                    bron: Stimulans.mentorschap.bron)]
        if let mentor = Bron.code("WEB-MENTOR"), let url = mentor.url {
            opmerkingen.append(Voetnoot("De inhoudelijke invulling per mentorbestuur: \(url)", bron: mentor.code))
        }
        if let onbekend = selectie.onbekendeBesturen(records.map(\.bestuur)) { opmerkingen.append(onbekend) }

        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen, herkomst: records.map(\.herkomst),
                                  jaren: records.map(\.projectjaar), wat: "mentorschappen", leeg: records.isEmpty,
                                  opmerkingen: opmerkingen, codes: records.map(\.bestuur))
    }
}
