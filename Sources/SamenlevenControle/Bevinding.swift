import Foundation
import Memberwise
import SamenlevenModel

/// One finding of the consistency checker: something in the data (or in a list as published)
/// that does not add up, with where it comes from.
@MemberwiseInit
public struct Bevinding: Hashable, Sendable, Codable {
    /// How serious a finding is.
    public enum Ernst: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// The data are wrong and must be corrected before an answer rests on them.
        case fout
        /// The data may be right, but someone should look (a published figure differs, an
        /// exception the rules allow).
        case waarschuwing
        /// For information: how a name was read, what could not be checked.
        case info

        /// `FOUT`, `WAARSCHUWING`, `INFO`
        public var label: String { rawValue.uppercased() }

        public static func < (a: Ernst, b: Ernst) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public var ernst: Ernst
    /// Stable machine id of the kind of finding, e.g. `dubbele-vermelding`.
    public var code: String
    /// What is wrong, in Dutch, for the user.
    public var boodschap: String
    /// The rows involved (`samenwerkingsverbanden-zoals-gepubliceerd.csv:57-60, :65-68`) or a
    /// published source (`S492 antwoord 2`).
    public var bron: String
    public var projectjaar: Int?

    /// One line for the terminal:
    /// `FOUT          samenwerkingsverbanden-zoals-gepubliceerd.csv:72-75  Boom (11005) ... [provincie-afwijkend]`
    public var regel: String {
        let label = ernst.label.padding(toLength: Self.labelBreedte, withPad: " ", startingAt: 0)
        return "\(label)  \(bron.isEmpty ? "-" : bron)  \(boodschap) [\(code)]"
    }

    static let labelBreedte = Ernst.allCases.map(\.label.count).max()!

    /// Sorts findings deterministically: severity (fout first), project year, code, then the
    /// source in natural order (row 9 before row 10), then the message.
    public static func gesorteerd(_ bevindingen: [Bevinding]) -> [Bevinding] {
        bevindingen.sorted { a, b in
            if a.ernst != b.ernst { return a.ernst < b.ernst }
            if a.projectjaar != b.projectjaar { return (a.projectjaar ?? 0) < (b.projectjaar ?? 0) }
            if a.code != b.code { return a.code < b.code }
            if a.bron != b.bron { return NatuurlijkeVolgorde.kleiner(a.bron, b.bron) }
            return a.boodschap < b.boodschap
        }
    }
}

extension Array where Element == Bevinding {
    /// The findings, one `regel` per line.
    public var regels: String { map(\.regel).joined(separator: "\n") }

    /// How many findings of a severity.
    public func aantal(_ ernst: Bevinding.Ernst) -> Int { filter { $0.ernst == ernst }.count }
}

/// Compares texts with the numbers in them as numbers: `x.csv:9` before `x.csv:10`.
enum NatuurlijkeVolgorde {
    static func kleiner(_ a: String, _ b: String) -> Bool {
        let x = delen(a), y = delen(b)
        for (p, q) in zip(x, y) where p != q {
            switch (p, q) {
            case let (.getal(m), .getal(n)): return m < n
            case let (.tekst(s), .tekst(t)): return s < t
            case (.getal, .tekst): return true
            case (.tekst, .getal): return false
            }
        }
        return x.count < y.count
    }

    enum Deel: Equatable {
        case tekst(String)
        case getal(Int)
    }

    static func delen(_ s: String) -> [Deel] {
        var result: [Deel] = []
        var huidig = ""
        var cijfers = false
        func sluit() {
            guard !huidig.isEmpty else { return }
            if cijfers, let n = Int(huidig) { result.append(.getal(n)) } else { result.append(.tekst(huidig)) }
            huidig = ""
        }
        for c in s {
            let isCijfer = c.isASCII && c.isNumber
            if isCijfer != cijfers { sluit(); cijfers = isCijfer }
            huidig.append(c)
        }
        sluit()
        return result
    }
}
