import Foundation

/// The normalised form under which bestuur and province names are compared: case, accents,
/// apostrophes, hyphens, dots and spaces do not count (import spec, section "Besturen").
public enum NameKey {
    public static func normalise(_ text: String) -> String {
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
