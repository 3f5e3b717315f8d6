import Foundation
import SamenlevenModel

/// Writes records in the import format (`import-formaat.md`): comma-separated UTF-8 with the
/// spec's headers, amounts in Belgian notation and besturen as codes, so generated data goes
/// through the normal importer like any file of the administration.
enum ImportCSV {
    /// The kind's columns as the spec lists them, without the optional stated province
    /// (generated rows leave it out), and one line per row.
    static func tekst(_ soort: Soort, _ rijen: [[String]]) -> Data {
        let header = soort.kolommen.filter { $0.waarde != .provincie }.map(\.naam)
        var out = header.joined(separator: ",") + "\n"
        for rij in rijen { out += rij.map(CSVField.quoted).joined(separator: ",") + "\n" }
        return Data(out.utf8)
    }

    static func toekenningen(_ r: [Toekenning]) -> Data {
        tekst(.toekenningen,
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", "\($0.kpiHuidigBereik)", "\($0.kpiVooropgesteld)",
                       $0.subsidie.belgianNumber, $0.toelichting ?? ""] })
    }

    static func aanvragen(_ r: [Aanvraag]) -> Data {
        tekst(.aanvragen,
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.status.rawValue, $0.reden ?? ""] })
    }

    static func samenwerkingen(_ r: [Samenwerking]) -> Data {
        tekst(.samenwerkingsverbanden, r.map { ["\($0.projectjaar)", $0.indiener, $0.partner] })
    }

    static func mentorschappen(_ r: [Mentorschap]) -> Data {
        tekst(.mentorschappen,
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.stimulans.belgianNumber, $0.toelichting ?? ""] })
    }

    static func sio(_ r: [SIOExperiment]) -> Data {
        tekst(.sio,
              r.map { ["\($0.projectjaar)", $0.bestuur, $0.investeerder ?? "", $0.socialeOrganisatie ?? "",
                       $0.bedrag.belgianNumber, $0.toelichting ?? ""] })
    }

    static func kpiRapporteringen(_ r: [KPIRapportering]) -> Data {
        tekst(.kpiRapportering,
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.meetmoment.rawValue, "\($0.kpiBehaald)", $0.motivering ?? ""] })
    }
}
