import Testing
import SamenlevenModel

@Suite("Soorten en hun kolommen")
struct SoortTests {
    static let herkomst = Herkomst(bron: "t.csv", rij: 2)

    @Test func wordsOfAListOrderByTheirPlaceNotAlphabetically() {
        let zes = KolomWaarde(keuze: Meetmoment.zesMaanden), twaalf = KolomWaarde(keuze: Meetmoment.twaalfMaanden)
        #expect(zes == .keuze("6m", plaats: 0))
        #expect(zes < twaalf)
        #expect(KolomWaarde.tekst("44021") < .tekst("VGC"))
        #expect(KolomWaarde.leeg < .getal(0))
        #expect(KolomWaarde(nil as String?) == .leeg)
    }

    @Test func theKeyValuesFollowTheDescribedKeyColumns() {
        let r = KPIRapportering(projectjaar: 2, bestuur: "44021", actie: 7, meetmoment: .twaalfMaanden, kpiBehaald: 3, herkomst: Self.herkomst)
        #expect(r.sleutelwaarden == [.getal(2), .tekst("44021"), .getal(7), .leeg, .keuze("12m", plaats: 1)])
        var perIndicator = r
        perIndicator.indicator = "begeleide nieuwkomers"
        #expect(perIndicator.sleutelwaarden == [.getal(2), .tekst("44021"), .getal(7), .tekst("begeleide nieuwkomers"), .keuze("12m", plaats: 1)])
        let t = Toekenning(projectjaar: 1, bestuur: "VGC", actie: 2, kpiHuidigBereik: 0, kpiVooropgesteld: 5,
                           subsidie: Euro(cents: 100), herkomst: Self.herkomst)
        #expect(t.waardenInVolgorde.map(\.kolom.naam) == Soort.toekenningen.kolommen.map(\.naam))
        #expect(t.waarden[.subsidie] == .bedrag(Euro(cents: 100)))
        #expect(t.waarden[.toelichting] == .leeg)
    }

    @Test func everyKindWithProjectYearsStartsWithTheProjectYear() {
        #expect(Soort.metProjectjaar == Soort.allCases.filter { $0 != .acties })
        for soort in Soort.metProjectjaar {
            #expect(soort.kolommen.first == .projectjaar, "\(soort)")
            #expect(soort.kolommen.last == .provincie, "\(soort)")
            #expect(soort.opslagKolommen.suffix(3) == KolomSpec.herkomstOpslag, "\(soort)")
        }
    }

    @Test func aKindExplainsAColumnInItsOwnWordsWithoutChangingIt() {
        let mentor = Soort.mentorschappen.kolommen[1]
        #expect(mentor == .bestuur)
        #expect(mentor.uitleg == "het mentorbestuur")
        #expect(mentor.omschrijving == "Het mentorbestuur")
        #expect(mentor.verplicht && mentor.waarde == .bestuur)
    }
}
