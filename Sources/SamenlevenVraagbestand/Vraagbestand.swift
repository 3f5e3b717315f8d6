import Memberwise
import SamenlevenModel
import SamenlevenQueries

/// A question file (`Vragen/vraag-NNN.toml`, `../shared/spec/vraagbestand.md`) as read: the
/// head of the written question and its deelvragen in the order asked, each a policy question or
/// a typed `Tabelvraag`.
///
/// Read one with ``lees(_:bestandsnaam:)`` or ``lees(tekst:bestandsnaam:)``; find the file of a
/// question number with ``zoek(nummer:map:omgeving:werkmap:)``. A file that cannot be used throws
/// ``Fout`` with every problem as `FILE:LINE: message`.
@MemberwiseInit
public struct Vraagbestand: Sendable, Equatable {
    /// The file as named in messages and sources (`Vragen/vraag-492.toml`).
    public var bestand: String
    /// The question number.
    public var nummer: Int
    /// The date of the question.
    public var datum: CalendarDate
    /// The member of parliament who asked it.
    public var vraagsteller: String
    public var minister: String?
    public var functie: String?
    public var titel: String?
    /// The default project years of the deelvragen (`projectjaren` in the head), ascending; nil
    /// when the head sets none.
    public var projectjaren: [Int]?
    /// `geografie = "2019"` (default) or `"2025"`; every table deelvraag carries it.
    public var geografie: Geografie = .gemeenten2019
    /// The text template's name (`sjabloon`); nil: `vraag-NNN` when that template exists, else
    /// the generic one.
    public var sjabloon: String?
    public var deelvragen: [Deelvraag]

    /// The deelvraag with this number (`"5a"`), if any.
    public func deelvraag(_ nummer: String) -> Deelvraag? { deelvragen.first { $0.nummer == nummer } }

    /// One `[[deelvraag]]`: its number and text as asked, and what answers it.
    @MemberwiseInit
    public struct Deelvraag: Sendable, Equatable {
        /// `"1"`, `"5a"`: letters, digits, `.` and `-` (it names the sheet and
        /// `gegevens/deelvraag-NUMMER.csv`).
        public var nummer: String
        /// The sub-question as asked.
        public var tekst: String
        /// Printed under the table.
        public var toelichting: String?
        public var vorm: Vorm
        /// The line of its `[[deelvraag]]` header in ``Vraagbestand/bestand`` (for sources).
        public var regel: Int

        /// The table question, nil for a policy question.
        public var tabelvraag: Tabelvraag? {
            if case .tabel(let vraag) = vorm { return vraag }
            return nil
        }
    }

    /// What answers a deelvraag.
    public enum Vorm: Sendable, Equatable {
        /// `beleid = true`: the cabinet writes the answer (`[IN TE VULLEN DOOR HET KABINET]`).
        case beleid
        /// `tabel = NAME` with its parameters.
        case tabel(Tabelvraag)
    }
}
