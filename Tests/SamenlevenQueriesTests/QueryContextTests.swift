import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import Testing

@Suite("QueryContext uit de databank")
struct QueryContextTests {
    @Test func readsRecordsCatalogueAndPublishedFiguresFromAStore() throws {
        let store = try Store.inMemory()
        let jaar1 = Fixture.toekenningen.filter { $0.projectjaar == 1 }
        _ = try store.vervang([Vervanging(soort: .toekenningen, projectjaren: [1], bronnen: ["toekenningen.csv": "test"],
                                          records: .toekenningen(jaar1))])
        let context = QueryContext(try store.laad())
        #expect(context.gegevens.toekenningen.count == 8)
        #expect(context.acties.acties.count == 24)
        #expect(context.gepubliceerdeCijfers.count == 6)
        let t = StandaardVraag.toekenningen.beantwoord(context, opties: QueryOptions(projectjaar: 1))
        #expect(t.totaal.cellen[t.kolom("subsidie")] == euro(192_345, 67))
        #expect(t.voorbeelddata)
    }

    @Test func loadsOneProjectYearWithItsImportFiles() throws {
        let store = try Store.inMemory()
        _ = try store.vervang([1, 2].map { jaar in
            Vervanging(soort: .toekenningen, projectjaren: [jaar], bronnen: ["toekenningen-\(jaar).csv": "test"],
                       records: .toekenningen(Fixture.toekenningen.filter { $0.projectjaar == jaar }))
        })
        let alles = try store.laad()
        #expect(alles.bronbestanden.map(\.projectjaar) == [1, 2])
        let jaar2 = try store.laad(projectjaar: 2)
        #expect(jaar2 == alles.projectjaar(2))
        #expect(jaar2.bronbestanden.map(\.projectjaar) == [2])
        #expect(jaar2.gegevens.toekenningen.allSatisfy { $0.projectjaar == 2 } && !jaar2.gegevens.toekenningen.isEmpty)
        #expect(QueryContext(jaar2).bronbestanden == jaar2.bronbestanden)
        #expect(alles.projectjaar(nil) == alles)
    }

    @Test func anEmptyStoreAnswersEveryQuestion() throws {
        let context = QueryContext(try Store.inMemory().laad())
        for vraag in StandaardVraag.allCases {
            let t = vraag.beantwoord(context)
            #expect(t.rijen.last?.soort == .totaal)
        }
    }
}
