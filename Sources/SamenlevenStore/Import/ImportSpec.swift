import SamenlevenModel

extension Soort {
    /// The kind a file name starts with (`toekenningen-2024.csv`), or nil.
    public init?(bestandsnaam: String) {
        let base = bestandsnaam.lowercased().replacingOccurrences(of: "-", with: "_")
        let match = Soort.allCases.sorted { $0.rawValue.count > $1.rawValue.count }.first { base.hasPrefix($0.rawValue) }
        guard let match else { return nil }
        self = match
    }

    /// The kind a sheet is named after (exact name, case and spaces aside).
    public init?(bladnaam: String) {
        let key = bladnaam.trimmedWhitespace.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        guard let match = Soort.allCases.first(where: { $0.rawValue == key }) else { return nil }
        self = match
    }

    /// "toekenningen, aanvragen, samenwerkingsverbanden, mentorschappen, sio, kpi_rapportering, acties"
    public static var lijst: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
