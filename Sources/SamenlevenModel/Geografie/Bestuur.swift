import Memberwise

/// What kind of local government a beneficiary is.
public enum BestuurSoort: String, Sendable, Codable, CaseIterable {
    case gemeente
    /// The Vlaamse Gemeenschapscommissie in Brussels.
    case gemeenschapscommissie
    /// vzw De Rand, for the faciliteitengemeenten around Brussels.
    case vzw
}

/// A lokaal bestuur that can receive a subsidy: a gemeente (with its NIS code), the VGC or
/// vzw De Rand.
@MemberwiseInit
public struct Bestuur: Hashable, Sendable, Codable, Identifiable, CustomStringConvertible {
    /// The NIS code for a gemeente, `VGC` or `DERAND` otherwise.
    public let code: String
    public let naam: String
    public let soort: BestuurSoort
    public let provincie: Provincie
    /// Nil for the special besturen and for 2025 gemeenten that span arrondissements.
    public let arrondissement: String?
    public let geldigVan: CalendarDate
    /// Last day it existed; nil while it still exists.
    public let geldigTot: CalendarDate?
    /// NIS code of the 2025 gemeente that absorbed it.
    public let opvolger: String?
    /// Population on 1 January 2020 (for 2025 gemeenten: the sum of their predecessors).
    public let inwoners2020: Int?
    public var toelichting: String? = nil

    public var id: String { code }

    public func isGeldig(op datum: CalendarDate) -> Bool {
        geldigVan <= datum && (geldigTot.map { datum <= $0 } ?? true)
    }

    /// "Tongeren-Borgloon (73111)"
    public var label: String { soort == .gemeente ? "\(naam) (\(code))" : naam }
    public var description: String { label }
}

/// The two geographies an answer "per gemeente" can use: project years 1-3 started before the
/// mergers of 1 January 2025, but year 3 ran on after them.
public enum Geografie: String, Sendable, Codable, CaseIterable {
    /// 300 gemeenten, 2019-01-01 .. 2024-12-31.
    case gemeenten2019 = "2019-2024"
    /// 285 gemeenten from 2025-01-01.
    case gemeenten2025 = "2025"

    /// A day on which this geography is in force.
    public var peildatum: CalendarDate {
        switch self {
        case .gemeenten2019: return CalendarDate(year: 2024, month: 12, day: 31)
        case .gemeenten2025: return CalendarDate(year: 2025, month: 1, day: 1)
        }
    }

    /// "gemeenten 2019-2024 (300)" / "gemeenten vanaf 2025 (285)"
    public var label: String {
        switch self {
        case .gemeenten2019: return "gemeentelijke indeling 2019-2024 (300 gemeenten)"
        case .gemeenten2025: return "gemeentelijke indeling vanaf 1 januari 2025 (285 gemeenten)"
        }
    }

    /// The geography in force on a day.
    public static func geldig(op datum: CalendarDate) -> Geografie {
        datum < gemeenten2025.peildatum ? .gemeenten2019 : .gemeenten2025
    }

    /// Accepts `2019`, `2019-2024`, `2024`, `2025`.
    public init?(argument: String) {
        switch argument.trimmedWhitespace {
        case "2019", "2019-2024", "2024", "oud": self = .gemeenten2019
        case "2025", "nieuw": self = .gemeenten2025
        default: return nil
        }
    }
}
