import Foundation
import Memberwise
import SamenlevenModel

/// The list of samenwerkingsverbanden EXACTLY AS PUBLISHED (S492 antwoord 2), with columns
/// `volgorde,provincie_zoals_vermeld,indiener,partner`: one row per partner, the entries
/// numbered by `volgorde`.
///
/// This is not the import format: the list has an indiener listed twice (Geel, entries 18 and
/// 20), an indiener without partners (VGC), "De Rand vzw" as indiener and "De Rand (io Wemmel)"
/// as partner, and a misspelt name (Wezenbeek-Oppem). The reader keeps every row with its row
/// number, resolves names with `BestuurResolver` at the start of the project year, and reports
/// what it could not read as findings instead of dropping rows.
public struct GepubliceerdeSamenwerkingslijst: Sendable {
    /// One row of the list as published, with what its names resolved to.
    public struct Rij: Hashable, Sendable {
        public let herkomst: Herkomst
        /// The entry number; nil when the cell is not a number.
        public let volgorde: Int?
        public let provincieVermeld: String
        public let indienerVermeld: String
        public let partnerVermeld: String
        /// Code of the indiener; nil when the name did not resolve.
        public let indiener: String?
        /// Code of the partner; nil when the cell is empty or the name did not resolve.
        public let partner: String?
    }

    /// The file name used in `Herkomst` and findings.
    public let bestand: String
    public let projectjaar: Int
    /// Every row, in file order.
    public let rijen: [Rij]
    /// The numbered entries (one per `volgorde`), for the duplicate check.
    public let vermeldingen: [Verbandvermelding]
    /// The rows whose names resolved, as samenwerking records. An indiener without partner
    /// (VGC) is a record with an empty partner.
    public let gegevens: Gegevens
    /// What the reader noticed: names that did not resolve (exactly), incomplete rows.
    public let bevindingen: [Bevinding]

    public static let kolommen = ["volgorde", "provincie_zoals_vermeld", "indiener", "partner"]

    /// The list cannot be read at all.
    public struct Fout: Error, Sendable, CustomStringConvertible {
        public let boodschap: String
        public var description: String { boodschap }
    }

    public init(url: URL, projectjaar: Int = 1, referentie: Referentie = .ingebouwd) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Fout(boodschap: "\(url.lastPathComponent): kan het bestand niet lezen (\(Systeemfout.melding(van: error)))")
        }
        guard let tekst = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw Fout(boodschap: "\(url.lastPathComponent): geen leesbare tekst")
        }
        try self.init(csv: tekst, bestand: url.lastPathComponent, projectjaar: projectjaar, referentie: referentie)
    }

    public init(csv tekst: String, bestand: String, projectjaar: Int = 1, referentie: Referentie = .ingebouwd) throws {
        let tabel: (kop: [String], rijen: [(rij: Int, waarden: [String: String], aantalVelden: Int)])
        do { tabel = try CSVTekst.tabel(tekst, bestand: bestand) } catch { throw Fout(boodschap: "\(error)") }
        let ontbrekend = Self.kolommen.filter { !tabel.kop.contains($0) }
        guard !ontbrekend.isEmpty || !tabel.kop.isEmpty else { throw Fout(boodschap: "\(bestand): leeg bestand") }
        guard ontbrekend.isEmpty else {
            throw Fout(boodschap: "\(bestand):1: kolom\(ontbrekend.count == 1 ? "" : "men") \(ontbrekend.joined(separator: ", ")) ontbreekt; verwacht: \(Self.kolommen.joined(separator: ","))")
        }
        guard let start = Projectjaar.nummer(projectjaar)?.start else {
            throw Fout(boodschap: "\(bestand): projectjaar \(projectjaar) bestaat niet (1, 2 of 3)")
        }
        var lezer = NaamLezer(resolver: BestuurResolver(referentie: referentie), datum: start, projectjaar: projectjaar)
        var rijen: [Rij] = []
        var samenwerkingen: [Samenwerking] = []
        var bevindingen: [Bevinding] = []

        for (nummer, waarden, aantalVelden) in tabel.rijen {
            let herkomst = Herkomst(bron: bestand, rij: nummer)
            let volgordeTekst = waarden["volgorde"] ?? ""
            let volgorde = Int(volgordeTekst)
            if volgorde == nil {
                bevindingen.append(Bevinding(
                    ernst: .waarschuwing, code: "rij-onvolledig",
                    boodschap: "Projectjaar \(projectjaar): volgnummer '\(volgordeTekst)' is geen getal; de rij wordt bij de vorige vermelding van dezelfde indiener gerekend",
                    bron: herkomst.description, projectjaar: projectjaar))
            }
            if aantalVelden > tabel.kop.count {
                bevindingen.append(Bevinding(
                    ernst: .waarschuwing, code: "rij-onvolledig",
                    boodschap: "Projectjaar \(projectjaar): de rij heeft \(aantalVelden) velden, de kop \(tabel.kop.count); de overtollige velden zijn genegeerd",
                    bron: herkomst.description, projectjaar: projectjaar))
            }
            let provincie = waarden["provincie_zoals_vermeld"] ?? ""
            let indienerTekst = waarden["indiener"] ?? ""
            let partnerTekst = waarden["partner"] ?? ""
            let indiener = lezer.lees(indienerTekst, herkomst)
            let partner = partnerTekst.isEmpty ? nil : lezer.lees(partnerTekst, herkomst)
            if indienerTekst.isEmpty {
                bevindingen.append(Bevinding(
                    ernst: .fout, code: "rij-onvolledig",
                    boodschap: "Projectjaar \(projectjaar): rij zonder indiener (partner '\(partnerTekst)'); de rij telt niet mee",
                    bron: herkomst.description, projectjaar: projectjaar))
            }
            rijen.append(Rij(herkomst: herkomst, volgorde: volgorde, provincieVermeld: provincie,
                             indienerVermeld: indienerTekst, partnerVermeld: partnerTekst, indiener: indiener, partner: partner))
            if let indiener, partnerTekst.isEmpty || partner != nil {
                samenwerkingen.append(Samenwerking(projectjaar: projectjaar, indiener: indiener, partner: partner ?? "",
                                                   provincieVermeld: provincie.isEmpty ? nil : provincie, herkomst: herkomst))
            }
        }

        // Entries: the rows with the same volgorde and indiener; a row without a valid
        // volgorde belongs to the entry before it when that has the same indiener.
        var vermeldingen: [Verbandvermelding] = []
        var vorigeVolgorde: Int? = nil
        for rij in rijen {
            guard let indiener = rij.indiener else { continue }
            let volgorde = rij.volgorde ?? vorigeVolgorde
            vorigeVolgorde = volgorde
            let partner = rij.partner ?? rij.partnerVermeld
            if let laatste = vermeldingen.indices.last, vermeldingen[laatste].volgorde == volgorde,
               vermeldingen[laatste].indiener == indiener {
                if !partner.isEmpty { vermeldingen[laatste].partners.append(partner) }
                vermeldingen[laatste].herkomst.append(rij.herkomst)
            } else {
                vermeldingen.append(Verbandvermelding(projectjaar: projectjaar, volgorde: volgorde, indiener: indiener,
                                                      partners: partner.isEmpty ? [] : [partner], herkomst: [rij.herkomst]))
            }
        }

        self.bestand = bestand
        self.projectjaar = projectjaar
        self.rijen = rijen
        self.vermeldingen = vermeldingen
        self.gegevens = Gegevens(samenwerkingen: samenwerkingen)
        self.bevindingen = Bevinding.gesorteerd(bevindingen + lezer.bevindingen())
    }

    /// The reader's findings together with the checker's on the list.
    public func controleer(referentie: Referentie = .ingebouwd, acties: ActieCatalogus,
                           gepubliceerd: [GepubliceerdCijfer],
                           tellingen: [GepubliceerdeTelling] = GepubliceerdeTelling.ingebouwd) -> [Bevinding] {
        // Only the list: the rival figures of the sources belong to the check of the databank.
        let controle = Controle.voerUit(gegevens: gegevens, referentie: referentie, acties: acties,
                                        gepubliceerd: gepubliceerd, tellingen: tellingen,
                                        projectjaar: projectjaar, vermeldingen: vermeldingen, tegenstrijdig: [])
        return Bevinding.gesorteerd(bevindingen + controle)
    }
}

/// Resolves the names of a published list and remembers how, once per distinct name.
@MemberwiseInit
struct NaamLezer {
    let resolver: BestuurResolver
    let datum: CalendarDate
    let projectjaar: Int

    private struct Uitkomst {
        var code: String?
        var ernst: Bevinding.Ernst?
        var findingCode: String = ""
        var boodschap: String = ""
        var herkomsten: [Herkomst] = []
    }
    private var uitkomsten: [String: Uitkomst] = [:]

    /// The code the name stands for, or nil (with a finding) when it does not resolve.
    mutating func lees(_ tekst: String, _ herkomst: Herkomst) -> String? {
        let tekst = tekst.trimmingCharacters(in: .whitespaces)
        guard !tekst.isEmpty else { return nil }
        if uitkomsten[tekst] == nil { uitkomsten[tekst] = beoordeel(tekst) }
        uitkomsten[tekst]!.herkomsten.append(herkomst)
        return uitkomsten[tekst]!.code
    }

    private func beoordeel(_ tekst: String) -> Uitkomst {
        // "De Rand (io Wemmel)": Wemmel, represented by ("in opdracht van") vzw De Rand.
        if let (vertegenwoordiger, lid) = Self.namens(tekst) {
            var uitkomst = beoordeel(lid)
            guard let code = uitkomst.code, uitkomst.ernst == nil,
                  case .success(let bestuur) = resolver.resolve(code, op: datum) else { return uitkomst }
            let door: String
            if case .success(let v) = resolver.resolve(vertegenwoordiger, op: datum) { door = v.label } else { door = "'\(vertegenwoordiger)'" }
            uitkomst.ernst = .info
            uitkomst.findingCode = "naam-namens"
            uitkomst.boodschap = "Projectjaar \(projectjaar): '\(tekst)' gelezen als \(bestuur.label), vertegenwoordigd door \(door)"
            return uitkomst
        }
        switch resolver.resolve(tekst, op: datum) {
        case .success(let bestuur):
            return Uitkomst(code: bestuur.code)
        case .failure(let failure):
            if case let .onbekend(_, suggesties) = failure, let beste = Self.enigeDichtste(tekst, suggesties) {
                return Uitkomst(code: beste.code, ernst: .waarschuwing, findingCode: "naam-niet-exact",
                                boodschap: "Projectjaar \(projectjaar): '\(tekst)' is geen exacte naam van een bestuur; gelezen als \(beste.label)")
            }
            return Uitkomst(code: nil, ernst: .fout, findingCode: "naam-onbekend",
                            boodschap: "Projectjaar \(projectjaar): \(failure.description); de rij telt niet mee")
        }
    }

    /// `X (io Y)` or `X (i.o. Y)` -> (X, Y).
    static func namens(_ tekst: String) -> (String, String)? {
        guard tekst.hasSuffix(")"), let open = tekst.lastIndex(of: "(") else { return nil }
        let binnen = tekst[tekst.index(after: open)..<tekst.index(before: tekst.endIndex)].trimmingCharacters(in: .whitespaces)
        for prefix in ["io ", "i.o. ", "i.o "] where binnen.lowercased().hasPrefix(prefix) {
            let lid = binnen.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            let voor = tekst[..<open].trimmingCharacters(in: .whitespaces)
            guard !lid.isEmpty else { return nil }
            return (voor, lid)
        }
        return nil
    }

    /// The one suggestion within two edits of the name, if exactly one is closest.
    static func enigeDichtste(_ tekst: String, _ suggesties: [Bestuur]) -> Bestuur? {
        let sleutel = NameKey.withoutTitle(tekst)
        let gescoord = suggesties.map { (NameKey.distance(sleutel, NameKey.normalise($0.naam)), $0) }.sorted { $0.0 < $1.0 }
        guard let eerste = gescoord.first, eerste.0 <= 2 else { return nil }
        if gescoord.count > 1 && gescoord[1].0 == eerste.0 { return nil }
        return eerste.1
    }

    func bevindingen() -> [Bevinding] {
        uitkomsten.values.compactMap { u in
            guard let ernst = u.ernst else { return nil }
            return Bevinding(ernst: ernst, code: u.findingCode, boodschap: u.boodschap,
                             bron: bronLijst(u.herkomsten), projectjaar: projectjaar)
        }
    }
}
