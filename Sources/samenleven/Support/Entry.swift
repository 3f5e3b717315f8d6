import ArgumentParser
import Foundation
import SamenlevenExport

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
            finish(0)
        } catch let error as InvalidInput {
            printError("fout: \(error.message)")
            finish(ExitStatus.invalidInput)
        } catch let error as OutputError {
            // --uit names something that is not ours, or the disk is full: never our bug.
            printError("fout: \(error.description).")
            finish(ExitStatus.invalidInput)
        } catch let error as ExitStatusError {
            finish(error.status)
        } catch {
            let code = Samenleven.exitCode(for: error)
            if code == .success {
                // --help and --version: ArgumentParser's text, headings in Dutch.
                print(Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)))
                finish(0)
            }
            if code == .validationFailure || error is ValidationError {
                printError(Dutch.translate(Samenleven.fullMessage(for: error, columns: nil)))
                finish(ExitStatus.invalidInput)
            }
            printError("interne fout: \(error)")
            finish(ExitStatus.internalError)
        }
    }
}

/// Ends the process with `status`, after checking that everything printed on standard output
/// really got there (`print` ignores write errors: `vraag … > /dev/full` would exit 0 with
/// nothing written). A failed write is reported on standard error and ends with exit status 2
/// (a problem of the environment, like a full disk for `--uit`), whatever `status` was.
func finish(_ status: Int32) -> Never {
    if let code = StandardOutput.flushFailure() {
        let reason = code == 0 ? "schrijffout" : OutputError.reason(code)
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

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}
