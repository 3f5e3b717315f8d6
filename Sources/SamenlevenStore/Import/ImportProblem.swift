import SamenlevenModel

/// An import that was refused: nothing was stored. Lists every problem found.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let problemen: [ImportProblem]
    public let waarschuwingen: [String]

    public var description: String {
        problemen.map(\.description).joined(separator: "\n")
    }
}
