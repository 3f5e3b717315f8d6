import Foundation
import SamenlevenExport
import SamenlevenStore
import SamenlevenWeb

extension WebCommand {
    /// The import of the Invoer page: `samenleven importeer`'s `Importer` (dry: `--droog`) on
    /// `schrijfstore`, a connection of its own, so that pages read from the other connection
    /// while an import holds its write transaction (WAL: readers never wait for the writer).
    static func importeur(_ schrijfstore: Store) -> Importeur {
        { bestanden, droog, voortgang in
            do {
                return .verslag(try Importer(store: schrijfstore).importeer(bestanden, opties: ImportOpties(droog: droog), voortgang: voortgang))
            } catch let fout as ImportFailure {
                return .geweigerd(problemen: fout.problemen, waarschuwingen: fout.waarschuwingen)
            }
        }
    }
}
