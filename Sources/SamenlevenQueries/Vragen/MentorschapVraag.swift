import SamenlevenModel

/// Subvraag 7: mentor besturen per province, with the action (number and name) and the stimulus.
///
/// Rows: kop provincie (niveau 0) > detail per mentorship (1); a subtotal per province and the total.
public enum MentorschapVraag {
    public static let titel = "Mentorbesturen per provincie, met actie en stimulans"

    public static let kolommen: [Kolom] = [
        Kolom("omschrijving", "Provincie / mentorbestuur", .tekst),
        Kolom("projectjaar", "Projectjaar", .geheelGetal, optellen: false),
        Kolom("actienummer", "Actie", .geheelGetal, optellen: false),
        Kolom("actie", "Naam van de actie", .tekst),
        Kolom("mentorschappen", "Mentorschappen", .geheelGetal),
        Kolom("stimulans", "Stimulans", .euro),
        Kolom("toelichting", "Toelichting", .tekst),
    ]

    public static func antwoord(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> AnswerTable {
        resultaat(context, opties: opties).tabel
    }

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let records = context.gegevens.mentorschappen.filter {
            selectie.past(jaar: $0.projectjaar, bestuur: $0.bestuur, vermeld: $0.provincieVermeld) && selectie.actiePast($0.actie)
        }
        let geplaatst = records.map { (selectie.plaats($0.bestuur, vermeld: $0.provincieVermeld), $0) }
        let perProvincie = Dictionary(grouping: geplaatst, by: { $0.0.provincie })
        let knopen: [Knoop] = perProvincie.keys.sorted(by: Provincie?.sorteer).map { provincie in
            let lijst = perProvincie[provincie]!.sorted { ($0.0.naam, $0.0.code, $0.1.projectjaar, $0.1.actie) < ($1.0.naam, $1.0.code, $1.1.projectjaar, $1.1.actie) }
            return .groep(Groep(label: provincie.kopLabel, subtotaalLabel: provincie.subtotaalLabel,
                                kinderen: lijst.map { plaats, m in
                var cellen: [String: Cel] = [
                    "omschrijving": .tekst(plaats.label), "projectjaar": .getal(m.projectjaar), "actienummer": .getal(m.actie),
                    "actie": .tekst(context.acties[m.actie]?.naam ?? "(niet in de actiecatalogus)"),
                    "mentorschappen": .getal(1), "stimulans": .euro(m.stimulans),
                ]
                if let t = m.toelichting, !t.isEmpty { cellen["toelichting"] = .tekst(t) }
                return .detail(cellen: cellen, herkomst: [m.herkomst],
                               sleutels: [.projectjaar(m.projectjaar), plaats.sleutel, .actie(m.actie)])
            }, sleutels: [.provincie(provincie)]))
        }
        let getypeerd = TabelBouwer(kolommen: kolommen).getypeerd(knopen)
        let rijen = getypeerd.map(\.rij)

        var opmerkingen = [Voetnoot("Stimulans voor het mentorschap van een actie: \(Stimulans.mentorschap.bedrag!.belgianWords) per actie.",
                                    bron: Stimulans.mentorschap.bron)]
        if let mentor = Bron.code("WEB-MENTOR"), let url = mentor.url {
            opmerkingen.append(Voetnoot("De inhoudelijke invulling per mentorbestuur: \(url)", bron: mentor.code))
        }
        if let onbekend = selectie.onbekendeBesturen(records.map(\.bestuur)) { opmerkingen.append(onbekend) }

        let tabel = selectie.tabel(titel: titel, subvraag: 7, kolommen: kolommen, rijen: rijen, herkomst: records.map(\.herkomst),
                                   jaren: records.map(\.projectjaar), wat: "mentorschappen", leeg: records.isEmpty,
                                   opmerkingen: opmerkingen, codes: records.map(\.bestuur))
        return Resultaat(rijen: getypeerd, tabel: tabel)
    }
}
