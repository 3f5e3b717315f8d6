import SamenlevenModel
import SamenlevenStore

extension Controle {
    /// Checks what the store holds: its records (all years are read, since the year-3 rules
    /// need year 2), its action catalogue and its published figures.
    public static func voerUit(store: Store, referentie: Referentie = .ingebouwd,
                               tellingen: [GepubliceerdeTelling] = GepubliceerdeTelling.ingebouwd,
                               projectjaar: Int? = nil) throws -> [Bevinding] {
        let gegevens = try store.gegevens()
        try gegevens.controleerSommen()
        return voerUit(gegevens: gegevens, referentie: referentie, acties: try store.acties(),
                gepubliceerd: try store.gepubliceerdeCijfers(), tellingen: tellingen, projectjaar: projectjaar)
    }
}
