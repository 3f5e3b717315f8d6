import Foundation
import Memberwise

/// A correction the toolkit made to a published list before using it as data, with its reason
/// and source (`DefaultDataset/correcties.csv` in SamenlevenStore), so answers can cite it.
@MemberwiseInit
public struct Correctie: Hashable, Sendable, Codable {
    /// The corrected data file (`samenwerkingsverbanden-projectjaar-1.csv`).
    public var bestand: String
    /// The entry number in the published list, where it has one.
    public var volgorde: Int?
    /// The row(s) in the list as published (`samenwerkingsverbanden-zoals-gepubliceerd.csv:52-55`).
    public var rij: String
    /// What was corrected ("provincie", "vermelding geschrapt", ...).
    public var wat: String
    public var oud: String
    public var nieuw: String
    public var reden: String
    /// The sources that show the error (`S492 antwoord 2; REFNIS`).
    public var bron: String
    /// Where this correction is itself written down (`correcties.csv:3`).
    public var herkomst: String = ""

    public static let kolommen = ["bestand", "volgorde", "rij", "wat", "oud", "nieuw", "reden", "bron"]

    /// A footnote for an answer:
    /// "Correctie (volgorde 22, samenwerkingsverbanden-zoals-gepubliceerd.csv:59-62): provincie 'Limburg' → 'Antwerpen'; reden (S492 antwoord 2; REFNIS)"
    public var voetnoot: String {
        let plaats = [volgorde.map { "volgorde \($0)" }, rij.isEmpty ? nil : rij].compactMap { $0 }.joined(separator: ", ")
        return "Correctie\(plaats.isEmpty ? "" : " (\(plaats))"): \(wat) '\(oud)' → '\(nieuw)'; \(reden) (\(bron))"
    }

    /// The file cannot be read.
    public struct Fout: Error, Sendable, CustomStringConvertible {
        public let boodschap: String
        public var description: String { boodschap }
    }

    public static func lees(url: URL) throws -> [Correctie] {
        guard let data = try? Data(contentsOf: url), let tekst = String(data: data, encoding: .utf8) else {
            throw Fout(boodschap: "\(url.lastPathComponent): kan het bestand niet lezen als UTF-8-tekst")
        }
        return try lees(csv: tekst, bestand: url.lastPathComponent)
    }

    /// Reads `correcties.csv`. Every row needs bestand, wat, reden and bron.
    public static func lees(csv tekst: String, bestand: String = "correcties.csv") throws -> [Correctie] {
        let tabel: (kop: [String], rijen: [(rij: Int, waarden: [String: String], aantalVelden: Int)])
        do { tabel = try CSVTekst.tabel(tekst, bestand: bestand) } catch { throw Fout(boodschap: "\(error)") }
        let ontbrekend = kolommen.filter { !tabel.kop.contains($0) }
        guard ontbrekend.isEmpty else {
            throw Fout(boodschap: "\(bestand):1: kolom(men) \(ontbrekend.joined(separator: ", ")) ontbreken; verwacht: \(kolommen.joined(separator: ","))")
        }
        var problemen: [String] = []
        let correcties = tabel.rijen.compactMap { rij, waarden, _ -> Correctie? in
            let leeg = ["bestand", "wat", "reden", "bron"].filter { (waarden[$0] ?? "").isEmpty }
            if !leeg.isEmpty {
                problemen.append("\(bestand):\(rij): \(leeg.joined(separator: ", ")) ontbreekt")
                return nil
            }
            let volgordeTekst = waarden["volgorde"] ?? ""
            let volgorde = Int(volgordeTekst)
            if !volgordeTekst.isEmpty && volgorde == nil {
                problemen.append("\(bestand):\(rij): volgorde '\(volgordeTekst)' is geen getal")
                return nil
            }
            return Correctie(bestand: waarden["bestand"]!, volgorde: volgorde, rij: waarden["rij"] ?? "",
                             wat: waarden["wat"]!, oud: waarden["oud"] ?? "", nieuw: waarden["nieuw"] ?? "",
                             reden: waarden["reden"]!, bron: waarden["bron"]!, herkomst: "\(bestand):\(rij)")
        }
        guard problemen.isEmpty else { throw Fout(boodschap: problemen.joined(separator: "\n")) }
        return correcties
    }
}
