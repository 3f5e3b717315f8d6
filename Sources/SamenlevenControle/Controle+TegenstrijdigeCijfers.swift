import Foundation
import SamenlevenModel

/// Published figures that the sources give in rival versions (`TegenstrijdigCijfer`): one
/// finding per figure with every version and its sources, and which version the toolkit uses
/// and why. About the sources, not the data: reported whatever the data hold, for the project
/// year asked for (every year without one).
extension ControleContext {
    func tegenstrijdigeCijfers() -> [Bevinding] {
        tegenstrijdig.filter { projectjaar == nil || $0.projectjaar == projectjaar }.map { cijfer in
            let versies = opsomming(cijfer.versies.map { "\($0.waarde) (\($0.bronnen))" })
            let gebruikt = cijfer.gebruikt
            let andere = cijfer.versies.filter { !$0.gebruikt }.map { "\($0.waarde): \($0.toelichting)" }
            var bronnen: [String] = []
            for deel in cijfer.versies.flatMap({ $0.bronnen.split(separator: ";") }) {
                let bron = deel.trimmingCharacters(in: .whitespaces)
                if !bronnen.contains(bron) { bronnen.append(bron) }
            }
            return Bevinding(
                ernst: .info, code: "cijfer-tegenstrijdig",
                boodschap: "Projectjaar \(cijfer.projectjaar): de bronnen geven \(cijfer.versies.count) versies van \(cijfer.omschrijving): \(versies). "
                    + "De toolkit gebruikt \(gebruikt.waarde): \(gebruikt.toelichting). Niet gebruikt: \(andere.joined(separator: "; ")).",
                bron: bronnen.joined(separator: "; "), projectjaar: cijfer.projectjaar)
        }
    }
}
