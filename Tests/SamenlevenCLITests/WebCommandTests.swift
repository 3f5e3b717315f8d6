import Foundation
import Hummingbird
import HummingbirdTesting
import SamenlevenControle
import SamenlevenStore
import SamenlevenWeb
import Testing

@Suite struct WebCommandTests {
    @Test func webOnAnAddressOtherComputersReachRefusesToStartWithoutUsersFile() throws {
        let result = try CLI.run(["web", "--adres", "0.0.0.0", "--poort", "8099"], environment: ["SAMENLEVEN_GEBRUIKERS": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--gebruikers"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aNegativeAnswerCacheIsRefusedBeforeTheServerStarts() throws {
        let result = try CLI.run(["web", "--poort", "8099", "--antwoordcache=-1"], environment: ["SAMENLEVEN_GEBRUIKERS": ""])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--antwoordcache: -1 is geen aantal"))
        #expect(result.stdout.isEmpty)
    }

    @Test func gebruikerToevoegenWritesABcryptHashFromStandardInput() throws {
        let map = CLI.temporaryDirectory()
        let bestand = map.appendingPathComponent("gebruikers.json").path
        let invoer = ["/bin/sh", "-c", "printf 'een-goed-wachtwoord\\n' | \"$0\" \"$@\""]
        let result = try CLI.run(["gebruiker", "toevoegen", "an", "--rol", "invoerder", "--gebruikers", bestand], via: invoer)
        #expect(result.status == 0, "\(result.stderr)")
        let inhoud = try String(contentsOfFile: bestand, encoding: .utf8)
        #expect(!inhoud.contains("een-goed-wachtwoord"))
        #expect(inhoud.contains("\"rol\" : \"invoerder\""))
        #expect(inhoud.contains("\"hash\" : \"$2"))
        let rechten = try FileManager.default.attributesOfItem(atPath: bestand)[.posixPermissions] as? Int
        #expect(rechten == 0o600)

        let fout = try CLI.run(["gebruiker", "toevoegen", "an", "--rol", "baas", "--gebruikers", bestand], via: invoer)
        #expect(fout.status == 2)
        #expect(fout.stderr.contains("lezer, invoerder, beheerder"))
        #expect(try String(contentsOfFile: bestand, encoding: .utf8) == inhoud)
    }

    /// The Vragen page answers with the figures of `samenleven vraag` on the same store.
    @Test func vragenGivesTheFiguresOfSamenlevenVraag() async throws {
        let db = CLI.temporaryDirectory().appendingPathComponent("test.sqlite")
        let cli = try CLI.run(["vraag", "toekenningen", "--projectjaren", "1-2", "--per", "provincie", "--formaat", "md"],
                              db: db, standaardgegevens: true)
        #expect(cli.status == 0, "\(cli.stderr)")
        let store = try Store.open(path: db.path)
        let app = Application(router: SamenlevenWebApp.router(bron: WebBron { try store.laad() }, instellingen: WebInstellingen()))
        let totaal = try #require(cli.stdout.split(separator: "\n").first { $0.contains("**Totaal**") })
        let cijfers = totaal.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "**", with: "") }
            .filter { !$0.isEmpty && $0 != "Totaal" }
        #expect(!cijfers.isEmpty)
        try await app.test(.router) { client in
            let uri = "/vragen?tabel=toekenningen&projectjaren=1&projectjaren=2&per=provincie"
            try await client.execute(uri: uri + "&formaat=md", method: .get) { response in
                #expect(String(buffer: response.body) == cli.stdout)
            }
            try await client.execute(uri: uri, method: .get) { response in
                let html = String(buffer: response.body)
                for cijfer in cijfers { #expect(html.contains(">\(cijfer)</td>"), "\(cijfer)") }
            }
        }
    }

    /// The bundle of the Antwoorden page is, file for file and byte for byte, what
    /// `samenleven antwoord 492` writes from the same store, question file and templates.
    @Test func theAnswerBundleIsTheOneOfSamenlevenAntwoord() async throws {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let vragen = repo.appendingPathComponent("Vragen").path, sjablonen = repo.appendingPathComponent("Templates").path
        let map = CLI.temporaryDirectory()
        let db = map.appendingPathComponent("test.sqlite"), uit = map.appendingPathComponent("vraag-492")
        let cli = try CLI.run(["antwoord", "492", "--vragen", vragen, "--sjablonen", sjablonen, "--uit", uit.path], db: db, standaardgegevens: true)
        #expect(cli.status == 0, "\(cli.stderr)")
        let store = try Store.open(path: db.path)
        let correcties = try Correctie.lees(csv: String(decoding: try StandaardGegevens.correctiesCSV(), as: UTF8.self))
        let app = Application(router: SamenlevenWebApp.router(
            bron: WebBron(laad: { try store.laad() }, correcties: correcties),
            instellingen: WebInstellingen(vragen: URL(fileURLWithPath: vragen, isDirectory: true), sjablonen: sjablonen)))
        let namen = try #require(FileManager.default.enumerator(atPath: uit.path)?.allObjects as? [String])
            .filter { !$0.hasPrefix(".") && !FileManager.default.isDirectory(uit.appendingPathComponent($0)) }
        #expect(namen.contains("antwoord.md") && namen.contains("bijlage.xlsx"))
        try await app.test(.router) { client in
            let pagina = try await client.execute(uri: "/vraagbestand/vraag-492.toml", method: .get)
            let sessie = try #require(pagina.headers[values: .setCookie].first { $0.hasPrefix("samenleven_sessie=") }?.prefix { $0 != ";" })
            let html = String(buffer: pagina.body)
            let token = try #require(html.range(of: "name=\"csrf\" value=\"").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
            let kop: HTTPFields = [.cookie: String(sessie), .contentType: "application/x-www-form-urlencoded"]
            let start = try await client.execute(uri: "/vraagbestand/vraag-492.toml/antwoord", method: .post, headers: kop,
                                                 body: ByteBuffer(string: "csrf=\(token)"))
            let adres = try #require(start.headers[.location])
            while String(buffer: try await client.execute(uri: adres, method: .get, headers: kop).body).contains("http-equiv=\"refresh\"") {
                try await Task.sleep(for: .milliseconds(200))
            }
            for naam in namen {
                let naamInAdres = naam.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._"))) ?? naam
                let bestand = try await client.execute(uri: adres + "/bestand?naam=" + naamInAdres, method: .get, headers: kop)
                #expect(bestand.status == .ok, "\(naam)")
                #expect(Data(bestand.body.readableBytesView) == (try Data(contentsOf: uit.appendingPathComponent(naam))), "\(naam)")
            }
        }
    }
}

extension FileManager {
    func isDirectory(_ url: URL) -> Bool {
        var map: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &map) && map.boolValue
    }
}
