import Foundation
import Testing
@testable import SamenlevenModel

/// The bundled reference tables are read with the readers' CSV reader.
@Suite("Referentietabellen")
struct ReferenceDataTests {
    @Test func quotedFieldsAndColumnsByName() throws {
        let table = try ResourceTable.parse(Data("code,naam,opmerking\n1,\"Gent, stad\",\"zegt \"\"ja\"\"\"\n2,Aalst,\n".utf8), name: "t")
        #expect(table.header == ["code", "naam", "opmerking"])
        #expect(table.rows == [["code": "1", "naam": "Gent, stad", "opmerking": "zegt \"ja\""],
                               ["code": "2", "naam": "Aalst", "opmerking": ""]])
    }

    @Test func aRowOfAnotherWidthIsAPackagingError() {
        #expect(throws: ReferenceDataError.self) {
            try ResourceTable.parse(Data("code,naam\n1,Gent,te veel\n".utf8), name: "t")
        }
        #expect(throws: ReferenceDataError.self) {
            try ResourceTable.parse(Data("".utf8), name: "t")
        }
    }

    @Test func theBundledTablesLoad() throws {
        #expect(try ResourceTable.load("gemeenten").rows.count > 280)
        #expect(try ResourceTable.load("acties").header.first == "nummer")
    }

    /// One figure per id, its versions in file order, exactly one used.
    @Test func rivalFiguresGroupTheirVersions() throws {
        let cijfers = TegenstrijdigCijfer.ingebouwd
        #expect(cijfers.map(\.id) == ["budget-projectjaar-3", "deelnemers-projectjaar-1", "nieuwkomers-projectjaar-2"])
        #expect(cijfers[0].versies.map(\.waarde) == ["16.907.780 euro", "16.970.780 euro", "16,83 miljoen euro"])
        #expect(cijfers[0].versies.map(\.bronnen) == ["NOTA3 2.4 en 3.A; NIEUWS2", "NOTA3 2.1; VVSG-nieuwsbericht 17-04-2024", "VVSG-nieuwsbericht 10-07-2024"])
        #expect(cijfers[0].gebruikt.waarde == "16.907.780 euro")
        #expect(cijfers.map(\.projectjaar) == [3, 1, 2])
    }

    @Test func aRivalFigureNeedsTwoVersionsOneUsed() throws {
        let kop = "cijfer,projectjaar,omschrijving,versie,bronnen,gebruikt,toelichting\n"
        func laad(_ rijen: String) throws -> [TegenstrijdigCijfer] {
            try TegenstrijdigCijfer.laad(ResourceTable.parse(Data((kop + rijen).utf8), name: "t"))
        }
        #expect(try laad("a,1,het a,1,X,ja,omdat\na,1,het a,2,Y,nee,want\n").map(\.versies.count) == [2])
        #expect(throws: ReferenceDataError.self) { try laad("a,1,het a,1,X,ja,omdat\n") }
        #expect(throws: ReferenceDataError.self) { try laad("a,1,het a,1,X,ja,omdat\na,1,het a,2,Y,ja,want\n") }
        #expect(throws: ReferenceDataError.self) { try laad("a,1,het a,1,X,ja,omdat\na,2,het a,2,Y,nee,want\n") }
        #expect(throws: ReferenceDataError.self) { try laad("a,1,het a,1,X,misschien,omdat\na,1,het a,2,Y,nee,want\n") }
        #expect(throws: ReferenceDataError.self) { try laad("a,4,het a,1,X,ja,omdat\na,4,het a,2,Y,nee,want\n") }
        #expect(throws: ReferenceDataError.self) { try laad("a,1,het a,1,,ja,omdat\na,1,het a,2,Y,nee,want\n") }
    }
}
