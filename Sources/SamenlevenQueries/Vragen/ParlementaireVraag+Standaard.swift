import SamenlevenModel

extension ParlementaireVraag {
    /// The project year that was running on the question's date (the last one started), so an
    /// answer speaks of the year the question is about.
    public var projectjaar: Int {
        Projectjaar.alle.last { $0.start <= datum }?.nummer ?? Projectjaar.alle.first!.nummer
    }
}
