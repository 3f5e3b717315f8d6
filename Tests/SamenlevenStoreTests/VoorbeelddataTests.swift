import Foundation
import Testing
import SamenlevenModel
import SamenlevenStore
import SamenlevenVoorbeelddata

/// The example-data generator reproduces every published constraint exactly.
@Suite("Voorbeelddata: gepubliceerde cijfers exact")
struct VoorbeelddataTests {
    static let generator = try! StandaardGegevens.generator()
    static let standaard = try! generator.genereer(StandaardGegevens.opties)
    static let echt = try! StandaardGegevens.gepubliceerdeGegevens()

    /// Generated and real records together, as the default store holds them.
    static func samen(_ g: Gegevens) -> Gegevens {
        var alles = g
        alles.samenwerkingen += echt.samenwerkingen
        alles.mentorschappen += echt.mentorschappen
        alles.sio += echt.sio
        return alles
    }

    static func controleer(_ g: Gegevens) {
        let alles = samen(g)
        for jaar in Projectjaar.alle {
            let n = jaar.nummer
            let som = alles.toekenningen.filter { $0.projectjaar == n }.reduce(Euro.zero) { $0 + $1.subsidie }
                + alles.mentorschappen.filter { $0.projectjaar == n }.reduce(Euro.zero) { $0 + $1.stimulans }
                + alles.sio.filter { $0.projectjaar == n }.reduce(Euro.zero) { $0 + $1.bedrag }
            #expect(som == jaar.toegekend, "projectjaar \(n)")
            if let deelnemers = jaar.deelnemendeBesturen {
                let indieners = alles.toekenningen.filter { $0.projectjaar == n }.map(\.bestuur)
                #expect(alles.betrokkenBesturen(indieners: indieners, projectjaar: n).count == deelnemers, "deelnemers jaar \(n)")
            }
        }
        for cijfer in Referentie.ingebouwd.gepubliceerdeCijfers {
            let rijen = alles.toekenningen.filter { $0.projectjaar == cijfer.projectjaar && $0.actie == cijfer.actie }
            #expect(rijen.reduce(Euro.zero) { $0 + $1.subsidie } == cijfer.budget, "budget \(cijfer)")
            #expect(rijen.reduce(0) { $0 + $1.kpiVooropgesteld } == cijfer.kpiVooropgesteld, "KPI \(cijfer)")
            #expect(alles.betrokkenBesturen(indieners: rijen.map(\.bestuur), projectjaar: cijfer.projectjaar).count == cijfer.besturen,
                    "besturen \(cijfer)")
            let twaalf = alles.kpiRapporteringen.filter {
                $0.projectjaar == cijfer.projectjaar && $0.actie == cijfer.actie && $0.meetmoment == .twaalfMaanden
            }
            if let gerealiseerd = cijfer.kpiGerealiseerd {
                #expect(twaalf.reduce(0) { $0 + $1.kpiBehaald } == gerealiseerd, "gerealiseerd \(cijfer)")
            } else {
                #expect(twaalf.isEmpty, "eindrapport nog niet gepubliceerd: \(cijfer)")
            }
        }
        // The verdeelsleutel for action 2, as the published figures show (25.000 euro per plan).
        let catalogus = Referentie.ingebouwd.acties
        for t in alles.toekenningen {
            if t.actie == 2, let p = catalogus[2]?.standaardbedrag {
                #expect(t.subsidie == (try? Verdeelsleutel.subsidie(huidigBereik: t.kpiHuidigBereik, kpi: t.kpiVooropgesteld, standaardbedrag: p)))
            }
            // Year 1 within the application form's limits: never above KPI x contribution per
            // unit, KPI within the largest reach of the indicator(s).
            let gedekt = catalogus[t.actie]?.gedekteIndicatoren(t.indicator) ?? []
            if t.projectjaar == 1 {
                #expect(!gedekt.isEmpty, "elke toekenning van projectjaar 1 valt onder het formulier: \(t)")
                if let bijdrage = gedekt.compactMap(\.bijdragePerEenheid).max() {
                    #expect(t.subsidie <= Euro(cents: bijdrage.cents * Int64(t.kpiVooropgesteld)), "\(t)")
                }
                #expect(t.kpiVooropgesteld <= gedekt.compactMap(\.maxBereik).reduce(0, +), "\(t)")
            }
            if let indicator = t.indicator { #expect(catalogus[t.actie]?.indicator(indicator)?.naam == indicator) }
            #expect(catalogus[t.actie]?.gefinancierd == true)
            #expect(t.projectjaar >= catalogus[t.actie]!.vanafProjectjaar)
        }
        // Action 9 is granted per indicator; the grants use every goal, 7 included.
        #expect(Set(alles.toekenningen.filter { $0.actie == 9 }.compactMap(\.indicator)) == Set(catalogus[9]!.indicatoren.map(\.naam)))
        #expect(Set(alles.toekenningen.filter { $0.projectjaar == 1 }.compactMap { catalogus[$0.actie]?.doelstelling }) == Set(1...7))
        // The year-3 rules.
        let jaar = { (n: Int) in alles.toekenningen.filter { $0.projectjaar == n }.map {
            Jaar3Regels.Toekenning(bestuur: $0.bestuur, actie: $0.actie, indicator: $0.indicator, kpi: $0.kpiVooropgesteld,
                                   subsidie: $0.subsidie) } }
        #expect(Jaar3Regels.controleer(jaar3: jaar(3), jaar2: jaar(2)).isEmpty)
        // Year 3 follows the verdeelsleutel with the catalogue's p (NOTA3 2.4), with year 2's
        // current reach: the reach before the plan does not change. Action 5 did so in year 2 already.
        let jaar2 = Dictionary(uniqueKeysWithValues: alles.toekenningen.filter { $0.projectjaar == 2 }.map { ("\($0.bestuur)#\($0.actie)#\($0.indicator ?? "")", $0) })
        for t in alles.toekenningen where t.projectjaar == 3 || (t.projectjaar == 2 && t.actie == 5) {
            if t.projectjaar == 3 { #expect(jaar2["\(t.bestuur)#\(t.actie)#\(t.indicator ?? "")"]?.kpiHuidigBereik == t.kpiHuidigBereik, "\(t)") }
            guard let p = catalogus[t.actie]?.standaardbedrag else {
                #expect(t.actie == 23, "alleen actie 23 heeft geen standaardbedrag: \(t)")
                continue
            }
            #expect(t.subsidie == (try? Verdeelsleutel.subsidie(huidigBereik: t.kpiHuidigBereik, kpi: t.kpiVooropgesteld, standaardbedrag: p)), "\(t)")
        }
        // A mentor runs the action it mentors.
        for m in alles.mentorschappen {
            #expect(alles.toekenningen.contains { $0.projectjaar == m.projectjaar && $0.bestuur == m.bestuur && $0.actie == m.actie }, "\(m)")
        }
        // From year 2: one samenwerkingsverband per bestuur.
        for n in [2, 3] {
            let verbanden = alles.samenwerkingen.filter { $0.projectjaar == n }
            let leden = Dictionary(grouping: verbanden.map(\.partner) + Set(verbanden.map(\.indiener)), by: { $0 })
            #expect(leden.values.allSatisfy { $0.count == 1 }, "projectjaar \(n)")
        }
        #expect(g.toekenningen.allSatisfy { $0.herkomst.voorbeelddata })
        #expect(!alles.aanvragen.contains { $0.projectjaar == 1 && $0.status == .geweigerd })
        #expect(alles.aanvragen.filter { $0.status == .geweigerd }.allSatisfy { $0.reden != nil })
    }

    @Test func theDefaultExampleDataReproduceThePublishedFigures() {
        Self.controleer(Self.standaard)
        #expect(Self.standaard.toekenningen.count > 500)
    }

    @Test(arguments: [UInt64(1), 7, 2024])
    func everySeedReproducesThemToo(_ zaad: UInt64) throws {
        Self.controleer(try Self.generator.genereer(.init(zaad: zaad)))
    }

    @Test func aLargerScaleKeepsTheTotals() throws {
        let groot = try Self.generator.genereer(.init(zaad: 492, schaal: 4))
        Self.controleer(groot)
        // More actions per indiener; the standard scale already adds actions to hold the year's
        // total within the form's limits, so the larger one has fewer to add.
        #expect(groot.toekenningen.count > Self.standaard.toekenningen.count * 3 / 2)
    }

    @Test func sameSeedSameBytes() throws {
        let a = try Self.generator.bestanden(.init(zaad: 5))
        let b = try Self.generator.bestanden(.init(zaad: 5))
        #expect(a.map(\.naam) == b.map(\.naam))
        #expect(a.map(\.data) == b.map(\.data))
        #expect(a.map(\.data) != (try Self.generator.bestanden(.init(zaad: 6))).map(\.data))
        #expect(a.map(\.naam) == ["toekenningen-voorbeelddata.csv", "aanvragen-voorbeelddata.csv", "samenwerkingsverbanden-voorbeelddata.csv",
                                  "mentorschappen-voorbeelddata.csv", "sio-voorbeelddata.csv", "kpi_rapportering-voorbeelddata.csv"])
    }

    @Test func theFilesGoThroughTheNormalImporter() throws {
        let store = try Store.inMemory()
        let bestanden = try StandaardGegevens.bestanden()
        _ = try Importer(store: store).importeer(bestanden)
        let opgeslagen = try store.gegevens()
        #expect(opgeslagen.toekenningen.count == Self.standaard.toekenningen.count)
        #expect(opgeslagen.toekenningen.allSatisfy { $0.herkomst.voorbeelddata && $0.herkomst.bron == "toekenningen-voorbeelddata.csv" })
        #expect(opgeslagen.samenwerkingen.filter { $0.projectjaar == 1 }.allSatisfy { !$0.herkomst.voorbeelddata })
        // The default store holds exactly this.
        let standaard = try Store.inMemory(standaardgegevens: true)
        #expect(try standaard.gegevens() == opgeslagen)
    }

    @Test func exampleDataCanBeRemovedLeavingThePublishedData() throws {
        let store = try Store.inMemory(standaardgegevens: true)
        let verwijderd = try store.verwijderVoorbeelddata()
        #expect(verwijderd > 1_000)
        let over = try store.gegevens()
        #expect(!over.bevatVoorbeelddata)
        #expect(over.samenwerkingen.count == 64)
        #expect(over.mentorschappen.count == 12)
        #expect(over.sio.count == 1)
        #expect(try store.bronbestanden().allSatisfy { !$0.voorbeelddata })
    }

    @Test func exactSplitting() {
        let parts = [Int64(1), 1, 1]
        #expect(VoorbeelddataGeneratorTestHooks.verdeel(100, parts) == [34, 33, 33])
    }
}
