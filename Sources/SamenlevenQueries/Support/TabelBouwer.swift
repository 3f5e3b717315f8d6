import SamenlevenModel

/// A node of an answer's row tree: a group (a `kop` row, its children and a closing
/// `subtotaal` row) or a detail row.
enum Knoop: Sendable {
    case groep(Groep)
    /// `sleutels`: the dimension keys the row stands for (those of its groups are added).
    case detail(cellen: [String: Cel], herkomst: [Herkomst], sleutels: [Sleutel] = [])
}

struct Groep: Sendable {
    /// The label in the first column of the `kop` row.
    var label: String
    /// Other cells of the `kop` row, by column id.
    var kopCellen: [String: Cel] = [:]
    /// The label of the closing `subtotaal` row ("Totaal provincie Antwerpen").
    var subtotaalLabel: String
    /// Values of the subtotal row for columns that are not added up (distinct counts,
    /// published figures), by column id. Added-up columns are always computed.
    var subtotaalCellen: [String: Cel] = [:]
    var kinderen: [Knoop]
    /// Herkomst of figures in `subtotaalCellen` that do not come from the detail rows.
    var extraHerkomst: [Herkomst] = []
    /// The dimension keys the group stands for (a province, a doelstelling, ...).
    var sleutels: [Sleutel] = []
}

/// Turns a tree of groups into rows, computing every subtotal and the total from the detail
/// rows: for each column with `optellen` the sum of the detail rows below (empty when none
/// of them has a value; 0 in the total of a table without detail rows). The first column
/// holds the labels.
struct TabelBouwer: Sendable {
    let kolommen: [Kolom]

    func rijen(_ knopen: [Knoop], totaalLabel: String? = "Totaal", totaalCellen: [String: Cel] = [:],
               totaalHerkomst: [Herkomst] = []) -> [Rij] {
        getypeerd(knopen, totaalLabel: totaalLabel, totaalCellen: totaalCellen, totaalHerkomst: totaalHerkomst).map(\.rij)
    }

    /// The rows of the typed result, each with its rendering (`Resultaatrij.rij`).
    func getypeerd(_ knopen: [Knoop], totaalLabel: String? = "Totaal", totaalCellen: [String: Cel] = [:],
                   totaalHerkomst: [Herkomst] = []) -> [Resultaatrij] {
        var out: [Resultaatrij] = []
        for knoop in knopen { emit(knoop, niveau: 0, sleutels: [], into: &out) }
        if let totaalLabel {
            let details = knopen.flatMap(\.details)
            var cellen = samenvatting(totaalLabel, details, extra: totaalCellen)
            if details.isEmpty {
                // An answer without data still adds up: a total of 0.
                for (i, kolom) in kolommen.enumerated() where kolom.optellen {
                    cellen[i] = kolom.soort == .euro ? .euro(.zero) : .getal(0)
                }
            }
            let herkomst = details.flatMap(\.herkomst) + totaalHerkomst
            out.append(getypeerd(Rij(.totaal, niveau: 0, cellen, herkomst: HerkomstLijst.beschrijving(herkomst)),
                                 sleutels: [], herkomst: herkomst))
        }
        return out
    }

    private func emit(_ knoop: Knoop, niveau: Int, sleutels: [Sleutel], into out: inout [Resultaatrij]) {
        switch knoop {
        case let .detail(cellen, herkomst, eigen):
            out.append(getypeerd(Rij(.detail, niveau: niveau, rij(cellen), herkomst: HerkomstLijst.beschrijving(herkomst)),
                                 sleutels: sleutels + eigen, herkomst: herkomst))
        case .groep(let groep):
            let sleutels = sleutels + groep.sleutels
            var kop = groep.kopCellen
            kop[kolommen[0].id] = .tekst(groep.label)
            out.append(getypeerd(Rij(.kop, niveau: niveau, rij(kop)), sleutels: sleutels, herkomst: []))
            for kind in groep.kinderen { emit(kind, niveau: niveau + 1, sleutels: sleutels, into: &out) }
            let details = knoop.details
            let herkomst = details.flatMap(\.herkomst) + groep.extraHerkomst
            out.append(getypeerd(Rij(.subtotaal, niveau: niveau, samenvatting(groep.subtotaalLabel, details, extra: groep.subtotaalCellen),
                                     herkomst: HerkomstLijst.beschrijving(herkomst)),
                                 sleutels: sleutels, herkomst: herkomst))
        }
    }

    /// A rendered row with its keys, its fields (the cells of the columns that are a `Veld`)
    /// and its records.
    private func getypeerd(_ rij: Rij, sleutels: [Sleutel], herkomst: [Herkomst]) -> Resultaatrij {
        var velden: [Veld: Cel] = [:]
        for (index, kolom) in kolommen.enumerated() {
            if let veld = Veld(rawValue: kolom.id), index < rij.cellen.count, rij.cellen[index] != .leeg { velden[veld] = rij.cellen[index] }
        }
        return Resultaatrij(sleutels: sleutels, velden: velden, herkomst: herkomst, rij: rij)
    }

    private func rij(_ cellen: [String: Cel]) -> [Cel] {
        kolommen.map { cellen[$0.id] ?? .leeg }
    }

    private func samenvatting(_ label: String, _ details: [(cellen: [String: Cel], herkomst: [Herkomst])], extra: [String: Cel]) -> [Cel] {
        kolommen.enumerated().map { index, kolom in
            if index == 0 { return .tekst(label) }
            if kolom.optellen { return TabelBouwer.som(details.compactMap { $0.cellen[kolom.id] }, soort: kolom.soort) }
            return extra[kolom.id] ?? .leeg
        }
    }

    /// The sum of number or amount cells; empty when none has a value.
    static func som(_ cellen: [Cel], soort: Kolom.Soort) -> Cel {
        var cents: Int64 = 0
        var any = false
        for cel in cellen {
            switch cel {
            case .getal(let n): cents += Int64(n) * 100; any = true
            case .euro(let e): cents += e.cents; any = true
            default: break
            }
        }
        guard any else { return .leeg }
        return soort == .euro ? .euro(Euro(cents: cents)) : .getal(Int(cents / 100))
    }
}

extension Knoop {
    /// All detail rows below this node.
    var details: [(cellen: [String: Cel], herkomst: [Herkomst])] {
        switch self {
        case let .detail(cellen, herkomst, _): return [(cellen, herkomst)]
        case .groep(let groep): return groep.kinderen.flatMap(\.details)
        }
    }
}

/// Herkomst lists as answers show them.
enum HerkomstLijst {
    /// `file:row` descriptions, sorted, with consecutive rows of one file joined:
    /// `toekenningen.csv:2-5`, `toekenningen.csv:9`, `S492 antwoord 7`.
    static func beschrijving(_ herkomst: [Herkomst]) -> [String] {
        perBron(herkomst).flatMap { bron, rijen -> [String] in
            rijen.isEmpty ? [bron] : reeksen(rijen).map { "\(bron):\($0)" }
        }
    }

    /// One footnote per source file: "Bron: toekenningen.csv, rijen 2-120".
    static func voetnoten(_ herkomst: [Herkomst]) -> [Voetnoot] {
        perBron(herkomst).map { bron, rijen in
            if rijen.isEmpty { return Voetnoot("Bron: \(bron)", bron: bron) }
            let word = rijen.count == 1 ? "rij" : "rijen"
            return Voetnoot("Bron: \(bron), \(word) \(reeksen(rijen).joined(separator: ", "))", bron: bron)
        }
    }

    /// The voorbeelddata footnote, when any record is synthetic.
    static func voorbeelddataVoetnoot(_ herkomst: [Herkomst]) -> Voetnoot? {
        let bronnen = bronnen(herkomst.lazy.filter(\.voorbeelddata))
        guard !bronnen.isEmpty else { return nil }
        return Voetnoot("\(Herkomst.voorbeelddataLabel): dit antwoord bevat synthetische voorbeeldgegevens (\(bronnen.joined(separator: ", "))).")
    }

    /// The distinct source names, sorted. Records come in runs of one file, so a name is
    /// gathered once per run rather than hashed once per record.
    static func bronnen(_ herkomst: some Sequence<Herkomst>) -> [String] {
        var bronnen = Set<String>()
        var vorige: String?
        for h in herkomst where h.bron != vorige {
            bronnen.insert(h.bron)
            vorige = h.bron
        }
        return bronnen.sorted()
    }

    /// Sources in name order with their sorted distinct row numbers. Records come in runs of
    /// one file, so the rows of a run are gathered before the file is looked up (a subtotal or
    /// total row has the herkomst of every record below it).
    private static func perBron(_ herkomst: [Herkomst]) -> [(String, [Int])] {
        var rows: [String: [Int]] = [:]
        var index = herkomst.startIndex
        while index < herkomst.endIndex {
            let bron = herkomst[index].bron
            var run: [Int] = []
            while index < herkomst.endIndex && herkomst[index].bron == bron {
                if let rij = herkomst[index].rij { run.append(rij) }
                index += 1
            }
            rows[bron, default: []].append(contentsOf: run)
        }
        return rows.keys.sorted().map { bron in
            var rijen = rows[bron]!
            rijen.sort()
            var uniek: [Int] = []
            uniek.reserveCapacity(rijen.count)
            for rij in rijen where uniek.last != rij { uniek.append(rij) }
            return (bron, uniek)
        }
    }

    /// [2, 3, 4, 5, 9] -> ["2-5", "9"]
    static func reeksen(_ rijen: [Int]) -> [String] {
        var out: [String] = []
        var i = 0
        while i < rijen.count {
            var j = i
            while j + 1 < rijen.count && rijen[j + 1] == rijen[j] + 1 { j += 1 }
            out.append(i == j ? "\(rijen[i])" : "\(rijen[i])-\(rijen[j])")
            i = j + 1
        }
        return out
    }
}

extension Doelstelling {
    /// "Doelstelling 2: Nederlands"; "Doelstelling onbekend" for actions without a goal.
    static func kopLabel(_ nummer: Int?) -> String {
        guard let nummer else { return "Doelstelling onbekend" }
        guard let d = Doelstelling.nummer(nummer) else { return "Doelstelling \(nummer)" }
        return "Doelstelling \(d.nummer): \(d.naam)"
    }
}

/// The data vintage line: "databank: toekenningen.csv (projectjaar 1)".
func gegevensstand(_ herkomst: [Herkomst], jaren: some Sequence<Int>, leeg: String) -> String {
    let bronnen = HerkomstLijst.bronnen(herkomst)
    guard !bronnen.isEmpty else { return "databank: \(leeg)" }
    let jaren = Set(jaren).sorted()
    let suffix = jaren.isEmpty ? "" : jaren.count == 1 ? " (projectjaar \(jaren[0]))" : " (projectjaren \(jaren.map(String.init).joined(separator: ", ")))"
    return "databank: " + bronnen.joined(separator: ", ") + suffix
}
