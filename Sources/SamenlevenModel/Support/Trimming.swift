extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// A plain scalar scan: Foundation's `trimmingCharacters(in:)` bridges through NSString
    /// on Linux and dominated import profiles.
    public var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == startIndex && scalars.index(after: last) == endIndex { return String(self) }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// "Doelstelling 2" -> "doelstelling 2", for a label inside a sentence. An abbreviation
    /// keeps its capitals: "KPI verlaagd" stays "KPI verlaagd", "VGC" stays "VGC".
    public var lowercasedFirst: String {
        let woord = prefix { $0.isLetter }
        if woord.count > 1 && woord.allSatisfy(\.isUppercase) { return String(self) }
        return prefix(1).lowercased() + dropFirst()
    }
}
