import Memberwise
import SamenlevenModel

extension Vraagbestand {
    /// A question file that cannot be used: nothing may be written. Lists every problem found
    /// (at most ``maxProblemen``, then how many more), each as `FILE:LINE: message` in Dutch.
    /// The CLI prints ``description`` and exits with status 2.
    @MemberwiseInit
    public struct Fout: Error, Sendable, Equatable, CustomStringConvertible {
        public let problemen: [Probleem]
        /// Problems found beyond ``maxProblemen`` (not listed).
        public var nietGetoond: Int = 0
        /// Once ``maxProblemen`` were found, costly checks (bestuur names) stopped: there may be
        /// more problems than counted.
        public var onvolledig: Bool = false

        /// The most problems listed; a hostile file cannot flood the terminal.
        public static let maxProblemen = 50

        public var description: String {
            var regels = problemen.map(\.description)
            if let eerste = problemen.first {
                var slot: [String] = []
                if nietGetoond > 0 { slot.append("en nog " + (onvolledig ? "minstens " : "") + "\(BelgianNumber.format(nietGetoond)) problemen") }
                if onvolledig { slot.append("de rest werd niet meer nagekeken") }
                if !slot.isEmpty { regels.append("\(eerste.bestand): " + slot.joined(separator: "; ")) }
            }
            return regels.joined(separator: "\n")
        }
    }

    /// One problem: the file, the line (1-based; nil when the file itself is the problem) and
    /// the Dutch message.
    @MemberwiseInit
    public struct Probleem: Sendable, Equatable, CustomStringConvertible {
        public let bestand: String
        public let regel: Int?
        public let boodschap: String

        /// `Vragen/vraag-7.toml:12: onbekende maat 'subsidy'; bedoelde u subsidie?`
        public var description: String {
            "\(bestand)\(regel.map { ":\($0)" } ?? ""): \(boodschap)"
        }
    }
}
