import SamenlevenModel

/// Subvraag 3: refused applications (status geweigerd) per province, with the reasons.
///
/// Rows: kop provincie (niveau 0) > detail per refused application (1); a subtotal per
/// province and the total. Without refusals the total is 0 and a footnote says how many
/// applications were considered.
public enum WeigeringenVraag: StandardQuery {
    public static let titel = "Geweigerde subsidieaanvragen per provincie, met reden"

    public static let kolommen: [Kolom] = [
        .omschrijving("Provincie / bestuur"),
        .projectjaar,
        Kolom("actie", "Actie", .tekst),
        Kolom("reden", "Reden van weigering", .tekst),
        Kolom("geweigerd", "Geweigerde aanvragen", .geheelGetal),
    ]

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let aanvragen = selectie.selecteer(context.gegevens.aanvragen)
        let geweigerd = aanvragen.filter { $0.status == .geweigerd }

        let knopen = selectie.perProvincie(geweigerd) { plaats, a in
            let reden = a.reden.flatMap { $0.isEmpty ? nil : $0 } ?? "(geen reden vermeld)"
            return .detail(cellen: ["omschrijving": .tekst(plaats.label), "projectjaar": .getal(a.projectjaar),
                                    "actie": .tekst(selectie.actieLabel(a.actie)), "reden": .tekst(reden), "geweigerd": .getal(1)],
                           herkomst: [a.herkomst], sleutels: [.projectjaar(a.projectjaar), plaats.sleutel, .actie(a.actie)])
        }

        var opmerkingen: [Voetnoot] = []
        if !aanvragen.isEmpty {
            if geweigerd.isEmpty {
                opmerkingen.append(Voetnoot("Geen weigeringen: elke aanvraag kon gehonoreerd worden (0 van \(aanvragen.count) aanvragen geweigerd)."))
            } else {
                opmerkingen.append(Voetnoot("\(geweigerd.count) van \(aanvragen.count) aanvragen geweigerd."))
            }
        } else if !context.gegevens.toekenningen.isEmpty {
            opmerkingen.append(Voetnoot("Zonder aanvragen kan niet bepaald worden of er aanvragen geweigerd werden: toekenningen tonen enkel wat goedgekeurd werd."))
        }
        if let onbekend = selectie.onbekendeBesturen(geweigerd.map(\.bestuur)) { opmerkingen.append(onbekend) }

        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen, herkomst: aanvragen.map(\.herkomst),
                                  jaren: aanvragen.map(\.projectjaar), wat: "aanvragen", leeg: aanvragen.isEmpty,
                                  opmerkingen: opmerkingen, codes: geweigerd.map(\.bestuur))
    }
}
