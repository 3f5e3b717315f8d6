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

    /// Edit distance, for suggesting close names.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
