import Foundation
import SamenlevenModel

/// Writes records in the import format (`import-formaat.md`): comma-separated UTF-8 with the
/// spec's headers, amounts in Belgian notation and besturen as codes, so generated data goes
/// through the normal importer like any file of the administration.
enum ImportCSV {
    static func tekst(_ header: [String], _ rijen: [[String]]) -> Data {
        var out = header.joined(separator: ",") + "\n"
        for rij in rijen { out += rij.map(CSVField.quoted).joined(separator: ",") + "\n" }
        return Data(out.utf8)
    }

    static func toekenningen(_ r: [Toekenning]) -> Data {
        tekst(["projectjaar", "bestuur", "actie", "kpi_huidig_bereik", "kpi_vooropgesteld", "subsidie", "toelichting"],
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", "\($0.kpiHuidigBereik)", "\($0.kpiVooropgesteld)",
                       $0.subsidie.belgianNumber, $0.toelichting ?? ""] })
    }

    static func aanvragen(_ r: [Aanvraag]) -> Data {
        tekst(["projectjaar", "bestuur", "actie", "status", "reden"],
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.status.rawValue, $0.reden ?? ""] })
    }

    static func samenwerkingen(_ r: [Samenwerking]) -> Data {
        tekst(["projectjaar", "indiener", "partner"], r.map { ["\($0.projectjaar)", $0.indiener, $0.partner] })
    }

    static func mentorschappen(_ r: [Mentorschap]) -> Data {
        tekst(["projectjaar", "bestuur", "actie", "stimulans", "toelichting"],
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.stimulans.belgianNumber, $0.toelichting ?? ""] })
    }

    static func sio(_ r: [SIOExperiment]) -> Data {
        tekst(["projectjaar", "bestuur", "investeerder", "sociale_organisatie", "bedrag", "toelichting"],
              r.map { ["\($0.projectjaar)", $0.bestuur, $0.investeerder ?? "", $0.socialeOrganisatie ?? "",
                       $0.bedrag.belgianNumber, $0.toelichting ?? ""] })
    }

    static func kpiRapporteringen(_ r: [KPIRapportering]) -> Data {
        tekst(["projectjaar", "bestuur", "actie", "meetmoment", "kpi_behaald", "motivering"],
              r.map { ["\($0.projectjaar)", $0.bestuur, "\($0.actie)", $0.meetmoment.rawValue, "\($0.kpiBehaald)", $0.motivering ?? ""] })
    }
}
