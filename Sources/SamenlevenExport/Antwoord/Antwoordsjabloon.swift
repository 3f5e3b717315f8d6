import Foundation
import Mustache

/// An answer template (Mustache, in `Templates/`), checked before it is rendered: every name
/// it uses must exist in the data, or rendering stops with an error that names the template
/// line — a typo must never silently leave a blank in an answer to parliament.
public struct Antwoordsjabloon: Sendable {
    public let naam: String
    public let tekst: String
    let template: MustacheTemplate

    /// A template that cannot be read or uses a name the data do not have, with its line.
    public struct Fout: Error, CustomStringConvertible, Sendable, Equatable {
        public let sjabloon: String
        public let regel: Int?
        public let boodschap: String
        public var description: String { regel.map { "\(sjabloon):\($0): \(boodschap)" } ?? "\(sjabloon): \(boodschap)" }
    }

    public init(naam: String, tekst: String) throws(Fout) {
        self.naam = naam
        self.tekst = tekst
        // Sections first, with our own messages; then Mustache's parser for the rest.
        try Self.controleerStructuur(MustacheTags.scan(tekst), naam: naam)
        do {
            // Answers are Markdown, not HTML: nothing may be escaped. The pragma goes on the
            // template's first line, so line numbers in messages stay those of the file.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}" + tekst)
        } catch let error as MustacheTemplate.ParserError {
            throw Fout(sjabloon: naam, regel: error.context.lineNumber, boodschap: "ongeldige Mustache-syntaxis (\(error.error))")
        } catch {
            throw Fout(sjabloon: naam, regel: nil, boodschap: "ongeldige Mustache-syntaxis: \(error)")
        }
    }

    public init(url: URL) throws(Fout) {
        let tekst: String
        do { tekst = try String(contentsOf: url, encoding: .utf8) } catch {
            throw Fout(sjabloon: url.lastPathComponent, regel: nil, boodschap: "kan het sjabloon niet lezen (\(url.path))")
        }
        try self.init(naam: url.lastPathComponent, tekst: tekst)
    }

    /// Every section is closed, in order, by its own name.
    static func controleerStructuur(_ tags: [MustacheTags.Tag], naam: String) throws(Fout) {
        var open: [(naam: String, regel: Int)] = []
        for tag in tags {
            switch tag.soort {
            case .sectie, .omgekeerd:
                open.append((tag.inhoud, tag.regel))
            case .einde:
                guard let laatste = open.popLast() else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{/\(tag.inhoud)}}' sluit niets af")
                }
                guard laatste.naam == tag.inhoud else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{/\(tag.inhoud)}}' sluit '{{#\(laatste.naam)}}' van regel \(laatste.regel) niet af")
                }
            case .partial, .scheidingstekens:
                throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{\(tag.inhoud)}}' wordt niet ondersteund in antwoordsjablonen")
            default:
                break
            }
        }
        if let laatste = open.last {
            throw Fout(sjabloon: naam, regel: laatste.regel, boodschap: "'{{#\(laatste.naam)}}' wordt nooit afgesloten")
        }
    }

    /// Checks every tag against `prototype`, a value of the data's type in which every list
    /// has an element and every optional a value, so names inside lists are checked too.
    public func controleer(tegen prototype: Any) throws(Fout) {
        var stack: [Any] = [prototype]
        var open: [(naam: String, regel: Int)] = []
        for tag in MustacheTags.scan(tekst) {
            switch tag.soort {
            case .commentaar:
                continue
            case .partial, .scheidingstekens:
                throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{\(tag.inhoud)}}' wordt niet ondersteund in antwoordsjablonen")
            case .variabele:
                guard Self.zoek(tag.inhoud, in: stack) != nil else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "onbekende naam '\(tag.inhoud)': de gegevens leveren die niet")
                }
            case .sectie, .omgekeerd:
                guard let waarde = Self.zoek(tag.inhoud, in: stack) else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "onbekende naam '\(tag.inhoud)': de gegevens leveren die niet")
                }
                open.append((tag.inhoud, tag.regel))
                stack.append(tag.soort == .sectie ? Self.element(waarde) ?? stack.last! : stack.last!)
            case .einde:
                guard let laatste = open.popLast() else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{/\(tag.inhoud)}}' sluit niets af")
                }
                guard laatste.naam == tag.inhoud else {
                    throw Fout(sjabloon: naam, regel: tag.regel, boodschap: "'{{/\(tag.inhoud)}}' sluit '{{#\(laatste.naam)}}' van regel \(laatste.regel) niet af")
                }
                stack.removeLast()
            }
        }
        if let laatste = open.last {
            throw Fout(sjabloon: naam, regel: laatste.regel, boodschap: "'{{#\(laatste.naam)}}' wordt nooit afgesloten")
        }
    }

    /// Renders after checking against `prototype`.
    public func render(_ gegevens: Any, prototype: Any) throws(Fout) -> String {
        try controleer(tegen: prototype)
        return template.render(gegevens)
    }

    // MARK: Name lookup, as Mustache does it

    static func zoek(_ naam: String, in stack: [Any]) -> Any? {
        if naam == "." { return stack.last }
        let delen = naam.split(separator: ".").map(String.init)
        for context in stack.reversed() {
            guard var waarde = kind(delen[0], van: context) else { continue }
            for deel in delen.dropFirst() {
                guard let volgende = kind(deel, van: waarde) else { return nil }
                waarde = volgende
            }
            return waarde
        }
        return nil
    }

    static func kind(_ naam: String, van waarde: Any) -> Any? {
        if let dictionary = waarde as? [String: Any] { return dictionary[naam].flatMap(unwrap) }
        let mirror = Mirror(reflecting: waarde)
        for child in mirror.children where child.label == naam { return unwrap(child.value) }
        return nil
    }

    /// Optionals count as present in the prototype; nil only when absent.
    static func unwrap(_ waarde: Any) -> Any? {
        let mirror = Mirror(reflecting: waarde)
        guard mirror.displayStyle == .optional else { return waarde }
        return mirror.children.first.map(\.value)
    }

    /// The context a section opens: a list's first element, or the value itself.
    static func element(_ waarde: Any) -> Any? {
        let mirror = Mirror(reflecting: waarde)
        if mirror.displayStyle == .collection { return mirror.children.first?.value }
        if waarde is Bool || waarde is String { return nil }
        return waarde
    }
}

/// The tags of a Mustache template with their line numbers.
enum MustacheTags {
    enum Soort { case variabele, sectie, omgekeerd, einde, commentaar, partial, scheidingstekens }

    struct Tag {
        let soort: Soort
        let inhoud: String
        let regel: Int
    }

    static func scan(_ tekst: String) -> [Tag] {
        var tags: [Tag] = []
        var regel = 1
        var index = tekst.startIndex
        while let open = tekst[index...].range(of: "{{") {
            regel += tekst[index..<open.lowerBound].filter { $0 == "\n" }.count
            let drievoudig = tekst[open.upperBound...].hasPrefix("{")
            let sluiter = drievoudig ? "}}}" : "}}"
            let start = drievoudig ? tekst.index(after: open.upperBound) : open.upperBound
            guard let close = tekst[start...].range(of: sluiter) else { break }
            let ruw = String(tekst[start..<close.lowerBound])
            let inhoud = ruw.trimmingCharacters(in: .whitespaces)
            let tagRegel = regel
            regel += ruw.filter { $0 == "\n" }.count
            index = close.upperBound
            let naam = { (s: Substring) in s.trimmingCharacters(in: .whitespaces) }
            switch inhoud.first {
            case "!", "%": tags.append(Tag(soort: .commentaar, inhoud: inhoud, regel: tagRegel))
            case "#": tags.append(Tag(soort: .sectie, inhoud: naam(inhoud.dropFirst()), regel: tagRegel))
            case "^": tags.append(Tag(soort: .omgekeerd, inhoud: naam(inhoud.dropFirst()), regel: tagRegel))
            case "/": tags.append(Tag(soort: .einde, inhoud: naam(inhoud.dropFirst()), regel: tagRegel))
            case ">", "<", "$": tags.append(Tag(soort: .partial, inhoud: inhoud, regel: tagRegel))
            case "=": tags.append(Tag(soort: .scheidingstekens, inhoud: inhoud, regel: tagRegel))
            case "&": tags.append(Tag(soort: .variabele, inhoud: naam(inhoud.dropFirst()), regel: tagRegel))
            default: tags.append(Tag(soort: .variabele, inhoud: inhoud, regel: tagRegel))
            }
        }
        return tags
    }
}
