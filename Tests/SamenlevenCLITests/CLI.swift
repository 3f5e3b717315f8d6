import Foundation

/// Runs the built `samenleven` executable as a user would.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable sits beside the test bundle in the build products directory.
    static let executable: URL = {
        var candidates: [URL] = []
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var dir = testBinary.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("samenleven"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("samenleven"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/samenleven"))
        for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url }
        fatalError("samenleven executable not found; tried \(candidates.map(\.path))")
    }()

    /// A fresh store path per test, so tests never touch the user's database.
    static func temporaryDirectory() -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("samenleven-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs the command. New stores start empty of records unless `standaardgegevens` is true
    /// (the embedded default dataset, as a user gets it).
    /// `via`: a launcher the executable runs under (e.g. `setpriv` to drop root's rights, or a
    /// shell that sets a file-size limit), its arguments first.
    static func run(_ arguments: [String], environment: [String: String] = [:], db: URL? = nil,
                    directory: URL? = nil, standaardgegevens: Bool = false, via: [String] = [],
                    standardOutput: FileHandle? = nil, executable: URL = CLI.executable) throws -> Result {
        try start(arguments, environment: environment, db: db, directory: directory,
                  standaardgegevens: standaardgegevens, via: via, standardOutput: standardOutput,
                  executable: executable).wait()
    }

    /// A started command; `wait()` collects its result.
    struct Running {
        let process: Process
        let out: Pipe
        let err: Pipe

        func wait() -> Result {
            // Read both pipes before waiting so a large output cannot block the child.
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus,
                          stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// Starts the command without waiting for it. `standardOutput`: a file the command writes
    /// its standard output to instead of a pipe (its `stdout` in the result is then empty).
    static func start(_ arguments: [String], environment: [String: String] = [:], db: URL? = nil,
                      directory: URL? = nil, standaardgegevens: Bool = false, via: [String] = [],
                      standardOutput: FileHandle? = nil, executable: URL = CLI.executable) throws -> Running {
        let process = Process()
        if let launcher = via.first {
            process.executableURL = URL(fileURLWithPath: launcher)
            process.arguments = Array(via.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env["SAMENLEVEN_DB"] = (db ?? temporaryDirectory().appendingPathComponent("test.sqlite")).path
        env["SAMENLEVEN_STANDAARDGEGEVENS"] = standaardgegevens ? "1" : "0"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        try process.run()
        if standardOutput != nil { try out.fileHandleForWriting.close() }
        return Running(process: process, out: out, err: err)
    }
}
