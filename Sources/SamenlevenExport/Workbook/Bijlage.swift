import Foundation
import SamenlevenModel
import SamenlevenQueries
import XlsxWriter

/// The annex (bijlage) to the answer to a parliamentary question, as one print-ready
/// workbook with every answer:
///
/// | sheet | content |
/// |---|---|
/// | Toelichting | the question, the minister, the data vintage, definitions, sources, table of contents |
/// | Grafieken | granted subsidy per province and per doelstelling, with native Excel charts |
/// | one per province | deelvraag 1: the grants per bestuur, clustered per doelstelling; West-Vlaanderen with the toelichting |
/// | Samenwerkingsverbanden, Weigeringen, Aanvragen, Budget, Mentorschappen, SIO, KPI | deelvragen 2, 3, 4, 5, 7, 8 and the KPI overview |
///
/// All figures come from the standard questions (`StandaardVraag`) on one `QueryContext`
/// (the question's head, and which deelvraag each sheet answers, from its question file),
/// so the annex says exactly what `samenleven vraag` says.
public struct Bijlage: Sendable {
    public var context: QueryContext
    public var vraag: ParlementaireVraag
    /// Nil: every project year in the data.
    public var projectjaar: Int?
    /// Nil: the geography the queries choose (in force at the start of the project year).
    public var geografie: Geografie?
    /// The imported files the data come from (those of the context unless given).
    public var bronbestanden: [Bronbestand]
    /// The answered deelvragen of a question file: one sheet per deelvraag with a table (a
    /// toekenningen table grouped first per provincie: the province sheets). Nil: the standard
    /// questions, each under the deelvraag of `vraag` that asks for it.
    public var deelantwoorden: [Deelantwoord]?

    public init(context: QueryContext, vraag: ParlementaireVraag, projectjaar: Int? = nil,
                geografie: Geografie? = nil, bronbestanden: [Bronbestand]? = nil, deelantwoorden: [Deelantwoord]? = nil) {
        self.deelantwoorden = deelantwoorden
        self.context = context
        self.vraag = vraag
        self.projectjaar = projectjaar
        self.geografie = geografie
        self.bronbestanden = bronbestanden ?? context.bronbestanden
    }

    /// One answer sheet of the annex.
    public struct Antwoordblad: Sendable {
        public let naam: String
        /// What the sheet answers, for the table of contents.
        public let omschrijving: String
        public let tabel: AnswerTable
        /// The label of the deelvraag it answers ("1", "5a"); nil: none (for information).
        public let deelvraag: String?
        /// The typed result the sheet renders (before the annex's changes to its table).
        public let resultaat: Vraagresultaat
        /// The province of a deelvraag-1 sheet.
        public let provincie: Provincie?
    }

    public static let toelichtingBlad = "Toelichting"
    public static let grafiekenBlad = "Grafieken"

    /// The options of the whole bijlage; the Grafieken sheet summarises the grants, so its
    /// table names the deelvraag of the province sheets.
    var opties: QueryOptions {
        QueryOptions(projectjaar: projectjaar, geografie: geografie, vraagnummer: vraag.nummer, deelvraag: toekenningenDeelvraag)
    }

    /// The deelvraag the province sheets answer: the one a question file groups per provincie,
    /// or the one asking for the toekenningen.
    var toekenningenDeelvraag: String? {
        guard let deelantwoorden else { return vraag.deelvraag(voor: .toekenningen)?.nummer }
        return deelantwoorden.first(where: \.perProvincie)?.nummer
    }

    /// With deelantwoorden: a sheet per deelvraag with a table, in the order asked. Else
    /// toekenningen for every province, then the other standard questions.
    public func antwoordbladen() -> [Antwoordblad] {
        guard let deelantwoorden else {
            return provinciebladen(opties: opties, deelvraag: toekenningenDeelvraag) + standaardbladen()
        }
        var bladen: [Antwoordblad] = []
        for d in deelantwoorden {
            guard let antwoord = d.antwoord, let naam = d.blad else { continue }
            if d.perProvincie {
                let vraag = antwoord.vraag
                let enkel = vraag.projectjaren.count == 1 ? vraag.projectjaren.first : nil
                var opties = QueryOptions(projectjaar: enkel, geografie: vraag.geografie, vraagnummer: self.vraag.nummer,
                                          projectjaren: enkel == nil ? vraag.projectjaren : [], filter: vraag.filter)
                opties.filter.status = nil
                bladen += provinciebladen(opties: opties, deelvraag: d.nummer)
                continue
            }
            let tabel = antwoord.tabel
            bladen.append(Antwoordblad(naam: naam, omschrijving: "Deelvraag \(d.nummer): " + tabel.titel.lowercasedFirst, tabel: tabel,
                                       deelvraag: d.nummer, resultaat: antwoord.resultaat, provincie: nil))
        }
        return bladen
    }

    /// Toekenningen for every province (the sheets of a deelvraag grouped per provincie).
    func provinciebladen(opties: QueryOptions, deelvraag: String?) -> [Antwoordblad] {
        var bladen: [Antwoordblad] = []
        let label = deelvraag.map { "Deelvraag \($0): " } ?? "Geen deelvraag; ter informatie: "
        for provincie in Provincie.allCases {
            var opties = opties
            opties.provincie = provincie
            opties.deelvraag = deelvraag
            let resultaat = ToekenningenVraag.resultaat(context, opties: opties)
            var tabel = resultaat.tabel
            let plaats = provincie == .brusselHoofdstad ? "Brussel-Hoofdstad" : "provincie \(provincie.naam)"
            tabel.titel = "Toegekende subsidie per bestuur en actie, per doelstelling: \(plaats)"
            var omschrijving = label + "toegekende subsidie per bestuur en actie, geclusterd per doelstelling (\(plaats))"
            if provincie == .westVlaanderen {
                omschrijving += ", met de inhoudelijke toelichting"
            } else {
                // The question asks for the toelichting for West-Vlaanderen only.
                tabel = tabel.zonderKolommen([Veld.toelichting.rawValue])
                tabel.voetnoten.removeAll { $0.tekst == ToekenningenVraag.toelichtingVoetnoot }
                tabel.voetnoten.append(Voetnoot("De vraag vraagt de inhoudelijke toelichting enkel voor West-Vlaanderen; ze staat op dat blad."))
            }
            bladen.append(Antwoordblad(naam: provincie.naam, omschrijving: omschrijving, tabel: tabel, deelvraag: deelvraag,
                                       resultaat: resultaat, provincie: provincie))
        }
        return bladen
    }

    /// The standard questions after toekenningen, one sheet each.
    func standaardbladen() -> [Antwoordblad] {
        var bladen: [Antwoordblad] = []
        let andere: [StandaardVraag] = [.samenwerking, .weigeringen, .aanvragen, .budget, .mentorschap, .sio, .kpi]
        for standaardvraag in andere {
            let naam = standaardvraag.bladnaam
            let deelvraag = vraag.deelvraag(voor: standaardvraag)?.nummer
            var opties = opties
            opties.deelvraag = deelvraag
            let resultaat = standaardvraag.resultaat(context, opties: opties)
            let tabel = resultaat.tabel
            let omschrijving = (deelvraag.map { "Deelvraag \($0): " } ?? "Geen deelvraag; ter informatie: ")
                + tabel.titel.lowercasedFirst
            bladen.append(Antwoordblad(naam: naam, omschrijving: omschrijving, tabel: tabel, deelvraag: deelvraag,
                                       resultaat: resultaat, provincie: nil))
        }
        return bladen
    }

    /// Whether any sheet rests on synthetic example data.
    func voorbeelddata(_ bladen: [Antwoordblad]) -> Bool { bladen.contains { $0.tabel.voorbeelddata } }

    /// The Grafieken sheet summarises the province sheets: only a bijlage with them has it.
    func metGrafieken(_ bladen: [Antwoordblad]) -> Bool { bladen.contains { $0.provincie != nil } }

    /// The sheet names of the workbook, in order.
    public func bladnamen() -> [String] {
        let bladen = antwoordbladen()
        return [Self.toelichtingBlad] + (metGrafieken(bladen) ? [Self.grafiekenBlad] : []) + bladen.map(\.naam)
    }

    /// Writes the annex to `pad` (atomically). Returns the sheet names.
    @discardableResult
    public func schrijf(naar pad: String, instellingen: WerkboekInstellingen = WerkboekInstellingen()) throws -> [String] {
        let bladen = antwoordbladen()
        do {
            for blad in bladen { try AntwoordWerkboek.controleerGrootte(blad.tabel) }
            let grootste = bladen.map(\.tabel.rijen.count).max() ?? 0
            let workbook = try Workbook(path: pad, options: instellingen.opties(rijen: grootste))
            try workbook.setDocumentProperties(documentgegevens(bladen, aangemaakt: instellingen.aangemaakt))
            let opmaak = Opmaak(workbook)
            let voorbeelddata = voorbeelddata(bladen)
            let afdruk = Afdruk(voettekstLinks: "Vraag \(vraag.nummer)", voorbeelddata: voorbeelddata)

            let toelichting = try workbook.addWorksheet(Self.toelichtingBlad)
            let grafieken = metGrafieken(bladen) ? try workbook.addWorksheet(Self.grafiekenBlad) : nil
            try schrijfToelichting(op: toelichting, bladen: bladen, opmaak: opmaak, afdruk: afdruk)
            if let grafieken {
                try schrijfGrafieken(op: grafieken, bladen: bladen, opmaak: opmaak, afdruk: afdruk, workbook: workbook)
            }
            for blad in bladen {
                let sheet = try workbook.addWorksheet(blad.naam)
                let afdruk = Afdruk(voettekstLinks: "Vraag \(vraag.nummer)", voorbeelddata: blad.tabel.voorbeelddata)
                try AntwoordBlad.schrijf(blad.tabel, op: sheet, opmaak: opmaak, vraag: vraag, afdruk: afdruk)
            }
            try toelichting.activate()
            try workbook.close()
            return [Self.toelichtingBlad] + (grafieken == nil ? [] : [Self.grafiekenBlad]) + bladen.map(\.naam)
        } catch {
            throw WerkboekFout.van(error, pad: pad)
        }
    }

    func documentgegevens(_ bladen: [Antwoordblad], aangemaakt: Date?) -> DocumentProperties {
        let voorbeelddata = voorbeelddata(bladen)
        var opmerkingen = "Gegevensstand: " + (gegevensstand.isEmpty ? "geen ingeladen bestanden" : gegevensstand.joined(separator: "; ")) + "."
        if voorbeelddata { opmerkingen = Herkomst.voorbeelddataLabel + ". " + opmerkingen }
        return DocumentProperties(
            title: "Bijlage bij schriftelijke vraag nr. \(vraag.nummer): \(vraag.titel)",
            subject: "Plan Samenleven: antwoord op \(vraag.referentie)",
            author: Documentgegevens.auteur(vraag), company: Documentgegevens.bedrijf, category: "Parlementaire vraag",
            keywords: "Plan Samenleven, vraag \(vraag.nummer), bijlage, subsidies, lokale besturen, samenwerkingsverbanden, mentorschap, SIO",
            comments: opmerkingen, status: voorbeelddata ? Herkomst.voorbeelddataLabel : nil, created: aangemaakt)
    }

    /// "toekenningen, projectjaar 1: toekenningen.csv (8 rijen; SHA-256 0123456789ab…)"
    var gegevensstand: [String] {
        bronbestanden.map {
            "\($0.soort), projectjaar \($0.projectjaar): \($0.bestand) (\(BelgianNumber.format($0.rijen)) \($0.rijen == 1 ? "rij" : "rijen"); SHA-256 \($0.sha256.prefix(12))…)"
        }
    }

    // MARK: Toelichting

    /// The Toelichting sheet as document blocks.
    func toelichting(_ bladen: [Antwoordblad]) -> [DocumentBlock] {
        var regels: [DocumentBlock] = []
        if voorbeelddata(bladen) { regels.append(.note(Herkomst.voorbeelddataLabel)) }
        regels.append(.heading(level: 1, text: "Bijlage bij het antwoord op schriftelijke vraag nr. \(vraag.nummer)"))
        regels.append(.paragraph(vraag.titel))
        regels.append(.rule)
        regels.append(.item(label: "Vraag", text: "Schriftelijke vraag nr. \(vraag.nummer) van \(vraag.datum.dutch)"))
        regels.append(.item(label: "Vraagsteller", text: vraag.vraagsteller))
        regels.append(.item(label: "Minister", text: vraag.ministerMetFunctie))
        if let projectjaar, let jaar = Projectjaar.nummer(projectjaar) {
            regels.append(.item(label: "Projectjaar", text: "\(jaar.nummer) (\(jaar.start.dutch) tot en met \(jaar.einde.dutch))"))
        } else {
            let jaren = aanwezigeJaren
            regels.append(.item(label: "Projectjaar", text: jaren.isEmpty ? "alle projectjaren (er zijn nog geen gegevens ingeladen)"
                                 : "alle projectjaren in de gegevens: " + jaren.map(String.init).joined(separator: ", ")))
        }
        regels.append(.item(label: "Gemeentelijke indeling", text: opties.effectieveGeografie.label))
        let stand = gegevensstand
        if stand.isEmpty {
            regels.append(.item(label: "Gegevensstand", text: "geen ingeladen bestanden: enkel de referentiegegevens van de toolkit"))
        } else {
            for (n, regel) in stand.enumerated() { regels.append(.item(label: n == 0 ? "Gegevensstand" : "", text: regel)) }
        }
        if voorbeelddata(bladen) {
            let bestanden = Set(context.gegevens.alleHerkomst.filter(\.voorbeelddata).map(\.bron)).sorted()
            regels.append(.note("Deze bijlage bevat synthetische voorbeeldgegevens ("
                + bestanden.joined(separator: ", ") + "). Die cijfers zijn geen officiële cijfers: elk blad dat ze gebruikt, "
                + "draagt bovenaan het label \(Herkomst.voorbeelddataLabel).", label: "Let op"))
        }

        regels.append(.rule)
        regels.append(.heading(level: 2, text: "Inhoud"))
        if metGrafieken(bladen) {
            regels.append(.item(label: Self.grafiekenBlad, text: "Overzicht: toegekende subsidie per provincie en per doelstelling, met grafieken", link: Self.grafiekenBlad))
        }
        for blad in bladen { regels.append(.item(label: blad.naam, text: blad.omschrijving, link: blad.naam)) }

        regels.append(.rule)
        regels.append(.heading(level: 2, text: "De vraag"))
        for deelvraag in vraag.deelvragen {
            let bladen = bladen.filter { $0.deelvraag == deelvraag.nummer }.map(\.naam)
            let waar = bladen.isEmpty ? "Geen cijfers in deze bijlage: het antwoord staat in de tekst."
                : (bladen.count == 1 ? "Blad " : "Bladen ") + bladen.joined(separator: ", ") + "."
            regels.append(.item(label: "Deelvraag \(deelvraag.nummer)", text: deelvraag.tekst + "\n→ " + waar))
        }

        regels.append(.rule)
        regels.append(.heading(level: 2, text: "Definities"))
        regels.append(.item(label: "Projectjaar", text: "Een projectjaar (projectperiode) loopt van 1 oktober tot en met 30 september: "
            + Projectjaar.alle.map { "projectjaar \($0.nummer) van \($0.start.dutch) tot en met \($0.einde.dutch)" }.joined(separator: ", ") + "."))
        regels.append(.item(label: "Gemeentelijke indeling", text: "Besturen staan onder hun gemeente en provincie volgens de "
            + "\(opties.effectieveGeografie.label). Op 1 januari 2025 fusioneerden gemeenten (van 300 naar 285); in de indeling "
            + "vanaf 2025 staat een opgegane gemeente onder de nieuwe gemeente, in de provincie van die gemeente. "
            + "De VGC staat onder Brussel-Hoofdstad, vzw De Rand onder Vlaams-Brabant."))
        regels.append(.item(label: "Verdeelsleutel", text: "Vanaf projectjaar 3 (NOTA3 2.4): subsidie = p × min(K/2, K − B), nooit negatief, "
            + "met B het huidig bereik vóór het plan, K de vooropgestelde KPI (inclusief B) en p het standaardbedrag per eenheid. "
            + "Voorbeeld: B = 100, K = 500, p = 120 geeft 30.000 euro; B = 500, K = 800, p = 120 geeft 36.000 euro."))
        let stimuli = Stimulans.allCases.map { s in
            "\(s.omschrijving): " + (s.bedrag.map { $0.belgianWords } ?? "bedrag niet vermeld in de bronnen") + " (\(s.bron))"
        }
        regels.append(.item(label: "Stimulansen", text: "Bovenop de subsidie per actie: " + stimuli.joined(separator: "; ") + "."))
        regels.append(.item(label: "Bedragen", text: "In euro, exact tot op de cent. Subtotalen en totalen zijn formules (SUBTOTAAL) over de "
            + "rijen erboven; ze tellen geneste subtotalen niet dubbel en volgen een filter. Met de knoppen links van de rijen "
            + "klapt u provincies, besturen en doelstellingen open en dicht."))
        regels.append(.item(label: "Bron", text: "Elke rij noemt in de kolom Bron het bestand en de rij(en) waar haar cijfers vandaan komen "
            + "(bestand:rij; rij 1 is de kopregel). De voetnoten onder elke tabel noemen de bronnen en opmerkingen."))
        regels.append(.item(label: "Toelichting", text: "Lokale besturen waren niet verplicht hun acties inhoudelijk toe te lichten "
            + "(planlastvermindering). Zoals gevraagd staat de toelichting bij de toekenningen enkel op het blad West-Vlaanderen."))

        regels.append(.rule)
        regels.append(.heading(level: 2, text: "Bronnen"))
        for bron in Bron.alle {
            regels.append(.item(label: bron.code, text: bron.titel + (bron.url.map { " (\($0))" } ?? "")))
        }
        return regels
    }

    var aanwezigeJaren: [Int] {
        let g = context.gegevens
        let jaren = g.toekenningen.map(\.projectjaar) + g.aanvragen.map(\.projectjaar) + g.samenwerkingen.map(\.projectjaar)
            + g.mentorschappen.map(\.projectjaar) + g.sio.map(\.projectjaar) + g.kpiRapporteringen.map(\.projectjaar)
        return Set(jaren).sorted()
    }

    private func schrijfToelichting(op sheet: Worksheet, bladen: [Antwoordblad], opmaak: Opmaak, afdruk: Afdruk) throws {
        try afdruk.pasToe(op: sheet, kopRij: nil)
        try sheet.hideGridlines()
        try Werkbladtekst(breedtes: [24, 110]).schrijf(toelichting(bladen), op: sheet, opmaak: opmaak)
    }

    // MARK: Grafieken

    /// One line of a summary table on the Grafieken sheet.
    struct Samenvattingsregel: Equatable {
        let label: String
        let bedrag: Euro
        /// The sheet and cell that hold the figure (`Antwerpen`, `'Antwerpen'!D30`), if any.
        let verwijzing: (blad: String, cel: String)?
        let herkomst: [String]
        /// The rest line: what no province or doelstelling accounts for.
        var onbekend = false

        static func == (a: Self, b: Self) -> Bool {
            a.label == b.label && a.bedrag == b.bedrag && a.verwijzing?.blad == b.verwijzing?.blad
                && a.verwijzing?.cel == b.verwijzing?.cel && a.herkomst == b.herkomst && a.onbekend == b.onbekend
        }
    }

    /// Granted subsidy per province: the total of each province sheet (referenced by formula),
    /// and what no province sheet shows (records whose bestuur has no known province).
    func perProvincie(_ bladen: [Antwoordblad], totaal: Euro) -> [Samenvattingsregel] {
        var regels: [Samenvattingsregel] = []
        var som = Euro.zero
        for provincie in Provincie.allCases {
            guard let blad = bladen.first(where: { $0.provincie == provincie }), let index = blad.tabel.totaalIndex,
                  let totaalRij = blad.resultaat.totaal, let bedrag = totaalRij[.subsidie].bedrag else { continue }
            let indeling = AntwoordBlad.indeling(blad.tabel, vraag: vraag)
            let verwijzing = indeling.kolom(Veld.subsidie.rawValue).map {
                (blad.naam, CellReference.quoteSheetName(blad.naam) + "!" + CellReference.cellName(row: indeling.rij(index), column: $0))
            }
            regels.append(Samenvattingsregel(label: provincie.naam, bedrag: bedrag, verwijzing: verwijzing, herkomst: totaalRij.rij.herkomst))
            som = som + bedrag
        }
        if som != totaal {
            regels.append(Samenvattingsregel(label: "Provincie onbekend", bedrag: totaal - som, verwijzing: nil, herkomst: [], onbekend: true))
        }
        return regels
    }

    /// Granted subsidy per doelstelling (the toekenningen answer filtered per doelstelling).
    func perDoelstelling(totaal: Euro) -> [Samenvattingsregel] {
        var regels: [Samenvattingsregel] = []
        var som = Euro.zero
        for doelstelling in Doelstelling.alle {
            var opties = self.opties
            opties.doelstelling = doelstelling.nummer
            guard let rij = ToekenningenVraag.resultaat(context, opties: opties).totaal, let bedrag = rij[.subsidie].bedrag else { continue }
            regels.append(Samenvattingsregel(label: doelstelling.label, bedrag: bedrag, verwijzing: nil, herkomst: rij.rij.herkomst))
            som = som + bedrag
        }
        if som != totaal {
            regels.append(Samenvattingsregel(label: "Doelstelling onbekend",
                                             bedrag: totaal - som, verwijzing: nil, herkomst: [], onbekend: true))
        }
        return regels
    }

    private func schrijfGrafieken(op sheet: Worksheet, bladen: [Antwoordblad], opmaak: Opmaak, afdruk: Afdruk,
                                  workbook: Workbook) throws {
        let resultaat = ToekenningenVraag.resultaat(context, opties: opties)
        let geheel = resultaat.tabel
        let totaal = resultaat.totaal?[.subsidie].bedrag ?? .zero
        let provincies = perProvincie(bladen, totaal: totaal)
        let doelstellingen = perDoelstelling(totaal: totaal)

        let breedtes = [34, 20, Self.grafiekenBronBreedte]
        for (i, breedte) in breedtes.enumerated() { try sheet.setColumn(i, width: breedte) }
        try afdruk.pasToe(op: sheet, kopRij: nil)

        // Above the tables, as on the answer sheets (across the columns of the tables).
        var rij = 0
        let label = geheel.voorbeelddata ? rij : nil
        if label != nil { rij += 1 }
        let titel = (tekst: "Toegekende subsidie per provincie en per doelstelling", rij: rij)
        rij += 1
        let meta = AntwoordBlad.metaregels(geheel, vraag: vraag).enumerated().map { (tekst: $1, rij: rij + $0) }
        rij += meta.count + 1
        try AntwoordBlad.schrijfBoven(label: label, titel: titel, meta: meta, breedtes: breedtes, op: sheet, opmaak: opmaak)

        let eersteTabel = rij
        let provincieBereik = try samenvatting("Per provincie", kop: "Provincie", regels: provincies, vanaf: &rij, sheet: sheet, opmaak: opmaak)
        rij += 1
        let doelBereik = try samenvatting("Per doelstelling", kop: "Doelstelling", regels: doelstellingen, vanaf: &rij, sheet: sheet, opmaak: opmaak)
        rij += 1

        let voetnoten = [
            "Per provincie: formules naar het totaal van elk provinciaal blad.",
            "Per doelstelling: deelvraag 1 met een filter op de doelstelling",
            "(samenleven vraag toekenningen --doelstelling N).",
            "Totaal van deelvraag 1: \(totaal.belgianSymbol).",
        ] + (doelstellingen.contains(where: \.onbekend)
            ? ["Doelstelling onbekend: acties die de actiecatalogus aan geen doelstelling koppelt."] : [])
        for tekst in voetnoten {
            try sheet.write(tekst, row: rij, column: 0, format: opmaak.format(.meta))
            rij += 1
        }

        // A chart of a summary: its labels (column 0) against its amounts (column 1), to the
        // right of the tables.
        func grafiek(_ soort: Chart.Kind, per wat: String, rijen: ClosedRange<Int>, rij: Int) throws {
            let chart = try workbook.addChart(soort)
            try chart.addSeries(name: "Toegekende subsidie",
                                categories: SheetRange(sheet: sheet.name, range: CellRange(rows: rijen, columns: 0...0)),
                                values: SheetRange(sheet: sheet.name, range: CellRange(rows: rijen, columns: 1...1)))
            try chart.setTitle("Toegekende subsidie per \(wat)")
            try chart.setLegendPosition(.none)
            try chart.setValueAxisNumberFormat(WerkboekStijl.euroAsFormaat)
            try sheet.insertChart(chart, row: rij, column: 4,
                                  options: ChartPlacement(xScale: 1.3, yScale: 1.1, description: "Staafdiagram: toegekende subsidie per \(wat)"))
        }
        try grafiek(.column, per: "provincie", rijen: provincieBereik, rij: eersteTabel)
        try grafiek(.bar, per: "doelstelling", rijen: doelBereik, rij: eersteTabel + 17)
    }

    /// The width of the Bron column of the summaries on Grafieken.
    static let grafiekenBronBreedte = 48.0

    /// A summary table: heading, header, one row per line, a total (SUM formula). Returns the
    /// rows of the lines (for the chart).
    private func samenvatting(_ titel: String, kop: String, regels: [Samenvattingsregel], vanaf rij: inout Int,
                              sheet: Worksheet, opmaak: Opmaak) throws -> ClosedRange<Int> {
        try sheet.write(titel, row: rij, column: 0, format: opmaak.format(.sectie))
        try sheet.writeBlank(row: rij, column: 1, format: opmaak.format(.sectie))
        try sheet.writeBlank(row: rij, column: 2, format: opmaak.format(.sectie))
        rij += 1
        let kopFormaat = try opmaak.format(.kolomkop)
        for (i, tekst) in [kop, "Toegekende subsidie", "Bron"].enumerated() { try sheet.write(tekst, row: rij, column: i, format: kopFormaat) }
        rij += 1
        let eerste = rij
        let detail = { (kolom: Opmaak.Kolomsoort, eerste: Bool) in
            try opmaak.format(.cel(Opmaak.Celstijl(rij: .detail, kolom: kolom, niveau: 0, eerste: eerste, omloop: false)))
        }
        let bronFormaat = try opmaak.format(.cel(Opmaak.Celstijl(rij: .detail, kolom: .bron, niveau: 0, eerste: false, omloop: true)))
        var som = Euro.zero
        for regel in regels {
            try sheet.write(regel.label, row: rij, column: 0, format: detail(.tekst, true))
            let waarde = Double(regel.bedrag.cents) / 100
            if let verwijzing = regel.verwijzing {
                try sheet.writeFormula("=" + verwijzing.cel, row: rij, column: 1, format: detail(.euro, false), cachedResult: .number(waarde))
            } else {
                try sheet.write(waarde, row: rij, column: 1, format: detail(.euro, false))
            }
            let bron = ((regel.verwijzing.map { ["blad " + $0.blad] } ?? []) + regel.herkomst).joined(separator: "; ")
            // Sources wrap in their column (see AntwoordBlad.bronHoogte), never spill to the right.
            if let hoogte = AntwoordBlad.bronHoogte(bron, breedte: Self.grafiekenBronBreedte) { try sheet.setRow(rij, height: hoogte) }
            try sheet.write(bron, row: rij, column: 2, format: bronFormaat)
            som = som + regel.bedrag
            rij += 1
        }
        let laatste = rij - 1
        let totaal = { (kolom: Opmaak.Kolomsoort, eerste: Bool) in
            try opmaak.format(.cel(Opmaak.Celstijl(rij: .totaal, kolom: kolom, niveau: 0, eerste: eerste, omloop: false)))
        }
        try sheet.write("Totaal", row: rij, column: 0, format: totaal(.tekst, true))
        if laatste >= eerste {
            try sheet.writeFormula("=SUM(B\(eerste + 1):B\(laatste + 1))", row: rij, column: 1, format: totaal(.euro, false),
                                   cachedResult: .number(Double(som.cents) / 100))
        } else {
            try sheet.write(0.0, row: rij, column: 1, format: totaal(.euro, false))
        }
        try sheet.writeBlank(row: rij, column: 2, format: totaal(.bron, false))
        rij += 1
        return eerste...max(eerste, laatste)
    }
}

