import Foundation
import SamenlevenModel
import Testing
@testable import SamenlevenExport

@Suite("Aanmaakmoment: de ene regel voor de aanmaakdatum")
struct AanmaakmomentTests {
    let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    @Test func aGivenDayComesFirstThenTheEnvironmentThenTheDataThenTheFallback() throws {
        let dag = CalendarDate(year: 2024, month: 2, day: 3)
        #expect(try Aanmaakmoment.bepaal(opgegeven: dag, projectjaren: [1], omgeving: epoch) == Aanmaakmoment.datum(dag))
        #expect(try Aanmaakmoment.bepaal(projectjaren: [1], omgeving: epoch) == Date(timeIntervalSince1970: 1_700_000_000))
        #expect(try Aanmaakmoment.bepaal(projectjaren: [2, 1], anders: dag, omgeving: [:])
                == Aanmaakmoment.datum(Projectjaar.nummer(2)!.einde))
        #expect(try Aanmaakmoment.bepaal(projectjaren: [], anders: dag, omgeving: [:]) == Aanmaakmoment.datum(dag))
        #expect(try Aanmaakmoment.bepaal(projectjaren: [], omgeving: [:]) == nil)
    }

    @Test func aGivenDayIsTakenEvenWhenTheEnvironmentIsWrong() throws {
        let dag = CalendarDate(year: 2024, month: 2, day: 3)
        #expect(try Aanmaakmoment.bepaal(opgegeven: dag, projectjaren: [], omgeving: ["SOURCE_DATE_EPOCH": "gisteren"]) == Aanmaakmoment.datum(dag))
        #expect(throws: WerkboekFout.self) { try Aanmaakmoment.bepaal(projectjaren: [1], omgeving: ["SOURCE_DATE_EPOCH": "-5"]) }
    }

    @Test func theLastDayOfTheLatestProjectYear() {
        #expect(Aanmaakmoment.laatsteDag([1, 3, 2]) == Projectjaar.nummer(3)!.einde)
        #expect(Aanmaakmoment.laatsteDag([]) == nil)
        #expect(Aanmaakmoment.dag(Aanmaakmoment.datum(CalendarDate(year: 2025, month: 6, day: 30))) == CalendarDate(year: 2025, month: 6, day: 30))
    }
}
