import Foundation
import SamenlevenModel
import SamenlevenQueries

/// An AnswerTable as JSON, for programs (`samenleven vraag --formaat json`): plain JSON
/// values, no Swift encoding artefacts. Described by `schemas/antwoord.schema.json`:
///
/// - `kolommen`: per column its `id`, Dutch `kop`, `soort` (`tekst`, `geheelGetal`, `euro`,
///   `percentage`, `datum`), `eenheid` (`euro`, `procent` or null) and `optellen`;
/// - `rijen`: per row its `soort`, `niveau`, `herkomst` and `waarden`, an object keyed by
///   column id: text a string, a whole number an integer, an amount an exact number in euro
///   (`3280000`, `30000.5`), a percentage a number in percent (`25.5`), a date
///   `"JJJJ-MM-DD"`, an empty cell `null`.
///
/// Keys keep a fixed order and numbers are written from whole cents, so the same answer
/// always gives the same bytes and no amount passes through floating point.
public enum JSONExport {
    /// The unit of a column's numbers, nil when it has none.
    public static func eenheid(_ soort: Kolom.Soort) -> String? {
        switch soort {
        case .euro: return "euro"
        case .percentage: return "procent"
        case .tekst, .geheelGetal, .datum: return nil
        }
    }

    /// A cell as a plain JSON value.
    public static func value(_ cel: Cel) -> JSONValue {
        switch cel {
        case .leeg: return .null
        case .tekst(let s): return .string(s)
        case .getal(let n): return .integer(n)
        case .euro(let e): return .number(e.plainDecimal)
        // Basis points are hundredths of a percent, as cents are of a euro: the same exact notation.
        case .percentage(let basispunten): return .number(Euro(cents: Int64(basispunten)).plainDecimal)
        case .datum(let d): return .string(d.iso)
        }
    }

    public static func value(_ tabel: AnswerTable) -> JSONValue {
        func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object([
            ("titel", .string(tabel.titel)),
            ("vraag", tabel.vraag.map { .object([("nummer", .integer($0.nummer)), ("subvraag", $0.subvraag.map(JSONValue.string) ?? .null)]) } ?? .null),
            ("gegevensstand", .string(tabel.gegevensstand)),
            ("voorbeelddata", .bool(tabel.voorbeelddata)),
            ("filters", .array(tabel.filters.map { .object([("naam", .string($0.naam)), ("waarde", .string($0.waarde))]) })),
            ("kolommen", .array(tabel.kolommen.map { k in
                .object([("id", .string(k.id)), ("kop", .string(k.kop)), ("soort", .string(k.soort.rawValue)),
                         ("eenheid", optional(eenheid(k.soort))), ("optellen", .bool(k.optellen))])
            })),
            ("rijen", .array(tabel.rijen.map { rij in
                .object([("soort", .string(rij.soort.rawValue)), ("niveau", .integer(rij.niveau)),
                         ("waarden", .object(tabel.kolommen.indices.map { i in
                             (tabel.kolommen[i].id, i < rij.cellen.count ? value(rij.cellen[i]) : .null)
                         })),
                         ("herkomst", .array(rij.herkomst.map(JSONValue.string)))])
            })),
            ("voetnoten", .array(tabel.voetnoten.map { .object([("tekst", .string($0.tekst)), ("bron", optional($0.bron))]) })),
        ])
    }

    public static func data(_ tabel: AnswerTable) -> Data {
        Data(render(tabel).utf8)
    }

    /// The JSON text, pretty printed, with a final newline.
    public static func render(_ tabel: AnswerTable) -> String {
        value(tabel).rendered()
    }
}
