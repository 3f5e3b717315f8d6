import Testing
import SamenlevenModel

@Suite("Gemeenten, provincies en de fusies van 2025")
struct GeografieTests {
    let referentie = Referentie.ingebouwd
    let voorFusie = CalendarDate(year: 2024, month: 12, day: 31)
    let naFusie = CalendarDate(year: 2025, month: 1, day: 1)

    func gemeenten(op datum: CalendarDate, _ provincie: Provincie? = nil) -> [Bestuur] {
        referentie.besturen(geldigOp: datum, provincie: provincie).filter { $0.soort == .gemeente }
    }

    @Test func threeHundredThenTwoHundredEightyFive() {
        #expect(gemeenten(op: voorFusie).count == 300)
        #expect(gemeenten(op: naFusie).count == 285)
    }

    @Test func limburg42Then38() {
        #expect(gemeenten(op: CalendarDate(year: 2024, month: 6, day: 1), .limburg).count == 42)
        let na = gemeenten(op: CalendarDate(year: 2025, month: 6, day: 1), .limburg)
        #expect(na.count == 38)
        #expect(na.contains { $0.code == "73111" && $0.naam == "Tongeren-Borgloon" })
    }

    @Test func specialBesturen() {
        #expect(referentie.bestuur(code: "VGC")?.provincie == .brusselHoofdstad)
        #expect(referentie.bestuur(code: "DERAND")?.provincie == .vlaamsBrabant)
        #expect(referentie.bestuur(code: "DERAND")?.soort == .vzw)
    }

    @Test func mergerCanMoveTerritoryToAnotherProvince() {
        let zwijndrecht = referentie.bestuur(code: "11056")!
        #expect(zwijndrecht.provincie == .antwerpen)
        let opvolger = referentie.bestuur(code: "11056", in: .gemeenten2025)!
        #expect(opvolger.code == "46030")
        #expect(opvolger.provincie == .oostVlaanderen)
        #expect(referentie.bestuur(code: "11056", in: .gemeenten2019)?.code == "11056")
    }

    @Test func hasseltKeepsItsNameUnderANewCode() {
        #expect(referentie.bestuur(code: "71022", in: .gemeenten2025)?.code == "71072")
        #expect(referentie.bestuur(code: "73040", in: .gemeenten2025)?.code == "71072")   // Kortessem
        #expect(referentie.bestuur(code: "11002", in: .gemeenten2025)?.code == "11002")   // Antwerpen keeps its code
        #expect(referentie.bestuur(code: "11007", in: .gemeenten2025)?.code == "11002")   // Borsbeek
    }

    @Test func crosswalkIsComplete() {
        for bestuur in referentie.besturen where bestuur.geldigTot != nil {
            let opvolger = bestuur.opvolger.flatMap { referentie.bestuur(code: $0) }
            #expect(opvolger?.isGeldig(op: naFusie) == true, "\(bestuur.naam) heeft geen geldige opvolger")
        }
        // Population of a new gemeente is the sum of its predecessors.
        for nieuw in referentie.besturen where nieuw.geldigVan == naFusie {
            let voorgangers = referentie.voorgangers(of: nieuw.code)
            #expect(voorgangers.count >= 2, "\(nieuw.naam)")
            #expect(voorgangers.compactMap(\.inwoners2020).reduce(0, +) == nieuw.inwoners2020, "\(nieuw.naam)")
        }
        // Every 2019 gemeente maps to exactly one 2025 gemeente; together they are the 285.
        let mapped = Set(gemeenten(op: voorFusie).compactMap { referentie.bestuur(code: $0.code, in: .gemeenten2025)?.code })
        #expect(mapped == Set(gemeenten(op: naFusie).map(\.code)))
    }

    @Test func geographyInForce() {
        #expect(Geografie.geldig(op: Projectjaar.nummer(3)!.start) == .gemeenten2019)
        #expect(Geografie.geldig(op: naFusie) == .gemeenten2025)
    }

    @Test func provinceNames() {
        #expect(Provincie(naam: "oost vlaanderen") == .oostVlaanderen)
        #expect(Provincie(naam: "Brussel") == .brusselHoofdstad)
        #expect(Provincie(naam: "70000") == .limburg)
        #expect(Provincie(naam: "Kortrijk") == nil)
        #expect(Provincie.lijst == "Antwerpen, Vlaams-Brabant, West-Vlaanderen, Oost-Vlaanderen, Limburg, Brussel-Hoofdstad")
    }
}
