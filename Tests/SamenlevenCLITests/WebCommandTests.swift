import Foundation
import Hummingbird
import HummingbirdTesting
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
}
