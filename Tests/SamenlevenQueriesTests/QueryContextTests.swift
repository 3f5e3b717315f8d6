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
        let context = try QueryContext(store: store)
        #expect(context.gegevens.toekenningen.count == 8)
        #expect(context.acties.acties.count == 24)
        #expect(context.gepubliceerdeCijfers.count == 6)
        let t = StandaardVraag.toekenningen.beantwoord(context, opties: QueryOptions(projectjaar: 1))
        #expect(t.totaal.cellen[t.kolom("subsidie")] == euro(192_345, 67))
        #expect(t.voorbeelddata)
    }

    @Test func anEmptyStoreAnswersEveryQuestion() throws {
        let context = try QueryContext(store: try Store.inMemory())
        for vraag in StandaardVraag.allCases {
            let t = vraag.beantwoord(context)
            #expect(t.rijen.last?.soort == .totaal)
        }
    }
}
