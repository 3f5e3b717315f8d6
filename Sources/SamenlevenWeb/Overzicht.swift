import Foundation
import SamenlevenControle
import SamenlevenModel

/// The Overzicht page: records per project year and kind, the import files they came from, the
/// VOORBEELDDATA marker and the findings of the consistency check (`samenleven controleer`).
struct Overzicht {
    let dataset: Dataset

    /// Records per kind; the names are those of the import format.
    var aantallen: [(soort: Soort, jaren: [Int])] {
        let g = dataset.gegevens
        return [
            (.toekenningen, g.toekenningen.map(\.projectjaar)), (.aanvragen, g.aanvragen.map(\.projectjaar)),
            (.samenwerkingsverbanden, g.samenwerkingen.map(\.projectjaar)), (.mentorschappen, g.mentorschappen.map(\.projectjaar)),
            (.sio, g.sio.map(\.projectjaar)), (.kpiRapportering, g.kpiRapporteringen.map(\.projectjaar)),
        ]
    }

    /// A moment as shown on the pages: day/month/year hours:minutes, in the server's time zone.
    static func moment(_ datum: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: datum)
        return String(format: "%d/%d/%d %02d:%02d", c.day ?? 0, c.month ?? 0, c.year ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    var data: [String: Any] {
        let jaren = Projectjaar.alle.map(\.nummer)
        let rijen: [[String: Any]] = aantallen.map { soort, projectjaren in
            ["soort": soort.rawValue, "aantallen": jaren.map { jaar in BelgianNumber.format(projectjaren.filter { $0 == jaar }.count) }]
        }
        let bestanden: [[String: Any]] = dataset.bronbestanden.map {
            ["soort": $0.soort, "projectjaar": $0.projectjaar, "bestand": $0.bestand, "rijen": BelgianNumber.format($0.rijen),
             "sha256": String($0.sha256.prefix(12)), "voorbeelddata": $0.voorbeelddata,
             "ingelezenOp": $0.ingelezenOp.map(Self.moment) ?? "–"]
        }
        let bevindingen = Controle.voerUit(dataset)
        let telling = Bevinding.Ernst.allCases.map { ernst in "\(bevindingen.filter { $0.ernst == ernst }.count) \(ernst.rawValue)" }
        return [
            "jaren": jaren,
            "aantallen": rijen,
            "bestanden": bestanden,
            "geenBestanden": bestanden.isEmpty,
            "voorbeelddata": dataset.gegevens.bevatVoorbeelddata ? Herkomst.voorbeelddataLabel : false,
            "bevindingen": bevindingen.map { ["ernst": $0.ernst.label, "code": $0.code, "boodschap": $0.boodschap, "bron": $0.bron] },
            "geenBevindingen": bevindingen.isEmpty,
            "telling": telling.joined(separator: ", "),
        ]
    }
}
