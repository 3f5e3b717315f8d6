import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenReaders

/// How an import runs: for real or dry, and whether its rows are marked as voorbeelddata.
@MemberwiseInit
public struct ImportOpties: Sendable {
    /// Validate and report, store nothing.
    public var droog: Bool = false
    /// Mark the rows as synthetic example data. Nil: files whose name contains
    /// "voorbeelddata" are example data.
    public var voorbeelddata: Bool? = nil
}

/// Validates the administration's files exactly as the import spec says and stores them
/// atomically: every problem is reported as `FILE:ROW:COLUMN: message`, and on any problem
/// nothing in the store changes.
public struct Importer: Sendable {
    let store: Store

    public init(store: Store) { self.store = store }

    /// Reports rows validated so far and the total, for progress display.
    public typealias Voortgang = @Sendable (_ gedaan: Int, _ totaal: Int) -> Void

    public func importeer(_ bestanden: [ImportBestand], opties: ImportOpties = ImportOpties(),
                          voortgang: Voortgang? = nil) throws -> ImportVerslag {
        let acties = try store.acties()
        let (vervangingen, waarschuwingen, rijen) = try Importer.valideer(bestanden, opties: opties, catalogus: Set(acties.acties.map(\.nummer)),
                                                                          acties: acties, voortgang: voortgang)
        let tellingen = try store.vervang(vervangingen, droog: opties.droog)
        return ImportVerslag(tellingen: tellingen, waarschuwingen: waarschuwingen, rijen: rijen, droog: opties.droog)
    }

    /// Reads and validates files without touching a store: the records to store per kind, the
    /// warnings and the number of rows, or an `ImportFailure` listing every problem. Indicators
    /// are matched to `acties` (the built-in catalogue when nil).
    static func valideer(_ bestanden: [ImportBestand], opties: ImportOpties, catalogus stored: Set<Int>,
                         acties: ActieCatalogus? = nil, voortgang: Voortgang? = nil) throws -> ([Vervanging], [String], Int) {
        let acties = acties ?? Referentie.ingebouwd.acties
        var problemen: [ImportProblem] = []
        var waarschuwingen: [String] = []
        var bladen: [(sheet: Sheet, soort: Soort, bestand: ImportBestand, sha: String)] = []

        for bestand in bestanden {
            do {
                let (sheets, warnings, sha) = try read(bestand)
                waarschuwingen += warnings
                var lege = 0
                for sheet in sheets {
                    if let soort = bestand.soort ?? sheetKind(sheet, of: bestand) {
                        if bestand.isWerkboek && sheet.rows.isEmpty {
                            // A workbook made from the template has a sheet for every kind; the
                            // ones left empty are not meant to replace anything.
                            waarschuwingen.append("\(bestand.naam): blad '\(sheet.name)' is leeg (enkel de kopregel) en wordt overgeslagen")
                            lege += 1
                            continue
                        }
                        bladen.append((sheet, soort, bestand, sha))
                    } else if bestand.isWerkboek {
                        waarschuwingen.append("\(bestand.naam): blad '\(sheet.name)' genegeerd (geen soort; verwacht een van: \(Soort.lijst))")
                    } else {
                        problemen.append(ImportProblem(bestand: bestand.naam, rij: nil, kolom: nil,
                            boodschap: "soort niet af te leiden uit de bestandsnaam; de naam moet beginnen met een soort (\(Soort.lijst)) of gebruik --soort"))
                    }
                }
                if bestand.isWerkboek && !sheets.contains(where: { sheetKind($0, of: bestand) != nil }) && bestand.soort == nil {
                    problemen.append(ImportProblem(bestand: bestand.naam, rij: nil, kolom: nil,
                        boodschap: "het werkboek heeft geen blad met de naam van een soort (\(Soort.lijst))"))
                } else if bestand.isWerkboek && lege > 0 && !bladen.contains(where: { $0.bestand.naam == bestand.naam }) {
                    problemen.append(ImportProblem(bestand: bestand.naam, rij: nil, kolom: nil,
                        boodschap: "geen gegevens: elk blad van een soort is leeg (enkel de kopregel)"))
                }
            } catch let error as ReadError {
                problemen.append(ImportProblem(bestand: error.fileName, rij: error.row, kolom: error.column, boodschap: error.message))
            }
        }

        let totaal = bladen.reduce(0) { $0 + $1.sheet.rows.count }
        var collector = Collector()
        var gedaan = 0
        for blad in bladen {
            let label = blad.bestand.label(blad: blad.sheet.name)
            let voorbeelddata = opties.voorbeelddata ?? blad.bestand.naam.lowercased().contains("voorbeelddata")
            let parser = KindParser(resolver: BestuurResolver(), catalogus: stored.union(Actie.nummers), acties: acties,
                                    voorbeelddata: voorbeelddata)
            let result = validate(blad.sheet, soort: blad.soort, label: label, parser: parser, collector: &collector) { rows in
                gedaan += rows
                voortgang?(gedaan, totaal)
            }
            problemen += result.problemen
            waarschuwingen += result.waarschuwingen
            collector.sources[blad.soort, default: []].append((label, blad.sha))
        }
        problemen += collector.duplicateProblems

        guard problemen.isEmpty else {
            throw ImportFailure(problemen: problemen.sorted(), waarschuwingen: waarschuwingen)
        }
        return (collector.vervangingen(), waarschuwingen, totaal)
    }

    // MARK: Reading

    static func sheetKind(_ sheet: Sheet, of bestand: ImportBestand) -> Soort? {
        bestand.isWerkboek ? Soort(bladnaam: sheet.name) : Soort(bestandsnaam: bestand.naam.split(separator: "/").last.map(String.init) ?? bestand.naam)
    }

    static func read(_ bestand: ImportBestand) throws -> ([Sheet], [String], String) {
        switch bestand.inhoud {
        case .csv(let data):
            let (sheet, warnings) = try CSVReader.read(data: data, fileName: bestand.naam)
            return ([sheet], warnings.map(\.description), sha256Hex(data))
        case .bestand(let url):
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw ReadError(fileName: bestand.naam, row: nil, column: nil, message: "bestand niet te lezen (\(url.path))")
            }
            if bestand.isWerkboek {
                let (sheets, warnings) = try XLSXReader.read(url: url, fileName: bestand.naam)
                return (sheets, warnings.map(\.description), sha256Hex(data))
            }
            if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
                throw ReadError(fileName: bestand.naam, row: nil, column: nil,
                                message: "dit is een oud Excel-bestand (.xls); bewaar het als .xlsx of .csv")
            }
            if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                throw ReadError(fileName: bestand.naam, row: nil, column: nil,
                                message: "dit lijkt een werkboek (zip); geef het de extensie .xlsx")
            }
            let (sheet, warnings) = try CSVReader.read(data: data, fileName: bestand.naam)
            return ([sheet], warnings.map(\.description), sha256Hex(data))
        }
    }

    // MARK: Validation

    struct SheetResult {
        var problemen: [ImportProblem] = []
        var waarschuwingen: [String] = []
    }

    /// Unknown columns named one by one; the rest of a sheet's unknown columns is one warning.
    static let shownUnknownColumns = 20

    static func validate(_ sheet: Sheet, soort: Soort, label: String, parser: KindParser, collector: inout Collector,
                  progress: (Int) -> Void) -> SheetResult {
        var result = SheetResult()
        let headerRow = sheet.headerRowNumber
        func problem(_ kolom: String?, _ message: String, rij: Int? = nil) {
            result.problemen.append(ImportProblem(bestand: label, rij: rij ?? headerRow, kolom: kolom, boodschap: message))
        }

        let specs = soort.kolommen
        let known = Set(specs.map(\.naam))
        var columnIndex: [String: Int] = [:]
        var unknownColumns: [String] = []
        for (index, raw) in sheet.header.enumerated() {
            let name = raw.trimmedWhitespace.lowercased()
            if name.isEmpty { continue }
            if columnIndex[name] != nil {
                problem(name, "kolom komt meer dan één keer voor in de kopregel")
            } else if known.contains(name) {
                columnIndex[name] = index
            } else {
                unknownColumns.append(name)
            }
        }
        let missing = specs.filter { $0.verplicht && columnIndex[$0.naam] == nil }
        let nonEmpty = missing.isEmpty ? [] : sheet.header.filter { !$0.trimmedWhitespace.isEmpty }
        if !missing.isEmpty, nonEmpty.count == 1, let only = nonEmpty.first,
           specs.filter(\.verplicht).contains(where: { only.lowercased().contains($0.naam) }) {
            // One header cell that contains several column names: the delimiter was not recognised.
            problem(nil, "de kopregel heeft maar één kolom ('\(only)'); het scheidingsteken moet een komma, puntkomma of tab zijn")
            return result
        }
        let expected = "kolommen voor \(soort.rawValue): \(specs.map(\.naam).joined(separator: ", "))"
        for name in unknownColumns.prefix(Self.shownUnknownColumns) {
            result.waarschuwingen.append("\(label):\(headerRow):\(name): onbekende kolom, wordt genegeerd (\(expected))")
        }
        if unknownColumns.count > Self.shownUnknownColumns {
            // A header with a million columns costs one line, not a million.
            result.waarschuwingen.append("\(label):\(headerRow): en nog \(dutchNumber(unknownColumns.count - Self.shownUnknownColumns)) onbekende kolommen, ook genegeerd (\(dutchNumber(unknownColumns.count)) in totaal)")
        }
        if !missing.isEmpty {
            for spec in missing { problem(spec.naam, "verplichte kolom ontbreekt (verwacht voor \(soort.rawValue): \(specs.map(\.naam).joined(separator: ", ")))") }
            return result
        }
        if sheet.rows.isEmpty {
            result.problemen.append(ImportProblem(bestand: label, rij: nil, kolom: nil, boodschap: "geen gegevens: het bestand heeft enkel een kopregel"))
            return result
        }

        let headerWidth = sheet.header.count
        for found in sheet.problems {
            problem(found.column.map(sheet.columnName), found.message, rij: found.row)
        }
        let rowsWithProblems = Set(sheet.problems.map(\.row))
        var batch = 0
        for row in sheet.rows {
            if rowsWithProblems.contains(row.number) { continue }
            if row.cells.count > headerWidth, row.cells[headerWidth...].contains(where: { $0 != .empty }) {
                problem(nil, "de rij heeft \(row.cells.count) velden, de kopregel maar \(headerWidth); staat er een scheidingsteken in een tekst zonder aanhalingstekens?", rij: row.number)
                continue
            }
            var cells: [String: CellValue] = [:]
            for (name, index) in columnIndex where index < row.cells.count { cells[name] = row.cells[index] }
            var reader = RowReader(bestand: label, rij: row.number, cells: cells)
            collector.add(soort, reader: &reader, parser: parser)
            result.problemen += reader.problemen
            batch += 1
            if batch == 1000 { progress(batch); batch = 0 }
        }
        progress(batch)
        return result
    }
}

/// Gathers the parsed records of every kind across all files of one import, and finds keys
/// that occur twice (also across files).
struct Collector {
    var toekenningen: [KindParser.Parsed<Toekenning>] = []
    var aanvragen: [KindParser.Parsed<Aanvraag>] = []
    var samenwerkingen: [KindParser.Parsed<Samenwerking>] = []
    var mentorschappen: [KindParser.Parsed<Mentorschap>] = []
    var sio: [KindParser.Parsed<SIOExperiment>] = []
    var kpi: [KindParser.Parsed<KPIRapportering>] = []
    var acties: [KindParser.Parsed<Actie>] = []
    var sources: [Soort: [(label: String, sha: String)]] = [:]
    var duplicateProblems: [ImportProblem] = []
    private var seen: [Soort: [[KolomWaarde]: (label: String, rij: Int)]] = [:]

    mutating func add(_ soort: Soort, reader: inout RowReader, parser: KindParser) {
        func keep<R>(_ parsed: KindParser.Parsed<R>?, into list: inout [KindParser.Parsed<R>]) {
            guard let parsed else { return }
            if let first = seen[soort]?[parsed.sleutel] {
                let elsewhere = first.label == reader.bestand ? "rij \(first.rij)" : "\(first.label) rij \(first.rij)"
                duplicateProblems.append(ImportProblem(bestand: reader.bestand, rij: parsed.rij, kolom: nil,
                    boodschap: "dubbele sleutel (\(parsed.sleutelLabel)): staat ook op \(elsewhere)"))
                return
            }
            seen[soort, default: [:]][parsed.sleutel] = (reader.bestand, parsed.rij)
            list.append(parsed)
        }
        switch soort {
        case .toekenningen: keep(parser.toekenning(&reader), into: &toekenningen)
        case .aanvragen: keep(parser.aanvraag(&reader), into: &aanvragen)
        case .samenwerkingsverbanden: keep(parser.samenwerking(&reader), into: &samenwerkingen)
        case .mentorschappen: keep(parser.mentorschap(&reader), into: &mentorschappen)
        case .sio: keep(parser.sio(&reader), into: &sio)
        case .kpiRapportering: keep(parser.kpiRapportering(&reader), into: &kpi)
        case .acties:
            let parsed = parser.actie(&reader)
            if let parsed, seen[soort]?[parsed.sleutel] == nil, let eerste = acties.first(where: { $0.record.nummer == parsed.record.nummer }),
               eerste.record.naam != parsed.record.naam || eerste.record.doelstelling != parsed.record.doelstelling {
                duplicateProblems.append(ImportProblem(bestand: reader.bestand, rij: parsed.rij, kolom: nil,
                    boodschap: "actie \(parsed.record.nummer) staat ook op rij \(eerste.rij) met een andere naam of doelstelling; "
                        + "de rijen van een actie (een per indicator) hebben dezelfde naam en doelstelling"))
                return
            }
            keep(parsed, into: &acties)
        }
    }

    /// The catalogue's rows joined per action: one entry with the indicators of all its rows,
    /// and the row where it first appears. A standard amount left empty is twice the
    /// contribution per unit of the indicators (when they agree), `afgeleid`.
    static func samengevoegd(_ rijen: [KindParser.Parsed<Actie>]) -> (acties: [Actie], rijen: [Int]) {
        var volgorde: [Int] = []
        var perNummer: [Int: (actie: Actie, rij: Int)] = [:]
        for p in rijen {
            if let eerder = perNummer[p.record.nummer] {
                perNummer[p.record.nummer]!.actie = eerder.actie.met(indicatoren: eerder.actie.indicatoren + p.record.indicatoren,
                                                                     feiten: p.record.feiten.filter { $0.key == .standaardbedrag })
            } else {
                volgorde.append(p.record.nummer)
                perNummer[p.record.nummer] = (p.record, p.rij)
            }
        }
        let acties = volgorde.map { perNummer[$0]!.actie.metAfgeleidStandaardbedrag() }
        return (acties, volgorde.map { perNummer[$0]!.rij })
    }

    func vervangingen() -> [Vervanging] {
        func make<R>(_ soort: Soort, _ parsed: [KindParser.Parsed<R>], _ wrap: ([R]) -> Vervanging.Records) -> Vervanging? {
            guard let files = sources[soort], !parsed.isEmpty else { return nil }
            return Vervanging(soort: soort, projectjaren: Set(parsed.compactMap(\.jaar)),
                              bronnen: Dictionary(files.map { ($0.label, $0.sha) }, uniquingKeysWith: { a, _ in a }),
                              records: wrap(parsed.map(\.record)))
        }
        return [
            make(.acties, acties) { _ in let s = Self.samengevoegd(acties); return .acties(s.acties, rijen: s.rijen) },
            make(.toekenningen, toekenningen) { .toekenningen($0) },
            make(.aanvragen, aanvragen) { .aanvragen($0) },
            make(.samenwerkingsverbanden, samenwerkingen) { .samenwerkingen($0) },
            make(.mentorschappen, mentorschappen) { .mentorschappen($0) },
            make(.sio, sio) { .sio($0) },
            make(.kpiRapportering, kpi) { .kpiRapporteringen($0) },
        ].compactMap { $0 }
    }
}
