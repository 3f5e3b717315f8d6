import ArgumentParser
import Foundation
import SamenlevenModel

/// Runs the CLI with the toolkit's exit statuses: 0 success, 2 invalid input (with a Dutch
/// message naming what is wrong), 3 findings (controleer), 1 internal error. Never a stack
/// trace for bad input.
@main
enum Entry {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try Samenleven.parseAsRoot(arguments)
            try command.run()
        } catch let error as InvalidInput {
            printError("fout: \(error.message)")
            exit(ExitStatus.invalidInput)
        } catch let error as BedragOverloop {
            printError("fout: \(error.description)")
            exit(ExitStatus.invalidInput)
        } catch let error as ExitStatusError {
            exit(error.status)
        } catch {
            let code = Samenleven.exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, headings in Dutch.
                print(Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)))
                exit(0)
            }
            if code == .validationFailure || error is ValidationError {
                printError(Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)))
                exit(ExitStatus.invalidInput)
            }
            printError("interne fout: \(error)")
            exit(ExitStatus.internalError)
        }
    }
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
