import SamenlevenModel
import SamenlevenQueries
import Testing

@Suite("Getypeerde resultaten: sleutels, velden en herkomst per rij")
struct ResultaatTests {
    static let opties: [QueryOptions] = [QueryOptions(), QueryOptions(projectjaar: 1), QueryOptions(projectjaar: 2),
                                         QueryOptions(provincie: .antwerpen), QueryOptions(geografie: .gemeenten2025)]

    @Test(arguments: StandaardVraag.allCases)
    func theAnswerTableIsTheRenderingOfTheResult(vraag: StandaardVraag) {
        for opties in Self.opties {
            let resultaat = vraag.resultaat(Fixture.context, opties: opties)
            #expect(resultaat.tabel == vraag.beantwoord(Fixture.context, opties: opties))
            #expect(resultaat.rijen.map(\.rij) == resultaat.tabel.rijen)
            #expect(resultaat.totaal?.rij == resultaat.tabel.totaalRij)
        }
    }

    @Test func grantsCarryProvincieBestuurDoelstellingYearAndAction() throws {
        let resultaat = StandaardVraag.toekenningen.resultaat(Fixture.context, opties: QueryOptions(projectjaar: 1))
        let details = resultaat.details
        #expect(details.count == Fixture.toekenningen.filter { $0.projectjaar == 1 }.count)
        for rij in details {
            #expect(rij.herkomst.count == 1)
            let record = try #require(Fixture.toekenningen.first { $0.herkomst == rij.herkomst[0] })
            #expect(rij.sleutel(.projectjaar) == .projectjaar(record.projectjaar))
            #expect(rij.sleutel(.actie) == .actie(record.actie))
            #expect(rij.sleutel(.doelstelling) == .doelstelling(Fixture.context.acties[record.actie]?.doelstelling))
            #expect(rij.bestuur?.code == record.bestuur)
            #expect(rij.provincie == .some(Fixture.context.referentie.bestuur(code: record.bestuur)?.provincie))
            #expect(rij[.subsidie] == .euro(record.subsidie))
        }
        let antwerpen = try #require(details.first { $0.bestuur?.code == "11002" })
        #expect(antwerpen.bestuur?.naam == "Antwerpen")
        // Subtotals per province carry the province and add up to the total.
        let provincies = resultaat.rijen(.subtotaal, niveau: 0)
        #expect(provincies.compactMap { $0.provincie } == [.antwerpen, .westVlaanderen, .oostVlaanderen].filter { p in
            provincies.contains { $0.provincie == .some(p) }
        })
        let som = provincies.compactMap { $0[.subsidie].bedrag }.reduce(Euro.zero, +)
        #expect(resultaat.totaal?[.subsidie] == .euro(som))
        #expect(resultaat.totaal?.sleutels.isEmpty == true)
        #expect(resultaat.totaal?.herkomst.count == details.count)
    }

    @Test func refusalsAndMentorshipsCarryTheirBestuurAndAction() {
        let weigeringen = StandaardVraag.weigeringen.resultaat(Fixture.context).details
        #expect(!weigeringen.isEmpty)
        for rij in weigeringen {
            let record = Fixture.aanvragen.first { $0.herkomst == rij.herkomst.first }
            #expect(rij.bestuur?.code == record?.bestuur)
            #expect(rij.sleutel(.actie) == record.map { .actie($0.actie) })
            #expect(rij[.geweigerd] == .getal(1))
        }
        let mentorschappen = StandaardVraag.mentorschap.resultaat(Fixture.context).details
        #expect(mentorschappen.count == Fixture.mentorschappen.count)
        #expect(mentorschappen.allSatisfy { $0.provincie != nil && $0.bestuur != nil && $0.sleutel(.actie) != nil })
    }

    @Test func anUnknownBestuurKeepsItsCodeAndTheAnswersName() {
        let context = QueryContext(gegevens: Gegevens(toekenningen: [
            Toekenning(projectjaar: 1, bestuur: "99999", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: 1,
                       subsidie: Euro(cents: 100), herkomst: Herkomst(bron: "t.csv", rij: 2)),
        ]))
        let rij = StandaardVraag.toekenningen.resultaat(context).details.first
        #expect(rij?.bestuur?.code == "99999")
        #expect(rij?.bestuur?.naam == "onbekend bestuur 99999")
        #expect(rij?.provincie == .some(nil))
    }
}
