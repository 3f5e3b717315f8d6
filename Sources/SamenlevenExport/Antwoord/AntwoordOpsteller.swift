import SamenlevenModel
import SamenlevenQueries

/// Fills an answer's data from the standard queries: every figure comes from an AnswerTable
/// (never computed a second time here) and is recorded with its source for `bronnen.md`.
public struct AntwoordOpsteller: Sendable {
    public let context: QueryContext
    public let vraag: ParlementaireVraag
    public let projectjaar: Int
    /// False when the question's date is not known (another number than 492 without
    /// `--datum`): the answer then shows a placeholder instead of a date.
    public let datumBekend: Bool

    /// The marker for the political answers (4, 6, 9) that the cabinet writes itself.
    public static let inTeVullen = "[IN TE VULLEN DOOR HET KABINET]"

    public init(context: QueryContext, vraag: ParlementaireVraag, projectjaar: Int, datumBekend: Bool = true) {
        self.context = context
        self.vraag = vraag
        self.projectjaar = projectjaar
        self.datumBekend = datumBekend
    }

    public struct Resultaat: Sendable {
        public let gegevens: AntwoordGegevens
        public let bronnen: [Cijferbron]
        /// The answer tables behind the figures, by standard question.
        public let tabellen: [StandaardVraag: AnswerTable]
    }

    public func stelOp() -> Resultaat {
        let opties = QueryOptions(projectjaar: projectjaar, vraagnummer: vraag.nummer)
        var tabellen: [StandaardVraag: AnswerTable] = [:]
        for v in StandaardVraag.allCases { tabellen[v] = v.beantwoord(context, opties: opties) }
        var bronnen: [Cijferbron] = []
        func noteer(_ antwoord: Int, _ wat: String, _ cel: Cel, _ tabel: AnswerTable) -> String {
            let waarde = CelOpmaak.belgisch(cel)
            let herkomst = tabel.totaalRij?.herkomst ?? []
            bronnen.append(Cijferbron(antwoord: antwoord, wat: wat, waarde: waarde,
                                      bron: herkomst.isEmpty ? tabel.gegevensstand : herkomst.joined(separator: "; ")))
            return waarde
        }
        let jaar = Projectjaar.nummer(projectjaar)!

        // 1. Grants per bestuur and action.
        let t1 = tabellen[.toekenningen]!
        let provincies = t1.rijen.filter { $0.soort == .subtotaal && $0.niveau == 0 }.map { rij in
            AntwoordGegevens.ProvincieBedrag(naam: CelOpmaak.belgisch(t1.cel(rij, "omschrijving")).replacingOccurrences(of: "Totaal ", with: ""),
                                             bedrag: CelOpmaak.belgisch(t1.cel(rij, "subsidie")), besturen: "")
        }
        let indieners = Set(context.gegevens.toekenningen.filter { $0.projectjaar == projectjaar }.map(\.bestuur))
        let paren = context.gegevens.toekenningen.filter { $0.projectjaar == projectjaar }.count
        let toekenningen = AntwoordGegevens.Toekenningen(
            totaal: noteer(1, "toegekende subsidie voor acties", t1.totaal("subsidie"), t1),
            besturen: noteer(1, "indienende besturen met een toekenning", .getal(indieners.count), t1),
            acties: noteer(1, "toekenningen (bestuur x actie)", .getal(paren), t1),
            provincies: provincies)

        // 2. Samenwerkingsverbanden.
        let t2 = tabellen[.samenwerking]!
        let telling = { (wat: GepubliceerdeTelling.Wat) in
            GepubliceerdeTelling.ingebouwd.first { $0.projectjaar == projectjaar && $0.wat == wat }
        }
        let gepubliceerdeIndieners = telling(.projectindieners)
        let gepubliceerdeBesturen = telling(.samenwerkendeBesturen)
        let indienersTekst = noteer(2, "projectindieners in een samenwerkingsverband", t2.totaal("indieners"), t2)
        let besturenTekst = noteer(2, "samenwerkende lokale besturen (indieners en partners)", t2.totaal("besturen"), t2)
        var opsomming: [AntwoordGegevens.Opsomming] = []
        var tabelRijen: [[String]] = []
        var provincie = ""
        var verbanden: [String] = []
        func sluitProvincie() {
            guard !provincie.isEmpty else { return }
            opsomming.append(.init(letter: Self.letter(opsomming.count), naam: provincie, tekst: verbanden.joined(separator: ", ")))
            verbanden = []
        }
        for rij in t2.rijen {
            switch rij.soort {
            case .kop where rij.niveau == 0:
                sluitProvincie()
                provincie = CelOpmaak.belgisch(t2.cel(rij, "omschrijving")).replacingOccurrences(of: "Provincie ", with: "")
            case .detail:
                let indiener = Self.zonderCode(CelOpmaak.belgisch(t2.cel(rij, "omschrijving")))
                let met = CelOpmaak.belgisch(t2.cel(rij, "samenwerkt_met"))
                verbanden.append(met.isEmpty ? indiener : "\(indiener) (samen met \(met))")
                tabelRijen.append([provincie, indiener, met])
            default:
                break
            }
        }
        sluitProvincie()
        let samenwerking = AntwoordGegevens.Samenwerking(
            indieners: indienersTekst, besturen: besturenTekst,
            lidmaatschappen: noteer(2, "lidmaatschappen", t2.totaal("lidmaatschappen"), t2),
            gepubliceerdeIndieners: gepubliceerdeIndieners.map { BelgianNumber.format($0.waarde) } ?? "",
            gepubliceerdeBesturen: gepubliceerdeBesturen.map { BelgianNumber.format($0.waarde) } ?? "",
            wijktAfVanPublicatie: gepubliceerdeIndieners.map { BelgianNumber.format($0.waarde) != indienersTekst } == true
                || gepubliceerdeBesturen.map { BelgianNumber.format($0.waarde) != besturenTekst } == true,
            provincies: opsomming,
            tabel: Self.markdownTabel(["Provincie", "Projectindiener", "Samen met"], tabelRijen))

        // 3. Refusals.
        let t3 = tabellen[.weigeringen]!
        let t4 = tabellen[.aanvragen]!
        let aantalWeigeringen = t3.totaal("geweigerd").geheelGetal ?? 0
        var weigerProvincies: [AntwoordGegevens.Opsomming] = []
        var weigerProvincie = ""
        var weigerLijst: [String] = []
        for rij in t3.rijen {
            if rij.soort == .kop && rij.niveau == 0 {
                if !weigerLijst.isEmpty {
                    weigerProvincies.append(.init(letter: Self.letter(weigerProvincies.count), naam: weigerProvincie, tekst: weigerLijst.joined(separator: "; ")))
                }
                weigerProvincie = CelOpmaak.belgisch(t3.cel(rij, "omschrijving")).replacingOccurrences(of: "Provincie ", with: "")
                weigerLijst = []
            } else if rij.soort == .detail, (t3.cel(rij, "geweigerd").geheelGetal ?? 0) > 0 {
                weigerLijst.append("\(Self.zonderCode(CelOpmaak.belgisch(t3.cel(rij, "omschrijving")))), \(CelOpmaak.belgisch(t3.cel(rij, "actie")).lowercasedFirst): \(CelOpmaak.belgisch(t3.cel(rij, "reden")))")
            }
        }
        if !weigerLijst.isEmpty {
            weigerProvincies.append(.init(letter: Self.letter(weigerProvincies.count), naam: weigerProvincie, tekst: weigerLijst.joined(separator: "; ")))
        }
        let weigeringen = AntwoordGegevens.Weigeringen(
            geen: aantalWeigeringen == 0,
            aantal: noteer(3, "geweigerde aanvragen", .getal(aantalWeigeringen), t3),
            aanvragen: noteer(3, "aanvragen", t4.totaal("aanvragen"), t4),
            provincies: weigerProvincies)

        // 4. Applications.
        let tKPI = tabellen[.kpi]!
        let aanvragen = AntwoordGegevens.Aanvragen(
            aanvragen: CelOpmaak.belgisch(t4.totaal("aanvragen")),
            goedgekeurd: noteer(4, "goedgekeurde aanvragen", t4.totaal("goedgekeurd"), t4),
            besturen: noteer(4, "aanvragende besturen", t4.totaal("besturen"), t4),
            deelnemers: noteer(4, "deelnemende lokale besturen (indieners en hun partners)", tKPI.totaal("besturen"), tKPI),
            deelnemersGepubliceerd: jaar.deelnemersVermeld)

        // 5. Budget.
        let t5 = tabellen[.budget]!
        let mentorTotaal = context.gegevens.mentorschappen.filter { $0.projectjaar == projectjaar }.reduce(Euro.zero) { $0 + $1.stimulans }
        let sioTotaal = context.gegevens.sio.filter { $0.projectjaar == projectjaar }.reduce(Euro.zero) { $0 + $1.bedrag }
        let toegekend = t5.totaal("toegekend").bedrag ?? .zero
        let budget = AntwoordGegevens.Budget(
            toegekend: noteer(5, "toegekend (acties en stimulansen)", t5.totaal("toegekend"), t5),
            acties: toekenningen.totaal,
            stimulansen: (mentorTotaal + sioTotaal).belgianNumber,
            gepubliceerd: jaar.toegekend.belgianNumber,
            klopt: toegekend == jaar.toegekend,
            volgendJaar: Projectjaar.alle.filter { $0.nummer == projectjaar + 1 }.map {
                AntwoordGegevens.VolgendJaar(nummer: "\($0.nummer)", bedrag: $0.toegekend.belgianNumber)
            })

        // 7. Mentorships.
        let t7 = tabellen[.mentorschap]!
        var mentorRijen: [[String]] = []
        var mentorProvincie = ""
        for rij in t7.rijen {
            if rij.soort == .kop && rij.niveau == 0 {
                mentorProvincie = CelOpmaak.belgisch(t7.cel(rij, "omschrijving")).replacingOccurrences(of: "Provincie ", with: "")
            } else if rij.soort == .detail {
                mentorRijen.append([CelOpmaak.belgisch(t7.cel(rij, "actie")), Self.zonderCode(CelOpmaak.belgisch(t7.cel(rij, "omschrijving"))), mentorProvincie])
            }
        }
        let aantalMentor = t7.totaal("mentorschappen").geheelGetal ?? 0
        let mentorschap = AntwoordGegevens.Mentorschap(
            aantal: noteer(7, "mentorschappen", .getal(aantalMentor), t7),
            stimulans: Stimulans.mentorschap.bedrag!.belgianNumber,
            totaal: noteer(7, "stimulans mentorschappen", t7.totaal("stimulans"), t7),
            geen: aantalMentor == 0,
            tabel: Self.markdownTabel(["Actie", "Lokaal bestuur", "Provincie"], mentorRijen))

        // 8. SIO.
        let t8 = tabellen[.sio]!
        let experimenten = t8.rijen.filter { $0.soort == .detail }.map { rij in
            AntwoordGegevens.SIOExperiment(
                bestuur: Self.zonderCode(CelOpmaak.belgisch(t8.cel(rij, "omschrijving"))),
                investeerder: Self.nietLeeg(CelOpmaak.belgisch(t8.cel(rij, "investeerder"))),
                socialeOrganisatie: Self.nietLeeg(CelOpmaak.belgisch(t8.cel(rij, "sociale_organisatie"))),
                bedrag: CelOpmaak.belgisch(t8.cel(rij, "bedrag")),
                toelichting: CelOpmaak.belgisch(t8.cel(rij, "toelichting")))
        }
        let sio = AntwoordGegevens.SIO(aantal: noteer(8, "SIO-experimenten", .getal(experimenten.count), t8),
                                       geen: experimenten.isEmpty, experimenten: experimenten)

        let voorbeelddata = tabellen.values.contains { $0.voorbeelddata }
        let gegevens = AntwoordGegevens(
            vraag: .init(nummer: "\(vraag.nummer)", datum: datumBekend ? vraag.datum.dutch : "[datum]", vraagsteller: vraag.vraagsteller,
                         minister: vraag.minister, functie: vraag.functie, titel: vraag.titel,
                         deelvragen: vraag.deelvragen.map { .init(nummer: "\($0.nummer)", tekst: $0.tekst) }),
            projectjaar: .init(nummer: "\(projectjaar)", periode: "\(jaar.start.dutch) – \(jaar.einde.dutch)",
                               gepubliceerdTotaal: jaar.toegekend.belgianNumber),
            geografie: opties.effectieveGeografie.label,
            voorbeelddata: voorbeelddata, voorbeelddataLabel: Herkomst.voorbeelddataLabel, inTeVullen: Self.inTeVullen,
            toekenningen: toekenningen, samenwerking: samenwerking, weigeringen: weigeringen, aanvragen: aanvragen,
            budget: budget, mentorschap: mentorschap, sio: sio)
        return Resultaat(gegevens: gegevens, bronnen: bronnen, tabellen: tabellen)
    }

    static func nietLeeg(_ tekst: String) -> String? { tekst.isEmpty ? nil : tekst }

    static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(97 + index % 26)))
    }

    /// "Harelbeke (34013)" -> "Harelbeke": the answer names besturen as people do.
    static func zonderCode(_ label: String) -> String {
        guard label.hasSuffix(")"), let open = label.lastIndex(of: "(") else { return label }
        let code = label[label.index(after: open)..<label.index(before: label.endIndex)]
        guard code.allSatisfy(\.isNumber) else { return label }
        return String(label[..<open]).trimmingCharacters(in: .whitespaces)
    }

    static func markdownTabel(_ kop: [String], _ rijen: [[String]]) -> String {
        guard !rijen.isEmpty else { return "" }
        func cellen(_ rij: [String]) -> [String] { rij.map { $0.replacingOccurrences(of: "|", with: "/") } }
        return MarkdownTable.lines(headers: cellen(kop), rows: rijen.map(cellen)).joined(separator: "\n")
    }
}
