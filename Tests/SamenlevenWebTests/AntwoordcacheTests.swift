import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenWeb
import Testing

/// The Vragen page's answer cache on a store of its own: pages read through `HergebruikteLading`
/// on one connection, imports write through another, as `samenleven web` runs them. Whether an
/// answer was kept or computed is read from the cache's counters, never from a clock.
struct CacheProef {
    let lezer: Store
    let schrijver: Store
    let antwoorden: Antwoordcache

    init(capaciteit: Int = 8) throws {
        let pad = Proef.map().appendingPathComponent("cache.sqlite").path
        lezer = try Store.open(path: pad, standaardgegevens: false)
        schrijver = try Store.open(path: pad, standaardgegevens: false)
        antwoorden = Antwoordcache(capaciteit: capaciteit)
    }

    func app(gebruikers: Gebruikersbestand? = nil) -> some ApplicationProtocol {
        let lading = HergebruikteLading(store: lezer)
        return Application(router: SamenlevenWebApp.router(bron: WebBron(laadMetVersie: { try lading.laadMetVersie() }),
                                                           instellingen: WebInstellingen(gebruikers: gebruikers), antwoorden: antwoorden))
    }

    func importeer(_ csv: String, naam: String = "toekenningen.csv") throws {
        _ = try Importer(store: schrijver).importeer([ImportBestand(naam: naam, csv: Data(csv.utf8))])
    }

    /// Kept answers used, answers computed, answers kept now.
    var telling: (treffers: Int, missers: Int, aantal: Int) {
        get async { (await antwoorden.treffers, await antwoorden.missers, await antwoorden.aantal) }
    }

    /// The figures of project year 1 as csv (no session in them); `per` to add.
    static let zonderPer = "/vragen?tabel=toekenningen&projectjaren=1&formaat=csv"
    static let csv = zonderPer + "&per=provincie"
}

@Suite struct AntwoordcacheTests {
    @Test func aSecondIdenticalQuestionIsAnsweredFromTheCacheHoweverItIsSpelled() async throws {
        let proef = try CacheProef()
        try proef.importeer(InvoerProef.goed)
        try await proef.app().test(.router) { client in
            let eerste = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(eerste.status == .ok)
            #expect(eerste.tekst.contains("Provincie Oost-Vlaanderen"))
            #expect(await proef.telling == (0, 1, 1))

            let tweede = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(await proef.telling == (1, 1, 1))
            #expect(tweede.tekst == eerste.tekst)

            // The same question as the question file states it: another order, spaces, the default geography.
            let anders = "/vragen?formaat=csv&per=%20provincie%20&geografie=2019&projectjaren=1&tabel=toekenningen"
            let derde = try await client.execute(uri: anders, method: .get)
            #expect(await proef.telling == (2, 1, 1))
            #expect(derde.tekst == eerste.tekst)

            // Another question is computed and kept beside it.
            let vierde = try await client.execute(uri: CacheProef.zonderPer + "&per=bestuur", method: .get)
            #expect(vierde.tekst.contains("Gent (44021)"))
            #expect(await proef.telling == (2, 2, 2))
        }
    }

    @Test func aKeptAnswerIsRenderedForEachUserWithTheirOwnNameAndToken() async throws {
        let proef = try CacheProef()
        try proef.importeer(InvoerProef.goed)
        try await proef.app(gebruikers: Proef.gebruikers).test(.router) { client in
            let an = try #require(try await WebAanmeldingTests().aanmelden(client, "an", "lezer-wachtwoord"))
            let bea = try #require(try await WebAanmeldingTests().aanmelden(client, "bea", "beheer-wachtwoord"))
            let uri = "/vragen?tabel=toekenningen&projectjaren=1&per=provincie"
            let voorAn = try await client.execute(uri: uri, method: .get, headers: [.cookie: "samenleven_sessie=\(an)"])
            let voorBea = try await client.execute(uri: uri, method: .get, headers: [.cookie: "samenleven_sessie=\(bea)"])
            #expect(await proef.telling == (1, 1, 1))
            #expect(voorAn.tekst.contains("an (lezer)") && !voorAn.tekst.contains("bea (beheerder)"))
            #expect(voorBea.tekst.contains("bea (beheerder)") && !voorBea.tekst.contains("an (lezer)"))
            let tokenAn = try #require(csrf(voorAn.tekst)), tokenBea = try #require(csrf(voorBea.tekst))
            #expect(tokenAn != tokenBea)
            #expect(voorBea.tekst.contains("Provincie Oost-Vlaanderen"))
        }
    }

    @Test func anImportMakesTheNextRequestComputeTheAnswerAgain() async throws {
        let proef = try CacheProef()
        try await proef.app().test(.router) { client in
            let leeg = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(!leeg.tekst.contains("Provincie Oost-Vlaanderen"))
            _ = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(await proef.telling == (1, 1, 1))

            try proef.importeer(InvoerProef.goed)
            let na = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(na.tekst.contains("Provincie Oost-Vlaanderen"))
            #expect(await proef.telling == (1, 2, 1))
            _ = try await client.execute(uri: CacheProef.csv, method: .get)
            #expect(await proef.telling == (2, 2, 1))
        }
    }

    @Test func theCacheKeepsAtMostItsCapacityAndDropsTheAnswerUsedLongestAgo() async throws {
        let proef = try CacheProef(capaciteit: 2)
        try proef.importeer(InvoerProef.goed)
        try await proef.app().test(.router) { client in
            func vraag(_ per: String) async throws {
                let response = try await client.execute(uri: CacheProef.zonderPer + "&per=" + per, method: .get)
                #expect(response.status == .ok)
            }
            try await vraag("provincie")
            try await vraag("bestuur")
            try await vraag("provincie")
            #expect(await proef.telling == (1, 2, 2))
            // A third question: the one used longest ago (per bestuur) makes room.
            try await vraag("actie")
            #expect(await proef.telling == (1, 3, 2))
            try await vraag("provincie")
            #expect(await proef.telling == (2, 3, 2))
            try await vraag("bestuur")
            #expect(await proef.telling == (2, 4, 2))
        }
    }

    @Test func withoutADataVersionOrWithCapacityZeroEveryRequestComputes() async throws {
        let geen = try CacheProef(capaciteit: 0)
        try await geen.app().test(.router) { client in
            for _ in 0..<2 { _ = try await client.execute(uri: CacheProef.csv, method: .get) }
        }
        #expect(await geen.telling == (0, 2, 0))

        let antwoorden = Antwoordcache()
        let store = Proef.standaard
        let app = Application(router: SamenlevenWebApp.router(bron: WebBron(laad: { try store.laad() }), instellingen: WebInstellingen(),
                                                               antwoorden: antwoorden))
        try await app.test(.router) { client in
            for _ in 0..<2 { _ = try await client.execute(uri: CacheProef.csv, method: .get) }
        }
        #expect(await antwoorden.treffers == 0)
        #expect(await antwoorden.missers == 2)
        #expect(await antwoorden.aantal == 0)
    }

    @Test func anAnswerComputedOnDataThatChangedMeanwhileIsNotKept() async throws {
        let antwoorden = Antwoordcache(capaciteit: 4)
        let vraag = Tabelvraag(tabel: .toekenningen, projectjaren: [1], per: [.provincie])
        let oud = try vraag.beantwoord(QueryContext(gegevens: Gegevens()), vraagnummer: nil)
        let toekenning = Toekenning(projectjaar: 1, bestuur: "44021", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: 1,
                                    subsidie: Euro(cents: 100_000), herkomst: Herkomst(bron: "toekenningen.csv", rij: 2))
        let nieuw = try vraag.beantwoord(QueryContext(gegevens: Gegevens(toekenningen: [toekenning])), vraagnummer: nil)
        #expect(oud != nieuw)
        // While an answer is computed on version 1, an import lands and a request on version 2
        // computes and keeps its own answer: the answer on version 1 is stale and is not kept.
        let eerste = await antwoorden.antwoord(vraag, versie: 1) {
            let tweede = await antwoorden.antwoord(vraag, versie: 2) { nieuw }
            #expect(tweede == nieuw)
            return oud
        }
        #expect(eerste == oud)
        #expect(await antwoorden.aantal == 1)
        let later = await antwoorden.antwoord(vraag, versie: 2) { oud }
        #expect(later == nieuw)
        #expect(await antwoorden.treffers == 1)
        #expect(await antwoorden.missers == 2)
    }
}
