import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
@testable import SamenlevenExport
import Testing

/// The package's importable CSV files, read back with the importer into an empty store, give
/// the same records and the same answers to every standard question. What legitimately
/// changes: the provenance (new file, new rows) and texts that were neutralised against
/// formulas, which come back with their `'`.
@Suite("Open data: terug inlezen geeft dezelfde antwoorden")
struct OpenDataRoundTripTests {
    /// The importable files exactly as the package has them.
    func importFiles(_ input: OpenDataInput) throws -> [ImportBestand] {
        let files = Dictionary(uniqueKeysWithValues: try OpenDataPackage.files(input).map { ($0.name, $0.data) })
        return OpenDataPackage.resources(input).filter { $0.importKind != nil && !$0.rows.isEmpty }.map {
            ImportBestand(naam: $0.csvFileName, csv: files[$0.csvFileName]!)
        }
    }

    /// As the README says for packages with example data: the rows with voorbeelddata = true
    /// go into a file whose name says `voorbeelddata`.
    func importFilesSplit(_ input: OpenDataInput) throws -> [ImportBestand] {
        OpenDataPackage.resources(input).filter { $0.importKind != nil && !$0.rows.isEmpty }.flatMap { r -> [ImportBestand] in
            let i = r.fieldIndex("voorbeelddata")!
            let official = r.rows.filter { $0[i] == .boolean(false) }, synthetic = r.rows.filter { $0[i] == .boolean(true) }
            func file(_ name: String, _ rows: [[OpenDataValue]]) -> ImportBestand? {
                guard !rows.isEmpty else { return nil }
                let part = OpenDataResource(name: name, title: r.title, description: r.description, fields: r.fields,
                                            primaryKey: r.primaryKey, foreignKeys: r.foreignKeys, rows: rows)
                return ImportBestand(naam: part.csvFileName, csv: Data(OpenDataCSV.render(part).utf8))
            }
            return [file(r.name, official), file(r.name + "-voorbeelddata", synthetic)].compactMap { $0 }
        }
    }

    static func neutralised(_ text: String?) -> String? { text.map(OpenDataCSV.neutralised) }
    static func anonymous(_ h: Herkomst) -> Herkomst { Herkomst(bron: "", rij: nil, voorbeelddata: h.voorbeelddata) }

    /// The records with provenance reduced to the voorbeelddata flag and texts as the CSV has them.
    static func comparable(_ g: Gegevens, neutralise: Bool) -> Gegevens {
        func t(_ s: String?) -> String? { neutralise ? neutralised(s) : s }
        var g = g
        g.toekenningen = g.toekenningen.map { var r = $0; r.toelichting = t(r.toelichting); r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst); return r }
        g.aanvragen = g.aanvragen.map { var r = $0; r.reden = t(r.reden); r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst); return r }
        g.samenwerkingen = g.samenwerkingen.map { var r = $0; r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst); return r }
        g.mentorschappen = g.mentorschappen.map { var r = $0; r.toelichting = t(r.toelichting); r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst); return r }
        g.sio = g.sio.map {
            var r = $0
            r.investeerder = t(r.investeerder); r.socialeOrganisatie = t(r.socialeOrganisatie); r.toelichting = t(r.toelichting)
            r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst)
            return r
        }
        g.kpiRapporteringen = g.kpiRapporteringen.map { var r = $0; r.motivering = t(r.motivering); r.provincieVermeld = t(r.provincieVermeld); r.herkomst = anonymous(r.herkomst); return r }
        return g
    }

    /// An answer without what legitimately changes: data vintage, per-row provenance and the
    /// footnotes that name source files and rows ("Bron: toekenningen.csv, rijen 2-9").
    static func comparable(_ t: AnswerTable) -> AnswerTable {
        var t = t
        t.gegevensstand = ""
        t.rijen = t.rijen.map { var r = $0; r.herkomst = []; return r }
        t.voetnoten = t.voetnoten.filter { !$0.tekst.hasPrefix("Bron: ") }
        return t
    }

    /// The answer before, with text cells as they come back from the CSV (neutralised).
    static func neutralisedCells(_ t: AnswerTable) -> AnswerTable {
        var t = t
        t.rijen = t.rijen.map { row in
            var r = row
            r.cellen = r.cellen.map { if case .tekst(let s) = $0 { return .tekst(OpenDataCSV.neutralised(s)) } else { return $0 } }
            return r
        }
        return t
    }

    func roundTrip(_ before: Store, voorbeelddata: Bool, files: (OpenDataInput) throws -> [ImportBestand]) throws {
        let input = try OpenDataFixture.input(before)
        let after = try Store.inMemory()
        let verslag = try Importer(store: after).importeer(try files(input))
        // The extra columns are ignored with a warning that names them.
        #expect(verslag.waarschuwingen.contains { $0.hasPrefix("toekenningen") && $0.contains(".csv:1:subsidie_euro: onbekende kolom, wordt genegeerd") })

        let g0 = try before.gegevens(), g1 = try after.gegevens()
        #expect(Self.comparable(g1, neutralise: false) == Self.comparable(g0, neutralise: true))
        #expect(g1.bevatVoorbeelddata == voorbeelddata)

        let c0 = QueryContext(try before.laad()), c1 = QueryContext(try after.laad())
        var compared = 0
        for vraag in StandaardVraag.allCases {
            for opties in [QueryOptions(), QueryOptions(projectjaar: 1), QueryOptions(projectjaar: 2),
                           QueryOptions(provincie: .oostVlaanderen), QueryOptions(geografie: .gemeenten2025)] {
                let a = Self.comparable(vraag.beantwoord(c0, opties: opties))
                let b = Self.comparable(vraag.beantwoord(c1, opties: opties))
                #expect(b == Self.neutralisedCells(a), "\(vraag.rawValue) \(opties)")
                compared += 1
            }
        }
        #expect(compared == StandaardVraag.allCases.count * 5)
    }

    @Test func officialDataComesBackFromThePackageFilesAsWritten() throws {
        try roundTrip(try OpenDataFixture.store(voorbeelddata: false), voorbeelddata: false, files: importFiles)
    }

    @Test func exampleDataComesBackMarkedWhenSplitOffAsTheReadmeSays() throws {
        try roundTrip(try OpenDataFixture.store(voorbeelddata: true), voorbeelddata: true, files: importFilesSplit)
    }

    /// The embedded default dataset: the published year-1 lists and the synthetic records.
    @Test func theDefaultDatasetComesBack() throws {
        try roundTrip(try Store.inMemory(standaardgegevens: true), voorbeelddata: true, files: importFilesSplit)
    }

    @Test func theNeutralisedFormulaIsTheOnlyTextThatChanges() throws {
        let before = try OpenDataFixture.store(voorbeelddata: false)
        let after = try Store.inMemory()
        _ = try Importer(store: after).importeer(try importFiles(try OpenDataFixture.input(before)))
        let gent = try after.gegevens().toekenningen.first { $0.bestuur == "44021" && $0.actie == 5 }
        #expect(gent?.toelichting == "'=HYPERLINK(\"http://x\")")
        #expect(gent?.subsidie == Euro(cents: 3_000_050))
        #expect(try after.gegevens().toekenningen.first { $0.bestuur == "VGC" }?.subsidie == Euro(cents: 600_005))
    }
}
