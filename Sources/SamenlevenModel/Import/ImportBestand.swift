import Foundation

/// One file to import: a CSV file (kind from its name or given) or an XLSX workbook (one
/// sheet per kind). The command line, the web's Invoer page and the generator of example data
/// hand these to the store's importer.
public struct ImportBestand: Sendable {
    /// Where the bytes are: a file on disk (a workbook when it ends in `.xlsx` or `.xlsm`, else
    /// CSV) or CSV text in memory.
    public enum Inhoud: Sendable {
        case bestand(URL)
        /// CSV text already in memory (the generator of example data, tests).
        case csv(Data)
    }

    /// The name used in messages and provenance (last path component).
    public let naam: String
    public let inhoud: Inhoud
    public let soort: Soort?

    public init(url: URL, soort: Soort? = nil) {
        self.init(url: url, naam: url.lastPathComponent, soort: soort)
    }

    /// `naam`: the name in messages and provenance, e.g. the path as the user gave it when two
    /// files have the same last path component, or the name a browser gave an upload that the
    /// toolkit stored under a name of its own.
    public init(url: URL, naam: String, soort: Soort? = nil) {
        self.naam = naam
        self.inhoud = .bestand(url)
        self.soort = soort
    }

    public init(naam: String, csv: Data, soort: Soort? = nil) {
        self.naam = naam
        self.inhoud = .csv(csv)
        self.soort = soort
    }

    /// The file on disk; nil for CSV text in memory.
    public var url: URL? {
        if case .bestand(let url) = inhoud { url } else { nil }
    }

    /// A workbook (one sheet per kind): a file on disk ending in `.xlsx` or `.xlsm`.
    public var isWerkboek: Bool {
        url.map { ["xlsx", "xlsm"].contains($0.pathExtension.lowercased()) } ?? false
    }

    /// The label of one of its sheets in problems and provenance: the file name, and for a
    /// workbook the sheet name in brackets (`invoer.xlsx[toekenningen]`).
    public func label(blad: String) -> String {
        isWerkboek ? "\(naam)[\(blad)]" : naam
    }
}
