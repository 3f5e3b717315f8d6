/// The Dutch messages of the XLSX reader that are used in more than one place.
enum XLSXMessages {
    static func corrupt(_ detail: String) -> String {
        "geen geldig XLSX-bestand (beschadigd of onvolledig): \(detail)"
    }

    static func tooBig(_ limit: Int) -> String {
        "werkboek geweigerd: uitgepakt groter dan \(megabytes(limit)) (mogelijk een zip-bom)"
    }

    static func partTooBig(_ part: String, _ limit: Int) -> String {
        "werkboek geweigerd: onderdeel \(part) is uitgepakt groter dan \(megabytes(limit)) (mogelijk een zip-bom)"
    }

    static func ratio(_ part: String, _ ratio: Int) -> String {
        "werkboek geweigerd: onderdeel \(part) is meer dan \(ratio) keer samengeperst (mogelijk een zip-bom)"
    }

    static func biggerThanDeclared(_ part: String) -> String {
        "werkboek geweigerd: onderdeel \(part) is uitgepakt groter dan aangegeven (mogelijk een zip-bom)"
    }

    static func tooManyCells(_ limit: Int) -> String {
        "werkboek geweigerd: meer dan \(dutchNumber(limit)) cellen"
    }

    static func tooManySharedStrings(_ limit: Int) -> String {
        "werkboek geweigerd: meer dan \(dutchNumber(limit)) gedeelde teksten"
    }
}
