import Foundation

/// Reads the toolkit's own bundled reference CSV files (UTF-8, comma, RFC 4180 quoting).
///
/// These files ship with the toolkit and are trusted; the administration's files go through
/// the full readers and validation in SamenlevenStore instead.
struct ResourceTable {
    let name: String
    let header: [String]
    let rows: [[String: String]]

    static func load(_ name: String) throws -> ResourceTable {
        guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: "Resources") else {
            throw ReferenceDataError(message: "ingebouwd gegevensbestand \(name).csv ontbreekt")
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        return try parse(text, name: name)
    }

    static func parse(_ text: String, name: String) throws -> ResourceTable {
        var records: [[String]] = []
        var field = ""
        var record: [String] = []
        var inQuotes = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                inQuotes = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" || c == "\r" {
                if c == "\r" { let next = iterator.next(); if next != "\n" { pending = next } }
                record.append(field); field = ""
                if record != [""] { records.append(record) }
                record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let header = records.first else { throw ReferenceDataError(message: "\(name).csv is leeg") }
        let rows = try records.dropFirst().enumerated().map { index, values -> [String: String] in
            guard values.count == header.count else {
                throw ReferenceDataError(message: "\(name).csv rij \(index + 2): \(values.count) velden, verwacht \(header.count)")
            }
            return Dictionary(uniqueKeysWithValues: zip(header, values))
        }
        return ResourceTable(name: name, header: header, rows: rows)
    }
}

/// The bundled reference data is broken (a packaging error, never a user error).
public struct ReferenceDataError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
    public var description: String { "referentiegegevens: \(message)" }
}
