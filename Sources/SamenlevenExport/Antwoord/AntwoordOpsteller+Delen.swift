import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries

extension AntwoordOpsteller {
    /// The parts of the answer, one per deelvraag, each read from the typed results; every
    /// figure is noted with its source, in the order the answer gives them.
    struct Opstelling {
        let resultaten: [StandaardVraag: Vraagresultaat]
        let projectjaar: Int
        private(set) var bronnen: [Cijferbron] = []

        subscript(_ vraag: StandaardVraag) -> Vraagresultaat { resultaten[vraag]! }

        /// The figure as the answer writes it, noted with the provenance of its result's total.
        mutating func noteer(_ tabel: StandaardVraag, _ wat: String, _ cel: Cel, _ resultaat: Vraagresultaat) -> String {
            let waarde = CelOpmaak.belgisch(cel)
            let herkomst = resultaat.tabel.totaalRij?.herkomst ?? []
            bronnen.append(Cijferbron(tabel: tabel, wat: wat, waarde: waarde,
                                      bron: herkomst.isEmpty ? resultaat.tabel.gegevensstand : herkomst.joined(separator: "; ")))
            return waarde
        }

        func totaal(_ vraag: StandaardVraag, _ veld: Veld) -> Cel { self[vraag].totaal?[veld] ?? .leeg }

        // 1. Grants per bestuur and action.
        mutating func toekenningen() -> AntwoordGegevens.Toekenningen {
            let resultaat = self[.toekenningen]
            let provincies = resultaat.rijen(.subtotaal, niveau: 0).map { rij in
                AntwoordGegevens.ProvincieBedrag(naam: rij.provincie.map(AntwoordOpsteller.inZin) ?? "",
                                                 bedrag: CelOpmaak.belgisch(rij[.subsidie]), besturen: "")
            }
            let indieners = Set(resultaat.details.compactMap { $0.bestuur?.code })
            return AntwoordGegevens.Toekenningen(
                totaal: noteer(.toekenningen, "toegekende subsidie voor acties", totaal(.toekenningen, .subsidie), resultaat),
                besturen: noteer(.toekenningen, "indienende besturen met een toekenning", .getal(indieners.count), resultaat),
                acties: noteer(.toekenningen, "toekenningen (bestuur x actie)", .getal(resultaat.details.count), resultaat),
                provincies: provincies)
        }

        // 2. Samenwerkingsverbanden.
        mutating func samenwerking() -> AntwoordGegevens.Samenwerking {
            let resultaat = self[.samenwerking]
            let jaar = projectjaar
            let telling = { (wat: GepubliceerdeTelling.Wat) in
                GepubliceerdeTelling.ingebouwd.first { $0.projectjaar == jaar && $0.wat == wat }
                    .map { BelgianNumber.format($0.waarde) }
            }
            let gepubliceerdeIndieners = telling(.projectindieners)
            let gepubliceerdeBesturen = telling(.samenwerkendeBesturen)
            let indieners = noteer(.samenwerking, "projectindieners in een samenwerkingsverband", totaal(.samenwerking, .indieners), resultaat)
            let besturen = noteer(.samenwerking, "samenwerkende lokale besturen (indieners en partners)", totaal(.samenwerking, .besturen), resultaat)
            var opsomming: [AntwoordGegevens.Opsomming] = []
            var tabelRijen: [[String]] = []
            for (provincie, rijen) in AntwoordOpsteller.perProvincie(resultaat.details) {
                let verbanden = rijen.map { rij -> String in
                    let indiener = rij.bestuur?.naam ?? ""
                    let met = CelOpmaak.belgisch(rij[.samenwerktMet])
                    tabelRijen.append([provincie, indiener, met])
                    return met.isEmpty ? indiener : "\(indiener) (samen met \(met))"
                }
                opsomming.append(.init(letter: AntwoordOpsteller.letter(opsomming.count), naam: provincie,
                                       tekst: verbanden.joined(separator: ", ")))
            }
            return AntwoordGegevens.Samenwerking(
                indieners: indieners, besturen: besturen,
                lidmaatschappen: noteer(.samenwerking, "lidmaatschappen", totaal(.samenwerking, .lidmaatschappen), resultaat),
                gepubliceerdeIndieners: gepubliceerdeIndieners ?? "",
                gepubliceerdeBesturen: gepubliceerdeBesturen ?? "",
                wijktAfVanPublicatie: gepubliceerdeIndieners.map { $0 != indieners } == true
                    || gepubliceerdeBesturen.map { $0 != besturen } == true,
                provincies: opsomming,
                tabel: AntwoordOpsteller.markdownTabel(["Provincie", "Projectindiener", "Samen met"], tabelRijen))
        }

        // 3. Refusals.
        mutating func weigeringen() -> AntwoordGegevens.Weigeringen {
            let resultaat = self[.weigeringen]
            let aantal = totaal(.weigeringen, .geweigerd).geheelGetal ?? 0
            var provincies: [AntwoordGegevens.Opsomming] = []
            for (provincie, rijen) in AntwoordOpsteller.perProvincie(resultaat.details) {
                let lijst = rijen.filter { ($0[.geweigerd].geheelGetal ?? 0) > 0 }.map { rij in
                    "\(rij.bestuur?.naam ?? ""), \(CelOpmaak.belgisch(rij[.actie]).lowercasedFirst): \(CelOpmaak.belgisch(rij[.reden]))"
                }
                guard !lijst.isEmpty else { continue }
                provincies.append(.init(letter: AntwoordOpsteller.letter(provincies.count), naam: provincie,
                                        tekst: lijst.joined(separator: "; ")))
            }
            return AntwoordGegevens.Weigeringen(
                geen: aantal == 0,
                aantal: noteer(.weigeringen, "geweigerde aanvragen", .getal(aantal), resultaat),
                aanvragen: noteer(.weigeringen, "aanvragen", totaal(.aanvragen, .aanvragen), self[.aanvragen]),
                provincies: provincies)
        }

        // 4. Applications.
        mutating func aanvragen() -> AntwoordGegevens.Aanvragen {
            let resultaat = self[.aanvragen]
            return AntwoordGegevens.Aanvragen(
                aanvragen: CelOpmaak.belgisch(totaal(.aanvragen, .aanvragen)),
                goedgekeurd: noteer(.aanvragen, "goedgekeurde aanvragen", totaal(.aanvragen, .goedgekeurd), resultaat),
                besturen: noteer(.aanvragen, "aanvragende besturen", totaal(.aanvragen, .besturen), resultaat),
                deelnemers: noteer(.aanvragen, "deelnemende lokale besturen (indieners en hun partners)", totaal(.kpi, .besturen), self[.kpi]),
                deelnemersGepubliceerd: Projectjaar.nummer(projectjaar)!.deelnemersVermeld)
        }

        // 5. Budget: the stimuli are the totals of the answers on mentorships and SIO.
        mutating func budget(acties: String) -> AntwoordGegevens.Budget {
            let jaar = Projectjaar.nummer(projectjaar)!
            let stimulansen = (totaal(.mentorschap, .stimulans).bedrag ?? .zero) + (totaal(.sio, .bedrag).bedrag ?? .zero)
            let toegekend = totaal(.budget, .toegekend)
            return AntwoordGegevens.Budget(
                toegekend: noteer(.budget, "toegekend (acties en stimulansen)", toegekend, self[.budget]),
                acties: acties,
                stimulansen: stimulansen.belgianNumber,
                gepubliceerd: jaar.toegekend.belgianNumber,
                klopt: (toegekend.bedrag ?? .zero) == jaar.toegekend,
                volgendJaar: Projectjaar.alle.filter { $0.nummer == projectjaar + 1 }.map {
                    AntwoordGegevens.VolgendJaar(nummer: "\($0.nummer)", bedrag: $0.toegekend.belgianNumber)
                })
        }

        // 7. Mentorships.
        mutating func mentorschap() -> AntwoordGegevens.Mentorschap {
            let resultaat = self[.mentorschap]
            let rijen = AntwoordOpsteller.perProvincie(resultaat.details).flatMap { provincie, rijen in
                rijen.map { [CelOpmaak.belgisch($0[.actie]), $0.bestuur?.naam ?? "", provincie] }
            }
            let aantal = totaal(.mentorschap, .mentorschappen).geheelGetal ?? 0
            return AntwoordGegevens.Mentorschap(
                aantal: noteer(.mentorschap, "mentorschappen", .getal(aantal), resultaat),
                stimulans: Stimulans.mentorschap.bedrag!.belgianNumber,
                totaal: noteer(.mentorschap, "stimulans mentorschappen", totaal(.mentorschap, .stimulans), resultaat),
                geen: aantal == 0,
                tabel: AntwoordOpsteller.markdownTabel(["Actie", "Lokaal bestuur", "Provincie"], rijen))
        }

        // 8. SIO.
        mutating func sio() -> AntwoordGegevens.SIO {
            let resultaat = self[.sio]
            let experimenten = resultaat.details.map { rij in
                AntwoordGegevens.SIOExperiment(
                    bestuur: rij.bestuur?.naam ?? "",
                    investeerder: AntwoordOpsteller.nietLeeg(CelOpmaak.belgisch(rij[.investeerder])),
                    socialeOrganisatie: AntwoordOpsteller.nietLeeg(CelOpmaak.belgisch(rij[.socialeOrganisatie])),
                    bedrag: CelOpmaak.belgisch(rij[.bedrag]),
                    toelichting: CelOpmaak.belgisch(rij[.toelichting]))
            }
            return AntwoordGegevens.SIO(aantal: noteer(.sio, "SIO-experimenten", .getal(experimenten.count), resultaat),
                                        geen: experimenten.isEmpty, experimenten: experimenten)
        }
    }

    /// Detail rows grouped by their province key, in the order of the result, with the
    /// province as a list names it ("Antwerpen", "Brussel-Hoofdstad", "onbekend").
    static func perProvincie(_ rijen: [Resultaatrij]) -> [(provincie: String, rijen: [Resultaatrij])] {
        var groepen: [(sleutel: Provincie??, provincie: String, rijen: [Resultaatrij])] = []
        for rij in rijen {
            let sleutel = rij.provincie
            if let laatste = groepen.indices.last, groepen[laatste].sleutel == sleutel {
                groepen[laatste].rijen.append(rij)
            } else {
                groepen.append((sleutel, sleutel.map { $0?.naam ?? "onbekend" } ?? "", [rij]))
            }
        }
        return groepen.map { ($0.provincie, $0.rijen) }
    }

    /// A province as a sentence names it: "provincie Antwerpen", "Brussel-Hoofdstad",
    /// "provincie onbekend".
    static func inZin(_ provincie: Provincie?) -> String {
        switch provincie {
        case .some(.brusselHoofdstad): return "Brussel-Hoofdstad"
        case .some(let p): return "provincie \(p.naam)"
        case .none: return "provincie onbekend"
        }
    }
}
