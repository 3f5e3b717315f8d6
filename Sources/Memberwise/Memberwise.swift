/// Adds the memberwise initialiser that Swift synthesises, with the access level of the type.
///
/// Swift synthesises a memberwise initialiser only for use inside the module; a public value
/// type would otherwise have to write `self.field = field` for every field by hand. The
/// generated initialiser follows the synthesised one: every stored property is a parameter in
/// declaration order, a `var`'s initial value is its default, an optional `var` defaults to
/// `nil`, and a `let` with an initial value is not a parameter. A `private` property with an
/// initial value is the type's own state and not a parameter either (where Swift would make
/// the whole initialiser private).
///
/// ```swift
/// @MemberwiseInit
/// public struct Bronbestand {
///     public let soort: String
///     public var voorbeelddata: Bool = false
/// }
/// // public init(soort: String, voorbeelddata: Bool = false)
/// ```
///
/// - Parameter unlabeled: properties whose argument has no label (`_ name: String`), for
///   values read best as `Veld("naam", .string)`.
@attached(member, names: named(init))
public macro MemberwiseInit(unlabeled: String...) = #externalMacro(module: "MemberwiseMacros", type: "MemberwiseInitMacro")
