import Foundation
import Memberwise
import SamenlevenModel
import SamenlevenQueries

/// What the open-data package is made from: the records, the action catalogue and the
/// reference data (as a `QueryContext`), the import files the records came from, and the
/// choices of the `opendata` command.
@MemberwiseInit
public struct OpenDataInput: Sendable {
    /// An import file as the store records it (`Store.bronbestanden()`).
    @MemberwiseInit
    public struct SourceFile: Sendable, Equatable {
        public let soort: String
        public let projectjaar: Int
        public let bestand: String
        public let sha256: String
        public let rijen: Int
    }

    public var context: QueryContext
    public var sourceFiles: [SourceFile] = []
    /// Only the records of this project year (the reference tables stay complete).
    public var projectjaar: Int?
    /// Publication date (`dct:issued`, `dct:modified`, `created`); nil: derived from the data,
    /// see `publicationDate`.
    public var datum: CalendarDate?
    /// Publisher, contact point and base URL of `dcat.jsonld`.
    public var publicatie: OpenDataPublicatie = .standaard

    /// The records in the package.
    public var gegevens: Gegevens {
        projectjaar.map { context.gegevens.projectjaar($0) } ?? context.gegevens
    }

    /// The project years that have records in the package (or the chosen one).
    public var projectjaren: [Projectjaar] {
        if let projectjaar { return Projectjaar.nummer(projectjaar).map { [$0] } ?? [] }
        let nummers = Set(gegevens.projectjaren)
        return Projectjaar.alle.filter { nummers.contains($0.nummer) }
    }

    /// The given date, or else the last day of the latest project year in the package, or,
    /// without any records, of the last project year of the plan (`Aanmaakmoment`'s rule
    /// without `SOURCE_DATE_EPOCH`, which the caller reads). Never the clock: the same store
    /// gives the same bytes.
    public var publicationDate: CalendarDate {
        datum ?? Aanmaakmoment.laatsteDag(projectjaren.map(\.nummer)) ?? Projectjaar.alle.last!.einde
    }
}

extension OpenDataInput {
    /// The package of what the store holds (`Store.laad()`), as `samenleven opendata` and the
    /// Open data page of `samenleven web` make it: `projectjaar` nil for every year; the
    /// publication date `datum`, else `SOURCE_DATE_EPOCH` from `omgeving`, else derived from
    /// the data (see `publicationDate`).
    public init(dataset: Dataset, projectjaar: Int?, datum: CalendarDate?, publicatie: OpenDataPublicatie = .standaard,
                omgeving: [String: String] = ProcessInfo.processInfo.environment) throws(WerkboekFout) {
        let dag = try Aanmaakmoment.bepaal(opgegeven: datum, projectjaren: [], omgeving: omgeving).map(Aanmaakmoment.dag)
        self.init(context: QueryContext(dataset),
                  sourceFiles: dataset.bronbestanden.map {
                      SourceFile(soort: $0.soort, projectjaar: $0.projectjaar, bestand: $0.bestand, sha256: $0.sha256, rijen: $0.rijen)
                  },
                  projectjaar: projectjaar, datum: dag, publicatie: publicatie)
    }
}
