import Foundation
import GRDB
import Testing
import SamenlevenModel
@testable import SamenlevenStore
@testable import SamenlevenVoorbeelddata

/// The description of each record kind (`Soort.kolommen`) against the tables the released
/// migrations create: the DDL of `v1-schema` never changes, so the description must agree
/// with it column for column.
@Suite("Eén beschrijving per soort")
struct RecordKindTests {
    struct TabelKolom: Equatable {
        let naam: String
        let sleutelpositie: Int
    }

    func tabelKolommen(_ tabel: String) throws -> [TabelKolom] {
        let store = try Store.inMemory()
        return try store.lees { db in
            try Row.fetchAll(db, sql: "PRAGMA table_info(\(tabel))").map { TabelKolom(naam: $0["name"], sleutelpositie: $0["pk"]) }
        }
    }

    @Test(arguments: Soort.allCases)
    func descriptionAgreesWithTheMigratedTable(soort: Soort) throws {
        let kolommen = try tabelKolommen(soort.tabel)
        #expect(!kolommen.isEmpty, "\(soort.tabel) bestaat niet")
        let namen = kolommen.map(\.naam)
        if soort == .acties {
            // The catalogue's table also keeps what the built-in catalogue knows beyond the import.
            #expect(Set(soort.opslagKolommen).isSubset(of: namen), "\(soort)")
            #expect(Set(ActieTable.columns) == Set(namen), "de catalogus schrijft elke kolom van zijn tabel")
        } else {
            #expect(namen == soort.opslagKolommen, "\(soort)")
        }
        let sleutel = kolommen.filter { $0.sleutelpositie > 0 }.sorted { $0.sleutelpositie < $1.sleutelpositie }.map(\.naam)
        // A catalogue row is an action and one of its indicators; the action table's key is the number.
        #expect(sleutel == soort.sleutelKolommen.map(\.opslag).filter { soort != .acties || $0 != KolomSpec.indicator.opslag }, "\(soort)")
    }

    @Test func everyKindNamesItsColumnsOnce() {
        for soort in Soort.allCases {
            let namen = soort.kolommen.map(\.naam)
            #expect(Set(namen).count == namen.count, "\(soort)")
            #expect(Set(soort.sleutelKolommen).isSubset(of: soort.kolommen), "\(soort)")
            // Every key column is required but the indicator: empty, it means all of the action's.
            #expect(soort.sleutelKolommen.allSatisfy { $0.verplicht || $0 == .indicator }, "\(soort)")
        }
    }

    @Test func columnsAreStoredUnderTheirOwnNameAmountsInCents() {
        #expect(KolomSpec.kpiHuidigBereik.opslag == KolomSpec.kpiHuidigBereik.naam)
        #expect(KolomSpec.subsidie.opslag == "subsidie_cent")
        #expect(KolomSpec.provincie.opslag == "provincie_vermeld")
        // A kind's own explanation keeps the column's identity.
        #expect(KolomSpec.bestuur.uitgelegd("het mentorbestuur") == .bestuur)
    }

    static let herkomst = Herkomst(bron: "test.csv", rij: 2, voorbeelddata: true)

    func roundTrip<R: StoredRecord>(_ record: R) throws {
        #expect(Set(record.waarden.keys) == Set(R.soort.kolommen), "\(R.soort): elke beschreven kolom krijgt een waarde")
        let store = try Store.inMemory()
        let terug = try store.schrijf { db in
            try db.execute(sql: "DELETE FROM \(R.table)")
            try record.insert(db)
            return (try R.fetchAll(db), true)
        }
        #expect(terug == [record])
    }

    @Test func everyKindRoundTripsThroughItsTable() throws {
        try roundTrip(Toekenning(projectjaar: 2, bestuur: "44021", actie: 3, kpiHuidigBereik: 4, kpiVooropgesteld: 9,
                                 subsidie: Euro(cents: 3_000_050), toelichting: "t", provincieVermeld: "Oost-Vlaanderen", herkomst: Self.herkomst))
        try roundTrip(Aanvraag(projectjaar: 1, bestuur: "44021", actie: 3, status: .geweigerd, reden: "te laat",
                               provincieVermeld: "p", herkomst: Self.herkomst))
        try roundTrip(Samenwerking(projectjaar: 3, indiener: "44021", partner: "VGC", provincieVermeld: "p", herkomst: Self.herkomst))
        try roundTrip(Mentorschap(projectjaar: 1, bestuur: "VGC", actie: 5, stimulans: Euro(cents: 1_000_000), toelichting: "m",
                                  provincieVermeld: nil, herkomst: Self.herkomst))
        try roundTrip(SIOExperiment(projectjaar: 2, bestuur: "44021", investeerder: "i", socialeOrganisatie: "o",
                                    bedrag: Euro(cents: 2_500_000), toelichting: nil, provincieVermeld: "p", herkomst: Self.herkomst))
        try roundTrip(KPIRapportering(projectjaar: 1, bestuur: "44021", actie: 3, meetmoment: .zesMaanden, kpiBehaald: 7,
                                      motivering: "m", provincieVermeld: "p", herkomst: Self.herkomst))
    }

    @Test func theKeyComesFromTheDescribedKeyColumns() {
        let a = KPIRapportering(projectjaar: 1, bestuur: "44021", actie: 3, meetmoment: .zesMaanden, kpiBehaald: 7, herkomst: Self.herkomst)
        var b = a
        b.kpiBehaald = 8
        #expect(a.key == b.key)
        b.meetmoment = .twaalfMaanden
        #expect(a.key != b.key)
    }
}

@Suite("Voorbeelddata in het invoerformaat")
struct ImportCSVTests {
    @Test func theHeaderIsTheDescribedColumnsWithoutTheStatedProvince() throws {
        let t = Toekenning(projectjaar: 1, bestuur: "44021", actie: 3, kpiHuidigBereik: 0, kpiVooropgesteld: 5,
                           subsidie: Euro(cents: 3_000_050), toelichting: "a, b", herkomst: RecordKindTests.herkomst)
        let tekst = String(decoding: ImportCSV.tekst([t]), as: UTF8.self)
        #expect(tekst == "projectjaar,bestuur,actie,indicator,kpi_huidig_bereik,kpi_vooropgesteld,subsidie,toelichting\n1,44021,3,,0,5,\"30.000,50\",\"a, b\"\n")
    }
}
