import SamenlevenModel

/// KPIs per action and project year: the number of besturen, the granted subsidy, the KPI
/// promised (sum of kpi_vooropgesteld of the grants), the KPI reached after 6 and 12 months
/// (sums of the reports) and, in extra columns, the published figures where they exist.
///
/// Rows: kop actie (niveau 0) > detail per project year (1); the action's subtotal adds the
/// years up. KPIs of different actions have different units, so the total only adds up the
/// subsidy and counts the besturen. The published figures cover all besturen: with a province,
/// arrondissement, bestuur or group filter they are left out.
public enum KPIVraag: StandardQuery {
    public static let titel = "KPI's per actie en projectjaar: vooropgesteld, behaald en gepubliceerd"

    public static let kolommen: [Kolom] = [
        .omschrijving("Actie / projectjaar"),
        Kolom("besturen", "Besturen", .geheelGetal, optellen: false),
        Kolom("subsidie", "Toegekende subsidie", .euro),
        Kolom("kpi_vooropgesteld", "KPI vooropgesteld", .geheelGetal, optellen: false),
        Kolom("kpi_6m", "KPI behaald na 6 maanden", .geheelGetal, optellen: false),
        Kolom("kpi_12m", "KPI behaald na 12 maanden", .geheelGetal, optellen: false),
        Kolom("gepubliceerd_budget", "Budget (gepubliceerd)", .euro, optellen: false),
        Kolom("gepubliceerd_besturen", "Besturen (gepubliceerd)", .geheelGetal, optellen: false),
        Kolom("gepubliceerd_kpi_vooropgesteld", "KPI vooropgesteld (gepubliceerd)", .geheelGetal, optellen: false),
        Kolom("gepubliceerd_kpi_gerealiseerd", "KPI gerealiseerd (gepubliceerd)", .geheelGetal, optellen: false),
    ]

    /// The besturen involved: the indieners of these grants and reports, with their verband's
    /// partners, placed in the answer's geography.
    private static func betrokken(_ t: [Toekenning], _ r: [KPIRapportering], jaar: Int, _ context: QueryContext,
                                  _ selectie: Selectie) -> Set<String> {
        let indieners = t.map(\.bestuur) + r.map(\.bestuur)
        return Set(context.gegevens.betrokkenBesturen(indieners: indieners, projectjaar: jaar).map { selectie.plaats($0).code })
    }

    private struct ActieJaar: Hashable {
        let actie: Int
        let jaar: Int
    }

    /// The typed result (rows with their keys, fields and provenance); `antwoord` is its rendering.
    public static func resultaat(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> Resultaat {
        let selectie = Selectie(context, opties)
        let toekenningen = selectie.selecteer(context.gegevens.toekenningen)
        let rapporten = selectie.selecteer(context.gegevens.kpiRapporteringen)
        let metGepubliceerd = !opties.filtertBesturen
        let perT = Dictionary(grouping: toekenningen, by: { ActieJaar(actie: $0.actie, jaar: $0.projectjaar) })
        let perR = Dictionary(grouping: rapporten, by: { ActieJaar(actie: $0.actie, jaar: $0.projectjaar) })
        let sleutels = Set(perT.keys).union(perR.keys)
        var gebruiktePublicaties: [GepubliceerdCijfer] = []

        // The grouping of the engine (actie), a detail per project year.
        let detail = { (sleutel: ActieJaar) -> Knoop in
            let (actie, jaar) = (sleutel.actie, sleutel.jaar)
            let t = perT[sleutel] ?? [], r = perR[sleutel] ?? []
            var cellen: [String: Cel] = [
                "omschrijving": .tekst("Projectjaar \(jaar)"),
                "besturen": .getal(betrokken(t, r, jaar: jaar, context, selectie).count),
                "subsidie": .euro(t.reduce(.zero) { $0 + $1.subsidie }),
                "kpi_vooropgesteld": t.isEmpty ? .leeg : .getal(t.reduce(0) { $0 + $1.kpiVooropgesteld }),
                "kpi_6m": som(r.filter { $0.meetmoment == .zesMaanden }),
                "kpi_12m": som(r.filter { $0.meetmoment == .twaalfMaanden }),
            ]
            var herkomst = t.map(\.herkomst) + r.map(\.herkomst)
            if metGepubliceerd, let p = context.gepubliceerdeCijfers.first(where: { $0.actie == actie && $0.projectjaar == jaar }) {
                gebruiktePublicaties.append(p)
                cellen["gepubliceerd_budget"] = .euro(p.budget)
                cellen["gepubliceerd_besturen"] = .getal(p.besturen)
                cellen["gepubliceerd_kpi_vooropgesteld"] = .getal(p.kpiVooropgesteld)
                cellen["gepubliceerd_kpi_gerealiseerd"] = p.kpiGerealiseerd.map(Cel.getal) ?? .leeg
                herkomst.append(Herkomst(bron: p.bron, rij: nil))
            }
            return .detail(cellen: cellen, herkomst: herkomst, sleutels: [.projectjaar(jaar)])
        }
        let subtotaal = { (groep: [ActieJaar], details: [Knoop]) -> [String: Cel] in
            let actie = groep[0].actie
            let jaren = groep.map(\.jaar)
            let publicaties = gebruiktePublicaties.filter { $0.actie == actie }
            let vanActie = (toekenningen.filter { $0.actie == actie }, rapporten.filter { $0.actie == actie })
            var subtotaal: [String: Cel] = [
                "besturen": .getal(jaren.reduce(into: Set<String>()) { set, jaar in
                    set.formUnion(betrokken(vanActie.0.filter { $0.projectjaar == jaar }, vanActie.1.filter { $0.projectjaar == jaar },
                                            jaar: jaar, context, selectie))
                }.count),
            ]
            for id in ["kpi_vooropgesteld", "kpi_6m", "kpi_12m"] {
                subtotaal[id] = TabelBouwer.som(details.flatMap(\.details).compactMap { $0.cellen[id] }, soort: .geheelGetal)
            }
            if !publicaties.isEmpty {
                subtotaal["gepubliceerd_budget"] = .euro(publicaties.reduce(.zero) { $0 + $1.budget })
                subtotaal["gepubliceerd_kpi_vooropgesteld"] = .getal(publicaties.reduce(0) { $0 + $1.kpiVooropgesteld })
                // Only a complete sum: a pending period leaves the total unknown.
                if publicaties.count == jaren.count, publicaties.allSatisfy({ $0.kpiGerealiseerd != nil }) {
                    subtotaal["gepubliceerd_kpi_gerealiseerd"] = .getal(publicaties.reduce(0) { $0 + $1.kpiGerealiseerd! })
                }
            }
            return subtotaal
        }
        let knopen = selectie.knopen(Array(sleutels), [.actie], sleutel: { sleutel, _ in .actie(sleutel.actie) }, subtotaal: subtotaal) {
            $0.sorted { $0.jaar < $1.jaar }.map(detail)
        }

        let alleBesturen = Set(sleutels.map(\.jaar)).reduce(into: Set<String>()) { set, jaar in
            set.formUnion(betrokken(toekenningen.filter { $0.projectjaar == jaar }, rapporten.filter { $0.projectjaar == jaar },
                                    jaar: jaar, context, selectie))
        }

        var opmerkingen: [Voetnoot] = []
        if !sleutels.isEmpty {
            opmerkingen.append(Voetnoot("'Besturen' telt de betrokken lokale besturen: de indieners met de actie en de partners van hun "
                                        + "samenwerkingsverband in dat projectjaar, zoals de gepubliceerde cijfers (WEB-CIJFERS)."))
            opmerkingen.append(Voetnoot("KPI's van verschillende acties hebben een andere eenheid en worden niet over acties heen opgeteld; "
                                        + "'KPI vooropgesteld' omvat het huidig bereik."))
        }
        if !metGepubliceerd && !sleutels.isEmpty {
            opmerkingen.append(Voetnoot("De gepubliceerde cijfers gelden voor alle besturen samen; met een filter op provincie, arrondissement, bestuur of groep worden ze niet getoond."))
        }
        let openstaand = gebruiktePublicaties.filter { $0.kpiGerealiseerd == nil }
        if !openstaand.isEmpty {
            opmerkingen.append(Voetnoot("Gerealiseerde KPI nog niet gepubliceerd voor: "
                                        + openstaand.map { "actie \($0.actie) projectjaar \($0.projectjaar)" }.joined(separator: ", ") + "."))
        }
        if let onbekend = selectie.onbekendeBesturen(toekenningen.map(\.bestuur) + rapporten.map(\.bestuur)) { opmerkingen.append(onbekend) }

        let bronnen = Set(gebruiktePublicaties.map(\.bron)).sorted().map { code -> Voetnoot in
            let bron = Bron.code(code)
            var tekst = "Gepubliceerde cijfers: \(code)"
            if let bron { tekst += " (\(bron.titel)" + (bron.url.map { ", \($0)" } ?? "") + ")" }
            return Voetnoot(tekst, bron: code)
        }
        let herkomst = toekenningen.map(\.herkomst) + rapporten.map(\.herkomst)
        return selectie.resultaat(titel: titel, kolommen: kolommen, knopen: knopen,
                                  totaalCellen: ["besturen": .getal(alleBesturen.count)], herkomst: herkomst,
                                  jaren: sleutels.map(\.jaar), wat: "toekenningen of KPI-rapporteringen", leeg: sleutels.isEmpty,
                                  opmerkingen: opmerkingen, codes: toekenningen.map(\.bestuur) + rapporten.map(\.bestuur),
                                  gepubliceerdeBronnen: bronnen)
    }

    private static func som(_ rapporten: [KPIRapportering]) -> Cel {
        rapporten.isEmpty ? .leeg : .getal(rapporten.reduce(0) { $0 + $1.kpiBehaald })
    }
}
