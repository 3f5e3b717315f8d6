import Memberwise
import MemberwiseMacros
import SwiftSyntaxMacros
import SwiftSyntaxMacrosTestSupport
import XCTest

private let macros: [String: any Macro.Type] = ["MemberwiseInit": MemberwiseInitMacro.self]

/// What `@MemberwiseInit` writes, to the letter, and that the written initialiser compiles and
/// works on real types (the types below).
final class MemberwiseInitTests: XCTestCase {
    func testFollowsTheRulesOfTheSynthesisedInitialiser() {
        assertMacroExpansion(
            """
            @MemberwiseInit
            public struct Bronbestand {
                public let soort: String
                public var rijen: Int = 0
                public var ingelezenOp: Date?
                public let versie = 1
                public static var teller = 0
                public var label: String { soort }
                public var naam: String { didSet { } }
                private var cache: [String: Int] = [:]
                private(set) var gelezen: Int = 0
            }
            """,
            expandedSource: """
            public struct Bronbestand {
                public let soort: String
                public var rijen: Int = 0
                public var ingelezenOp: Date?
                public let versie = 1
                public static var teller = 0
                public var label: String { soort }
                public var naam: String { didSet { } }
                private var cache: [String: Int] = [:]
                private(set) var gelezen: Int = 0

                public init(
                    soort: String,
                    rijen: Int = 0,
                    ingelezenOp: Date? = nil,
                    naam: String,
                    gelezen: Int = 0
                ) {
                    self.soort = soort
                    self.rijen = rijen
                    self.ingelezenOp = ingelezenOp
                    self.naam = naam
                    self.gelezen = gelezen
                }
            }
            """,
            macros: macros
        )
    }

    func testUnlabeledArgumentsAndEscapingClosures() {
        assertMacroExpansion(
            """
            @MemberwiseInit(unlabeled: "name")
            struct Veld {
                let name: String
                let check: @Sendable (Int) -> Bool
                var a, b: Int
            }
            """,
            expandedSource: """
            struct Veld {
                let name: String
                let check: @Sendable (Int) -> Bool
                var a, b: Int

                init(
                    _ name: String,
                    check: @escaping @Sendable (Int) -> Bool,
                    a: Int,
                    b: Int
                ) {
                    self.name = name
                    self.check = check
                    self.a = a
                    self.b = b
                }
            }
            """,
            macros: macros
        )
    }

    func testAnEmptyTypeGetsAnEmptyInitialiser() {
        assertMacroExpansion(
            """
            @MemberwiseInit
            public struct Leeg {
            }
            """,
            expandedSource: """
            public struct Leeg {

                public init() {

                }
            }
            """,
            macros: macros
        )
    }

    func testMistakesAreReportedWhereTheyAreWritten() {
        assertMacroExpansion(
            """
            @MemberwiseInit(unlabeled: "naam")
            struct Fout {
                var bedrag: Int
            }
            """,
            expandedSource: """
            struct Fout {
                var bedrag: Int
            }
            """,
            diagnostics: [DiagnosticSpec(message: "@MemberwiseInit: unlabeled 'naam' is not a stored property", line: 1, column: 1)],
            macros: macros
        )
        assertMacroExpansion(
            """
            @MemberwiseInit
            enum Soort {
                case a
            }
            """,
            expandedSource: """
            enum Soort {
                case a
            }
            """,
            diagnostics: [DiagnosticSpec(message: "@MemberwiseInit applies to a struct or a class", line: 1, column: 1)],
            macros: macros
        )
    }

    func testTheWrittenInitialiserBuildsValues() {
        let bestand = Voorbeeld(soort: "toekenningen")
        XCTAssertEqual(bestand.soort, "toekenningen")
        XCTAssertEqual(bestand.rijen, 0)
        XCTAssertNil(bestand.ingelezenOp)
        XCTAssertEqual(Voorbeeld(soort: "x", rijen: 3, ingelezenOp: "2024").rijen, 3)
        XCTAssertEqual(Veld("naam", verplicht: true).naam, "naam")
    }
}

@MemberwiseInit
public struct Voorbeeld: Sendable {
    public let soort: String
    public var rijen: Int = 0
    public var ingelezenOp: String?
}

@MemberwiseInit(unlabeled: "naam")
struct Veld {
    let naam: String
    var verplicht: Bool = false
}
