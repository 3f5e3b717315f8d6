import SamenlevenModel

/// Turns the rows of one kind into records, with every problem located. One function per
/// kind; the shared column handling lives in `RowReader`.
struct KindParser {
    let resolver: BestuurResolver
    let catalogus: Set<Int>
    /// The catalogue whose indicators the rows may name.
    let acties: ActieCatalogus
    let voorbeelddata: Bool

    /// A parsed record with what identifies it for duplicate detection.
    struct Parsed<R> {
        let record: R
        let sleutel: [KolomWaarde]
        let sleutelLabel: String
        let rij: Int
        let jaar: Int?
    }

    /// A parsed record of a kind with project years; its key comes from the description, the
    /// besturen of its key are named by their names.
    func parsed<R: Gegeven>(_ record: R, _ r: RowReader, besturen: [KolomSpec: Bestuur]) -> Parsed<R> {
        let sleutel = record.sleutelwaarden
        return Parsed(record: record, sleutel: sleutel, sleutelLabel: Self.sleutelLabel(R.soort, sleutel, besturen: besturen),
                      rij: r.rij, jaar: record.projectjaar)
    }

    /// "projectjaar 1, Gent, actie 3": the key as a duplicate-key message names it. The
    /// bestuur of a kind is named alone, other besturen (indiener, partner) with their column.
    static func sleutelLabel(_ soort: Soort, _ sleutel: [KolomWaarde], besturen: [KolomSpec: Bestuur]) -> String {
        zip(soort.sleutelKolommen, sleutel).compactMap { kolom, waarde -> String? in
            switch (kolom.waarde, waarde) {
            case (.indicator, .leeg): return nil   // no indicator: all of the action's
            case (.bestuur, _):
                let naam = besturen[kolom]?.naam ?? ""
                return kolom == .bestuur ? naam : "\(kolom.naam) \(naam)"
            case (.actie, .getal(let nummer)): return "\(KolomSpec.actie.naam) \(nummer)"
            case (_, .getal(let n)): return "\(kolom.naam) \(n)"
            case (_, .tekst(let s)), (_, .keuze(let s, _)): return "\(kolom.naam) \(s)"
            case (_, .bedrag(let euro)): return "\(kolom.naam) \(euro.belgianNumber)"
            case (_, .leeg): return kolom.naam
            }
        }.joined(separator: ", ")
    }

    func herkomst(_ r: RowReader) -> Herkomst {
        Herkomst(bron: r.bestand, rij: r.rij, voorbeelddata: voorbeelddata)
    }

    /// The key most kinds begin with: the project year, the bestuur as it was at that year's
    /// start, and the action (checked against the catalogue).
    func jaarBestuurActie(_ r: inout RowReader) -> (jaar: Int?, bestuur: Bestuur?, actie: Int?) {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        return (jaar, bestuur, r.actie(.actie, catalogus: catalogus))
    }

    func toekenning(_ r: inout RowReader) -> Parsed<Toekenning>? {
        let (jaar, bestuur, actie) = jaarBestuurActie(&r)
        let bereik = r.wholeNumber(.kpiHuidigBereik, default: 0)
        let kpi = r.wholeNumber(.kpiVooropgesteld)
        let subsidie = r.amount(.subsidie)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        let indicator = r.indicator(.indicator, actie: actie, acties: acties)
        guard let jaar, let bestuur, let actie, let bereik, let kpi, let subsidie, let indicator else { return nil }
        return parsed(Toekenning(projectjaar: jaar, bestuur: bestuur.code, actie: actie, indicator: indicator, kpiHuidigBereik: bereik,
                                 kpiVooropgesteld: kpi, subsidie: subsidie, toelichting: toelichting,
                                 provincieVermeld: provincie, herkomst: herkomst(r)), r, besturen: [.bestuur: bestuur])
    }

    func aanvraag(_ r: inout RowReader) -> Parsed<Aanvraag>? {
        let (jaar, bestuur, actie) = jaarBestuurActie(&r)
        let status = r.oneOf(.status, AanvraagStatus.self)
        let reden = r.text(.reden), provincie = r.text(.provincie)
        if status == .geweigerd && reden == nil { r.problem(KolomSpec.reden.naam, "een weigering vraagt een reden") }
        guard let jaar, let bestuur, let actie, let status, status != .geweigerd || reden != nil else { return nil }
        return parsed(Aanvraag(projectjaar: jaar, bestuur: bestuur.code, actie: actie, status: status, reden: reden,
                               provincieVermeld: provincie, herkomst: herkomst(r)), r, besturen: [.bestuur: bestuur])
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
        return parsed(Samenwerking(projectjaar: jaar, indiener: indiener.code, partner: partner.code,
                                   provincieVermeld: provincie, herkomst: herkomst(r)), r, besturen: [.indiener: indiener, .partner: partner])
    }

    func mentorschap(_ r: inout RowReader) -> Parsed<Mentorschap>? {
        let (jaar, bestuur, actie) = jaarBestuurActie(&r)
        let stimulans = r.amount(.stimulans)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let actie, !r.problemen.contains(where: { $0.kolom == KolomSpec.stimulans.naam }) else { return nil }
        return parsed(Mentorschap(projectjaar: jaar, bestuur: bestuur.code, actie: actie,
                                  stimulans: stimulans ?? Stimulans.mentorschap.bedrag!, toelichting: toelichting,
                                  provincieVermeld: provincie, herkomst: herkomst(r)), r, besturen: [.bestuur: bestuur])
    }

    func sio(_ r: inout RowReader) -> Parsed<SIOExperiment>? {
        let jaar = r.projectjaar()
        let bestuur = r.bestuur(.bestuur, jaar: jaar, resolver: resolver)
        let bedrag = r.amount(.bedrag)
        let investeerder = r.text(.investeerder), organisatie = r.text(.socialeOrganisatie)
        let toelichting = r.text(.toelichting), provincie = r.text(.provincie)
        guard let jaar, let bestuur, let bedrag else { return nil }
        return parsed(SIOExperiment(projectjaar: jaar, bestuur: bestuur.code, investeerder: investeerder,
                                    socialeOrganisatie: organisatie, bedrag: bedrag, toelichting: toelichting,
                                    provincieVermeld: provincie, herkomst: herkomst(r)), r, besturen: [.bestuur: bestuur])
    }

    func kpiRapportering(_ r: inout RowReader) -> Parsed<KPIRapportering>? {
        let (jaar, bestuur, actie) = jaarBestuurActie(&r)
        let meetmoment = r.oneOf(.meetmoment, Meetmoment.self)
        let behaald = r.wholeNumber(.kpiBehaald)
        let motivering = r.text(.motivering), provincie = r.text(.provincie)
        let indicator = r.indicator(.indicator, actie: actie, acties: acties)
        guard let jaar, let bestuur, let actie, let meetmoment, let behaald, let indicator else { return nil }
        return parsed(KPIRapportering(projectjaar: jaar, bestuur: bestuur.code, actie: actie, indicator: indicator, meetmoment: meetmoment,
                                      kpiBehaald: behaald, motivering: motivering, provincieVermeld: provincie,
                                      herkomst: herkomst(r)), r, besturen: [.bestuur: bestuur])
    }

    /// One row of a catalogue: an action, and one of its indicators when the row names one
    /// (rows of the same action are joined by the collector). Facts read from the file are
    /// `zeker` with the file and row as source; a standard amount left empty is derived as twice
    /// the contribution per unit.
    func actie(_ r: inout RowReader) -> Parsed<Actie>? {
        let nummer = r.wholeNumber(.nummer)
        if let nummer, !Actie.nummers.contains(nummer) { r.problem(KolomSpec.nummer.naam, "actienummer \(nummer) ligt niet tussen 1 en 24") }
        let naam = r.required(.naam)
        let doelstelling = r.wholeNumber(.doelstelling)
        if let doelstelling, Doelstelling.nummer(doelstelling) == nil { r.problem(KolomSpec.doelstelling.naam, "doelstelling \(doelstelling) bestaat niet; toegelaten: 1 tot 7") }
        let eenheid = r.text(.kpiEenheid)
        let bedrag = r.amount(.standaardbedrag)
        let indicator = r.text(.indicator)
        let maxBereik = r.wholeNumber(.maxBereik)
        let bijdrage = r.amount(.bijdragePerEenheid)
        if indicator == nil, let kolom = [KolomSpec.maxBereik, .bijdragePerEenheid].first(where: { r.text($0) != nil }) {
            r.problem(kolom.naam, "\(kolom.naam) hoort bij een indicator; vul ook de kolom indicator in")
        }
        let bedragKolommen = [KolomSpec.standaardbedrag.naam, KolomSpec.maxBereik.naam, KolomSpec.bijdragePerEenheid.naam, KolomSpec.indicator.naam]
        guard let nummer, Actie.nummers.contains(nummer), let naam, let doelstelling, Doelstelling.nummer(doelstelling) != nil,
              !r.problemen.contains(where: { $0.kolom.map(bedragKolommen.contains) ?? false }) else { return nil }
        let bron = Herleiding(.zeker, "\(r.bestand):\(r.rij)")
        var feiten: [ActieFeit: Herleiding] = [.nummer: bron, .naam: bron, .doelstelling: bron]
        if bedrag != nil { feiten[.standaardbedrag] = bron }
        let indicatoren = indicator.map { [Indicator(naam: $0, maxBereik: maxBereik, bijdragePerEenheid: bijdrage, herleiding: bron)] } ?? []
        if !indicatoren.isEmpty { feiten[.indicatoren] = bron }
        let sleutel: [KolomWaarde] = [.getal(nummer), KolomWaarde(indicator.map(NameKey.normalise))]
        return Parsed(record: Actie(nummer: nummer, naam: naam, doelstelling: doelstelling, zekerheid: .zeker,
                                    bron: r.bestand, kpiEenheid: eenheid, standaardbedrag: bedrag, indicatoren: indicatoren,
                                    feiten: feiten),
                      sleutel: sleutel, sleutelLabel: Self.sleutelLabel(.acties, [.getal(nummer), KolomWaarde(indicator)], besturen: [:]),
                      rij: r.rij, jaar: nil)
    }
}
