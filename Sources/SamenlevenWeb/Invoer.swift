import Foundation
import Memberwise
import SamenlevenExport
import SamenlevenModel
import SamenlevenReaders

/// The outcome of an import: its counts, or the problems for which nothing was stored.
public enum Invoeruitkomst: Sendable, Equatable {
    case verslag(ImportVerslag)
    case geweigerd(problemen: [ImportProblem], waarschuwingen: [String])
}

/// The import the command line hands the web (`samenleven importeer`'s `Importer` on a store
/// connection of its own): the files, dry or not, and the progress (rows done, total).
public typealias Importeur = @Sendable (_ bestanden: [ImportBestand], _ droog: Bool,
                                        _ voortgang: @escaping @Sendable (Int, Int) -> Void) throws -> Invoeruitkomst

/// An upload kept between its validation, the download of its failing rows and the import:
/// its files in a temporary folder of its own, removed when it expires or has been imported.
@MemberwiseInit
final class Upload: @unchecked Sendable {
    let id: String
    /// The session it belongs to (its CSRF token: random, per session, never in an address).
    let eigenaar: String
    let map: URL
    let bestanden: [ImportBestand]
    let aangemaakt = Date()
    private let slot = NSLock()
    private var gelezen: [(label: String, sheet: Sheet)]?

    /// The uploaded sheets as the import reads them (same readers), each with the label the
    /// import's problems use; read once. Files the readers refuse have no sheet.
    var bladen: [(label: String, sheet: Sheet)] {
        slot.withLock {
            if let gelezen { return gelezen }
            var bladen: [(label: String, sheet: Sheet)] = []
            for bestand in bestanden {
                guard let url = bestand.url else { continue }
                let sheets = bestand.isWerkboek ? (try? XLSXReader.read(url: url, fileName: bestand.naam).sheets) ?? []
                    : (try? Data(contentsOf: url)).flatMap { try? CSVReader.read(data: $0, fileName: bestand.naam).sheet }.map { [$0] } ?? []
                bladen += sheets.map { (bestand.label(blad: $0.name), $0) }
            }
            gelezen = bladen
            return bladen
        }
    }

    /// The cell a problem is about, as read from the uploaded file ("" when the problem is not
    /// about one cell).
    func waarde(_ probleem: ImportProblem) -> String {
        guard let rij = probleem.rij, let kolom = probleem.kolom?.lowercased(),
              let sheet = bladen.first(where: { $0.label == probleem.bestand })?.sheet,
              let gevonden = sheet.rows.first(where: { $0.number == rij }) else { return "" }
        return sheet.values(of: gevonden, name: { $0.trimmedWhitespace.lowercased() })[kolom] ?? ""
    }

    func verwijder() { try? FileManager.default.removeItem(at: map) }
}

/// One validation or import of an upload, run on the one import queue.
@MemberwiseInit
final class Invoertaak: @unchecked Sendable {
    enum Toestand: Sendable {
        case wacht
        case bezig(sinds: Date, gedaan: Int, totaal: Int)
        case klaar(Invoeruitkomst)
        case mislukt(String)
    }

    let id: String
    let upload: Upload
    let droog: Bool
    /// Who started it (empty without accounts).
    let gebruiker: String
    let aangemaakt = Date()
    private let slot = NSLock()
    private var _toestand = Toestand.wacht

    var toestand: Toestand {
        get { slot.withLock { _toestand } }
        set { slot.withLock { _toestand = newValue } }
    }

    var isAfgelopen: Bool {
        switch toestand {
        case .klaar, .mislukt: return true
        case .wacht, .bezig: return false
        }
    }
}

/// The uploads and imports of one server. Validations and imports run one at a time on one
/// serial queue (both need the store's write lock); a page shows a waiting one the import
/// that runs. Uploads live `levensduur` and a session keeps at most `maximumPerSessie`.
final class Invoerdienst: @unchecked Sendable {
    static let levensduur: TimeInterval = 3600
    static let maximumPerSessie = 5

    private let rij = DispatchQueue(label: "samenleven-web.invoer")
    private let slot = NSLock()
    private var uploads: [String: Upload] = [:]
    private var taken: [String: Invoertaak] = [:]
    private var lopend: Invoertaak?

    /// A server that stops (or a router that goes away) leaves no upload behind. A queued
    /// task holds the service, so this never runs under a running import.
    deinit {
        for upload in uploads.values { upload.verwijder() }
    }

    /// The import or validation running now.
    var lopende: Invoertaak? { slot.withLock { lopend } }

    /// Keeps a new upload; forgets expired ones and, past the maximum, the session's oldest that
    /// no task waits for.
    func bewaar(_ upload: Upload) {
        let weg: [Upload] = slot.withLock {
            let grens = Date().addingTimeInterval(-Self.levensduur)
            let bezig = Set(taken.values.filter { !$0.isAfgelopen }.map(\.upload.id))
            var weg = uploads.values.filter { $0.aangemaakt < grens && !bezig.contains($0.id) }
            let vanSessie = uploads.values.filter { $0.eigenaar == upload.eigenaar && !bezig.contains($0.id) && $0.aangemaakt >= grens }
                .sorted { $0.aangemaakt < $1.aangemaakt }
            weg += vanSessie.prefix(max(0, vanSessie.count + 1 - Self.maximumPerSessie))
            for oud in weg { uploads[oud.id] = nil }
            taken = taken.filter { uploads[$0.value.upload.id] != nil || $0.value.aangemaakt >= grens }
            uploads[upload.id] = upload
            return weg
        }
        weg.forEach { $0.verwijder() }
    }

    /// A task of the session `eigenaar`.
    func taak(_ id: String, eigenaar: String) -> Invoertaak? {
        slot.withLock { taken[id].flatMap { $0.upload.eigenaar == eigenaar ? $0 : nil } }
    }

    /// Whether the upload is still kept (not expired, not yet imported).
    func isBewaard(_ upload: Upload) -> Bool { slot.withLock { uploads[upload.id] != nil } }

    /// Queues a validation (`droog`) or import of `upload`; an import done removes the upload.
    func start(_ upload: Upload, droog: Bool, gebruiker: String, importeer: @escaping Importeur) -> Invoertaak {
        let taak = Invoertaak(id: Sessies.willekeurig(), upload: upload, droog: droog, gebruiker: gebruiker)
        slot.withLock { taken[taak.id] = taak }
        rij.async { [self] in
            let sinds = Date()
            taak.toestand = .bezig(sinds: sinds, gedaan: 0, totaal: 0)
            slot.withLock { lopend = taak }
            do {
                let uitkomst = try importeer(upload.bestanden, droog) { gedaan, totaal in
                    taak.toestand = .bezig(sinds: sinds, gedaan: gedaan, totaal: totaal)
                }
                taak.toestand = .klaar(uitkomst)
                if !droog, case .verslag = uitkomst {
                    slot.withLock { uploads[upload.id] = nil }
                    upload.verwijder()
                }
            } catch {
                taak.toestand = .mislukt(String(describing: error))
            }
            slot.withLock { lopend = nil }
        }
        return taak
    }
}
