/// The bounds of the import format (README, *Invoerformaat*). They keep every figure far from
/// what a 64-bit number or a spreadsheet cell can hold, so that no sum or formula over
/// imported values can overflow, and they are far above any real value of the plan (the whole
/// plan is some tens of millions of euro; a gemeente has at most some hundreds of thousands of
/// inhabitants).
public enum Grenzen {
    /// Largest amount of one row (subsidie, stimulans, bedrag, standaardbedrag): 1.000.000.000 euro.
    public static let bedrag = Euro(cents: 100_000_000_000)
    /// Largest whole number of one row (KPI values, huidig bereik): 1.000.000.000.
    public static let aantal = 1_000_000_000
    /// Largest text of one cell, in UTF-16 code units: what an Excel cell holds (32.767).
    public static let tekstlengte = 32_767
    /// Longest bestuur name or code that the resolver compares (the longest real name has some
    /// thirty letters); a longer value is refused without looking for suggestions.
    public static let bestuursnaam = 100
}
