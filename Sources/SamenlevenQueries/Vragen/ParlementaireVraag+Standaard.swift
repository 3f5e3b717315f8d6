import SamenlevenModel

extension ParlementaireVraag {
    /// A question with the standard sub-questions of question 492 under another number; what
    /// is not known about it (date, author) is left as a visible placeholder.
    public static func standaard(nummer: Int, datum: CalendarDate? = nil, vraagsteller: String? = nil,
                                 minister: String? = nil, functie: String? = nil) -> ParlementaireVraag {
        if nummer == vraag492.nummer && datum == nil && vraagsteller == nil && minister == nil && functie == nil { return vraag492 }
        return ParlementaireVraag(
            nummer: nummer,
            datum: datum ?? vraag492.datum,
            vraagsteller: vraagsteller ?? "[vraagsteller]",
            minister: minister ?? "[minister]",
            functie: functie ?? "[functie van de minister]",
            titel: vraag492.titel,
            deelvragen: vraag492.deelvragen,
            bron: nil)
    }

    /// The project year that was running on the question's date (the last one started), so an
    /// answer speaks of the year the question is about.
    public var projectjaar: Int {
        Projectjaar.alle.last { $0.start <= datum }?.nummer ?? Projectjaar.alle.first!.nummer
    }
}
