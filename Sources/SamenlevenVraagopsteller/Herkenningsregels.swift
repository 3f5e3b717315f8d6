import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
internal import TOMLKit

/// The recogniser's rules: which words in a sub-question's text lead to which proposal (a
/// table, a grouping, a measure, a filter, project years, the side-by-side years, a policy
/// question). Data, not code: the built-in `herkenning.toml` (a resource of this module),
/// extended by a user's file with the same shape. Names are the question file's own
/// (`Tabel`, `Dimensie`, `Maat`, the filter keys of `Vraagfilter`).
public struct Herkenningsregels: Sendable {
    /// A sentence with one of these words is a policy question.
    public var beleid: [Woordgroep]
    /// A sentence with one of these words (or ending in "?") asks for figures or a list.
    public var vraag: [Woordgroep]
    /// The project years side by side (`naast = "projectjaar"`).
    public var evolutie: [Woordgroep]
    public var tabellen: [Tabelregel]
    public var indelingen: [Regel<Dimensie>]
    public var maten: [Regel<Maat>]
    public var filters: [Regel<Filterwaarde>]
    public var projectjaren: [Regel<[Int]>]

    /// One name of the question file's vocabulary and its words.
    public struct Regel<Naam: Sendable & Equatable>: Sendable {
        public var naam: Naam
        public var woorden: [Woordgroep]
    }

    /// A table, its priority (highest wins when several match) and its words.
    public struct Tabelregel: Sendable {
        public var tabel: Tabel
        public var voorrang: Int
        public var woorden: [Woordgroep]
    }

    /// One value of a filter key (`filter = { sleutel = waarde }`).
    public enum Filterwaarde: Sendable, Equatable {
        case provincie(Provincie)
        case groep(Bestuursgroep)
        case buitenGroep(Bestuursgroep)
        case status(Wijzigingsstatus)

        /// `provincie = "Limburg"`, as in the question file.
        public var beschrijving: String {
            switch self {
            case .provincie(let p): return "provincie = \"\(p.naam)\""
            case .groep(let g): return "groep = \"\(g.rawValue)\""
            case .buitenGroep(let g): return "buiten_groep = \"\(g.rawValue)\""
            case .status(let s): return "status = \"\(s.rawValue)\""
            }
        }
    }

    /// The built-in rules (`Resources/herkenning.toml`).
    public static let ingebouwd: Herkenningsregels = {
        guard let url = Bundle.module.url(forResource: "herkenning", withExtension: "toml", subdirectory: "Resources"),
              let data = try? Data(contentsOf: url) else {
            fatalError("herkenning.toml ontbreekt in de bundel van SamenlevenVraagopsteller")
        }
        do {
            return try lees(tekst: String(decoding: data, as: UTF8.self), bestandsnaam: "herkenning.toml")
        } catch {
            fatalError("de ingebouwde herkenningsregels zijn ongeldig: \(error)")
        }
    }()

    /// The largest rules file read: 1 MiB.
    public static let maxBytes = 1_048_576

    /// Reads a rules file (`--regels BESTAND`); every problem as `FILE[:LINE]: message`.
    public static func lees(_ url: URL, bestandsnaam: String? = nil) throws(Vraagbestand.Fout) -> Herkenningsregels {
        let naam = bestandsnaam ?? url.relativePath
        let tekst = try Tekstbestand.lees(url, naam: naam, soort: "regelbestand", maxBytes: maxBytes)
        return try lees(tekst: tekst, bestandsnaam: naam)
    }

    /// Reads the text of a rules file named `bestandsnaam`.
    public static func lees(tekst: String, bestandsnaam: String) throws(Vraagbestand.Fout) -> Herkenningsregels {
        var problemen: [Vraagbestand.Probleem] = []
        func meld(_ boodschap: String, zoek: String? = nil) {
            let regel = zoek.flatMap { z in
                tekst.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(z) }.map { $0 + 1 }
            }
            problemen.append(Vraagbestand.Probleem(bestand: bestandsnaam, regel: regel, boodschap: boodschap))
        }
        let wortel: TOMLTable
        do {
            wortel = try TOMLTable(string: tekst)
        } catch let fout as TOMLParseError {
            throw Vraagbestand.Fout(problemen: [Vraagbestand.Probleem(bestand: bestandsnaam, regel: max(1, fout.source.begin.line),
                                                                      boodschap: "geen geldige TOML: \(fout.description)")])
        } catch {
            throw Vraagbestand.Fout(problemen: [Vraagbestand.Probleem(bestand: bestandsnaam, regel: nil, boodschap: "geen geldige TOML: \(error)")])
        }
        let bekend = ["beleid", "vraag", "evolutie", "tabel", "indeling", "maat", "filter", "projectjaren"]
        for sleutel in wortel.keys where !bekend.contains(sleutel) {
            meld("onbekende sectie '\(sleutel)'; mogelijk: " + bekend.joined(separator: ", "), zoek: sleutel)
        }
        func woorden(_ t: TOMLTable?, _ waar: String) -> [Woordgroep] {
            guard let t else { return [] }
            guard let lijst = t["woorden"]?.array else {
                meld("\(waar): woorden ontbreekt of is geen lijst (woorden = [\"...\"])", zoek: waar)
                return []
            }
            var uit: [Woordgroep] = []
            for item in lijst {
                if let s = item.string, let groep = Woordgroep(s) { uit.append(groep) } else {
                    meld("\(waar): een woord is een niet-lege tekst met letters of cijfers", zoek: waar)
                }
            }
            return uit
        }
        func rijen(_ naam: String) -> [TOMLTable] {
            guard let waarde = wortel[naam] else { return [] }
            guard let lijst = waarde.array else {
                meld("\(naam) is een lijst van tabellen: [[\(naam)]]", zoek: naam)
                return []
            }
            return lijst.compactMap(\.table)
        }
        func naam<T>(_ t: TOMLTable, _ sectie: String, _ maak: (String) -> T?, _ mogelijk: [String]) -> T? {
            guard let s = t["naam"]?.string else { meld("[[\(sectie)]] zonder naam", zoek: "[[\(sectie)]]"); return nil }
            guard let gevonden = maak(s) else {
                meld("[[\(sectie)]]: onbekende naam '\(s)'; mogelijk: " + mogelijk.joined(separator: ", "), zoek: "\"\(s)\"")
                return nil
            }
            return gevonden
        }
        var regels = Herkenningsregels(beleid: woorden(wortel["beleid"]?.table, "[beleid]"),
                                       vraag: woorden(wortel["vraag"]?.table, "[vraag]"),
                                       evolutie: woorden(wortel["evolutie"]?.table, "[evolutie]"),
                                       tabellen: [], indelingen: [], maten: [], filters: [], projectjaren: [])
        for t in rijen("tabel") {
            guard let tabel = naam(t, "tabel", Tabel.init(rawValue:), Tabel.allCases.map(\.rawValue)) else { continue }
            let voorrang = t["voorrang"]?.int
            if t["voorrang"] != nil && voorrang == nil { meld("[[tabel]] \(tabel.rawValue): voorrang is een geheel getal", zoek: "voorrang") }
            regels.tabellen.append(Tabelregel(tabel: tabel, voorrang: voorrang ?? -1, woorden: woorden(t, "[[tabel]] \(tabel.rawValue)")))
        }
        for t in rijen("indeling") {
            guard let d = naam(t, "indeling", Dimensie.init(rawValue:), Dimensie.allCases.map(\.rawValue)) else { continue }
            regels.indelingen.append(Regel(naam: d, woorden: woorden(t, "[[indeling]] \(d.rawValue)")))
        }
        for t in rijen("maat") {
            guard let m = naam(t, "maat", Maat.init(rawValue:), Maat.allCases.map(\.rawValue)) else { continue }
            regels.maten.append(Regel(naam: m, woorden: woorden(t, "[[maat]] \(m.rawValue)")))
        }
        for t in rijen("filter") {
            guard let sleutel = t["sleutel"]?.string, let waarde = t["waarde"]?.string else {
                meld("[[filter]] heeft sleutel en waarde (tekst)", zoek: "[[filter]]")
                continue
            }
            let gevonden: Filterwaarde?
            switch sleutel {
            case "provincie": gevonden = Provincie(rawValue: waarde).map(Filterwaarde.provincie)
            case "groep": gevonden = Bestuursgroep(rawValue: waarde).map(Filterwaarde.groep)
            case "buiten_groep": gevonden = Bestuursgroep(rawValue: waarde).map(Filterwaarde.buitenGroep)
            case "status": gevonden = Wijzigingsstatus(rawValue: waarde).map(Filterwaarde.status)
            default:
                meld("[[filter]]: onbekende sleutel '\(sleutel)'; mogelijk: provincie, groep, buiten_groep, status", zoek: "\"\(sleutel)\"")
                continue
            }
            guard let gevonden else {
                meld("[[filter]] \(sleutel): onbekende waarde '\(waarde)'", zoek: "\"\(waarde)\"")
                continue
            }
            regels.filters.append(Regel(naam: gevonden, woorden: woorden(t, "[[filter]] \(sleutel) = \(waarde)")))
        }
        for t in rijen("projectjaren") {
            let jaren = (t["jaren"]?.array ?? []).compactMap(\.int)
            guard !jaren.isEmpty, jaren.allSatisfy({ Projectjaar.nummers.contains($0) }) else {
                meld("[[projectjaren]]: jaren is een lijst van projectjaren (1, 2, 3)", zoek: "jaren")
                continue
            }
            regels.projectjaren.append(Regel(naam: Array(Set(jaren)).sorted(), woorden: woorden(t, "[[projectjaren]] \(jaren)")))
        }
        guard problemen.isEmpty else { throw Vraagbestand.Fout(problemen: problemen) }
        return regels
    }

    /// These rules extended with `andere`: their words join those of the same name; a new name
    /// is added; a table's `voorrang` from `andere` replaces this one's.
    public func uitgebreid(met andere: Herkenningsregels) -> Herkenningsregels {
        var uit = self
        uit.beleid += andere.beleid
        uit.vraag += andere.vraag
        uit.evolutie += andere.evolutie
        for regel in andere.tabellen {
            if let i = uit.tabellen.firstIndex(where: { $0.tabel == regel.tabel }) {
                uit.tabellen[i].woorden += regel.woorden
                if regel.voorrang >= 0 { uit.tabellen[i].voorrang = regel.voorrang }
            } else {
                uit.tabellen.append(Tabelregel(tabel: regel.tabel, voorrang: max(0, regel.voorrang), woorden: regel.woorden))
            }
        }
        func voegToe<T>(_ eigen: inout [Regel<T>], _ nieuw: [Regel<T>]) {
            for regel in nieuw {
                if let i = eigen.firstIndex(where: { $0.naam == regel.naam }) { eigen[i].woorden += regel.woorden } else { eigen.append(regel) }
            }
        }
        voegToe(&uit.indelingen, andere.indelingen)
        voegToe(&uit.maten, andere.maten)
        voegToe(&uit.filters, andere.filters)
        voegToe(&uit.projectjaren, andere.projectjaren)
        return uit
    }
}

/// A word or phrase of a rule: its words normalised (lower case, no accents, punctuation and
/// hyphens as spaces), each matched whole, or as a prefix when it ends in `*`.
public struct Woordgroep: Sendable, Equatable {
    /// As written in the rules file.
    public let tekst: String
    let woorden: [(woord: String, voorvoegsel: Bool)]

    public static func == (a: Woordgroep, b: Woordgroep) -> Bool { a.tekst == b.tekst }

    init?(_ tekst: String) {
        let delen = tekst.split(separator: " ", omittingEmptySubsequences: true).flatMap { deel -> [(String, Bool)] in
            let ster = deel.hasSuffix("*")
            let woorden = Woorden.normaliseer(String(ster ? deel.dropLast() : deel))
            return woorden.enumerated().map { ($0.element, ster && $0.offset == woorden.count - 1) }
        }
        guard !delen.isEmpty else { return nil }
        self.tekst = tekst
        self.woorden = delen.map { (woord: $0.0, voorvoegsel: $0.1) }
    }

    /// Whether the group stands in `woorden` (a normalised text).
    func staatIn(_ tekst: [String]) -> Bool {
        guard tekst.count >= woorden.count else { return false }
        for start in 0...(tekst.count - woorden.count) {
            var past = true
            for (i, w) in woorden.enumerated() {
                let t = tekst[start + i]
                if w.voorvoegsel ? !t.hasPrefix(w.woord) : t != w.woord { past = false; break }
            }
            if past { return true }
        }
        return false
    }
}

/// Normalised words: lower case, accents folded, apostrophes dropped (`KPI's` is `kpis`),
/// every other non-letter, non-digit a separator.
enum Woorden {
    static func normaliseer(_ tekst: String) -> [String] {
        let gevouwen = tekst.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var woorden: [String] = []
        var huidig = ""
        for teken in gevouwen.unicodeScalars {
            if teken == "'" || teken == "\u{2019}" || teken == "\u{00B4}" { continue }
            if CharacterSet.alphanumerics.contains(teken) {
                huidig.unicodeScalars.append(teken)
            } else if !huidig.isEmpty {
                woorden.append(huidig)
                huidig = ""
            }
        }
        if !huidig.isEmpty { woorden.append(huidig) }
        return woorden
    }
}
