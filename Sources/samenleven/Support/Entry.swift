import ArgumentParser
import Foundation
import Memberwise
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore

/// Runs the CLI with the toolkit's exit statuses: 0 success, 2 invalid input or a problem of
/// the environment (with a Dutch message naming what is wrong), 3 findings (controleer),
/// 1 internal error. Never a stack trace for bad input.
@main
enum Entry {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try Samenleven.parseAsRoot(arguments)
            try command.run()
            finish(0)
        } catch {
            let afloop = Afloop(error)
            if let melding = afloop.melding {
                if afloop.status == 0 { print(melding) } else { printError(melding) }
            }
            finish(afloop.status)
        }
    }
}

/// The one place where an error becomes a message and an exit status. Commands throw; they
/// never print an error or choose a status themselves (except `ExitStatusError` after they
/// printed their own report).
@MemberwiseInit
struct Afloop {
    /// What the user reads (stderr, or stdout for --help and --version); nil: nothing more.
    let melding: String?
    let status: Int32

    init(_ error: Error) {
        switch error {
        case let error as InvalidInput:
            self.init(fout: error.message)
        case let error as ExitStatusError:
            self.init(melding: nil, status: error.status)
        case let error as StoreError:
            self = error.isIntern ? Afloop(intern: error.description) : Afloop(fout: error.description)
        case let error as OutputError:
            // --uit names something that is not ours, or the disk is full: never our bug.
            self.init(fout: "\(error.description).")
        case let error as WerkboekFout:
            self.init(fout: error.melding)
        case let error as BedragOverloop:
            // A figure too large to compute exactly: refused, never a trap.
            self.init(fout: error.description)
        default:
            if let eigen = Self.optieFout(in: error) {
                // An option's own type refused its value (`DutchArgument`): its Dutch message.
                self.init(fout: eigen.message)
                return
            }
            if let omschrijving = Systeemfout.omschrijving(van: error) {
                // A file the command reads or writes: rights, read-only, full disk, missing folder.
                let pad = ((error as NSError).userInfo[NSFilePathErrorKey] as? String)
                    ?? ((error as NSError).userInfo[NSURLErrorKey] as? URL)?.path
                self.init(fout: (pad.map { "'\($0)': " } ?? "") + omschrijving + ".")
                return
            }
            let code = Samenleven.exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, headings in Dutch.
                self.init(melding: Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)), status: 0)
            } else if code == .validationFailure || error is ValidationError {
                self.init(melding: Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)), status: ExitStatus.invalidInput)
            } else {
                self.init(intern: "onverwachte fout in samenleven (systeemmelding: \(error))")
            }
        }
    }

    /// The `InvalidInput` an option's parser threw (`DutchArgument.parser`), which
    /// ArgumentParser keeps as the original error inside its own parse error.
    static func optieFout(in error: Error) -> InvalidInput? {
        func zoek(_ value: Any, diepte: Int) -> InvalidInput? {
            if let fout = value as? InvalidInput { return fout }
            guard diepte > 0 else { return nil }
            for child in Mirror(reflecting: value).children {
                if let fout = zoek(child.value, diepte: diepte - 1) { return fout }
            }
            return nil
        }
        return zoek(error, diepte: 6)
    }

    /// Invalid input or an environment problem: exit status 2.
    init(fout melding: String) {
        self.init(melding: "fout: \(melding)", status: ExitStatus.invalidInput)
    }

    /// A bug: exit status 1.
    init(intern melding: String) {
        self.init(melding: "interne fout: \(melding)", status: ExitStatus.internalError)
    }
}

/// Ends the process with `status`, after checking that everything printed on standard output
/// really got there (`print` ignores write errors: `vraag … > /dev/full` would exit 0 with
/// nothing written). A failed write is reported on standard error and ends with exit status 2
/// (a problem of the environment, like a full disk for `--uit`), whatever `status` was.
func finish(_ status: Int32) -> Never {
    if let code = StandardOutput.flushFailure() {
        let reason = code == 0 ? "schrijffout" : Systeemfout.omschrijving(errno: code)
        printError("fout: de uitvoer kon niet naar de standaarduitvoer geschreven worden (\(reason)).")
        exit(status == 0 || status == ExitStatus.findings ? ExitStatus.invalidInput : status)
    }
    exit(status)
}

enum ExitStatus {
    static let invalidInput: Int32 = 2
    static let internalError: Int32 = 1
    static let findings: Int32 = 3
}

/// Ends the process with a given status after the command printed what it had to say.
struct ExitStatusError: Error {
    let status: Int32
}

/// Invalid input found by the CLI itself, in Dutch.
struct InvalidInput: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}

/// Writes a message to standard error, control characters from data shown escaped.
func printError(_ text: String) {
    let visible = text.withVisibleControlCharacters
    FileHandle.standardError.write(Data((visible.hasSuffix("\n") ? visible : visible + "\n").utf8))
}

/// Writes text meant for a person to standard output, control characters from data shown escaped.
func printText(_ text: String, terminator: String = "\n") {
    print(text.withVisibleControlCharacters, terminator: terminator)
}
