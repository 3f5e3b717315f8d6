import SamenlevenModel

/// Turns the rows of one kind into records, with every problem located. One function per
/// kind; the shared column handling lives in `RowReader`.
struct KindParser {
    let resolver: BestuurResolver
    let catalogus: Set<Int>
    let voorbeelddata: Bool

    /// A parsed record with what identifies it for duplicate detection.
    struct Parsed<R> {
        let record: R
        let sleutel: String
        let sleutelLabel: String
        let rij: Int
        let jaar: Int?
    }

    func herkomst(_ r: RowReader) -> Herkomst {
        Herkomst(bron: r.bestand, rij: r.rij, voorbeelddata: voorbeelddata)
    }

    func toekenning(_ r: inout RowReader) -> Parsed<Toekenning>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let actie = r.actie(.actie, catalogus: catalogus)
        let bereik = r.wholeNumber(.kpiHuidigBereik, default: 0)
        let kpi = r.wholeNumber(.kpiVooropgesteld)
        let subsidie = r.amount(.subsidie)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let actie, let bereik, let kpi, let subsidie else { return nil }
        return Parsed(record: Toekenning(projectjaar: jaar, bestuur: bestuur.code, actie: actie, kpiHuidigBereik: bereik,
                                         kpiVooropgesteld: kpi, subsidie: subsidie, toelichting: toelichting,
                                         provincieVermeld: provincie, herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(bestuur.code)|\(actie)",
                      sleutelLabel: "projectjaar \(jaar), \(bestuur.naam), actie \(actie)", rij: r.rij, jaar: jaar)
    }

    func aanvraag(_ r: inout RowReader) -> Parsed<Aanvraag>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let actie = r.actie(.actie, catalogus: catalogus)
        let status = r.oneOf(.status, AanvraagStatus.self)
        let reden = r.text(.reden), provincie = r.text(.provincie)
        if status == .geweigerd && reden == nil { r.problem(KolomSpec.reden.naam, "een weigering vraagt een reden") }
        guard let jaar, let bestuur, let actie, let status, status != .geweigerd || reden != nil else { return nil }
        return Parsed(record: Aanvraag(projectjaar: jaar, bestuur: bestuur.code, actie: actie, status: status, reden: reden,
                                       provincieVermeld: provincie, herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(bestuur.code)|\(actie)",
                      sleutelLabel: "projectjaar \(jaar), \(bestuur.naam), actie \(actie)", rij: r.rij, jaar: jaar)
    }

    func samenwerking(_ r: inout RowReader) -> Parsed<Samenwerking>? {
        let jaar = r.projectjaar()
        let indiener = r.bestuur(.indiener, jaar: jaar, resolver: resolver)
        let partner = r.bestuur(.partner, jaar: jaar, resolver: resolver)
        let provincie = r.text(.provincie)
        if let indiener, let partner, indiener.code == partner.code {
            r.problem(KolomSpec.partner.naam, "de partner is de indiener zelf (\(indiener.naam)); een indiener is geen partner van zichzelf")
            return nil
        }
        guard let jaar, let indiener, let partner else { return nil }
        return Parsed(record: Samenwerking(projectjaar: jaar, indiener: indiener.code, partner: partner.code,
                                           provincieVermeld: provincie, herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(indiener.code)|\(partner.code)",
                      sleutelLabel: "projectjaar \(jaar), indiener \(indiener.naam), partner \(partner.naam)", rij: r.rij, jaar: jaar)
    }

    func mentorschap(_ r: inout RowReader) -> Parsed<Mentorschap>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let actie = r.actie(.actie, catalogus: catalogus)
        let stimulans = r.amount(.stimulans)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let actie, !r.problemen.contains(where: { $0.kolom == KolomSpec.stimulans.naam }) else { return nil }
        return Parsed(record: Mentorschap(projectjaar: jaar, bestuur: bestuur.code, actie: actie,
                                          stimulans: stimulans ?? Stimulans.mentorschap.bedrag!, toelichting: toelichting,
                                          provincieVermeld: provincie, herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(bestuur.code)|\(actie)",
                      sleutelLabel: "projectjaar \(jaar), \(bestuur.naam), actie \(actie)", rij: r.rij, jaar: jaar)
    }

    func sio(_ r: inout RowReader) -> Parsed<SIOExperiment>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let bedrag = r.amount(.bedrag)
        let investeerder = r.text(.investeerder), organisatie = r.text(.socialeOrganisatie)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let bedrag else { return nil }
        return Parsed(record: SIOExperiment(projectjaar: jaar, bestuur: bestuur.code, investeerder: investeerder,
                                            socialeOrganisatie: organisatie, bedrag: bedrag, toelichting: toelichting,
                                            provincieVermeld: provincie, herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(bestuur.code)", sleutelLabel: "projectjaar \(jaar), \(bestuur.naam)", rij: r.rij, jaar: jaar)
    }

    func kpiRapportering(_ r: inout RowReader) -> Parsed<KPIRapportering>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let actie = r.actie(.actie, catalogus: catalogus)
        let meetmoment = r.oneOf(.meetmoment, Meetmoment.self)
        let behaald = r.wholeNumber(.kpiBehaald)
        let motivering = r.text(.motivering), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let actie, let meetmoment, let behaald else { return nil }
        return Parsed(record: KPIRapportering(projectjaar: jaar, bestuur: bestuur.code, actie: actie, meetmoment: meetmoment,
                                              kpiBehaald: behaald, motivering: motivering, provincieVermeld: provincie,
                                              herkomst: herkomst(r)),
                      sleutel: "\(jaar)|\(bestuur.code)|\(actie)|\(meetmoment.rawValue)",
                      sleutelLabel: "projectjaar \(jaar), \(bestuur.naam), actie \(actie), meetmoment \(meetmoment.rawValue)",
                      rij: r.rij, jaar: jaar)
    }

    func actie(_ r: inout RowReader) -> Parsed<Actie>? {
        let nummer = r.wholeNumber(.nummer)
        if let nummer, !Actie.nummers.contains(nummer) { r.problem(KolomSpec.nummer.naam, "actienummer \(nummer) ligt niet tussen 1 en 24") }
        let naam = r.required(.naam)
        let doelstelling = r.wholeNumber(.doelstelling)
        if let doelstelling, Doelstelling.nummer(doelstelling) == nil { r.problem(KolomSpec.doelstelling.naam, "doelstelling \(doelstelling) bestaat niet; toegelaten: 1 tot 7") }
        let eenheid = r.text(.kpiEenheid)
        let bedrag = r.amount(.standaardbedrag)
        guard let nummer, Actie.nummers.contains(nummer), let naam, let doelstelling, Doelstelling.nummer(doelstelling) != nil,
              !r.problemen.contains(where: { $0.kolom == KolomSpec.standaardbedrag.naam }) else { return nil }
        return Parsed(record: Actie(nummer: nummer, naam: naam, doelstelling: doelstelling, zekerheid: .zeker,
                                    bron: r.bestand, kpiEenheid: eenheid, standaardbedrag: bedrag),
                      sleutel: "\(nummer)", sleutelLabel: "actie \(nummer)", rij: r.rij, jaar: nil)
    }
}
