import Foundation

/// The normalised form under which bestuur and province names are compared: case, accents,
/// apostrophes, hyphens, dots and spaces do not count (import spec, section "Besturen").
public enum NameKey {
    public static func normalise(_ text: String) -> String {
        // ASCII (most names and most other values): lowercase letters and digits, without
        // Foundation's folding, which dominated the time spent on unknown names.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for c in text.utf8 {
                switch c {
                case 0x30...0x39, 0x61...0x7A: bytes.append(c)
                case 0x41...0x5A: bytes.append(c + 0x20)
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "nl_BE"))
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// Words that may precede a name without changing what it names ("Stad Gent").
    static let leadingTitles: [[String]] = [["lokaal", "bestuur"], ["stad"], ["gemeente"]]

    /// The key of a name after dropping a leading `Stad`, `Gemeente` or `Lokaal bestuur`.
    public static func withoutTitle(_ text: String) -> String {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map { normalise(String($0)) }
        for title in leadingTitles where words.count > title.count && Array(words.prefix(title.count)) == title {
            return words.dropFirst(title.count).joined()
        }
        return normalise(text)
    }

    /// The distance when it is at most `limit`, else nil; only the band of width `limit`
    /// around the diagonal is computed, and the work stops as soon as the limit is exceeded,
    /// so a long or very different value costs almost nothing.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let big = limit + 1
        // Three rows of the optimal-string-alignment table; cells outside the band are `big`.
        var before = [Int](repeating: big, count: b.count + 1)
        var previous = (0...b.count).map { $0 <= limit ? $0 : big }
        var current = [Int](repeating: big, count: b.count + 1)
        for i in 1...a.count {
            for j in 0...b.count { current[j] = big }
            if i <= limit { current[0] = i }
            let from = max(1, i - limit), to = min(b.count, i + limit)
            var rowMinimum = current[0]
            if from <= to {
                for j in from...to {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                    current[j] = min(d, big)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if rowMinimum > limit { return nil }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// Edit distance in which swapping two neighbouring letters counts as one edit (optimal
    /// string alignment), for suggesting close names: "Gnet" is one edit from "Gent".
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
