import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel

/// The value of a command-line option, parsed by its own type: ArgumentParser knows the type
/// (`ExpressibleByArgument`), and a text that is not such a value is refused with a Dutch
/// message that names the option. Options declare `transform: T.parser("--optie")` so that
/// this message, not ArgumentParser's English one, reaches the user: ArgumentParser keeps the
/// thrown `InvalidInput` inside its parse error and `Afloop` takes it out again.
protocol DutchArgument: ExpressibleByArgument {
    /// The value `text` stands for, or `InvalidInput` naming `option`.
    static func parse(_ text: String, option: String) throws(InvalidInput) -> Self
}

extension DutchArgument {
    /// Public, so that it also serves the public types of other modules (`Projectjaar`,
    /// `Doelstelling`, `CalendarDate`): a public protocol's requirement needs a public witness.
    public init?(argument: String) {
        guard let value = try? Self.parse(argument, option: "") else { return nil }
        self = value
    }

    /// The parser of `option`, for `@Option(transform:)`.
    static func parser(_ option: String) -> @Sendable (String) throws -> Self {
        { text in try parse(text, option: option) }
    }
}

/// `--projectjaar`: 1, 2 or 3.
extension Projectjaar: ExpressibleByArgument, DutchArgument {
    static func parse(_ text: String, option: String) throws(InvalidInput) -> Projectjaar {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), let jaar = Projectjaar.nummer(n) else {
            throw InvalidInput("\(option): '\(text)' is geen projectjaar; geldig: \(Projectjaar.alle.map { String($0.nummer) }.joined(separator: ", ")).")
        }
        return jaar
    }
}

/// `--provincie`: a name such as Limburg, Oost-Vlaanderen, Brussel-Hoofdstad.
extension Provincie: ExpressibleByArgument, DutchArgument {
    public init?(argument: String) { self.init(naam: argument) }

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Provincie {
        guard let provincie = Provincie(naam: text) else {
            throw InvalidInput("onbekende provincie '\(text)'. Geldige provincies: \(Provincie.lijst).")
        }
        return provincie
    }
}

/// `--geografie`: 2019 (300 gemeenten) or 2025 (285 gemeenten).
extension Geografie: ExpressibleByArgument, DutchArgument {
    static func parse(_ text: String, option: String) throws(InvalidInput) -> Geografie {
        guard let geografie = Geografie(argument: text) else {
            throw InvalidInput("\(option): '\(text)' is onbekend; geldig: 2019 of 2025.")
        }
        return geografie
    }
}

/// `--doelstelling`: 1 to 7.
extension Doelstelling: ExpressibleByArgument, DutchArgument {
    static func parse(_ text: String, option: String) throws(InvalidInput) -> Doelstelling {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), let doelstelling = Doelstelling.nummer(n) else {
            throw InvalidInput("\(option): '\(text)' is geen doelstelling; geldig: 1 tot \(Doelstelling.alle.count) ("
                               + Doelstelling.alle.map(\.label).joined(separator: ", ") + ").")
        }
        return doelstelling
    }
}

/// `--actie`: the number of an action, 1 to 24 (whether the catalogue has it is checked
/// against the store).
struct Actienummer: DutchArgument, Sendable {
    let nummer: Int

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Actienummer {
        guard let n = Int(text.trimmingCharacters(in: .whitespaces)), Actie.nummers.contains(n) else {
            throw InvalidInput("\(option): '\(text)' is geen actienummer; geldig: \(Actie.nummers.lowerBound) tot \(Actie.nummers.upperBound).")
        }
        return Actienummer(nummer: n)
    }
}

/// A count (`--kpi`, `--huidig-bereik`): a whole number in Belgian notation, within the bounds
/// of the import format.
struct Aantal: DutchArgument, Sendable {
    let waarde: Int

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Aantal {
        let value: Int
        do { value = try BelgianNumber.parseWholeNumber(text) } catch { throw InvalidInput("\(option): \(error.description)") }
        guard value <= Grenzen.aantal else {
            throw InvalidInput("\(option): \(BelgianNumber.format(value)) is te groot; hoogstens \(BelgianNumber.format(Grenzen.aantal)) (de grens van het invoerformaat)")
        }
        return Aantal(waarde: value)
    }
}

/// An amount in euro (`--bedrag`): the notations of the import format, within its bounds.
struct Bedrag: DutchArgument, Sendable {
    let euro: Euro

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Bedrag {
        let euro: Euro
        do { euro = try Euro(parsing: text) } catch { throw InvalidInput("\(option): \(error.description)") }
        guard euro <= Grenzen.bedrag else {
            throw InvalidInput("\(option): \(euro.belgianWords) is te veel; hoogstens \(Grenzen.bedrag.belgianWords) (de grens van het invoerformaat)")
        }
        return Bedrag(euro: euro)
    }
}

/// A date option (`--datum`, `--op`): JJJJ-MM-DD.
extension CalendarDate: ExpressibleByArgument, DutchArgument {
    static func parse(_ text: String, option: String) throws(InvalidInput) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw InvalidInput("\(option): '\(text)' is geen geldige datum; schrijf JJJJ-MM-DD, bv. 2025-06-01.")
        }
        return date
    }
}

/// The output of `vraag --formaat`: a text rendering or a workbook.
enum OutputFormat: DutchArgument, Equatable, Sendable {
    case tekst(ExportFormaat)
    case xlsx

    /// The names `--formaat` accepts, in the order the messages list them.
    static let namen = "tekst, csv, json, md, xlsx"

    static func parse(_ text: String, option: String) throws(InvalidInput) -> OutputFormat {
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "xlsx" { return .xlsx }
        guard let formaat = ExportFormaat(argument: text) else {
            throw InvalidInput("\(option): onbekend formaat '\(text)'. Geldige formaten: \(namen).")
        }
        return .tekst(formaat)
    }

    /// The format a file name asks for by its extension, or nil.
    static func volgensExtensie(_ pad: String) -> OutputFormat? {
        let ext = (pad as NSString).pathExtension.lowercased()
        return ["xlsx", "csv", "json", "md", "txt"].contains(ext) ? try? parse(ext, option: "--formaat") : nil
    }
}

/// The output of `controleer --formaat`: the findings as text lines or as JSON.
enum FindingsFormat: String, DutchArgument, Sendable, CustomStringConvertible {
    case tekst, json

    init?(argument: String) { self.init(rawValue: argument) }

    static func parse(_ text: String, option: String) throws(InvalidInput) -> FindingsFormat {
        guard let formaat = FindingsFormat(rawValue: text) else {
            throw InvalidInput("\(option): kies tekst of json, niet '\(text)'.")
        }
        return formaat
    }

    var description: String { rawValue }
}

/// `--db`: the path of the store; an empty path is refused (SQLite would make a temporary
/// store that is gone after the command).
struct StorePath: DutchArgument, Sendable {
    let pad: String

    static func parse(_ text: String, option: String) throws(InvalidInput) -> StorePath {
        guard !text.isEmpty else {
            throw InvalidInput("\(option): het pad is leeg; geef het pad naar de databank (een leeg pad zou een tijdelijke databank geven die na het commando verdwijnt).")
        }
        return StorePath(pad: text)
    }
}

/// A name as given (`--per bestuur`, `--groep centrumsteden`): whether it is known is decided by
/// the question file's rules, which suggest close names.
struct Naam: DutchArgument, Sendable {
    let tekst: String

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Naam {
        let tekst = text.trimmingCharacters(in: .whitespaces)
        guard !tekst.isEmpty else { throw InvalidInput("\(option): geef een waarde, geen lege tekst.") }
        return Naam(tekst: tekst)
    }
}

/// One or more values separated by commas (`--per provincie,bestuur`, `--actie 2,5`), each
/// parsed by its own type.
struct Lijst<Element: DutchArgument & Sendable>: DutchArgument, Sendable {
    let waarden: [Element]

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Lijst {
        var waarden: [Element] = []
        for deel in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard !deel.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw InvalidInput("\(option): '\(text)' bevat een lege waarde; scheid waarden met één komma (bv. a,b).")
            }
            waarden.append(try Element.parse(String(deel), option: option))
        }
        return Lijst(waarden: waarden)
    }
}

/// `--projectjaren`: a range (`1-3`) or a list (`1,3`) of project years.
struct Projectjaren: DutchArgument, Sendable {
    let jaren: [Projectjaar]

    static func parse(_ text: String, option: String) throws(InvalidInput) -> Projectjaren {
        let delen = text.split(separator: "-", omittingEmptySubsequences: false)
        if delen.count == 2 {
            let van = try Projectjaar.parse(String(delen[0]), option: option)
            let tot = try Projectjaar.parse(String(delen[1]), option: option)
            guard van.nummer <= tot.nummer else {
                throw InvalidInput("\(option): '\(text)' loopt achteruit; schrijf het kleinste jaar eerst (bv. 1-3).")
            }
            return Projectjaren(jaren: Projectjaar.alle.filter { (van.nummer...tot.nummer).contains($0.nummer) })
        }
        return Projectjaren(jaren: try Lijst<Projectjaar>.parse(text, option: option).waarden)
    }
}
