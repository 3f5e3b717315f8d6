import GRDB

extension Schema {
    /// `bronbestand.ingelezen_op`: when an import stored the file (UTC, ISO 8601 text such as
    /// `2026-12-01T06:05:00Z`); NULL for the built-in data and for rows of earlier versions.
    static func addIngelezenOp(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE bronbestand ADD COLUMN ingelezen_op TEXT")
    }
}
