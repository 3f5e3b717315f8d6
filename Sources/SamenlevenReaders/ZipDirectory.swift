import Foundation
import ZIPFoundation

/// One file in a zip archive, as declared by the central directory.
struct ZipEntryInfo: Sendable {
    let path: String
    let flags: UInt16
    let method: UInt16
    let crc32: UInt32
    let compressedSize: UInt64
    let uncompressedSize: UInt64
    let localHeaderOffset: UInt64
}

/// The central directory of a zip archive held in memory, and bounded extraction of its entries.
///
/// The directory is parsed here (rather than with `ZIPFoundation.Archive`) so that every declared
/// size and offset can be checked before anything is inflated, and so that the inflater only ever
/// sees the compressed bytes of the entry itself: a truncated or lying entry ends in an error, never
/// in reading past the entry. Inflating and the CRC-32 are ZIPFoundation's (`Data.decompress`).
struct ZipDirectory {
    let fileName: String
    let data: Data
    let entries: [ZipEntryInfo]
    private let indexByKey: [String: Int]

    init(data: Data, fileName: String) throws(ReadError) {
        self.fileName = fileName
        self.data = data.startIndex == 0 ? data : Data(data)
        let entries = try withBytes(of: self.data) { (b) throws(ReadError) in
            try Self.parseCentralDirectory(b, fileName: fileName)
        }
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() {
            let key = Self.key(e.path)
            if index[key] != nil {
                throw ReadError(fileName: fileName, message: XLSXMessages.corrupt("het onderdeel \(e.path) komt twee keer voor"))
            }
            index[key] = i
        }
        self.entries = entries
        self.indexByKey = index
    }

    /// Part names in a package are case-insensitive; some writers use backslashes or a leading slash.
    static func key(_ path: String) -> String {
        var p = path.replacingOccurrences(of: "\\", with: "/")
        while p.hasPrefix("/") { p.removeFirst() }
        return p.lowercased()
    }

    func entry(_ path: String) -> ZipEntryInfo? {
        indexByKey[Self.key(path)].map { entries[$0] }
    }

    // MARK: Central directory

    private static func u16(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt16 {
        UInt16(b[i]) | UInt16(b[i + 1]) << 8
    }

    private static func u32(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }

    private static func u64(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(u32(b, i)) | UInt64(u32(b, i + 4)) << 32
    }

    private static func parseCentralDirectory(_ b: UnsafeBufferPointer<UInt8>, fileName: String) throws(ReadError) -> [ZipEntryInfo] {
        func corrupt(_ detail: String) -> ReadError {
            ReadError(fileName: fileName, message: XLSXMessages.corrupt(detail))
        }
        let n = b.count
        // End of central directory record: 22 bytes plus a comment of at most 65535 bytes.
        guard n >= 22 else { throw corrupt("het bestand is te kort voor een zip-archief") }
        var eocd = -1
        var i = n - 22
        let lowest = max(0, n - 22 - 65_535)
        while i >= lowest {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06,
               i + 22 + Int(u16(b, i + 20)) <= n {
                eocd = i
                break
            }
            i -= 1
        }
        guard eocd >= 0 else {
            throw corrupt("het einde van het zip-archief ontbreekt (is het bestand afgebroken bij het downloaden of kopiëren?)")
        }
        var diskNumber = UInt32(u16(b, eocd + 4))
        var cdDisk = UInt32(u16(b, eocd + 6))
        var count = UInt64(u16(b, eocd + 10))
        var cdSize = UInt64(u32(b, eocd + 12))
        var cdOffset = UInt64(u32(b, eocd + 16))
        if count == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            // ZIP64: the locator sits just before the end record.
            let loc = eocd - 20
            guard loc >= 0, u32(b, loc) == 0x0706_4B50 else { throw corrupt("ZIP64-gegevens ontbreken") }
            let z = u64(b, loc + 8)
            guard z <= UInt64(n - 56), u32(b, Int(z)) == 0x0606_4B50 else { throw corrupt("ZIP64-gegevens ontbreken") }
            let zi = Int(z)
            diskNumber = u32(b, zi + 16)
            cdDisk = u32(b, zi + 20)
            count = u64(b, zi + 32)
            cdSize = u64(b, zi + 40)
            cdOffset = u64(b, zi + 48)
        }
        guard diskNumber == 0, cdDisk == 0 else { throw corrupt("een zip-archief over meerdere delen wordt niet ondersteund") }
        guard cdOffset <= UInt64(n), cdSize <= UInt64(n) - cdOffset else {
            throw corrupt("de inhoudstafel van het zip-archief ligt buiten het bestand (afgebroken?)")
        }
        // Every record takes at least 46 bytes, so the count is bounded by the directory size.
        guard count <= cdSize / 46 else { throw corrupt("de inhoudstafel van het zip-archief is onvolledig") }

        var entries: [ZipEntryInfo] = []
        entries.reserveCapacity(Int(count))
        var p = Int(cdOffset)
        let end = Int(cdOffset + cdSize)
        for _ in 0..<count {
            guard p + 46 <= end, u32(b, p) == 0x0201_4B50 else { throw corrupt("de inhoudstafel van het zip-archief is beschadigd") }
            let flags = u16(b, p + 8)
            let method = u16(b, p + 10)
            let crc = u32(b, p + 16)
            var csize = UInt64(u32(b, p + 20))
            var usize = UInt64(u32(b, p + 24))
            let nameLength = Int(u16(b, p + 28))
            let extraLength = Int(u16(b, p + 30))
            let commentLength = Int(u16(b, p + 32))
            var offset = UInt64(u32(b, p + 42))
            let nameStart = p + 46
            let extraStart = nameStart + nameLength
            let next = extraStart + extraLength + commentLength
            guard next <= end else { throw corrupt("de inhoudstafel van het zip-archief is beschadigd") }
            let path = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<extraStart]), as: UTF8.self)
            if usize == 0xFFFF_FFFF || csize == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
                // ZIP64 extended information: the 64-bit values of the fields that are 0xFFFFFFFF, in order.
                var e = extraStart
                let extraEnd = extraStart + extraLength
                var found = false
                while e + 4 <= extraEnd {
                    let id = u16(b, e), size = Int(u16(b, e + 2))
                    guard e + 4 + size <= extraEnd else { break }
                    if id == 0x0001 {
                        var f = e + 4
                        let fEnd = f + size
                        if usize == 0xFFFF_FFFF, f + 8 <= fEnd { usize = u64(b, f); f += 8 }
                        if csize == 0xFFFF_FFFF, f + 8 <= fEnd { csize = u64(b, f); f += 8 }
                        if offset == 0xFFFF_FFFF, f + 8 <= fEnd { offset = u64(b, f); f += 8 }
                        found = true
                        break
                    }
                    e += 4 + size
                }
                guard found else { throw corrupt("ZIP64-gegevens van \(path) ontbreken") }
            }
            entries.append(ZipEntryInfo(path: path, flags: flags, method: method, crc32: crc,
                                        compressedSize: csize, uncompressedSize: usize, localHeaderOffset: offset))
            p = next
        }
        return entries
    }

    // MARK: Limits

    /// Checks the declared sizes of all entries against the limits, before anything is extracted.
    func checkDeclaredSizes(_ limits: XLSXLimits) throws(ReadError) {
        var xmlTotal: UInt64 = 0
        for e in entries {
            try checkDeclared(e, limits)
            let key = Self.key(e.path)
            if key.hasSuffix(".xml") || key.hasSuffix(".rels") {
                xmlTotal &+= e.uncompressedSize
                if xmlTotal > UInt64(limits.maxUncompressedBytes) {
                    throw ReadError(fileName: fileName, message: XLSXMessages.tooBig(limits.maxUncompressedBytes))
                }
            }
        }
    }

    private func checkDeclared(_ e: ZipEntryInfo, _ limits: XLSXLimits) throws(ReadError) {
        let partLimit = min(limits.maxSheetXMLBytes, limits.maxUncompressedBytes)
        if e.uncompressedSize > UInt64(limits.maxUncompressedBytes) {
            throw ReadError(fileName: fileName, message: XLSXMessages.tooBig(limits.maxUncompressedBytes))
        }
        if e.uncompressedSize > UInt64(partLimit) {
            throw ReadError(fileName: fileName, message: XLSXMessages.partTooBig(e.path, partLimit))
        }
        if e.uncompressedSize > UInt64(limits.compressionRatioThreshold),
           Double(e.uncompressedSize) > Double(max(e.compressedSize, 1)) * Double(limits.maxCompressionRatio) {
            throw ReadError(fileName: fileName, message: XLSXMessages.ratio(e.path, limits.maxCompressionRatio))
        }
    }

    // MARK: Extraction

    private struct Abort: Error {
        let error: ReadError
    }

    /// Extracts one entry, counting the actual bytes against the limits and `remainingTotal`
    /// (which is decreased by the size of the entry).
    func extract(_ e: ZipEntryInfo, limits: XLSXLimits, remainingTotal: inout Int) throws(ReadError) -> [UInt8] {
        func corrupt(_ detail: String) -> ReadError {
            ReadError(fileName: fileName, message: XLSXMessages.corrupt(detail))
        }
        try checkDeclared(e, limits)
        if e.flags & 1 != 0 {
            throw ReadError(fileName: fileName, message: "het werkboek is versleuteld; sla het op zonder wachtwoord")
        }
        let n = data.count
        let lho = e.localHeaderOffset
        guard lho <= UInt64(n), UInt64(n) - lho >= 30 else { throw corrupt("\(e.path) ligt buiten het bestand") }
        let header = Int(lho)
        let (signature, nameLength, extraLength) = data.withUnsafeBytes { raw in
            let b = raw.bindMemory(to: UInt8.self)
            return (Self.u32(b, header), Int(Self.u16(b, header + 26)), Int(Self.u16(b, header + 28)))
        }
        guard signature == 0x0403_4B50 else { throw corrupt("de kop van \(e.path) is beschadigd") }
        let dataStart = header + 30 + nameLength + extraLength
        guard dataStart <= n, e.compressedSize <= UInt64(n - dataStart) else {
            throw corrupt("\(e.path) is onvolledig (afgebroken bestand?)")
        }
        let dataEnd = dataStart + Int(e.compressedSize)
        let partLimit = min(limits.maxSheetXMLBytes, limits.maxUncompressedBytes)
        let declared = Int(e.uncompressedSize)
        guard declared <= remainingTotal else {
            throw ReadError(fileName: fileName, message: XLSXMessages.tooBig(limits.maxUncompressedBytes))
        }

        var out: [UInt8] = []
        switch e.method {
        case 0:
            guard e.compressedSize == e.uncompressedSize else { throw corrupt("de grootte van \(e.path) klopt niet") }
            out = Array(data[dataStart..<dataEnd])
            let crc = data[dataStart..<dataEnd].crc32(checksum: 0)
            guard crc == e.crc32 else { throw corrupt("controlegetal (CRC) van \(e.path) klopt niet") }
        case 8:
            out.reserveCapacity(declared)
            var offset = dataStart
            let fileName = self.fileName
            let path = e.path
            let ratioLimit = limits.maxCompressionRatio
            let ratioThreshold = limits.compressionRatioThreshold
            let compressed = max(Int(e.compressedSize), 1)
            let total = remainingTotal
            let maxTotal = limits.maxUncompressedBytes
            // ZIPFoundation's inflater on Linux always takes `bufferSize` bytes of input per call, even
            // when the provider returns fewer. Entries up to 8 MiB compressed (all real ones) are
            // therefore served in one exact chunk; larger ones in 1 MiB chunks with the last one
            // padded with zeros (never a valid end of stream). Asking beyond the entry means the
            // stream did not end where the directory says: damaged or truncated.
            guard e.compressedSize > 0 else {
                guard declared == 0 else { throw corrupt("\(e.path) is onvolledig of beschadigd") }
                return []
            }
            let chunkSize = e.compressedSize <= 8 << 20 ? Int(e.compressedSize) : 1 << 20
            let crc: CRC32
            do {
                crc = try Data.decompress(
                    size: Int64(e.compressedSize), bufferSize: chunkSize, skipCRC32: false,
                    provider: { _, size in
                        guard offset < dataEnd else {
                            throw Abort(error: corrupt("\(path) is onvolledig of beschadigd"))
                        }
                        let end = min(offset + size, dataEnd)
                        var chunk = Data(self.data[offset..<end])
                        offset = end
                        if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                        return chunk
                    },
                    consumer: { chunk in
                        // Check before keeping the bytes, so memory never goes past the limits.
                        let count = out.count + chunk.count
                        if count > total {
                            throw Abort(error: ReadError(fileName: fileName, message: XLSXMessages.tooBig(maxTotal)))
                        }
                        if count > partLimit {
                            throw Abort(error: ReadError(fileName: fileName, message: XLSXMessages.partTooBig(path, partLimit)))
                        }
                        if count > declared {
                            throw Abort(error: ReadError(fileName: fileName, message: XLSXMessages.biggerThanDeclared(path)))
                        }
                        if count > ratioThreshold, Double(count) > Double(compressed) * Double(ratioLimit) {
                            throw Abort(error: ReadError(fileName: fileName, message: XLSXMessages.ratio(path, ratioLimit)))
                        }
                        out.append(contentsOf: chunk)
                    })
            } catch let abort as Abort {
                throw abort.error
            } catch {
                throw corrupt("de gegevens van \(e.path) zijn beschadigd")
            }
            guard out.count == declared else { throw corrupt("de grootte van \(e.path) klopt niet") }
            guard crc == e.crc32 else { throw corrupt("controlegetal (CRC) van \(e.path) klopt niet") }
        default:
            throw corrupt("\(e.path) gebruikt een niet-ondersteunde compressiemethode (\(e.method))")
        }
        remainingTotal -= out.count
        return out
    }
}
