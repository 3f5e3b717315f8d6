import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenReaders
import XlsxWriter

/// The rows of a refused import with their problems (the Invoer page of `samenleven web`), so the
/// administration can mend its file: one sheet per uploaded CSV file or workbook sheet, its
/// original header and the failing rows as they were read (as text), plus a last column
/// "melding" with every problem of the row. Deterministic: the same rows and problems give the
/// same bytes.
public enum Foutenwerkboek {
    /// The column added after the original ones.
    public static let meldingKolom = "melding"

    /// One sheet: the source's label (`bestand`, `bestand[blad]` for a workbook sheet, as the
    /// import names it in its problems), the original header and the failing rows.
    @MemberwiseInit
    public struct Blad: Sendable, Equatable {
        public let label: String
        public let naam: String
        public let kop: [String]
        public let rijen: [Rij]
    }

    /// A failing row: its spreadsheet row number, its cells as read and its problems joined.
    @MemberwiseInit
    public struct Rij: Sendable, Equatable {
        public let nummer: Int
        public let cellen: [String]
        public let melding: String
    }

    /// The failing data rows of each sheet, in the order of the sheets and then of the rows;
    /// sheets without a failing row are left out. Problems of the file or the header only
    /// (no data row) are not in the workbook: the page lists them.
    public static func bladen(_ bronnen: [(label: String, sheet: Sheet)], problemen: [ImportProblem]) -> [Blad] {
        var gebruikt: Set<String> = []
        return bronnen.compactMap { label, sheet in
            let perRij = Dictionary(grouping: problemen.filter { $0.bestand == label && $0.rij != nil }, by: { $0.rij! })
            let rijen = sheet.rows.compactMap { rij -> Rij? in
                guard let gevonden = perRij[rij.number] else { return nil }
                let melding = gevonden.map { p in p.kolom.map { "\($0): \(p.boodschap)" } ?? p.boodschap }.joined(separator: "; ")
                return Rij(nummer: rij.number, cellen: rij.cells.map(\.displayText), melding: "rij \(rij.number): " + melding)
            }
            guard !rijen.isEmpty else { return nil }
            var naam = Bladnaam.veilig(sheet.name)
            var volgnummer = 2
            while gebruikt.contains(naam.lowercased()) {
                let achtervoegsel = " (\(volgnummer))"
                naam = String(Bladnaam.veilig(sheet.name).prefix(31 - achtervoegsel.count)) + achtervoegsel
                volgnummer += 1
            }
            gebruikt.insert(naam.lowercased())
            return Blad(label: label, naam: naam, kop: sheet.header, rijen: rijen)
        }
    }

    /// Writes the sheets: header row in the house style, frozen, the rows as text, "melding"
    /// last. An empty list writes one sheet saying there is nothing to mend.
    public static func schrijf(_ bladen: [Blad], naar pad: String, instellingen: WerkboekInstellingen = WerkboekInstellingen()) throws {
        do {
            let workbook = try Workbook(path: pad, options: WorkbookOptions(temporaryDirectory: instellingen.tijdelijkeMap))
            try workbook.setDocumentProperties(DocumentProperties(
                title: "Rijen met fouten", subject: "Plan Samenleven: rijen die niet ingelezen konden worden",
                author: Documentgegevens.bedrijf, company: Documentgegevens.bedrijf, category: "Invoer",
                keywords: "Plan Samenleven, import, fouten",
                comments: "Verbeter de rijen in het oorspronkelijke bestand (de kolom melding zegt wat er mis is) en lees het opnieuw in.",
                created: instellingen.aangemaakt))
            let opmaak = Opmaak(workbook)
            let kop = try opmaak.format(.kolomkop)
            let tekst = try workbook.addFormat(CellFormat(numberFormat: "@"))
            let melding = try workbook.addFormat(CellFormat(numberFormat: "@", wrapText: true))
            if bladen.isEmpty {
                let sheet = try workbook.addWorksheet("Fouten")
                try sheet.write("Geen rijen met fouten.", row: 0, column: 0)
            }
            for blad in bladen {
                let sheet = try workbook.addWorksheet(blad.naam)
                try Afdruk(voettekstLinks: blad.label).pasToe(op: sheet, kopRij: 0)
                try sheet.freezePanes(row: 1, column: 0)
                let breedte = max(blad.kop.count, blad.rijen.map(\.cellen.count).max() ?? 0)
                for kolom in 0..<breedte {
                    let naam = kolom < blad.kop.count ? blad.kop[kolom] : ""
                    try sheet.setColumn(kolom, width: min(40, max(12, Double(naam.count) + 4)), format: tekst)
                    try sheet.write(naam, row: 0, column: kolom, format: kop)
                }
                try sheet.setColumn(breedte, width: 80, format: melding)
                try sheet.write(meldingKolom, row: 0, column: breedte, format: kop)
                for (i, rij) in blad.rijen.enumerated() {
                    for (kolom, cel) in rij.cellen.enumerated() where !cel.isEmpty {
                        try sheet.write(cel, row: i + 1, column: kolom, format: tekst)
                    }
                    try sheet.write(rij.melding, row: i + 1, column: breedte, format: melding)
                }
            }
            try workbook.close()
        } catch {
            throw WerkboekFout.van(error, pad: pad)
        }
    }
}
