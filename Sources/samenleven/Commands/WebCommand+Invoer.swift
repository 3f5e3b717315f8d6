import Foundation
import SamenlevenExport
import SamenlevenStore
import SamenlevenWeb

extension WebCommand {
    /// The import of the Invoer page: `samenleven importeer`'s `Importer` (dry: `--droog`) on
    /// `schrijfstore`, a connection of its own, so that pages read from the other connection
    /// while an import holds its write transaction (WAL: readers never wait for the writer).
    /// Problems and counts are handed on as the web's values.
    static func importeur(_ schrijfstore: Store) -> Importeur {
        { bestanden, droog, voortgang in
            let importbestanden = bestanden.map { ImportBestand(url: $0.url, naam: $0.naam) }
            do {
                let verslag = try Importer(store: schrijfstore).importeer(importbestanden, opties: ImportOpties(droog: droog), voortgang: voortgang)
                return .verslag(tellingen: verslag.tellingen.map {
                    Invoertelling(soort: $0.soort.rawValue, toegevoegd: $0.toegevoegd, vervangen: $0.vervangen,
                                  ongewijzigd: $0.ongewijzigd, verwijderd: $0.verwijderd)
                }, waarschuwingen: verslag.waarschuwingen, rijen: verslag.rijen)
            } catch let fout as ImportFailure {
                return .geweigerd(problemen: fout.problemen, waarschuwingen: fout.waarschuwingen)
            }
        }
    }
}
