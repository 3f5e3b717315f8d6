import SamenlevenExport
import SamenlevenModel
import SamenlevenQueries

/// An AnswerTable as the data of the `tabel` template: the groups (a `kop` row up to its
/// `subtotaal`) nested as collapsible `<details>`, each cell in Belgian notation as the text
/// export writes it, each row with its source (import file:row or published source).
struct HTMLTabel {
    let tabel: AnswerTable

    init(_ tabel: AnswerTable) { self.tabel = tabel }

    /// A group: its heading row, its content in order, and its subtotal.
    final class Groep {
        let niveau: Int
        let kop: Rij?
        var inhoud: [Onderdeel] = []
        var subtotaal: Rij?
        init(niveau: Int, kop: Rij?) {
            self.niveau = niveau
            self.kop = kop
        }
    }

    enum Onderdeel {
        case rij(Rij)
        case groep(Groep)
    }

    /// The rows as a tree of groups (the grouping the workbook shows as outline levels).
    var wortel: Groep {
        let wortel = Groep(niveau: -1, kop: nil)
        var stapel = [wortel]
        for rij in tabel.rijen {
            switch rij.soort {
            case .kop:
                while stapel.count > 1, stapel.last!.niveau >= rij.niveau { stapel.removeLast() }
                let groep = Groep(niveau: rij.niveau, kop: rij)
                stapel.last!.inhoud.append(.groep(groep))
                stapel.append(groep)
            case .subtotaal:
                while stapel.count > 1, stapel.last!.niveau > rij.niveau { stapel.removeLast() }
                if stapel.count > 1, stapel.last!.niveau == rij.niveau {
                    stapel.removeLast().subtotaal = rij
                } else {
                    stapel.last!.inhoud.append(.rij(rij))
                }
            case .totaal:
                stapel = [wortel]
                wortel.inhoud.append(.rij(rij))
            case .detail:
                stapel.last!.inhoud.append(.rij(rij))
            }
        }
        return wortel
    }

    var data: [String: Any] {
        [
            "titel": tabel.titel,
            "gegevensstand": tabel.gegevensstand,
            "selectie": tabel.filters.isEmpty ? false : CelOpmaak.filters(tabel),
            "voorbeelddata": tabel.voorbeelddata ? Herkomst.voorbeelddataLabel : false,
            "kolommen": tabel.kolommen.map { ["kop": $0.kop, "getal": CelOpmaak.isNumeriek($0)] },
            "inhoud": inhoud(wortel),
            "voetnoten": tabel.voetnoten.isEmpty ? false : ["lijst": tabel.voetnoten.map(CelOpmaak.voetnoot)] as Any,
        ]
    }

    /// Consecutive rows as one table, each group as a `<details>`; every key always present so
    /// that Mustache never finds a key of an enclosing group.
    func inhoud(_ groep: Groep) -> [[String: Any]] {
        var delen: [[String: Any]] = []
        var rijen: [[String: Any]] = []
        func sluitTabel() {
            if !rijen.isEmpty { delen.append(["tabel": ["rijen": rijen], "groep": false]) }
            rijen = []
        }
        for onderdeel in groep.inhoud {
            switch onderdeel {
            case .rij(let rij): rijen.append(self.rij(rij))
            case .groep(let kind):
                sluitTabel()
                delen.append(["tabel": false, "groep": [
                    "samenvatting": kind.kop.map(samenvatting) ?? "",
                    "bron": kind.kop.map(bron) ?? "",
                    "inhoud": inhoud(kind),
                    "subtotaal": kind.subtotaal.map { ["rijen": [self.rij($0)]] as [String: Any] } ?? false,
                ] as [String: Any]])
            }
        }
        sluitTabel()
        return delen
    }

    func rij(_ rij: Rij) -> [String: Any] {
        [
            "soort": rij.soort.rawValue,
            "niveau": rij.niveau,
            "bron": bron(rij),
            "cellen": tabel.kolommen.indices.map { i -> [String: Any] in
                ["tekst": i < rij.cellen.count ? CelOpmaak.belgisch(rij.cellen[i]) : "", "getal": CelOpmaak.isNumeriek(tabel.kolommen[i])]
            },
        ]
    }

    /// A group heading in one line: its label and the figures it carries.
    func samenvatting(_ rij: Rij) -> String {
        zip(tabel.kolommen, rij.cellen).compactMap { kolom, cel in
            let tekst = CelOpmaak.belgisch(cel)
            return tekst.isEmpty ? nil : (kolom == tabel.kolommen.first ? tekst : "\(kolom.kop): \(tekst)")
        }.joined(separator: " · ")
    }

    /// The sources of a row, the first 20 and how many more.
    func bron(_ rij: Rij) -> String {
        guard !rij.herkomst.isEmpty else { return "" }
        let meer = rij.herkomst.count > 20 ? " en \(rij.herkomst.count - 20) meer" : ""
        return "Bron: " + rij.herkomst.prefix(20).joined(separator: ", ") + meer
    }
}
