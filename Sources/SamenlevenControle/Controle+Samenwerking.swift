import Foundation
import SamenlevenModel

/// Rules for samenwerkingsverbanden (S492, WEB-FIN, NOTA3): from project year 2 a bestuur may
/// be in only one samenwerkingsverband (besturen that had several in year 1 may keep them); a
/// verband has at least one partner besides the indiener.
extension ControleContext {
    /// bestuur -> indieners of the verbanden it is in, with the rows that show it, for one year.
    func lidmaatschappen(jaar: Int) -> [String: [String: [Herkomst]]] {
        var leden: [String: [String: [Herkomst]]] = [:]
        for s in gegevens.samenwerkingen where s.projectjaar == jaar {
            leden[s.indiener, default: [:]][s.indiener, default: []].append(s.herkomst)
            if !s.partner.isEmpty, s.partner != s.indiener {
                leden[s.partner, default: [:]][s.indiener, default: []].append(s.herkomst)
            }
        }
        return leden
    }

    func samenwerkingsregels() -> [Bevinding] {
        var bevindingen: [Bevinding] = []
        for jaar in jaren {
            let inJaar1 = lidmaatschappen(jaar: 1)
            for (bestuur, verbanden) in lidmaatschappen(jaar: jaar) where verbanden.count > 1 {
                let anderen = verbanden.keys.filter { $0 != bestuur }.sorted { label($0) < label($1) }
                var delen: [String] = []
                if verbanden[bestuur] != nil { delen.append("als indiener van het eigen samenwerkingsverband") }
                if !anderen.isEmpty { delen.append("als partner van " + labels(anderen)) }
                let ernst: Bevinding.Ernst
                let regel: String
                if jaar == 1 {
                    ernst = .waarschuwing
                    regel = "in projectjaar 1 toegelaten; vanaf projectjaar 2 mag een bestuur in slechts één samenwerkingsverband zitten (WEB-FIN)"
                } else if (inJaar1[bestuur]?.count ?? 0) > 1 {
                    ernst = .waarschuwing
                    regel = "toegelaten omdat het in projectjaar 1 al in meerdere samenwerkingsverbanden zat (WEB-FIN)"
                } else {
                    ernst = .fout
                    regel = "vanaf projectjaar 2 mag een bestuur in slechts één samenwerkingsverband zitten, tenzij het er in projectjaar 1 al meerdere had (WEB-FIN)"
                }
                bevindingen.append(Bevinding(
                    ernst: ernst, code: "meerdere-verbanden",
                    boodschap: "Projectjaar \(jaar): \(label(bestuur)) zit in \(verbanden.count) samenwerkingsverbanden, \(delen.joined(separator: " en ")); \(regel)",
                    bron: bronLijst(verbanden.values.flatMap { $0 }), projectjaar: jaar))
            }
        }
        for s in gegevens.samenwerkingen where telt(s.projectjaar) {
            if s.partner.trimmingCharacters(in: .whitespaces).isEmpty {
                bevindingen.append(Bevinding(
                    ernst: .waarschuwing, code: "verband-zonder-partners",
                    boodschap: "Projectjaar \(s.projectjaar): \(label(s.indiener)) staat in de lijst van samenwerkingsverbanden zonder partners; zonder partner is het geen samenwerkingsverband maar een aanvraag op eigen naam",
                    bron: bronLijst([s.herkomst]), projectjaar: s.projectjaar))
            } else if s.partner == s.indiener {
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "partner-is-indiener",
                    boodschap: "Projectjaar \(s.projectjaar): \(label(s.indiener)) staat als partner in zijn eigen samenwerkingsverband",
                    bron: bronLijst([s.herkomst]), projectjaar: s.projectjaar))
            }
        }
        return bevindingen
    }
}
