import Foundation
import SamenlevenModel

/// A written question's text as copied from the parliament's website or a PDF, taken apart:
/// the head (number, date, asker, minister and function, title), the introduction and the
/// numbered sub-questions with their lettered parts, each joined into clean sentences (page
/// headers and footers, footnote links and hyphenation at line ends removed).
public struct Vraagtekst: Sendable, Equatable {
    public var nummer: Int?
    public var datum: CalendarDate?
    public var vraagsteller: String?
    public var minister: String?
    public var functie: String?
    public var titel: String?
    /// The text before the first numbered sub-question (without head and title).
    public var inleiding: String
    /// The numbered sub-questions in order; one (numbered "1") when the text has no numbering.
    public var punten: [Punt]
    /// Whether the text had numbered sub-questions.
    public var genummerd: Bool

    /// One numbered sub-question: its number, its text before the first lettered part (`stam`)
    /// and its lettered parts.
    public struct Punt: Sendable, Equatable {
        public var nummer: String
        public var stam: String
        public var delen: [Deel]

        /// The whole sub-question: the stem and its parts as `a) ...`.
        public var tekst: String {
            ([stam] + delen.map { "\($0.letter)) \($0.tekst)" }).filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// A lettered part (`a)`, `b.`).
    public struct Deel: Sendable, Equatable {
        public var letter: String
        public var tekst: String
    }

    /// Takes the text apart.
    public init(_ ruw: String) {
        var regels = Self.gesplitst(Self.opgekuist(ruw))
        let eersteVraag = Self.eerstePunt(in: regels) ?? min(regels.count, 15)
        var kop = Kop()
        var hoofdregels = Set<Int>()
        for i in 0..<eersteVraag where kop.lees(regels[i], volgende: i + 1 < regels.count ? regels[i + 1] : nil) {
            hoofdregels.insert(i)
        }
        // A function line right after the minister's name belongs to the head.
        for i in 0..<eersteVraag where !hoofdregels.contains(i) && kop.isFunctie(regels[i]) {
            if kop.functie == nil { kop.functie = Kop.zinsletters(regels[i].trimmedWhitespace) }
            hoofdregels.insert(i)
        }
        regels = regels.enumerated().map { hoofdregels.contains($0.offset) ? "" : $0.element }
        // The title: the first line left before the first sub-question that is no sentence.
        var titel: String?
        for i in 0..<eersteVraag {
            let regel = Self.spaties(regels[i])
            guard !regel.isEmpty else { continue }
            let alleen = i + 1 >= regels.count || regels[i + 1].trimmedWhitespace.isEmpty
            if regel.count <= 150, alleen, let laatste = regel.last, !".?:;,!".contains(laatste) {
                titel = regel
                regels[i] = ""
            }
            break
        }
        nummer = kop.nummer
        datum = kop.datum
        vraagsteller = kop.vraagsteller
        minister = kop.minister
        functie = kop.functie
        self.titel = titel
        (inleiding, punten, genummerd) = Self.structuur(regels)
    }

    // MARK: - Cleaning

    /// The lines without control characters, page headers and footers, and footnote links.
    static func opgekuist(_ ruw: String) -> [String] {
        var tekst = ""
        tekst.unicodeScalars.reserveCapacity(ruw.unicodeScalars.count)
        var vorigeCR = false
        for s in ruw.unicodeScalars {
            defer { vorigeCR = s == "\r" }
            switch s.value {
            case 0x0A: if !vorigeCR { tekst.unicodeScalars.append("\n") }
            case 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: tekst.unicodeScalars.append("\n")
            case 0x09, 0xA0, 0x2007, 0x202F: tekst.unicodeScalars.append(" ")
            case 0xAD, 0x200B, 0x200C, 0x200D, 0xFEFF: continue  // soft hyphen, zero-width
            case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: continue
            default: tekst.unicodeScalars.append(s)
            }
        }
        let regels = tekst.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        // A line that repeats (a running header or footer) and is no question or item.
        var tellingen: [String: Int] = [:]
        for regel in regels {
            let sleutel = spaties(regel)
            if sleutel.count >= 4 && !sleutel.hasSuffix("?") && Self.nummering(sleutel) == nil { tellingen[sleutel, default: 0] += 1 }
        }
        return regels.map { regel in
            let kaal = spaties(regel)
            if tellingen[kaal, default: 0] >= 2 || isPaginaregel(kaal) { return "" }
            return regel
        }
    }

    /// `Pagina 2 van 5`, `- 3 -`, `2/5`, `12`, a footnote that is only a link.
    static func isPaginaregel(_ regel: String) -> Bool {
        let klein = regel.lowercased()
        if klein.wholeMatch(of: #/(pagina|blz\.?|p\.)\s*\d+(\s*(van|/|of)\s*\d+)?/#) != nil { return true }
        if klein.wholeMatch(of: #/[-–]?\s*\d{1,3}\s*[-–]?/#) != nil { return true }
        if klein.wholeMatch(of: #/\d{1,3}\s*/\s*\d{1,3}/#) != nil { return true }
        if klein.wholeMatch(of: #/\d{0,2}\s*https?://\S+/#) != nil { return true }
        if klein.contains("pagina"), klein.firstMatch(of: #/pagina\s*\d+\s*(van|/)\s*\d+/#) != nil, klein.count < 120 { return true }
        return false
    }

    /// Inner whitespace collapsed, trimmed.
    static func spaties(_ tekst: some StringProtocol) -> String {
        tekst.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    // MARK: - Structure

    /// A numbered item at the start of a line: `1.`, `2)`, `(3)`, `4°` (digits), or `a)`, `b.`
    /// (a letter followed by a space): the marker and the rest of the line.
    static func nummering(_ regel: String) -> (cijfer: Int?, letter: String?, rest: String)? {
        let kaal = regel.trimmedWhitespace
        if let m = kaal.wholeMatch(of: #/\(?(\d{1,2})\s*[.)°](?:\s+(.*))?/#) {
            return (Int(m.1), nil, String(m.2 ?? "").trimmedWhitespace)
        }
        if let m = kaal.wholeMatch(of: #/\(?([a-hA-H])[.)]\s+(.+)/#) {
            return (nil, String(m.1).lowercased(), String(m.2).trimmedWhitespace)
        }
        if let m = kaal.wholeMatch(of: #/\(?([a-hA-H])\)/#) {
            return (nil, String(m.1).lowercased(), "")
        }
        return nil
    }

    /// The index of the line of sub-question 1, if any.
    static func eerstePunt(in regels: [String]) -> Int? {
        regels.firstIndex { nummering($0)?.cijfer == 1 }
    }

    /// A line with several items pasted on it ("1. Hoeveel ...? 2. Welke ...? a) ...") split at
    /// each item after the end of a sentence; whether an item is taken stays up to the numbering.
    static func gesplitst(_ regels: [String]) -> [String] {
        regels.flatMap { regel -> [String] in
            var delen: [String] = []
            var rest = Substring(regel)
            while let m = rest.firstMatch(of: #/[?.!:]\s+(?:\d{1,2}[.)]|[a-h]\))\s+\p{Lu}/#) {
                let knip = rest.index(after: m.range.lowerBound)
                delen.append(String(rest[..<knip]))
                rest = rest[knip...]
            }
            delen.append(String(rest))
            return delen
        }
    }

    static func structuur(_ regels: [String]) -> (String, [Punt], Bool) {
        var inleiding: [String] = []
        var punten: [(nummer: Int, stam: [String], delen: [(letter: String, regels: [String])])] = []
        for regel in regels {
            if let n = nummering(regel) {
                if let cijfer = n.cijfer, cijfer == (punten.last?.nummer ?? 0) + 1 {
                    punten.append((cijfer, [n.rest], []))
                    continue
                }
                if let letter = n.letter, !punten.isEmpty {
                    let verwacht = punten[punten.count - 1].delen.last.map { Self.volgendeLetter($0.letter) } ?? "a"
                    if letter == verwacht {
                        punten[punten.count - 1].delen.append((letter, [n.rest]))
                        continue
                    }
                }
            }
            if punten.isEmpty {
                inleiding.append(regel)
            } else if punten[punten.count - 1].delen.isEmpty {
                punten[punten.count - 1].stam.append(regel)
            } else {
                let laatste = punten[punten.count - 1].delen.count - 1
                punten[punten.count - 1].delen[laatste].regels.append(regel)
            }
        }
        if punten.isEmpty {
            let geheel = gevoegd(inleiding)
            return ("", [Punt(nummer: "1", stam: geheel, delen: [])], false)
        }
        return (gevoegd(inleiding), punten.map { p in
            Punt(nummer: String(p.nummer), stam: gevoegd(p.stam), delen: p.delen.map { Deel(letter: $0.letter, tekst: gevoegd($0.regels)) })
        }, true)
    }

    static func volgendeLetter(_ letter: String) -> String {
        guard let s = letter.unicodeScalars.first, let volgende = Unicode.Scalar(s.value + 1) else { return "" }
        return String(Character(volgende))
    }

    /// Lines joined into one text: a word split at a line end (`subsidie-` / `oproep`) is
    /// joined, a real hyphen (`EU-` / `15`, `Oost-` / `Vlaanderen`) kept, other line breaks
    /// become a space.
    static func gevoegd(_ regels: [String]) -> String {
        var uit = ""
        for regel in regels {
            let stuk = spaties(regel)
            guard !stuk.isEmpty else { continue }
            if uit.hasSuffix("-"), uit.dropLast().last?.isLetter == true, let eerste = stuk.first {
                if eerste.isLowercase { uit.removeLast() }
                uit += stuk
            } else {
                uit += (uit.isEmpty ? "" : " ") + stuk
            }
        }
        return uit
    }
}

/// The head lines of a written question: `Schriftelijke vraag nr. 492 van 1 september 2023 van
/// BRECHT WARNEZ`, `nr. 3105`, `van BRECHT WARNEZ`, `datum: 1 september 2023`, `aan BART SOMERS`
/// and the minister's function in capitals.
struct Kop {
    var nummer: Int?
    var datum: CalendarDate?
    var vraagsteller: String?
    var minister: String?
    var functie: String?

    static let maanden = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                          "september", "oktober", "november", "december"]

    /// Reads what `regel` says of the head; true when the line is a head line (to be dropped).
    mutating func lees(_ regel: String, volgende: String?) -> Bool {
        let kaal = Vraagtekst.spaties(regel)
        guard !kaal.isEmpty else { return false }
        let klein = kaal.lowercased()
        var isKop = false
        if nummer == nil, let m = klein.firstMatch(of: #/\b(?:nr|nummer)\.?\s*(\d{1,6})\b/#) {
            nummer = Int(m.1)
            isKop = true
        }
        if datum == nil, klein.count < 60 || klein.contains("vraag") || klein.contains("datum"), let d = Self.datum(in: klein) {
            datum = d
            isKop = true
        }
        // "van BRECHT WARNEZ" (after the date or alone on its line), "vraagsteller: ..."
        if vraagsteller == nil {
            if let m = kaal.firstMatch(of: #/(?i:vraagsteller)\s*:\s*(.+)/#) {
                vraagsteller = Self.naam(String(m.1)); isKop = true
            } else if let m = kaal.firstMatch(of: #/(?:\d{4}|^)\s*(?i:van)\s+([\p{L}][\p{L}'’. -]{2,60}?)(?:\s+(?i:aan)\s+([^,]{3,60})(?:,\s*(.+))?)?$/#),
                      Self.isNaam(String(m.1)) {
                vraagsteller = Self.naam(String(m.1)); isKop = true
                if let aan = m.2, Self.isNaam(String(aan)) {
                    minister = Self.naam(String(aan))
                    if let f = m.3 { functie = Self.zinsletters(String(f)) }
                }
            }
        }
        if minister == nil, let m = kaal.wholeMatch(of: #/(?i:aan)\s+([^,]{3,60})(?:,\s*(.+))?/#), Self.isNaam(String(m.1)) {
            minister = Self.naam(String(m.1))
            if let f = m.2 { functie = Self.zinsletters(String(f)) }
            isKop = true
        }
        if klein.hasPrefix("schriftelijke vraag") || klein == "vlaams parlement" || klein.hasPrefix("datum") && datum != nil {
            isKop = true
        }
        return isKop
    }

    /// Two to five words, each capitalised or a name particle (`van`, `de`, `der`, `den`, `'t`).
    static func isNaam(_ tekst: String) -> Bool {
        let woorden = tekst.split(separator: " ")
        let partikels: Set<String> = ["van", "de", "der", "den", "ter", "ten", "'t", "vanden", "vander", "le", "la", "d'"]
        return (2...5).contains(woorden.count) && woorden.allSatisfy { w in
            (w.first?.isUppercase ?? false) || partikels.contains(w.lowercased())
        } && woorden.last?.first?.isUppercase == true
    }

    /// A minister's function in capitals (`VLAAMS MINISTER VAN ...`).
    func isFunctie(_ regel: String) -> Bool {
        let kaal = regel.trimmedWhitespace
        return minister != nil && kaal.contains("MINISTER") && kaal == kaal.uppercased()
    }

    /// `1 september 2023`, `01/09/2023`, `1.9.2023`, `2023-09-01`.
    static func datum(in klein: String) -> CalendarDate? {
        if let m = klein.firstMatch(of: #/\b(\d{1,2})\s+([a-z]+)\s+(\d{4})\b/#), let maand = maanden.firstIndex(of: String(m.2)) {
            return geldig(Int(m.3), maand + 1, Int(m.1))
        }
        if let m = klein.firstMatch(of: #/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/#) {
            return geldig(Int(m.3), Int(m.2), Int(m.1))
        }
        if let m = klein.firstMatch(of: #/\b(\d{4})-(\d{2})-(\d{2})\b/#) {
            return geldig(Int(m.1), Int(m.2), Int(m.3))
        }
        return nil
    }

    static func geldig(_ jaar: Int?, _ maand: Int?, _ dag: Int?) -> CalendarDate? {
        guard let jaar, let maand, let dag else { return nil }
        let tekst = String(format: "%04d-%02d-%02d", jaar, maand, dag)
        return CalendarDate(iso: tekst)
    }

    /// `BRECHT WARNEZ` as `Brecht Warnez`; a name in mixed case stays as written.
    static func naam(_ tekst: String) -> String {
        let kaal = Vraagtekst.spaties(tekst.trimmingCharacters(in: CharacterSet(charactersIn: " .,:;")))
        guard kaal == kaal.uppercased() else { return kaal }
        return kaal.lowercased().split(separator: " ").map { woord in
            woord.split(separator: "-", omittingEmptySubsequences: false).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A function in capitals as in a sentence: lower case, with the proper names capitalised.
    static func zinsletters(_ tekst: String) -> String {
        let kaal = Vraagtekst.spaties(tekst)
        guard kaal == kaal.uppercased() else { return kaal }
        let eigen = ["vlaamse": "Vlaamse", "vlaams": "Vlaams", "regering": "Regering", "brusselse": "Brusselse", "brussel": "Brussel"]
        let klein: Set<String> = ["en", "de", "het", "van", "voor", "in", "met"]
        // The policy domains after "minister van" are capitalised: "minister van Binnenlands Bestuur".
        var domein = false
        let woorden = kaal.lowercased().split(separator: " ").map(String.init)
        return woorden.enumerated().map { i, woord in
            let sleutel = woord.trimmingCharacters(in: .punctuationCharacters)
            if sleutel == "minister" { domein = i + 1 < woorden.count && woorden[i + 1] == "van"; return woord }
            if let vervang = eigen[sleutel] { return woord.replacingOccurrences(of: sleutel, with: vervang) }
            if domein && !klein.contains(sleutel) { return woord.prefix(1).uppercased() + woord.dropFirst() }
            return woord
        }.joined(separator: " ")
    }
}
