import SamenlevenModel
import SamenlevenQueries
import SamenlevenVraagbestand
import Testing

/// The reader and the engine apply one set of rules for which measure fits which table and
/// grouping: a deelvraag the reader accepts is one the engine answers, and the other way round.
@Suite("Vraagbestand: maten volgens de regels van de rekenmotor")
struct MaatregelsTests {
    static func bestand(_ tabel: Tabel, _ maat: Maat, per: Dimensie) -> String {
        """
        nummer = 1
        datum = 2025-03-05
        vraagsteller = "Test"
        projectjaren = [1, 2]
        [[deelvraag]]
        nummer = "1"
        tekst = "x"
        tabel = "\(tabel.rawValue)"
        per = ["\(per.rawValue)"]
        maten = ["\(maat.rawValue)"]

        """
    }

    @Test func readerAcceptsExactlyWhatTheEngineAnswers() {
        for tabel in Tabel.allCases where tabel.vrijeIndeling {
            for maat in Maat.allCases {
                for per in [Dimensie.provincie, .actie] {
                    let engine = Tabelvraag(tabel: tabel, projectjaren: [1, 2], per: [per], maten: [maat]).problemen
                    let lezer = Result { () throws(Vraagbestand.Fout) in try Vraagbestand.lees(tekst: Self.bestand(tabel, maat, per: per), bestandsnaam: "vraag-1.toml") }
                    switch lezer {
                    case .success: #expect(engine.isEmpty, "\(tabel) \(maat) per \(per): de lezer aanvaardt, de motor weigert: \(engine)")
                    case .failure(let fout): #expect(!engine.isEmpty, "\(tabel) \(maat) per \(per): de lezer weigert, de motor niet: \(fout)")
                    }
                }
            }
        }
    }

    /// The spec's table `toekenningen` holds the grants, and a grant states its promised KPI:
    /// `kpi_vooropgesteld` fits it, per actie (a KPI's unit is its action's).
    @Test func kpiVooropgesteldFitsToekenningenPerActie() throws {
        let vraag = try Vraagbestand.lees(tekst: Self.bestand(.toekenningen, .kpiVooropgesteld, per: .actie), bestandsnaam: "vraag-1.toml")
        #expect(vraag.deelvragen.first?.tabelvraag?.maten == [.kpiVooropgesteld])
        #expect(vraag.deelvragen.first?.tabelvraag?.problemen == [])
        #expect(throws: Vraagbestand.Fout.self) {
            try Vraagbestand.lees(tekst: Self.bestand(.toekenningen, .kpiVooropgesteld, per: .provincie), bestandsnaam: "vraag-1.toml")
        }
    }
}
