/// Which cell styles show dates, and how serial numbers become dates.
enum XLSXDates {
    /// Built-in number formats that show a date or time: 14–22 and 45–47 everywhere, 27–36 and
    /// 50–58 in East Asian locales (as other readers, e.g. xlrd, also take them).
    static func isBuiltInDateFormat(_ id: Int) -> Bool {
        (14...22).contains(id) || (27...36).contains(id) || (45...47).contains(id) || (50...58).contains(id)
    }

    /// True when a custom format code shows a date or time: it contains d, m, y, h or s outside
    /// quoted text, `[...]` sections (colours, locales) and escaped characters. Elapsed-time formats
    /// (`[h]:mm`, `[mm]:ss`) are durations, not moments, and stay numbers.
    static func isDateFormatCode(_ code: String) -> Bool {
        var inQuote = false
        var bracket: [UInt8]? = nil
        var skipNext = false
        var dateToken = false
        for u in code.utf8 {
            if skipNext { skipNext = false; continue }
            if inQuote {
                if u == UInt8(ascii: "\"") { inQuote = false }
                continue
            }
            if var content = bracket {
                if u == UInt8(ascii: "]") {
                    let lower = content.map { $0 | 0x20 }
                    if let first = lower.first, [UInt8(ascii: "h"), UInt8(ascii: "m"), UInt8(ascii: "s")].contains(first),
                       lower.allSatisfy({ $0 == first }) {
                        return false  // elapsed time
                    }
                    bracket = nil
                } else {
                    content.append(u)
                    bracket = content
                }
                continue
            }
            switch u {
            case UInt8(ascii: "\""): inQuote = true
            case UInt8(ascii: "["): bracket = []
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"): skipNext = true
            case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "m"), UInt8(ascii: "M"),
                 UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "h"), UInt8(ascii: "H"),
                 UInt8(ascii: "s"), UInt8(ascii: "S"):
                dateToken = true
            default: break
            }
        }
        return dateToken
    }

    /// Converts a serial number (lexical form) to a date. 1900 system: serial 1 is 1900-01-01 and
    /// serial 60 is Excel's fictitious 1900-02-29 (kept as such); 1904 system: serial 0 is
    /// 1904-01-01. The time is rounded to the second. Nil for negative or non-finite values and for
    /// dates after 9999-12-31: such cells stay numbers.
    static func date(fromSerial lexical: String, date1904: Bool) -> CellValue? {
        guard let serial = Double(lexical), serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let dayNumber: Int
        if date1904 {
            dayNumber = daysFromCivil(1904, 1, 1) + days
        } else if days == 60 {
            return .date(year: 1900, month: 2, day: 29, secondsOfDay: seconds)
        } else if days < 60 {
            dayNumber = daysFromCivil(1899, 12, 31) + days
        } else {
            dayNumber = daysFromCivil(1899, 12, 30) + days
        }
        let (y, m, d) = civilFromDays(dayNumber)
        guard y <= 9999 else { return nil }
        return .date(year: y, month: m, day: d, secondsOfDay: seconds)
    }

    /// Parses an ISO 8601 date (`t="d"` cells): `2024-03-01`, `2024-03-01T13:30:00`, optional
    /// fraction and `Z`.
    static func date(fromISO text: String) -> CellValue? {
        let u = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= u.count else { return nil }
            var v = 0
            for c in u[from..<(from + count)] {
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        var seconds = 0
        if u.count >= 19, u[10] == UInt8(ascii: "T"), u[13] == UInt8(ascii: ":"), u[16] == UInt8(ascii: ":"),
           let hh = number(11, 2), let mm = number(14, 2), let ss = number(17, 2), hh < 24, mm < 60, ss < 60 {
            seconds = hh * 3600 + mm * 60 + ss
        } else if u.count != 10 {
            return nil
        }
        return .date(year: y, month: m, day: d, secondsOfDay: seconds)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d)
    }
}
