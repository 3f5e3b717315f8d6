import SamenlevenModel

extension Store {
    /// Reads everything answers, checks and exports need, once: the records (optionally of one
    /// project year), the (possibly imported) action catalogue, the published figures and the
    /// import files (of that year). Refuses (`BedragOverloop`) records whose sums would not
    /// fit in 64 bits, so that no answer or check can trap on a sum.
    public func laad(projectjaar: Int? = nil) throws -> Dataset {
        let gegevens = try gegevens(projectjaar: projectjaar)
        try gegevens.controleerSommen()
        return Dataset(gegevens: gegevens, acties: try acties(), gepubliceerdeCijfers: try gepubliceerdeCijfers(),
                       bronbestanden: try bronbestanden().filter { projectjaar == nil || $0.projectjaar == projectjaar })
    }
}
