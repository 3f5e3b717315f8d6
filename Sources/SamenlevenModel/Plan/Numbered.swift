/// An entry of one of the plan's fixed, numbered lists (the doelstellingen, the project
/// years): identified and ordered by its number, and found in `alle` by it.
public protocol Numbered: Comparable, Identifiable where ID == Int {
    var nummer: Int { get }
    /// Every entry, in order.
    static var alle: [Self] { get }
}

extension Numbered {
    public var id: Int { nummer }

    public static func < (a: Self, b: Self) -> Bool { a.nummer < b.nummer }

    /// The entry with number `n`, nil when there is none.
    public static func nummer(_ n: Int) -> Self? { alle.first { $0.nummer == n } }
}
