import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand

/// Drafts a question file (`vraag-NNN.toml`, `../shared/spec/vraagbestand.md`) from the text of
/// a written question: the head from the text (or the number given), one `[[deelvraag]]` per
/// numbered sub-question (and per lettered part where the parts ask different things), each
/// with a proposal from ``Herkenningsregels`` and a comment above it that says which words led
/// to it, and `# NAKIJKEN` where the text was ambiguous. The draft is read back with
/// `Vraagbestand.lees(tekst:bestandsnaam:)` before it is returned.
@MemberwiseInit
public struct Vraagopsteller: Sendable {
    public var regels: Herkenningsregels = .ingebouwd

    /// The largest question text read: 1 MiB (a written question is a few kilobytes).
    public static let maxBytes = 1_048_576

    /// A drafted question file.
    public struct Ontwerp: Sendable {
        /// The text of `vraag-NNN.toml`.
        public var toml: String
        /// The draft as the reader reads it back.
        public var vraagbestand: Vraagbestand
        /// Per deelvraag (in order) its proposal.
        public var voorstellen: [Voorstel]
        /// How many places say `# NAKIJKEN`.
        public var nakijken: Int
    }

    /// Reads a question text file with bounds (a regular file of at most ``maxBytes``, UTF-8
    /// text, not empty); `naam` names it in messages.
    public static func leesTekst(_ url: URL, naam: String? = nil) throws(Vraagbestand.Fout) -> String {
        try Tekstbestand.lees(url, naam: naam ?? url.relativePath, soort: "tekstbestand", maxBytes: maxBytes)
    }

    /// Drafts the question file of `tekst`. `nummer`: the question number (else the one in the
    /// text); `vandaag`: the date used when the text gives none; `bron`: the text file's name
    /// for the file's first comment; `bestandsnaam`: the question file's name in messages.
    public func stelOp(tekst: String, nummer: Int? = nil, vandaag: CalendarDate, bron: String? = nil,
                       bestandsnaam: String? = nil) throws(Vraagbestand.Fout) -> Ontwerp {
        let gelezen = Vraagtekst(tekst)
        let naam = bestandsnaam ?? Vraagbestand.bestandsnaam(nummer: nummer ?? gelezen.nummer ?? 0)
        func fout(_ boodschap: String) -> Vraagbestand.Fout {
            Vraagbestand.Fout(problemen: [Vraagbestand.Probleem(bestand: bron ?? naam, regel: nil, boodschap: boodschap)])
        }
        guard let vraagnummer = nummer ?? gelezen.nummer else {
            throw fout("geen vraagnummer in de tekst (zoals 'nr. 492'); geef het nummer mee")
        }
        guard vraagnummer > 0 else { throw fout("het vraagnummer moet een positief geheel getal zijn, niet \(vraagnummer)") }
        let datum = gelezen.datum ?? vandaag
        let standaardjaren = Self.projectjaren(op: datum)
        let herkenner = Herkenner(regels: regels, standaardjaren: standaardjaren)

        var kop: [String] = [
            "# Ontwerp van een vraagbestand, opgesteld door 'samenleven vraagbestand'" + (bron.map { " uit \(Self.commentaar($0))" } ?? "") + ".",
            "# Kijk elk voorstel na (zoek NAKIJKEN) voor u antwoordt; zie Vragen/README.md.",
        ]
        var nakijken = 0
        if let inTekst = gelezen.nummer, inTekst != vraagnummer {
            kop.append("# NAKIJKEN: de tekst noemt vraag nr. \(inTekst), het bestand is voor vraag \(vraagnummer).")
            nakijken += 1
        }
        kop.append("nummer = \(vraagnummer)")
        if gelezen.datum == nil {
            kop.append("# NAKIJKEN: geen datum in de tekst; de datum van vandaag ingevuld.")
            nakijken += 1
        }
        kop.append("datum = \(datum)")
        if let vraagsteller = gelezen.vraagsteller.flatMap(Self.eenRegel) {
            kop.append("vraagsteller = \(Vraagbestand.tomlTekst(vraagsteller))")
        } else {
            kop.append("# NAKIJKEN: geen vraagsteller in de tekst.")
            kop.append("vraagsteller = \"ONBEKEND\"")
            nakijken += 1
        }
        if let minister = gelezen.minister.flatMap(Self.eenRegel) { kop.append("minister = \(Vraagbestand.tomlTekst(minister))") }
        if let functie = gelezen.functie.flatMap(Self.eenRegel) { kop.append("functie = \(Vraagbestand.tomlTekst(functie))") }
        if let titel = gelezen.titel.flatMap(Self.eenRegel) { kop.append("titel = \(Vraagbestand.tomlTekst(titel))") }
        kop.append("# Het projectjaar dat liep op de datum van de vraag; een deelvraag kan andere vragen.")
        kop.append("projectjaren = [" + standaardjaren.map(String.init).joined(separator: ", ") + "]")

        // The deelvragen: a numbered point, or one per lettered part when the parts differ.
        guard gelezen.punten.count <= Vraagbestand.maxDeelvragen else {
            throw fout("de tekst heeft \(gelezen.punten.count) deelvragen; een vraagbestand heeft er hoogstens \(Vraagbestand.maxDeelvragen)")
        }
        var deelvragen: [(Vraagbestand.Deelvraag, Voorstel)] = []
        for punt in gelezen.punten {
            // What is proposed comes from the text as written in the file (at most an Excel cell).
            let geheel = herkenner.voorstel(tekst: Self.tekst(punt.tekst))
            let perDeel = punt.delen.map { herkenner.voorstel(tekst: Self.tekst($0.tekst), context: Self.tekst(punt.stam)) }
            if perDeel.count > 1, Set(perDeel.map { "\($0.vorm)" }).count > 1 {
                for (i, deel) in punt.delen.enumerated() {
                    let tekst = i == 0 && !punt.stam.isEmpty ? punt.stam + " " + deel.tekst : deel.tekst
                    deelvragen.append((Self.deelvraag(punt.nummer + deel.letter, tekst, perDeel[i]), perDeel[i]))
                }
            } else {
                deelvragen.append((Self.deelvraag(punt.nummer, punt.tekst, geheel), geheel))
            }
        }
        guard deelvragen.count <= Vraagbestand.maxDeelvragen else {
            throw fout("de tekst heeft \(deelvragen.count) deelvragen; een vraagbestand heeft er hoogstens \(Vraagbestand.maxDeelvragen)")
        }
        var delen = [kop.joined(separator: "\n")]
        for (deelvraag, voorstel) in deelvragen {
            var opmerkingen = voorstel.redenen.map { "# " + Self.commentaar($0) }
            if !gelezen.genummerd {
                opmerkingen.append("# NAKIJKEN: de tekst heeft geen genummerde deelvragen; alles staat in deze ene deelvraag.")
            }
            opmerkingen += voorstel.nakijken.map { "# NAKIJKEN: " + Self.commentaar($0) }
            if deelvraag.tekst.hasSuffix("…") && deelvraag.tekst.utf16.count >= Grenzen.tekstlengte - 1 {
                opmerkingen.append("# NAKIJKEN: de tekst was langer dan een Excel-cel (\(BelgianNumber.format(Grenzen.tekstlengte)) tekens) en werd ingekort.")
            }
            nakijken += opmerkingen.filter { $0.hasPrefix("# NAKIJKEN") }.count
            var regels = deelvraag.toml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let na = (regels.firstIndex { $0.hasPrefix("tekst = ") } ?? 1) + 1
            regels.insert(contentsOf: opmerkingen, at: na)
            delen.append(regels.joined(separator: "\n").trimmingCharacters(in: .newlines))
        }
        // The reader refuses a line with \u0000 even when its backslash is escaped: write that
        // backslash as \u005C.
        let toml = (delen.joined(separator: "\n\n") + "\n")
            .replacingOccurrences(of: "\\\\u0000", with: "\\u005Cu0000")
            .replacingOccurrences(of: "\\\\U00000000", with: "\\u005CU00000000")
        let vraagbestand = try Vraagbestand.lees(tekst: toml, bestandsnaam: naam)
        return Ontwerp(toml: toml, vraagbestand: vraagbestand, voorstellen: deelvragen.map(\.1), nakijken: nakijken)
    }

    /// The project year that ran on `datum`: the first before the plan, the last after it.
    static func projectjaren(op datum: CalendarDate) -> [Int] {
        if let jaar = Projectjaar.alle.first(where: { $0.start <= datum && datum <= $0.einde }) { return [jaar.nummer] }
        if let eerste = Projectjaar.alle.first, datum < eerste.start { return [eerste.nummer] }
        return [Projectjaar.alle.last?.nummer ?? 3]
    }

    static func deelvraag(_ nummer: String, _ tekst: String, _ voorstel: Voorstel) -> Vraagbestand.Deelvraag {
        Vraagbestand.Deelvraag(nummer: nummer, tekst: Self.tekst(tekst), vorm: voorstel.vorm, regel: 0)
    }

    /// A deelvraag's text as the reader takes it: not empty, at most an Excel cell.
    static func tekst(_ tekst: String) -> String {
        let kaal = tekst.trimmedWhitespace
        if kaal.isEmpty { return "(geen tekst)" }
        guard kaal.utf16.count > Grenzen.tekstlengte else { return kaal }
        var kort = ""
        for c in kaal {
            if kort.utf16.count + c.utf16.count > Grenzen.tekstlengte - 1 { break }
            kort.append(c)
        }
        return kort + "…"
    }

    /// A head value on one line, or nil when nothing is left.
    static func eenRegel(_ tekst: String) -> String? {
        let kaal = Vraagtekst.spaties(tekst.replacingOccurrences(of: "\n", with: " "))
        return kaal.isEmpty ? nil : String(kaal.prefix(300))
    }

    /// Text inside a `#` comment: one line.
    static func commentaar(_ tekst: String) -> String {
        String(tekst.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }
}
