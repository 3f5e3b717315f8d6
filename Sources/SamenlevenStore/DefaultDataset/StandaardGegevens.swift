import Foundation
import GRDB
import SamenlevenModel
import SamenlevenVoorbeelddata

/// The embedded default dataset, loaded into a new store (and refreshed in existing ones, see
/// `werkBij`) so that every query answers out of the box: the real published year-1 data (`Gepubliceerd/`: samenwerkingsverbanden,
/// mentorships and SIO of question 492, corrected where the sources prove an error) and
/// synthetic grants, applications, verbanden and KPI reports for what is not public, marked
/// as voorbeelddata. Both go through the normal importer.
public enum StandaardGegevens {
    /// Seed and scale of the example data in the default dataset.
    public static let opties = VoorbeelddataGenerator.Opties(zaad: 492, schaal: 1)

    /// The published files bundled with the toolkit (import format), by name.
    public static func gepubliceerdeBestanden() throws -> [ImportBestand] {
        guard let map = Bundle.module.url(forResource: "Gepubliceerd", withExtension: nil) else {
            throw ReferenceDataError(message: "ingebouwde map Gepubliceerd ontbreekt")
        }
        let namen = try FileManager.default.contentsOfDirectory(atPath: map.path)
            .filter { $0.hasSuffix(".csv") && Soort(bestandsnaam: $0) != nil }.sorted()
        return try namen.map { ImportBestand(naam: $0, csv: try Data(contentsOf: map.appendingPathComponent($0))) }
    }

    /// The corrections made to the published lists (`Gepubliceerd/correcties.csv`), as text.
    public static func correctiesCSV() throws -> Data {
        guard let url = Bundle.module.url(forResource: "Gepubliceerd", withExtension: nil)?.appendingPathComponent("correcties.csv")
        else { throw ReferenceDataError(message: "ingebouwd bestand correcties.csv ontbreekt") }
        return try Data(contentsOf: url)
    }

    /// The real year-1 records, read through the importer's validation.
    public static func gepubliceerdeGegevens() throws -> Gegevens {
        let (vervangingen, _, _) = try Importer.valideer(try gepubliceerdeBestanden(), opties: ImportOpties(voorbeelddata: false),
                                                         catalogus: Set(Actie.nummers))
        return vervangingen.reduce(into: Gegevens()) { $0.voegToe($1.records) }
    }

    /// The generator fed with the built-in reference data and the real year-1 records.
    public static func generator() throws -> VoorbeelddataGenerator {
        VoorbeelddataGenerator(referentie: .ingebouwd, catalogus: Referentie.ingebouwd.acties,
                               gepubliceerd: Referentie.ingebouwd.gepubliceerdeCijfers, echt: try gepubliceerdeGegevens())
    }

    /// Every file of the default dataset: the published ones and the generated example data.
    public static func bestanden() throws -> [ImportBestand] {
        let voorbeeld = try generator().bestanden(opties).map { ImportBestand(naam: $0.naam, csv: $0.data) }
        return try gepubliceerdeBestanden() + voorbeeld
    }

}

extension Gegevens {
    mutating func voegToe(_ records: Vervanging.Records) {
        switch records {
        case .toekenningen(let r): toekenningen += r
        case .aanvragen(let r): aanvragen += r
        case .samenwerkingen(let r): samenwerkingen += r
        case .mentorschappen(let r): mentorschappen += r
        case .sio(let r): sio += r
        case .kpiRapporteringen(let r): kpiRapporteringen += r
        case .acties: break
        }
    }
}
