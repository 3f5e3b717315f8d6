// swift-tools-version: 6.1
import CompilerPluginSupport
import PackageDescription

let package = Package(
    name: "samenleven",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "samenleven", targets: ["samenleven"]),
        .library(name: "SamenlevenModel", targets: ["SamenlevenModel"]),
        .library(name: "XlsxWriter", targets: ["XlsxWriter"]),
        .library(name: "SamenlevenReaders", targets: ["SamenlevenReaders"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The question files (Vragen/vraag-NNN.toml).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // DocC: `swift package generate-documentation` (scripts/checks/docc.sh). Build-time only.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        // samenleven web: the HTTP server, its test client and bcrypt for the users file.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // samenleven web: the uploads of the Invoer page (multipart/form-data).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        // @MemberwiseInit: the public memberwise initialisers of the value types (a macro).
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.1"),
    ],
    targets: [
        // @MemberwiseInit, the public memberwise initialiser of a value type (the macro's
        // declaration; its implementation is the compiler plugin MemberwiseMacros).
        .target(name: "Memberwise", dependencies: ["MemberwiseMacros"]),
        .macro(
            name: "MemberwiseMacros",
            dependencies: [
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
                .product(name: "SwiftCompilerPlugin", package: "swift-syntax"),
            ]
        ),
        // CSV and XLSX reading: bounded zip directory, XML scanner, cells. Knows nothing of the
        // domain (the mirror of XlsxWriter).
        .target(
            name: "SamenlevenReaders",
            dependencies: ["Memberwise", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Domain types, reference data (gemeenten, acties), money and the verdeelsleutel.
        .target(
            name: "SamenlevenModel",
            dependencies: ["Memberwise", "SamenlevenReaders", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        // The voorbeelddata generator: deterministic synthetic records that reproduce the
        // published figures, written in the import format. Values only, no store.
        .target(name: "SamenlevenVoorbeelddata", dependencies: ["Memberwise", "SamenlevenModel"]),
        // SQLite store (GRDB), validation and atomic import; loads and refreshes the built-in
        // data (reference tables, catalogue, default dataset) after the migrations.
        .target(
            name: "SamenlevenStore",
            dependencies: [
                "Memberwise", "SamenlevenModel", "SamenlevenReaders", "SamenlevenVoorbeelddata",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("DefaultDataset/Gepubliceerd")]
        ),
        // One query per standard parliamentary question, each returning an AnswerTable.
        .target(name: "SamenlevenQueries", dependencies: ["Memberwise", "SamenlevenModel"]),
        // The question-file reader: Vragen/vraag-NNN.toml -> the head and the deelvragen, each a
        // policy question or a typed Tabelvraag; every problem as FILE:LINE in Dutch.
        .target(
            name: "SamenlevenVraagbestand",
            dependencies: ["Memberwise", "SamenlevenModel", "SamenlevenQueries", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Drafts a question file from a written question's text: text cleaning, the head, the
        // sub-questions and a proposal per sub-question from the rules in Resources/herkenning.toml.
        .target(
            name: "SamenlevenVraagopsteller",
            dependencies: ["Memberwise", "SamenlevenModel", "SamenlevenQueries", "SamenlevenVraagbestand", .product(name: "TOMLKit", package: "TOMLKit")],
            resources: [.copy("Resources")]
        ),
        // The consistency check: rules over loaded values, no store access.
        .target(name: "SamenlevenControle", dependencies: ["Memberwise", "SamenlevenModel", "SamenlevenReaders"]),
        // The C library libxlsxwriter, found through pkg-config.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // A small, safe Swift API over libxlsxwriter. Knows nothing of the domain.
        .target(name: "XlsxWriter", dependencies: ["Memberwise", "CXlsxWriter"]),
        // Benchmark and leak-check driver for XlsxWriter (scripts/bench-xlsx.sh).
        .executableTarget(name: "xlsx-benchmark", dependencies: ["XlsxWriter"]),
        // The query engine on a five-deelvraag question, default and largest data (scripts/bench-vraag.sh).
        .executableTarget(name: "vraag-benchmark", dependencies: [
            "SamenlevenModel", "SamenlevenQueries", "SamenlevenStore", "SamenlevenVoorbeelddata", "SamenlevenVraagbestand",
        ]),
        // AnswerTable -> xlsx / csv / json / markdown; workbook layouts.
        .target(
            name: "SamenlevenExport",
            dependencies: [
                "Memberwise", "SamenlevenModel", "SamenlevenReaders", "SamenlevenQueries", "SamenlevenControle", "SamenlevenVraagbestand", "XlsxWriter",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // samenleven web: routes, pages, templates and assets (Resources). No GRDB: the CLI opens
        // the store and hands loaded values and closures in (WebBron).
        .target(
            name: "SamenlevenWeb",
            dependencies: [
                "Memberwise", "SamenlevenModel", "SamenlevenReaders", "SamenlevenQueries", "SamenlevenControle", "SamenlevenExport", "SamenlevenVraagbestand",
                "SamenlevenVraagopsteller",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "samenleven",
            dependencies: [
                "Memberwise", "SamenlevenModel", "SamenlevenStore", "SamenlevenVoorbeelddata", "SamenlevenQueries", "SamenlevenControle",
                "SamenlevenExport", "SamenlevenVraagbestand", "SamenlevenVraagopsteller", "SamenlevenWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Small complete programs that document the libraries; ExamplesTests runs each one.
        .executableTarget(name: "WriteWorkbook", dependencies: ["XlsxWriter"], path: "Examples/WriteWorkbook"),
        .executableTarget(name: "ReadSheets", dependencies: ["SamenlevenReaders"], path: "Examples/ReadSheets"),
        .executableTarget(name: "ImportFile", dependencies: ["SamenlevenModel", "SamenlevenStore"], path: "Examples/ImportFile"),
        .executableTarget(
            name: "AnswerQuestion",
            dependencies: ["SamenlevenStore", "SamenlevenQueries", "SamenlevenExport"],
            path: "Examples/AnswerQuestion"
        ),
        .testTarget(name: "MemberwiseTests", dependencies: [
            "Memberwise", "MemberwiseMacros", .product(name: "SwiftSyntaxMacros", package: "swift-syntax"),
            .product(name: "SwiftSyntaxMacrosTestSupport", package: "swift-syntax"),
        ]),
        .testTarget(name: "SamenlevenModelTests", dependencies: ["SamenlevenModel"]),
        .testTarget(
            name: "SamenlevenReadersTests",
            dependencies: ["SamenlevenReaders", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // GRDB only to make hostile databases (another application's, a newer version's) and hold locks.
        .testTarget(name: "SamenlevenStoreTests", dependencies: [
            "SamenlevenStore", "SamenlevenVoorbeelddata", "SamenlevenModel", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .testTarget(
            name: "XlsxWriterTests",
            dependencies: ["XlsxWriter", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "SamenlevenControleTests",
            dependencies: ["SamenlevenControle", "SamenlevenModel", "SamenlevenStore"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SamenlevenQueriesTests",
            dependencies: ["SamenlevenQueries", "SamenlevenControle", "SamenlevenStore", "SamenlevenModel"]
        ),
        // Reads Vragen/ (vraag-492.toml, the README's examples) through #filePath.
        .testTarget(name: "SamenlevenVraagbestandTests", dependencies: [
            "SamenlevenVraagbestand", "SamenlevenQueries", "SamenlevenModel", "SamenlevenVoorbeelddata",
        ]),
        // The drafter on the question texts in Fixtures/vraagteksten (read through #filePath).
        .testTarget(name: "SamenlevenVraagopstellerTests", dependencies: [
            "SamenlevenVraagopsteller", "SamenlevenVraagbestand", "SamenlevenQueries", "SamenlevenModel",
        ], exclude: ["Fixtures"]),
        .testTarget(
            name: "SamenlevenExportTests",
            dependencies: [
                "SamenlevenExport", "SamenlevenVraagbestand", "SamenlevenQueries", "SamenlevenModel", "SamenlevenReaders", "SamenlevenStore", "XlsxWriter",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Golden files are read and (on request) rewritten through #filePath.
            exclude: ["Golden"]
        ),
        .testTarget(name: "ExamplesTests", dependencies: ["WriteWorkbook", "ReadSheets", "ImportFile", "AnswerQuestion"]),
        // The pages through HTTP (HummingbirdTesting), on stores made with the store module.
        // InvoerTests imports the command line's wiring of the import (`samenleven`).
        .testTarget(name: "SamenlevenWebTests", dependencies: [
            "samenleven", "SamenlevenWeb", "SamenlevenReaders", "SamenlevenStore", "SamenlevenModel", "SamenlevenVoorbeelddata",
            "SamenlevenExport", "SamenlevenControle", "SamenlevenVraagbestand",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // WebCommandTests compares the Vragen page with `samenleven vraag` (SamenlevenWeb, the store, HummingbirdTesting).
        .testTarget(name: "SamenlevenCLITests", dependencies: [
            "samenleven", "SamenlevenVraagbestand", "SamenlevenQueries", "SamenlevenModel", .product(name: "GRDB", package: "GRDB.swift"),
            "SamenlevenWeb", "SamenlevenStore", "SamenlevenControle", .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ], exclude: ["ImportCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
