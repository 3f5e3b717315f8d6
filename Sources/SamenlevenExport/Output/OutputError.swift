import Foundation
import SamenlevenModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an output file or folder was not written, in Dutch, naming the path the user gave.
/// Nothing was changed when one of these is thrown. The CLI reports them with exit status 2:
/// they are wrong input (`--uit` names something that is not ours) or a problem of the
/// environment (full disk, no permission), never a bug of the toolkit.
public enum OutputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The path exists and is not a regular file (a folder, FIFO, device, socket or symbolic link).
    case notARegularFile(String, what: String)
    /// The path exists and is not a folder.
    case notADirectory(String, what: String)
    /// The folder holds entries the toolkit did not write there, or changed since (relative paths).
    case notOurs(String, inTheWay: [String])
    /// Creating or writing failed (`reason` in Dutch).
    case cannotWrite(String, reason: String)
    /// Everything was written, but putting it in place failed.
    case cannotReplace(String, reason: String)

    /// The path the message names.
    public var path: String {
        switch self {
        case let .notARegularFile(p, _), let .notADirectory(p, _), let .notOurs(p, _), let .cannotWrite(p, _), let .cannotReplace(p, _):
            return p
        }
    }

    /// The same error naming `target` when it named `temporary` or something inside it: the
    /// user knows only the path they gave, not the toolkit's temporary names.
    func naming(_ target: String, insteadOf temporary: String) -> OutputError {
        guard path == temporary || path.hasPrefix(temporary + "/") else { return self }
        switch self {
        case let .notARegularFile(_, what): return .notARegularFile(target, what: what)
        case let .notADirectory(_, what): return .notADirectory(target, what: what)
        case let .notOurs(_, names): return .notOurs(target, inTheWay: names)
        case let .cannotWrite(_, reason): return .cannotWrite(target, reason: reason)
        case let .cannotReplace(_, reason): return .cannotReplace(target, reason: reason)
        }
    }

    /// How many names of `notOurs` the message shows.
    public static let shownNames = 5

    public var description: String {
        switch self {
        case let .notARegularFile(path, what):
            return "'\(path)' is \(what), geen gewoon bestand; de toolkit vervangt enkel een gewoon bestand, er wordt niets overschreven"
        case let .notADirectory(path, what):
            return "'\(path)' is \(what), geen map; er wordt niets overschreven"
        case let .notOurs(path, names):
            let shown = names.prefix(Self.shownNames).joined(separator: ", ")
            let more = names.count > Self.shownNames ? " en nog \(names.count - Self.shownNames)" : ""
            return "de map '\(path)' bevat wat de toolkit er niet (zo) schreef: \(shown)\(more) (\(names.count) in totaal); "
                + "kies een nieuwe of lege map, er wordt niets overschreven"
        case let .cannotWrite(path, reason):
            return "kan '\(path)' niet schrijven: \(reason); er is niets veranderd"
        case let .cannotReplace(path, reason):
            return "kan '\(path)' niet vervangen: \(reason); er is niets veranderd"
        }
    }
}
