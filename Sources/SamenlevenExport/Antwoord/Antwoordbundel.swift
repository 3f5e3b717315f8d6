import Foundation
import Memberwise
import SamenlevenControle
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

/// Everything that goes back to parliament for one question, written in one go into one
/// folder: the draft answer (`antwoord.md`, `antwoord.docx`), the annex (`bijlage.xlsx`), the
/// consistency report (`controle.txt`), the source of each figure (`bronnen.md`), the open
/// data package (`opendata/`) and, for a question file, its figures in long form
/// (`antwoord.json`, `gegevens/deelvraag-N.csv`). The folder is replaced atomically.
@MemberwiseInit
public struct Antwoordbundel: Sendable {
    /// What the store holds, of every project year (loaded at the edge, `Store.laad()`): the
    /// check needs all years, the answer, the annex and the package only `projectjaar`.
    public let dataset: Dataset
    /// The corrections kept with the toolkit (`Correctie.lees`); only those of the files the
    /// records came from are listed.
    public let correcties: [Correctie]
    public let vraag: ParlementaireVraag
    public let projectjaar: Int
    public let sjabloon: Antwoordsjabloon
    public var datumBekend: Bool = true
    public var omgeving: [String: String] = ProcessInfo.processInfo.environment
    /// The cabinet's house style for `antwoord.docx` (`--huisstijl`); nil for the bundled style.
    public var huisstijl: Huisstijl? = nil
    /// The question file the answer follows; nil: the standard questions under `vraag`.
    public var vraagbestand: Vraagbestand? = nil

    /// The answer to a question file: the text speaks of `projectjaar` (default: the last of the
    /// head's `projectjaren`, else the year running on the question's date); every table
    /// deelvraag is answered by the query engine for its own years.
    public init(dataset: Dataset, correcties: [Correctie], vraagbestand: Vraagbestand, projectjaar: Int? = nil,
                sjabloon: Antwoordsjabloon, omgeving: [String: String] = ProcessInfo.processInfo.environment,
                huisstijl: Huisstijl? = nil) {
        self.init(dataset: dataset, correcties: correcties, vraag: vraagbestand.parlementaireVraag,
                  projectjaar: projectjaar ?? vraagbestand.antwoordjaar, sjabloon: sjabloon, omgeving: omgeving, huisstijl: huisstijl,
                  vraagbestand: vraagbestand)
    }

    /// Writes the bundle as the folder `doel`; returns the files written, in order. A deelvraag
    /// the engine cannot answer throws `Vraagbestand.Fout` before anything is written.
    @discardableResult
    public func schrijf(naar doel: URL) throws -> [String] {
        // Every project year: each deelvraag asks for its own.
        let deelantwoorden = try vraagbestand?.beantwoord(QueryContext(dataset)) ?? []
        // Only the year answered: the queries, the annex and the package all speak of it.
        let context = QueryContext(dataset.projectjaar(projectjaar))
        let gegevens = context.gegevens
        let aangemaakt = try Aanmaakmoment.bepaal(projectjaren: gegevens.projectjaren, anders: Projectjaar.nummer(projectjaar)!.einde,
                                                  omgeving: omgeving)!

        let opgesteld = AntwoordOpsteller(context: context, vraag: vraag, projectjaar: projectjaar, datumBekend: datumBekend,
                                          deelantwoorden: deelantwoorden).stelOp()
        let bronnen = Set(gegevens.samenwerkingen.map(\.herkomst.bron) + gegevens.mentorschappen.map(\.herkomst.bron) + gegevens.sio.map(\.herkomst.bron))
        let correcties = self.correcties.filter { bronnen.contains($0.bestand) }
        let documenten = AntwoordDocumenten(vraag: vraag, projectjaar: projectjaar, sjabloon: sjabloon, opgesteld: opgesteld,
                                            bevindingen: Controle.voerUit(dataset, projectjaar: projectjaar),
                                            correcties: correcties, aangemaakt: aangemaakt, huisstijl: huisstijl)
        let markdown = try documenten.markdown()
        let bronbestanden = context.bronbestanden
        let opendata = try OpenDataPackage.files(OpenDataInput(
            context: context,
            sourceFiles: bronbestanden.map { .init(soort: $0.soort, projectjaar: $0.projectjaar, bestand: $0.bestand, sha256: $0.sha256, rijen: $0.rijen) },
            projectjaar: projectjaar, datum: Aanmaakmoment.dag(aangemaakt)))

        var bestanden: [AtomicDirectoryWriter.Entry] = [
            .data("antwoord.md") { Data(markdown.utf8) },
            .data("antwoord.docx") { try documenten.docx(markdown: markdown) },
            // libxlsxwriter writes files, not memory: straight into the new folder.
            .produced("bijlage.xlsx") { pad in
                _ = try bijlage(context: context, deelantwoorden: deelantwoorden)
                    .schrijf(naar: pad, instellingen: WerkboekInstellingen(aangemaakt: aangemaakt))
            },
            .data("controle.txt") { Data(documenten.controle().utf8) },
            .data("bronnen.md") { Data(documenten.bronnen(deelantwoorden: deelantwoorden).utf8) },
        ]
        if let vraagbestand {
            bestanden.append(.data("antwoord.json") { Data(Antwoordgegevens.json(vraagbestand, deelantwoorden).rendered().utf8) })
            for d in deelantwoorden {
                guard let antwoord = d.antwoord else { continue }
                bestanden.append(.data("gegevens/deelvraag-\(d.nummer).csv") { Data(Antwoordgegevens.csv(antwoord).utf8) })
            }
        }
        bestanden += opendata.map { file in .data("opendata/" + file.name) { file.data } }
        // Only an earlier bundle, exactly as written (its manifest), is replaced; the files in
        // its opendata/ folder are listed in that manifest too.
        try AtomicDirectoryWriter.write(bestanden, to: doel)
        return bestanden.map(\.name)
    }

    /// The bijlage: the year answered on `context`, or for a question file one sheet per table
    /// deelvraag (on every year's data; the sources those of the years the deelvragen use).
    func bijlage(context: QueryContext, deelantwoorden: [Deelantwoord]) -> Bijlage {
        guard vraagbestand != nil else {
            return Bijlage(context: context, vraag: vraag, projectjaar: projectjaar, bronbestanden: context.bronbestanden)
        }
        let jaren = Set(deelantwoorden.compactMap(\.antwoord).flatMap(\.vraag.projectjaren))
        // One year: only its data (its sources, its example-data files), as the text.
        let alle = jaren.count == 1 ? QueryContext(dataset.projectjaar(jaren.first!)) : QueryContext(dataset)
        return Bijlage(context: alle, vraag: vraag, projectjaar: jaren.count == 1 ? jaren.first : (jaren.isEmpty ? projectjaar : nil),
                       bronbestanden: alle.bronbestanden.filter { jaren.contains($0.projectjaar) },
                       deelantwoorden: deelantwoorden)
    }
}
