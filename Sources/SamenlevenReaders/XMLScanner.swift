/// A small pull scanner for the XML parts of a workbook, working on UTF-8 bytes.
///
/// It reports start tags (with attributes), end tags (also for `<empty/>` elements) and text;
/// it skips the XML declaration, processing instructions and comments, turns CDATA into text,
/// checks that tags nest properly and decodes the predefined and numeric character references.
/// Names are matched on their local part (`x:c` is `c`), as writers differ in namespace prefixes.
/// DTDs are refused: workbooks have none, and refusing them rules out entity expansion attacks.
struct XMLScanner {
    enum Event: Equatable {
        case start
        case end
        case text
        case eof
    }

    struct Attribute {
        var localStart: Int
        var localEnd: Int
        var valueStart: Int
        var valueEnd: Int
        var hasReference: Bool
    }

    struct Failure: Error {
        let message: String
        /// True for a limit that was hit (the message is complete), false for malformed XML.
        var isRefusal = false
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var stack: [Range<Int>] = []
    private var pendingEnd = false

    /// Local name of the current start or end tag.
    private(set) var nameStart = 0
    private(set) var nameEnd = 0
    /// Attributes of the current start tag.
    private(set) var attributes: [Attribute] = []
    /// The current text (between tags, or a CDATA section).
    private var textStart = 0
    private var textEnd = 0
    private var textHasReference = false
    private var textIsCDATA = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        b = bytes
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }
        attributes.reserveCapacity(8)
        stack.reserveCapacity(16)
    }

    /// Number of open elements.
    var depth: Int { stack.count }

    private static let lt = UInt8(ascii: "<")
    private static let gt = UInt8(ascii: ">")
    private static let amp = UInt8(ascii: "&")
    private static let slash = UInt8(ascii: "/")
    private static let colon = UInt8(ascii: ":")

    @inline(__always)
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    private func fail(_ message: String) -> Failure {
        // Report a line number: people can open the part in an editor.
        var line = 1
        for i in 0..<min(pos, b.count) where b[i] == 0x0A { line += 1 }
        return Failure(message: "\(message) (regel \(line))")
    }

    mutating func next() throws(Failure) -> Event {
        if pendingEnd {
            pendingEnd = false
            let qname = stack.removeLast()
            setName(qname)
            return .end
        }
        while true {
            let n = b.count
            if pos >= n {
                if !stack.isEmpty { throw fail("onverwacht einde: element <\(string(stack.last!))> is niet afgesloten") }
                return .eof
            }
            if b[pos] != Self.lt {
                let start = pos
                var reference = false
                while pos < n {
                    let c = b[pos]
                    if c == Self.lt { break }
                    if c == Self.amp { reference = true }
                    pos += 1
                }
                textStart = start
                textEnd = pos
                textHasReference = reference
                textIsCDATA = false
                return .text
            }
            guard pos + 1 < n else { throw fail("onverwacht einde in een tag") }
            let c1 = b[pos + 1]
            if c1 == Self.slash {
                pos += 2
                let qStart = pos
                while pos < n, b[pos] != Self.gt, !Self.isSpace(b[pos]) { pos += 1 }
                let qname = qStart..<pos
                while pos < n, Self.isSpace(b[pos]) { pos += 1 }
                guard pos < n, b[pos] == Self.gt else { throw fail("onvolledige eindtag") }
                pos += 1
                guard let open = stack.popLast() else { throw fail("eindtag </\(string(qname))> zonder begintag") }
                guard equal(open, qname) else {
                    throw fail("eindtag </\(string(qname))> past niet bij <\(string(open))>")
                }
                setName(qname)
                return .end
            }
            if c1 == UInt8(ascii: "?") {
                guard let end = find("?>", from: pos + 2) else { throw fail("onvolledige verwerkingsinstructie") }
                pos = end + 2
                continue
            }
            if c1 == UInt8(ascii: "!") {
                if hasPrefix("<!--", at: pos) {
                    guard let end = find("-->", from: pos + 4) else { throw fail("onvolledig commentaar") }
                    pos = end + 3
                    continue
                }
                if hasPrefix("<![CDATA[", at: pos) {
                    guard let end = find("]]>", from: pos + 9) else { throw fail("onvolledige CDATA-sectie") }
                    textStart = pos + 9
                    textEnd = end
                    textHasReference = false
                    textIsCDATA = true
                    pos = end + 3
                    return .text
                }
                throw fail("DOCTYPE- en andere declaraties zijn niet toegelaten")
            }
            return try startTag()
        }
    }

    private mutating func startTag() throws(Failure) -> Event {
        let n = b.count
        pos += 1
        let qStart = pos
        while pos < n {
            let c = b[pos]
            if Self.isSpace(c) || c == Self.gt || c == Self.slash { break }
            pos += 1
        }
        let qname = qStart..<pos
        guard !qname.isEmpty else { throw fail("ongeldige tag") }
        attributes.removeAll(keepingCapacity: true)
        while true {
            while pos < n, Self.isSpace(b[pos]) { pos += 1 }
            guard pos < n else { throw fail("onverwacht einde in een tag") }
            let c = b[pos]
            if c == Self.gt {
                pos += 1
                stack.append(qname)
                setName(qname)
                return .start
            }
            if c == Self.slash {
                guard pos + 1 < n, b[pos + 1] == Self.gt else { throw fail("ongeldige tag") }
                pos += 2
                stack.append(qname)
                setName(qname)
                pendingEnd = true
                return .start
            }
            // Attribute name.
            let aStart = pos
            var localStart = pos
            while pos < n {
                let a = b[pos]
                if a == UInt8(ascii: "=") || Self.isSpace(a) || a == Self.gt || a == Self.slash { break }
                if a == Self.colon { localStart = pos + 1 }
                pos += 1
            }
            let aEnd = pos
            guard aEnd > aStart else { throw fail("ongeldig attribuut") }
            while pos < n, Self.isSpace(b[pos]) { pos += 1 }
            guard pos < n, b[pos] == UInt8(ascii: "=") else { throw fail("attribuut zonder waarde") }
            pos += 1
            while pos < n, Self.isSpace(b[pos]) { pos += 1 }
            guard pos < n, b[pos] == 0x22 || b[pos] == 0x27 else { throw fail("attribuutwaarde zonder aanhalingstekens") }
            let q = b[pos]
            pos += 1
            let vStart = pos
            var reference = false
            while pos < n, b[pos] != q {
                if b[pos] == Self.amp { reference = true }
                if b[pos] == Self.lt { throw fail("'<' in een attribuutwaarde") }
                pos += 1
            }
            guard pos < n else { throw fail("onverwacht einde in een attribuutwaarde") }
            attributes.append(Attribute(localStart: localStart, localEnd: aEnd, valueStart: vStart,
                                        valueEnd: pos, hasReference: reference))
            pos += 1
        }
    }

    private mutating func setName(_ qname: Range<Int>) {
        var s = qname.lowerBound
        var i = qname.lowerBound
        while i < qname.upperBound {
            if b[i] == Self.colon { s = i + 1 }
            i += 1
        }
        nameStart = s
        nameEnd = qname.upperBound
    }

    // MARK: Questions about the current event

    /// True when the local name of the current tag is `name`.
    @inline(__always)
    func nameIs(_ name: StaticString) -> Bool {
        bytesEqual(nameStart, nameEnd, name)
    }

    @inline(__always)
    private func bytesEqual(_ start: Int, _ end: Int, _ s: StaticString) -> Bool {
        let count = s.utf8CodeUnitCount
        guard end - start == count else { return false }
        let p = s.utf8Start
        var i = 0
        while i < count {
            if b[start + i] != p[i] { return false }
            i += 1
        }
        return true
    }

    /// The raw (undecoded) bytes of an attribute of the current start tag, by local name.
    func attributeBytes(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        for a in attributes where bytesEqual(a.localStart, a.localEnd, name) {
            return UnsafeBufferPointer(rebasing: b[a.valueStart..<a.valueEnd])
        }
        return nil
    }

    /// The decoded value of an attribute of the current start tag, by local name.
    func attribute(_ name: StaticString) throws(Failure) -> String? {
        for a in attributes where bytesEqual(a.localStart, a.localEnd, name) {
            return try decode(a.valueStart, a.valueEnd, references: a.hasReference)
        }
        return nil
    }

    /// The decoded current text.
    func text() throws(Failure) -> String {
        if textIsCDATA { return normalizedLineEnds(textStart, textEnd) }
        return try decode(textStart, textEnd, references: textHasReference)
    }

    /// True when the current text is only whitespace.
    var textIsWhitespace: Bool {
        var i = textStart
        while i < textEnd {
            if !Self.isSpace(b[i]) { return false }
            i += 1
        }
        return true
    }

    /// The raw bytes of the current text (for numbers and indexes, which have no references).
    var textBytes: UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: b[textStart..<textEnd])
    }

    var textHasReferences: Bool { textHasReference && !textIsCDATA }

    // MARK: Decoding

    private func decode(_ start: Int, _ end: Int, references: Bool) throws(Failure) -> String {
        if !references { return normalizedLineEnds(start, end) }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        var i = start
        while i < end {
            let c = b[i]
            if c == 0x0D {
                out.append(0x0A)
                i += (i + 1 < end && b[i + 1] == 0x0A) ? 2 : 1
                continue
            }
            guard c == Self.amp else {
                out.append(c)
                i += 1
                continue
            }
            var j = i + 1
            while j < end, b[j] != UInt8(ascii: ";"), j - i < 12 { j += 1 }
            guard j < end, b[j] == UInt8(ascii: ";") else { throw fail("ongeldige entiteit") }
            let name = UnsafeBufferPointer(rebasing: b[(i + 1)..<j])
            if let scalar = Self.reference(name) {
                TextDecoding.appendUTF8(scalar, to: &out)
            } else {
                throw fail("onbekende entiteit &\(String(decoding: name, as: UTF8.self));")
            }
            i = j + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func reference(_ name: UnsafeBufferPointer<UInt8>) -> UInt32? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return 0x3C
        case "gt": return 0x3E
        case "amp": return 0x26
        case "quot": return 0x22
        case "apos": return 0x27
        default: break
        }
        guard name.count >= 2, name[0] == UInt8(ascii: "#") else { return nil }
        var value: UInt32 = 0
        if name[1] == UInt8(ascii: "x") || name[1] == UInt8(ascii: "X") {
            guard name.count >= 3 else { return nil }
            for c in name[2...] {
                guard let d = hexValue(c) else { return nil }
                value = value * 16 + d
            }
        } else {
            for c in name[1...] {
                guard c >= 0x30, c <= 0x39 else { return nil }
                value = value * 10 + UInt32(c - 0x30)
            }
        }
        guard value > 0, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return value
    }

    static func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    private func normalizedLineEnds(_ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: b[start..<end])
        guard slice.contains(0x0D) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            if slice[i] == 0x0D {
                out.append(0x0A)
                i += (i + 1 < slice.count && slice[i + 1] == 0x0A) ? 2 : 1
            } else {
                out.append(slice[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Small helpers

    private func string(_ r: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self)
    }

    private func equal(_ x: Range<Int>, _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        var i = 0
        while i < x.count {
            if b[x.lowerBound + i] != b[y.lowerBound + i] { return false }
            i += 1
        }
        return true
    }

    private func hasPrefix(_ s: StaticString, at i: Int) -> Bool {
        let count = s.utf8CodeUnitCount
        guard i + count <= b.count else { return false }
        return bytesEqual(i, i + count, s)
    }

    private func find(_ s: StaticString, from i: Int) -> Int? {
        let count = s.utf8CodeUnitCount
        let first = s.utf8Start[0]
        var j = i
        while j + count <= b.count {
            if b[j] == first, bytesEqual(j, j + count, s) { return j }
            j += 1
        }
        return nil
    }
}

extension XMLScanner {
    /// Runs `body` with a scanner over an XML part. UTF-16 parts (allowed by the package format,
    /// rare in practice) are converted to UTF-8 first.
    static func scan<T, E: Error>(_ bytes: [UInt8], _ body: (inout XMLScanner) throws(E) -> T) throws(E) -> T {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let utf8 = bytes.withUnsafeBufferPointer {
                TextDecoding.utf16ToUTF8(UnsafeBufferPointer(rebasing: $0[2...]), littleEndian: bytes[0] == 0xFF)
            }
            return try scan(utf8, body)
        }
        return try bytes.withUnsafeBufferPointer { (buf) throws(E) -> T in
            var scanner = XMLScanner(buf)
            return try body(&scanner)
        }
    }
}
