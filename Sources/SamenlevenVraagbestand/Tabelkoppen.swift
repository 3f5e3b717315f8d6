/// A guard for toml++ (inside TOMLKit): a table header whose name does not start right after
/// its `[` or `[[` (`[` at the end of a line, `[.x]`, `[=]`) trips an assertion in a debug build
/// and is undefined behaviour in a release build. Such a line is found here first, with a
/// scan that knows TOML's strings and comments, so that text inside a string never counts.
enum Tabelkoppen {
    /// The line of the first table header without a name, or nil.
    static func eersteZonderNaam(_ tekst: String) -> Int? {
        let tekens = Array(tekst.unicodeScalars)
        var i = 0
        var regel = 1
        var begin = true   // only whitespace so far on this line, outside strings
        func volgt(_ s: String) -> Bool {
            var j = i
            for c in s.unicodeScalars {
                guard j < tekens.count, tekens[j] == c else { return false }
                j += 1
            }
            return true
        }
        while i < tekens.count {
            let c = tekens[i]
            switch c {
            case "\n":
                regel += 1
                begin = true
                i += 1
            case " ", "\t", "\r":
                i += 1
            case "#":
                while i < tekens.count, tekens[i] != "\n" { i += 1 }
            case "\"", "'":
                begin = false
                let drievoud = volgt(String(repeating: String(c), count: 3))
                let sluit = drievoud ? String(repeating: String(c), count: 3) : String(c)
                i += drievoud ? 3 : 1
                while i < tekens.count {
                    if c == "\"", tekens[i] == "\\" {
                        if i + 1 < tekens.count, tekens[i + 1] == "\n" { regel += 1 }
                        i += 2
                        continue
                    }
                    if !drievoud, tekens[i] == "\n" { break }   // an unclosed string: toml++ reports it
                    if volgt(sluit) {
                        i += sluit.unicodeScalars.count
                        // A multi-line string may end in up to two more quotes.
                        while drievoud, i < tekens.count, tekens[i] == c { i += 1 }
                        break
                    }
                    if tekens[i] == "\n" { regel += 1 }
                    i += 1
                }
            case "[" where begin:
                begin = false
                i += 1
                if i < tekens.count, tekens[i] == "[" { i += 1 }
                while i < tekens.count, tekens[i] == " " || tekens[i] == "\t" { i += 1 }
                guard i < tekens.count else { return regel }
                let n = tekens[i]
                let naam = ("a"..."z").contains(n) || ("A"..."Z").contains(n) || ("0"..."9").contains(n)
                    || n == "_" || n == "-" || n == "\"" || n == "'" || n == "]"
                if !naam { return regel }
            default:
                begin = false
                i += 1
            }
        }
        return nil
    }
}
