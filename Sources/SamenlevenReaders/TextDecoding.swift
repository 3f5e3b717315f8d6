// Turning the bytes of a text file into UTF-8: BOM handling, UTF-8 validation,
// the Windows-1252 fallback and UTF-16 (Excel's "Unicode text" export).

enum TextEncodingUsed: Equatable {
    case utf8
    case utf16
    case windows1252
}

enum TextDecoding {
    /// Returns the content as UTF-8 bytes without BOM, the encoding that was found and the
    /// offsets (in the returned bytes) of bytes that are not UTF-8.
    ///
    /// The encoding is decided per file: valid UTF-8 (with or without BOM) is passed through;
    /// UTF-16 with a BOM is converted. A file that is not valid UTF-8 as a whole is read as
    /// Windows-1252 only when it holds no multi-byte UTF-8 sequence at all (and no UTF-8 BOM):
    /// a file with UTF-8 text and a few broken bytes is UTF-8, and each broken byte is reported
    /// (`invalid`) instead of turning every `é` of the file into `Ã©`.
    static func utf8Bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], encoding: TextEncodingUsed, invalid: [Int]) {
        let n = bytes.count
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            let rest = UnsafeBufferPointer(rebasing: bytes[3...])
            if isValidUTF8(rest) { return (Array(rest), .utf8, []) }
            return (Array(rest), .utf8, scanUTF8(rest).invalid)
        }
        if n >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let littleEndian = bytes[0] == 0xFF
            return (utf16ToUTF8(UnsafeBufferPointer(rebasing: bytes[2...]), littleEndian: littleEndian), .utf16, [])
        }
        if isValidUTF8(bytes) { return (Array(bytes), .utf8, []) }
        let scan = scanUTF8(bytes)
        if scan.multiByte > 0 { return (Array(bytes), .utf8, scan.invalid) }
        return (windows1252ToUTF8(bytes), .windows1252, [])
    }

    /// Counts the valid multi-byte UTF-8 sequences and lists the offsets of the bytes that do
    /// not belong to a valid sequence.
    static func scanUTF8(_ b: UnsafeBufferPointer<UInt8>) -> (multiByte: Int, invalid: [Int]) {
        var multiByte = 0
        var invalid: [Int] = []
        var i = 0
        while i < b.count {
            if b[i] < 0x80 { i += 1; continue }
            let length = sequenceLength(b, at: i)
            if length > 0 {
                multiByte += 1
                i += length
            } else {
                invalid.append(i)
                i += 1
            }
        }
        return (multiByte, invalid)
    }

    /// The length of the valid UTF-8 sequence starting at `i` (non-ASCII lead byte), or 0.
    private static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count, c = b[i]
        func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
        if c >= 0xC2 && c <= 0xDF { return cont(1) ? 2 : 0 }
        if c >= 0xE0 && c <= 0xEF {
            guard cont(1), cont(2) else { return 0 }
            let c1 = b[i + 1]
            if c == 0xE0 && c1 < 0xA0 { return 0 }
            if c == 0xED && c1 > 0x9F { return 0 }
            return 3
        }
        if c >= 0xF0 && c <= 0xF4 {
            guard cont(1), cont(2), cont(3) else { return 0 }
            let c1 = b[i + 1]
            if c == 0xF0 && c1 < 0x90 { return 0 }
            if c == 0xF4 && c1 > 0x8F { return 0 }
            return 4
        }
        return 0
    }

    /// Strict UTF-8 validation (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            // ASCII fast path, eight bytes at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            if c >= 0xC2 && c <= 0xDF {
                guard cont(1) else { return false }
                i += 2
            } else if c >= 0xE0 && c <= 0xEF {
                guard cont(1), cont(2) else { return false }
                let c1 = b[i + 1]
                if c == 0xE0 && c1 < 0xA0 { return false }   // overlong
                if c == 0xED && c1 > 0x9F { return false }   // surrogates
                i += 3
            } else if c >= 0xF0 && c <= 0xF4 {
                guard cont(1), cont(2), cont(3) else { return false }
                let c1 = b[i + 1]
                if c == 0xF0 && c1 < 0x90 { return false }   // overlong
                if c == 0xF4 && c1 > 0x8F { return false }   // above U+10FFFF
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    /// Windows-1252 code points for the bytes 0x80–0x9F. The five undefined bytes map to the
    /// C1 control character with the same number (as the WHATWG encoding standard does).
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count + b.count / 8)
        for c in b {
            if c < 0x80 {
                out.append(c)
                continue
            }
            let scalar: UInt32 = (c < 0xA0) ? UInt32(windows1252High[Int(c - 0x80)]) : UInt32(c)
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    static func utf16ToUTF8(_ b: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(b.count / 2)
        var i = 0
        while i + 1 < b.count {
            let lo = UInt16(b[i]), hi = UInt16(b[i + 1])
            units.append(littleEndian ? (hi << 8 | lo) : (lo << 8 | hi))
            i += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        for scalar in String(decoding: units, as: UTF16.self).unicodeScalars {
            appendUTF8(scalar.value, to: &out)
        }
        return out
    }

    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
