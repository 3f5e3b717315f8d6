// vraag-benchmark: a written question of five table deelvragen over three project years,
// answered with the query engine (`Tabelvraag.beantwoord`), on the default data and on the
// largest data the example-data generator makes (`samenleven voorbeelddata --schaal 24`).
// A benchmark, not a test: it prints the times, it asserts nothing about them.
//
//     scripts/bench-vraag.sh            # builds in release and runs this
//     vraag-benchmark [HERHALINGEN]     # default 20
import Foundation
import SamenlevenModel
import SamenlevenQueries
import SamenlevenStore
import SamenlevenVoorbeelddata
import SamenlevenVraagbestand

let vraagbestand = """
    nummer = 1
    datum = 2025-03-05
    vraagsteller = "Benchmark"
    projectjaren = [1, 2, 3]

    [[deelvraag]]
    nummer = "1"
    tekst = "Hoeveel ontving elke centrumstad per projectjaar, in totaal en per inwoner?"
    tabel = "toekenningen"
    per = ["bestuur"]
    naast = "projectjaar"
    maten = ["subsidie", "subsidie_per_inwoner"]
    filter = { groep = "centrumsteden" }

    [[deelvraag]]
    nummer = "2"
    tekst = "Subsidie, toekenningen en besturen per provincie en arrondissement, per projectjaar?"
    tabel = "toekenningen"
    per = ["projectjaar", "provincie", "arrondissement"]
    maten = ["subsidie", "toekenningen", "besturen"]

    [[deelvraag]]
    nummer = "3"
    tekst = "Wat was de realisatiegraad van de KPI's per actie?"
    tabel = "kpi"
    per = ["doelstelling", "actie"]
    maten = ["kpi_vooropgesteld", "kpi_behaald_12m", "realisatiegraad"]

    [[deelvraag]]
    nummer = "4"
    tekst = "Welke besturen zetten een actie stop of verlaagden hun KPI in het derde projectjaar?"
    tabel = "wijzigingen"

    [[deelvraag]]
    nummer = "5"
    tekst = "Hoeveel werd per projectjaar en doelstelling toegekend tegenover de begroting?"
    tabel = "budget"

    """

func fout(_ tekst: String) -> Never {
    FileHandle.standardError.write(Data("vraag-benchmark: \(tekst)\n".utf8))
    exit(1)
}

func milliseconden(_ duur: Duration) -> Double {
    Double(duur.components.seconds) * 1000 + Double(duur.components.attoseconds) / 1e15
}

/// An in-memory store with the published files and the example data of `schaal`.
func store(schaal: Int) throws -> Store {
    if schaal == StandaardGegevens.opties.schaal { return try Store.inMemory(standaardgegevens: true) }
    let store = try Store.inMemory(standaardgegevens: false)
    let opties = VoorbeelddataGenerator.Opties(zaad: StandaardGegevens.opties.zaad, schaal: schaal)
    let voorbeeld = try StandaardGegevens.generator().bestanden(opties).map { ImportBestand(naam: $0.naam, csv: $0.data) }
    _ = try Importer(store: store).importeer(try StandaardGegevens.gepubliceerdeBestanden() + voorbeeld)
    return store
}

let herhalingen = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 20
guard herhalingen > 0 else { fout("HERHALINGEN moet een positief geheel getal zijn") }

let vraag: Vraagbestand
do { vraag = try Vraagbestand.lees(tekst: vraagbestand, bestandsnaam: "vraag-1.toml") } catch { fout("\(error)") }
let tabelvragen = vraag.deelvragen.compactMap(\.tabelvraag)

print("vraag met \(tabelvragen.count) tabeldeelvragen over projectjaren 1-3, \(herhalingen) keer beantwoord")
print("gegevens                         toekenningen  laden (ms)  antwoord min (ms)  mediaan (ms)  max (ms)")
for (label, schaal) in [("standaardgegevens (schaal 1)", 1), ("grootste generator (schaal 24)", 24)] {
    do {
        let klok = ContinuousClock()
        let store = try store(schaal: schaal)
        let begin = klok.now
        let context = QueryContext(try store.laad())
        let laden = milliseconden(klok.now - begin)
        var tijden: [Double] = []
        var rijen = 0
        for _ in 0..<herhalingen {
            let start = klok.now
            rijen = 0
            for tabelvraag in tabelvragen {
                rijen += try tabelvraag.beantwoord(context, vraagnummer: vraag.nummer).gegevens.count
            }
            tijden.append(milliseconden(klok.now - start))
        }
        tijden.sort()
        let regel = label.padding(toLength: 32, withPad: " ", startingAt: 0)
            + String(format: " %12d  %10.1f  %17.1f  %12.1f  %8.1f", context.gegevens.toekenningen.count, laden,
                     tijden.first!, tijden[tijden.count / 2], tijden.last!)
        print(regel + "   (\(rijen) records)")
    } catch {
        fout("\(label): \(error)")
    }
}
