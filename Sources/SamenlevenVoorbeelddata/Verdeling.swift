/// Splits a whole total over weights so that the parts are whole numbers, each at least a
/// minimum, and add up to EXACTLY the total (largest-remainder method). All integer
/// arithmetic: amounts never pass through floating point.
enum Verdeling {
    static func verdeel(_ totaal: Int64, over gewichten: [Int64], minimum: Int64 = 0) -> [Int64] {
        precondition(!gewichten.isEmpty && gewichten.allSatisfy { $0 > 0 }, "gewichten moeten positief zijn")
        let n = Int64(gewichten.count)
        precondition(totaal >= minimum * n, "totaal \(totaal) te klein voor \(n) delen van minstens \(minimum)")
        let rest = totaal - minimum * n
        let som = gewichten.reduce(0, +)
        var delen = gewichten.map { minimum + rest * $0 / som }
        var over = totaal - delen.reduce(0, +)
        // Hand out what integer division left over, largest remainders first (ties by index).
        let volgorde = gewichten.indices.sorted { a, b in
            let ra = rest * gewichten[a] % som, rb = rest * gewichten[b] % som
            return ra != rb ? ra > rb : a < b
        }
        var i = 0
        while over > 0 {
            delen[volgorde[i % volgorde.count]] += 1
            over -= 1
            i += 1
        }
        return delen
    }
}

extension Verdeling {
    /// The same split with a maximum per part: parts that would exceed their maximum get it,
    /// and what is left is split over the others again. Nil when the maxima together are less
    /// than the total (or a part's maximum is below the minimum).
    static func verdeel(_ totaal: Int64, over gewichten: [Int64], minimum: Int64 = 0, maximum: [Int64]) -> [Int64]? {
        precondition(maximum.count == gewichten.count, "een maximum per deel")
        guard maximum.allSatisfy({ $0 >= minimum }), maximum.reduce(0, +) >= totaal else { return nil }
        var vast = [Int64?](repeating: nil, count: gewichten.count)
        while true {
            let open = gewichten.indices.filter { vast[$0] == nil }
            let rest = totaal - vast.compactMap { $0 }.reduce(0, +)
            guard !open.isEmpty else { return rest == 0 ? vast.map { $0! } : nil }
            guard rest >= minimum * Int64(open.count) else { return nil }
            let delen = verdeel(rest, over: open.map { gewichten[$0] }, minimum: minimum)
            let teVeel = zip(open, delen).filter { $0.1 > maximum[$0.0] }.map(\.0)
            if teVeel.isEmpty {
                for (i, deel) in zip(open, delen) { vast[i] = deel }
                return vast.map { $0! }
            }
            for i in teVeel { vast[i] = maximum[i] }
        }
    }
}

/// Test access to the exact split (the generator's building block).
public enum VoorbeelddataGeneratorTestHooks {
    public static func verdeel(_ totaal: Int64, _ gewichten: [Int64], minimum: Int64 = 0) -> [Int64] {
        Verdeling.verdeel(totaal, over: gewichten, minimum: minimum)
    }

    public static func verdeel(_ totaal: Int64, _ gewichten: [Int64], minimum: Int64 = 0, maximum: [Int64]) -> [Int64]? {
        Verdeling.verdeel(totaal, over: gewichten, minimum: minimum, maximum: maximum)
    }
}
