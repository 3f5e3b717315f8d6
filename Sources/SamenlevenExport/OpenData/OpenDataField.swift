import Memberwise
import SamenlevenModel

/// One column of an open-data resource, described as a Frictionless Table Schema field.
@MemberwiseInit(unlabeled: "name", "type", "description")
public struct OpenDataField: Sendable, Equatable {
    /// Table Schema types used in the package.
    public enum FieldType: String, Sendable {
        case string, integer, number, date, boolean
    }

    public let name: String
    public let type: FieldType
    /// Dutch, for the schema, the README and the portal.
    public let description: String
    public var required: Bool = false
    /// `minimum` constraint (integers and numbers).
    public var minimum: Int? = nil
    /// `enum` constraint, as the values are written in the CSV.
    public var enumeration: [String]? = nil
    /// `pattern` constraint (strings and Belgian-notation amounts as written).
    public var pattern: String? = nil
    /// Decimal character of a number field when it is not `.` (the Belgian amount column).
    public var decimalChar: String? = nil
}

/// One cell of an open-data resource. How it is written depends on the file:
/// CSV text (`OpenDataCSV`) or a JSON value (`OpenDataJSON`).
public enum OpenDataValue: Sendable, Equatable {
    case empty
    case text(String)
    case integer(Int)
    /// An amount with `.` as decimal point: `30000`, `30000.50`.
    case euro(Euro)
    /// An amount in the notation of the import format, without thousands separators:
    /// `30000`, `30000,50`.
    case euroImport(Euro)
    case date(CalendarDate)
    case boolean(Bool)

    /// `30000` or `30000,50`: what `samenleven importeer` reads back exactly (a `.` with two
    /// digits after it would be rejected as ambiguous, three digits would be read as thousands).
    static func importNotation(_ euro: Euro) -> String {
        let whole = euro.cents / 100, rest = euro.cents % 100
        guard rest != 0 else { return String(whole) }
        return String(whole) + "," + (rest < 10 ? "0" : "") + String(rest)
    }
}

extension OpenDataField {
    /// The three columns of an amount: `naam` in the notation of the import format (decimal
    /// comma), `naam_euro` with a decimal point, `naam_cent` in whole cents.
    static func amount(_ name: String, _ what: String, required: Bool = false) -> [OpenDataField] {
        [OpenDataField(name, .number,
                       "\(what) in euro, in de notatie van het invoerformaat: decimale komma, geen duizendtalscheiding (30000 of 30000,50); "
                       + "zo leest `samenleven importeer` het exact terug en zo verwacht een Belgische spreadsheet het.",
                       required: required, minimum: 0, decimalChar: ","),
         OpenDataField(name + "_euro", .number,
                       "\(what) in euro met een decimale punt, geen duizendtalscheiding (30000 of 30000.50); voor programma's.",
                       required: required, minimum: 0),
         OpenDataField(name + "_cent", .integer,
                       "\(what) in eurocent (geheel getal): exact, in elk programma en elke taalinstelling.",
                       required: required, minimum: 0)]
    }

    static func amountValues(_ euro: Euro?) -> [OpenDataValue] {
        guard let euro else { return [.empty, .empty, .empty] }
        return [.euroImport(euro), .euro(euro), .integer(Int(euro.cents))]
    }
}
