import SamenlevenModel
import SamenlevenQueries

/// How a cell reads for people (Belgian notation) and for machines (plain decimals, ISO dates);
/// public for the HTML table of `samenleven web`.
public enum CelOpmaak {
    /// `14.136.359`, `1.234,56`, `25 %`, `01/10/2022`.
    public static func belgisch(_ cel: Cel) -> String {
        switch cel {
        case .leeg: return ""
        case .tekst(let t): return t
        case .getal(let n): return BelgianNumber.format(n)
        case .euro(let e): return e.belgianNumber
        case .percentage(let bp):
            let sign = bp < 0 ? "-" : ""
            let m = bp.magnitude
            let rest = m % 100
            let decimals = rest == 0 ? "" : "," + (rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0\(rest)" : "\(rest)"))
            return sign + BelgianNumber.format(Int(m / 100)) + decimals + " %"
        case .datum(let d):
            return (d.day < 10 ? "0" : "") + "\(d.day)/" + (d.month < 10 ? "0" : "") + "\(d.month)/\(d.year)"
        }
    }

    /// `14136359`, `1234.56`, `0.255`, `2022-10-01`.
    static func machine(_ cel: Cel) -> String {
        switch cel {
        case .leeg: return ""
        case .tekst(let t): return t
        case .getal(let n): return String(n)
        case .euro(let e): return e.plainDecimal
        case .percentage(let bp):
            // basis points / 10000 as a decimal fraction, without trailing zeros.
            let sign = bp < 0 ? "-" : ""
            let m = bp.magnitude
            var fraction = String(m % 10_000)
            fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            return sign + String(m / 10_000) + (fraction.isEmpty ? "" : "." + fraction)
        case .datum(let d): return d.iso
        }
    }

    public static func isNumeriek(_ kolom: Kolom) -> Bool {
        kolom.soort == .geheelGetal || kolom.soort == .euro || kolom.soort == .percentage
    }

    /// A footnote as one line: the text, and its source when the text does not name it.
    public static func voetnoot(_ v: Voetnoot) -> String {
        guard let bron = v.bron, !v.tekst.contains(bron) else { return v.tekst }
        if v.tekst.hasSuffix(".") { return "\(v.tekst.dropLast()) (bron: \(bron))." }
        return "\(v.tekst) (bron: \(bron))"
    }

    /// "Projectjaar: 1; Gemeentelijke indeling: ..."
    public static func filters(_ tabel: AnswerTable) -> String {
        tabel.filters.map { "\($0.naam): \($0.waarde)" }.joined(separator: "; ")
    }
}
