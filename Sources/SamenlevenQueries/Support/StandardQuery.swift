import SamenlevenModel

/// The query of one standard question: its title, columns and typed result. The
/// `AnswerTable` rendering (`antwoord`) is the result's table for every question.
public protocol StandardQuery {
    /// The title of the answer.
    static var titel: String { get }
    /// The answer's columns, the label column first.
    static var kolommen: [Kolom] { get }
    /// The typed result (rows with their keys, fields and provenance) on `context` with the given filters.
    static func resultaat(_ context: QueryContext, opties: QueryOptions) -> Resultaat
}

extension StandardQuery {
    /// The answer as an `AnswerTable`: the rendering of `resultaat`.
    public static func antwoord(_ context: QueryContext, opties: QueryOptions = QueryOptions()) -> AnswerTable {
        resultaat(context, opties: opties).tabel
    }
}
