import Testing
import SamenlevenModel

@Suite("Besturen herkennen op naam of code")
struct BestuurResolverTests {
    let resolver = BestuurResolver()
    let jaar1 = Projectjaar.nummer(1)!.start

    func code(_ text: String, op datum: CalendarDate? = nil) -> String? {
        try? resolver.resolve(text, op: datum ?? jaar1).get().code
    }

    @Test(arguments: ["Sint-Gillis-Waas", "Sint Gillis-Waas", "SINT-GILLIS-WAAS", "sint gillis waas", "46020", "Gemeente Sint-Gillis-Waas"])
    func namesMatchAfterNormalising(_ text: String) {
        #expect(code(text) == "46020")
    }

    @Test func titlesAreDropped() {
        #expect(code("stad gent") == "44021")
        #expect(code("Stad Gent") == "44021")
        #expect(code("Lokaal bestuur Herk-de-Stad") == "71024")
        #expect(code("Herk-de-Stad") == "71024")
    }

    @Test(arguments: ["De Rand", "vzw De Rand", "De Rand vzw", "DERAND", "derand"])
    func deRand(_ text: String) {
        #expect(code(text) == "DERAND")
    }

    @Test func vgc() {
        #expect(code("VGC") == "VGC")
        #expect(code("Vlaamse Gemeenschapscommissie") == "VGC")
    }

    @Test func accentsDoNotCount() {
        #expect(code("Zelzate") == "43018")
        #expect(code("Wezembeek-Oppem") == "23103")
        #expect(code("wezembeek oppem") == "23103")
    }

    @Test func namesResolveAgainstTheGemeentenOfTheDay() {
        #expect(code("Hasselt") == "71022")
        #expect(code("Hasselt", op: CalendarDate(year: 2025, month: 6, day: 1)) == "71072")
        guard case .failure(let failure) = resolver.resolve("Beveren-Kruibeke-Zwijndrecht", op: jaar1) else {
            Issue.record("a 2025 gemeente must not resolve in project year 1"); return
        }
        #expect(failure.description.contains("bestond niet op 1 oktober 2022"))
        #expect(failure.description.contains("Beveren, Kruibeke, Zwijndrecht"))
        guard case .failure(.nietGeldig) = resolver.resolve("46030", op: jaar1) else {
            Issue.record("46030 did not exist in 2022"); return
        }
    }

    @Test func unknownNameSuggestsUpToThreeCloseNames() {
        guard case .failure(.onbekend(let text, let suggesties)) = resolver.resolve("Sint Gilis-Waas", op: jaar1) else {
            Issue.record("expected an unknown name"); return
        }
        #expect(text == "Sint Gilis-Waas")
        #expect(suggesties.first?.code == "46020")
        #expect(suggesties.count <= 3)
        let message = BestuurResolver.Failure.onbekend(text, suggesties: suggesties).description
        #expect(message.hasPrefix("onbekend bestuur 'Sint Gilis-Waas'; bedoelde u Sint-Gillis-Waas (46020)"))
    }

    @Test func misspeltPublishedNameGetsTheRightSuggestion() {
        guard case .failure(.onbekend(_, let suggesties)) = resolver.resolve("Wezenbeek-Oppem", op: jaar1) else {
            Issue.record("expected an unknown name"); return
        }
        #expect(suggesties.first?.naam == "Wezembeek-Oppem")
    }

    @Test func nothingCloseMeansNoSuggestions() {
        guard case .failure(.onbekend(_, let suggesties)) = resolver.resolve("Xyzzyqwerty", op: jaar1) else {
            Issue.record("expected an unknown name"); return
        }
        #expect(suggesties.isEmpty)
        #expect(code("99999") == nil)
        guard case .failure(.leeg) = resolver.resolve("  ", op: jaar1) else { Issue.record("empty"); return }
    }
}

@Suite("Bestuursnamen: begrensd werk")
struct BestuurResolverWorkTests {
    @Test func aValueLongerThanAnyNameIsRefusedAtOnce() {
        let resolver = BestuurResolver()
        let start = ContinuousClock.now
        let result = resolver.resolve(String(repeating: "Gent", count: 25_000), op: CalendarDate(year: 2024, month: 1, day: 1))
        #expect(ContinuousClock.now - start < .seconds(1))
        guard case .failure(.teLang(let begin, let lengte)) = result else { Issue.record("\(result)"); return }
        #expect(lengte == 100_000)
        #expect(begin.count == 40)
        // Exactly the bound is still compared (and not found).
        guard case .failure(.onbekend) = resolver.resolve(String(repeating: "x", count: Grenzen.bestuursnaam), op: CalendarDate(year: 2024, month: 1, day: 1)) else {
            Issue.record("een waarde van 100 tekens wordt vergeleken"); return
        }
    }

    @Test func theBandedDistanceAgreesWithTheFullOne() {
        let words = ["", "a", "gent", "gnet", "gen", "sintgilliswaas", "sintgiliswaas", "kruibeke", "kruibke", "zwijndrecht",
                     "antwerpen", "antwrepen", "abcdefghij", "jihgfedcba", "derand", "vzwderand", "oefenkansennederlands"]
        for a in words {
            for b in words {
                let full = NameKey.distance(a, b)
                for limit in 0...8 {
                    #expect(NameKey.distance(a, b, limit: limit) == (full <= limit ? full : nil), "\(a) \(b) \(limit)")
                }
            }
        }
    }

    @Test func asciiNamesNormaliseAsAccentedOnes() {
        #expect(NameKey.normalise("Sint-Gillis-Waas") == "sintgilliswaas")
        #expect(NameKey.normalise("SINT GILLIS WAAS") == NameKey.normalise("Sînt-Gíllis-Wääs"))
        #expect(NameKey.normalise("'s-Gravenwezel 2") == "sgravenwezel2")
    }
}
