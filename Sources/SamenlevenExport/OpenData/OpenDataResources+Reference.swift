import SamenlevenModel

/// The reference tables the records point to: besturen (both geographies, NIS codes as text),
/// acties (the catalogue as the store holds it), doelstellingen and projectjaren.
struct ReferenceResources {
    let referentie: Referentie
    let acties: ActieCatalogus

    func all() -> [OpenDataResource] { [besturen(), actieCatalogus(), doelstellingen(), projectjaren()] }

    private static func text(_ s: String?) -> OpenDataValue { s.map(OpenDataValue.text) ?? .empty }

    private static func bronTitel(_ code: String) -> String {
        Bron.code(code).map { "\($0.code): \($0.titel)" + ($0.url.map { " (\($0))" } ?? "") } ?? code
    }

    func besturen() -> OpenDataResource {
        let fields: [OpenDataField] = [
            OpenDataField("code", .string, "NIS-code van de gemeente (tekst: vijf cijfers, voorloopnullen blijven staan), of VGC of DERAND.",
                          required: true),
            OpenDataField("naam", .string, "Officiële naam.", required: true),
            OpenDataField("soort", .string, "gemeente, gemeenschapscommissie (de VGC) of vzw (vzw De Rand).", required: true,
                          enumeration: BestuurSoort.allCases.map(\.rawValue)),
            OpenDataField("provincie", .string, "De provincie (Brussel-Hoofdstad voor de VGC).", required: true,
                          enumeration: Provincie.allCases.map(\.naam)),
            OpenDataField("provincie_nis", .string, "NIS-code van de provincie (tekst; 04000 is het Brussels Hoofdstedelijk Gewest).", required: true),
            OpenDataField("arrondissement", .string, "Het administratief arrondissement (leeg voor VGC, De Rand en gemeenten van 2025 over twee arrondissementen)."),
            OpenDataField("geldig_van", .date, "Eerste dag waarop het bestuur bestond (in deze gegevens).", required: true),
            OpenDataField("geldig_tot", .date, "Laatste dag waarop het bestond (leeg: bestaat nog); 2024-12-31 voor de gemeenten die op 1 januari 2025 fuseerden."),
            OpenDataField("opvolger", .string, "NIS-code van de gemeente van 2025 waarin het opging; zie code."),
            OpenDataField("inwoners_2020", .integer, "Inwoners op 1 januari 2020 (voor een gemeente van 2025: de som van haar voorgangers).", minimum: 0),
            OpenDataField("toelichting", .string, "Toelichting (bij VGC en vzw De Rand)."),
        ]
        let rows: [[OpenDataValue]] = referentie.besturen.sorted { ($0.soort == .gemeente ? 0 : 1, $0.code) < ($1.soort == .gemeente ? 0 : 1, $1.code) }.map { b in
            [.text(b.code), .text(b.naam), .text(b.soort.rawValue), .text(b.provincie.naam), .text(b.provincie.nisCode),
             Self.text(b.arrondissement), .date(b.geldigVan), b.geldigTot.map(OpenDataValue.date) ?? .empty,
             Self.text(b.opvolger), b.inwoners2020.map(OpenDataValue.integer) ?? .empty, Self.text(b.toelichting)]
        }
        return OpenDataResource(
            name: "besturen", title: "Besturen",
            description: "Alle lokale besturen die in de gegevens kunnen voorkomen: de 300 gemeenten van 2019-2024, de gemeenten die op 1 januari 2025 door fusie ontstonden, de VGC en vzw De Rand.",
            fields: fields, primaryKey: ["code"], foreignKeys: [OpenDataResource.ForeignKey(["opvolger"], "", ["code"])], rows: rows,
            sources: [Self.bronTitel("REFNIS")])
    }

    func actieCatalogus() -> OpenDataResource {
        let fields: [OpenDataField] = [
            OpenDataField("nummer", .integer, "Nummer van de actie (1 tot 24).", required: true, minimum: 1),
            OpenDataField("naam", .string, "Naam van de actie.", required: true),
            OpenDataField("doelstelling", .integer, "De doelstelling waartoe de actie behoort (leeg als geen bron het zegt); zie doelstellingen.", minimum: 1),
            OpenDataField("zekerheid", .string, "Hoe zeker de bronnen zijn (het zwakste feit van de regel): zeker, afgeleid of aanname.", required: true,
                          enumeration: Zekerheid.allCases.map(\.rawValue)),
            OpenDataField("kpi_eenheid", .string, "Eenheid van de KPI (bv. oefenkans, actieplan), waar gekend."),
        ] + OpenDataField.amount("standaardbedrag", "Standaardbedrag per KPI-eenheid (p in de verdeelsleutel), waar gekend") + [
            OpenDataField("gefinancierd", .boolean, "false voor een actie van het plan die Plan Samenleven niet financiert.", required: true),
            OpenDataField("vanaf_projectjaar", .integer, "Eerste projectjaar waarin de actie gefinancierd kon worden.", required: true,
                          enumeration: Projectjaar.alle.map { String($0.nummer) }),
            OpenDataField("opmerking", .string, "Opmerking bij de catalogus."),
            OpenDataField("bron", .string, "Bron van de catalogusregel (broncodes, of bestand:rij van een ingevoerde catalogus).", required: true),
        ]
        let rows: [[OpenDataValue]] = acties.acties.map { a in
            [.integer(a.nummer), .text(a.naam), a.doelstelling.map(OpenDataValue.integer) ?? .empty, .text(a.zekerheid.rawValue),
             Self.text(a.kpiEenheid)] + OpenDataField.amountValues(a.standaardbedrag)
                + [.boolean(a.gefinancierd), .integer(a.vanafProjectjaar), Self.text(a.opmerking), .text(a.bron)]
        }
        return OpenDataResource(
            name: "acties", title: "Acties",
            description: "De actiecatalogus van het plan (24 acties) zoals de databank hem gebruikt. De bronnen noemen niet alle acties; "
                + "de kolom zekerheid zegt hoe zeker elke regel is.",
            fields: fields, primaryKey: ["nummer"],
            foreignKeys: [OpenDataResource.ForeignKey(["doelstelling"], "doelstellingen", ["nummer"]),
                          OpenDataResource.ForeignKey(["vanaf_projectjaar"], "projectjaren", ["nummer"])],
            rows: rows,
            sources: ["S492", "VVSG", "WEB-CIJFERS"].map(Self.bronTitel))
    }

    func doelstellingen() -> OpenDataResource {
        let fields: [OpenDataField] = [
            OpenDataField("nummer", .integer, "Nummer van de doelstelling (1 tot 7).", required: true, minimum: 1),
            OpenDataField("naam", .string, "Korte naam.", required: true),
            OpenDataField("omschrijving", .string, "Langere omschrijving, waar de bronnen die geven."),
        ]
        let rows: [[OpenDataValue]] = Doelstelling.alle.map { [.integer($0.nummer), .text($0.naam), Self.text($0.omschrijving)] }
        return OpenDataResource(
            name: "doelstellingen", title: "Doelstellingen",
            description: "De zeven doelstellingen van het Plan Samenleven.",
            fields: fields, primaryKey: ["nummer"], foreignKeys: [], rows: rows, sources: [Self.bronTitel("S492")])
    }

    func projectjaren() -> OpenDataResource {
        let fields: [OpenDataField] = [
            OpenDataField("nummer", .integer, "Nummer van het projectjaar.", required: true, enumeration: Projectjaar.alle.map { String($0.nummer) }),
            OpenDataField("start", .date, "Eerste dag van het projectjaar.", required: true),
            OpenDataField("einde", .date, "Laatste dag van het projectjaar.", required: true),
        ] + OpenDataField.amount("toegekend", "De gepubliceerde toegekende subsidie van het projectjaar", required: true) + [
            OpenDataField("deelnemers_vermeld", .string, "De deelnemers zoals de bronnen ze vermelden."),
            OpenDataField("bron", .string, "Broncodes (zie sources in datapackage.json).", required: true),
            OpenDataField("opmerking", .string, "Opmerking, bv. tegenstrijdige bronnen."),
        ]
        let rows: [[OpenDataValue]] = Projectjaar.alle.map { p in
            [.integer(p.nummer), .date(p.start), .date(p.einde)] + OpenDataField.amountValues(p.toegekend)
                + [.text(p.deelnemersVermeld), .text(p.bron), Self.text(p.opmerking)]
        }
        return OpenDataResource(
            name: "projectjaren", title: "Projectjaren",
            description: "De drie projectjaren (projectperiodes) met hun begin, einde en gepubliceerde toegekende subsidie.",
            fields: fields, primaryKey: ["nummer"], foreignKeys: [], rows: rows,
            sources: ["S492", "NIEUWS2", "NOTA3"].map(Self.bronTitel))
    }
}
