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

/// Test access to the exact split (the generator's building block).
public enum VoorbeelddataGeneratorTestHooks {
    public static func verdeel(_ totaal: Int64, _ gewichten: [Int64], minimum: Int64 = 0) -> [Int64] {
        Verdeling.verdeel(totaal, over: gewichten, minimum: minimum)
    }
}
