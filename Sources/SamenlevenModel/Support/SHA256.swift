import Crypto
import Foundation

/// The lower-case hex SHA-256 digest of `data` (swift-crypto): the fingerprint of imported files
/// (importing the same bytes again is recognised as the same source) and of the files the toolkit
/// writes (output manifests, the open-data package).
public func sha256Hex(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: data) {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
}
