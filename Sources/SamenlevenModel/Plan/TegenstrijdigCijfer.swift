/// A published figure that the sources give in rival versions (the year-3 budget as 16.907.780,
/// 16.970.780 and "16,83 miljoen" euro), with the sources of each version and the one the
/// toolkit uses, and why. Kept as data (`Resources/tegenstrijdige-cijfers.csv`, one row per
/// version) so the list can grow; the checker reports every figure once.
public struct TegenstrijdigCijfer: Hashable, Sendable, Codable {
    /// One published version of the figure.
    public struct Versie: Hashable, Sendable, Codable {
        /// The figure as published ("16.907.780 euro", "16,83 miljoen euro", "104").
        public let waarde: String
        /// The sources that give this version ("NOTA3 2.4 en 3.A; NIEUWS2").
        public let bronnen: String
        /// Whether the toolkit uses this version.
        public let gebruikt: Bool
        /// Why this version is (not) used.
        public let toelichting: String
    }

    /// Stable id ("budget-projectjaar-3").
    public let id: String
    public let projectjaar: Int
    /// What the figure is, as a noun phrase ("het budget van projectjaar 3").
    public let omschrijving: String
    /// In the order of the file; exactly one is used.
    public let versies: [Versie]

    /// The version the toolkit uses.
    public var gebruikt: Versie { versies.first(where: \.gebruikt)! }

    /// The rival figures bundled with the toolkit; a broken file is a packaging error.
    public static let ingebouwd: [TegenstrijdigCijfer] = {
        do { return try laad(ResourceTable.load("tegenstrijdige-cijfers")) } catch {
            fatalError("ingebouwde tegenstrijdige cijfers onleesbaar: \(error)")
        }
    }()

    /// Groups the rows per figure (in file order): every figure has at least two versions,
    /// exactly one of them used, and one project year and description.
    static func laad(_ table: ResourceTable) throws -> [TegenstrijdigCijfer] {
        var volgorde: [String] = []
        var perCijfer: [String: TegenstrijdigCijfer] = [:]
        for (index, row) in table.rows.enumerated() {
            let rij = index + 2
            func veld(_ key: String) throws -> String {
                guard let v = row[key]?.trimmedWhitespace, !v.isEmpty else {
                    throw ReferenceDataError(message: "\(table.name).csv rij \(rij): kolom \(key) is leeg")
                }
                return v
            }
            let id = try veld("cijfer"), omschrijving = try veld("omschrijving")
            guard let jaar = Int(try veld("projectjaar")), Projectjaar.nummers.contains(jaar) else {
                throw ReferenceDataError(message: "\(table.name).csv rij \(rij): ongeldig projectjaar")
            }
            let gebruikt = try veld("gebruikt")
            guard gebruikt == "ja" || gebruikt == "nee" else {
                throw ReferenceDataError(message: "\(table.name).csv rij \(rij): gebruikt is 'ja' of 'nee', niet '\(gebruikt)'")
            }
            let versie = Versie(waarde: try veld("versie"), bronnen: try veld("bronnen"), gebruikt: gebruikt == "ja",
                                toelichting: try veld("toelichting"))
            if let bestaand = perCijfer[id] {
                guard bestaand.projectjaar == jaar, bestaand.omschrijving == omschrijving else {
                    throw ReferenceDataError(message: "\(table.name).csv rij \(rij): projectjaar of omschrijving verschilt van de vorige rijen van \(id)")
                }
                perCijfer[id] = TegenstrijdigCijfer(id: id, projectjaar: jaar, omschrijving: omschrijving, versies: bestaand.versies + [versie])
            } else {
                volgorde.append(id)
                perCijfer[id] = TegenstrijdigCijfer(id: id, projectjaar: jaar, omschrijving: omschrijving, versies: [versie])
            }
        }
        return try volgorde.map { id in
            let cijfer = perCijfer[id]!
            guard cijfer.versies.count >= 2, cijfer.versies.filter(\.gebruikt).count == 1 else {
                throw ReferenceDataError(message: "\(table.name).csv: \(id) heeft minstens twee versies nodig, waarvan precies één gebruikt")
            }
            return cijfer
        }
    }
}
