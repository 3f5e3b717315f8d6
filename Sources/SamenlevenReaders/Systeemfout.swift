import Foundation

/// Operating-system errors in Dutch: the one translation of `errno` values the toolkit
/// expects (rights, read-only file system, full disk, missing folder). Unknown values are
/// shown as "(systeemmelding: ...)" rather than as an English sentence of their own.
public enum Systeemfout {
    /// A Dutch description of an `errno` value.
    public static func omschrijving(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "geen toegang (onvoldoende rechten)"
        case EROFS: return "het bestandssysteem is alleen-lezen"
        case ENOSPC, EDQUOT: return "de schijf is vol"
        case EFBIG: return "het bestand wordt te groot (de schijf is vol of de maximale bestandsgrootte is bereikt)"
        case ENOENT: return "de map of het bestand bestaat niet"
        case ENOTDIR: return "een deel van het pad is geen map"
        case EISDIR: return "het is een map, geen bestand"
        case EEXIST: return "er staat al iets met die naam"
        case ENAMETOOLONG: return "het pad is te lang"
        case EIO: return "lees- of schrijffout van het apparaat"
        case ELOOP: return "te veel symbolische koppelingen in het pad"
        case EBUSY, ETXTBSY: return "het bestand is in gebruik"
        default: return "onbekende systeemfout (systeemmelding: \(String(cString: strerror(code))))"
        }
    }

    /// The `errno` behind a Foundation or POSIX error, when there is one.
    public static func errno(van error: Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
        if let onderliggend = ns.userInfo[NSUnderlyingErrorKey] as? Error { return errno(van: onderliggend) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: ns.code) {
            case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
            case .fileWriteVolumeReadOnly: return EROFS
            case .fileWriteOutOfSpace: return ENOSPC
            case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
            case .fileWriteFileExists: return EEXIST
            default: return nil
            }
        }
        return nil
    }

    /// A Dutch description of a file-system error; nil when it is not one.
    public static func omschrijving(van error: Error) -> String? {
        errno(van: error).map { omschrijving(errno: $0) }
    }

    /// For a message about a file: the Dutch description, else the system's own text marked
    /// as such.
    public static func melding(van error: Error) -> String {
        omschrijving(van: error) ?? "systeemmelding: \((error as NSError).localizedDescription)"
    }
}
