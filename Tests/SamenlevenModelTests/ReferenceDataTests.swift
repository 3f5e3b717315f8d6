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
}
