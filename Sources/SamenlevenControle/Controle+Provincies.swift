import Foundation
import SamenlevenModel

/// A bestuur's province as the source states it (`provincieVermeld`) against the province of
/// its NIS code in the reference data (Boom, NIS 11005, listed under Limburg, lies in
/// Antwerpen). For a samenwerking the stated province is the indiener's, as in the published
/// list (one heading per province, the verbanden under the indiener's province).
extension ControleContext {
    func provincies() -> [Bevinding] {
        struct Sleutel: Hashable {
            let jaar: Int
            let bestuur: String
            let vermeld: String
        }
        var rijen: [Sleutel: [Herkomst]] = [:]
        var teksten: [Sleutel: String] = [:]
        func neem(_ jaar: Int, _ bestuur: String, _ vermeld: String?, _ herkomst: Herkomst) {
            guard telt(jaar), let vermeld = vermeld?.trimmingCharacters(in: .whitespaces), !vermeld.isEmpty else { return }
            let sleutel = Sleutel(jaar: jaar, bestuur: bestuur, vermeld: NameKey.normalise(vermeld))
            rijen[sleutel, default: []].append(herkomst)
            if teksten[sleutel] == nil { teksten[sleutel] = vermeld }
        }
        for r in gegevens.toekenningen { neem(r.projectjaar, r.bestuur, r.provincieVermeld, r.herkomst) }
        for r in gegevens.aanvragen { neem(r.projectjaar, r.bestuur, r.provincieVermeld, r.herkomst) }
        for r in gegevens.samenwerkingen { neem(r.projectjaar, r.indiener, r.provincieVermeld, r.herkomst) }
        for r in gegevens.mentorschappen { neem(r.projectjaar, r.bestuur, r.provincieVermeld, r.herkomst) }
        for r in gegevens.sio { neem(r.projectjaar, r.bestuur, r.provincieVermeld, r.herkomst) }
        for r in gegevens.kpiRapporteringen { neem(r.projectjaar, r.bestuur, r.provincieVermeld, r.herkomst) }

        return rijen.compactMap { sleutel, herkomsten -> Bevinding? in
            guard let bestuur = referentie.bestuur(code: sleutel.bestuur) else { return nil }
            let tekst = teksten[sleutel]!
            guard let vermeld = Provincie(naam: tekst) else {
                return Bevinding(
                    ernst: .waarschuwing, code: "provincie-onbekend",
                    boodschap: "Projectjaar \(sleutel.jaar): '\(tekst)' (vermeld bij \(bestuur.label)) is geen provincie; verwacht: \(Provincie.lijst)",
                    bron: bronLijst(herkomsten), projectjaar: sleutel.jaar)
            }
            guard vermeld != bestuur.provincie else { return nil }
            let grond = bestuur.soort == .gemeente ? "volgens zijn NIS-code \(bestuur.code)" : "volgens de referentiegegevens"
            return Bevinding(
                ernst: .fout, code: "provincie-afwijkend",
                boodschap: "Projectjaar \(sleutel.jaar): \(bestuur.label) staat vermeld onder de provincie \(vermeld.naam), maar ligt \(grond) in de provincie \(bestuur.provincie.naam)",
                bron: bronLijst(herkomsten), projectjaar: sleutel.jaar)
        }
    }
}
