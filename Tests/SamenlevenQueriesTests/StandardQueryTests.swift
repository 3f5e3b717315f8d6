import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("StandardQuery: elke standaardvraag heeft haar eigen query")
struct StandardQueryTests {
    @Test func eachQuestionNamesItsOwnQuery() {
        let verwacht: [StandaardVraag: any StandardQuery.Type] = [
            .toekenningen: ToekenningenVraag.self, .samenwerking: SamenwerkingVraag.self, .weigeringen: WeigeringenVraag.self,
            .aanvragen: AanvragenVraag.self, .budget: BudgetVraag.self, .mentorschap: MentorschapVraag.self,
            .sio: SIOVraag.self, .kpi: KPIVraag.self,
        ]
        #expect(verwacht.count == StandaardVraag.allCases.count)
        for vraag in StandaardVraag.allCases {
            #expect(ObjectIdentifier(vraag.query) == ObjectIdentifier(verwacht[vraag]!), "\(vraag)")
            #expect(vraag.titel == verwacht[vraag]!.titel)
        }
    }

    @Test(arguments: StandaardVraag.allCases)
    func theAnswerHasTheQuerysTitleAndColumns(vraag: StandaardVraag) {
        let tabel = vraag.query.antwoord(Fixture.context, opties: QueryOptions(projectjaar: 1))
        #expect(tabel.titel == vraag.query.titel)
        #expect(tabel.kolommen == vraag.query.kolommen)
        #expect(tabel == vraag.beantwoord(Fixture.context, opties: QueryOptions(projectjaar: 1)))
    }
}
