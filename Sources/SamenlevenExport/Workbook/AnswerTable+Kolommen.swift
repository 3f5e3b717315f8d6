import SamenlevenQueries

extension AnswerTable {
    /// The same answer without the given columns (by id): a layout that shows less than the
    /// query returns, such as the annex's province sheets without the toelichting.
    public func zonderKolommen(_ ids: Set<String>) -> AnswerTable {
        let behouden = kolommen.indices.filter { !ids.contains(kolommen[$0].id) }
        var tabel = self
        tabel.kolommen = behouden.map { kolommen[$0] }
        tabel.rijen = rijen.map { rij in
            var rij = rij
            rij.cellen = behouden.map { $0 < rij.cellen.count ? rij.cellen[$0] : .leeg }
            return rij
        }
        return tabel
    }
}
