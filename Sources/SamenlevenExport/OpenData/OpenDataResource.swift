import Memberwise
import SamenlevenModel

/// One table of the open-data package: written as `<name>.csv` and `<name>.json`, described in
/// `datapackage.json` with its Table Schema and in `dcat.jsonld` as two distributions.
public struct OpenDataResource: Sendable {
    /// A Table Schema foreign key: `fields` of this resource point to `referenceFields` of
    /// `resource` (the empty string: this resource itself).
    @MemberwiseInit(unlabeled: "fields", "resource", "referenceFields")
    public struct ForeignKey: Sendable, Equatable {
        public let fields: [String]
        public let resource: String
        public let referenceFields: [String]

        static func bestuur(_ field: String) -> ForeignKey { ForeignKey([field], "besturen", ["code"]) }
        static let actie = ForeignKey(["actie"], "acties", ["nummer"])
        static let projectjaar = ForeignKey(["projectjaar"], "projectjaren", ["nummer"])
    }

    /// `toekenningen`: lower case, the file names' stem.
    public let name: String
    public let title: String
    public let description: String
    public let fields: [OpenDataField]
    public let primaryKey: [String]
    public let foreignKeys: [ForeignKey]
    public let rows: [[OpenDataValue]]
    /// The import kind `samenleven importeer` reads the CSV file back as (nil: reference
    /// tables and derived views that are not imported).
    public let importKind: Soort?
    /// Reference tables have no per-row provenance: their sources are named per resource.
    public let sources: [String]

    public init(name: String, title: String, description: String, fields: [OpenDataField], primaryKey: [String],
                foreignKeys: [ForeignKey], rows: [[OpenDataValue]], importKind: Soort? = nil, sources: [String] = []) {
        precondition(rows.allSatisfy { $0.count == fields.count }, "\(name): every row has one value per field")
        self.name = name
        self.title = title
        self.description = description
        self.fields = fields
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
        self.rows = rows
        self.importKind = importKind
        self.sources = sources
    }

    public var csvFileName: String { name + ".csv" }
    public var jsonFileName: String { name + ".json" }

    public func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }

    /// Rows marked as synthetic example data (the `voorbeelddata` column).
    public var voorbeelddataRows: Int {
        guard let i = fieldIndex("voorbeelddata") else { return 0 }
        return rows.filter { $0[i] == .boolean(true) }.count
    }

    /// True for tables of records with per-row provenance (not the reference tables).
    public var hasProvenance: Bool { fieldIndex("bron_bestand") != nil }
}

extension OpenDataField {
    /// `bron_bestand`, `bron_rij`, `voorbeelddata`: where a row came from.
    static let provenance: [OpenDataField] = [
        OpenDataField("bron_bestand", .string,
                      "Herkomst: het bestand waaruit de rij in de databank kwam (bij een werkboek: bestand[blad]).", required: true),
        OpenDataField("bron_rij", .integer,
                      "Herkomst: het rijnummer in dat bestand zoals een spreadsheet het toont (kopregel = rij 1).", minimum: 1),
        OpenDataField("voorbeelddata", .boolean,
                      "true als de rij synthetische voorbeelddata is (verzonnen, geen officieel cijfer), false voor officiële gegevens. Het pakket en de tabel zeggen het dan ook in hun titel of beschrijving.",
                      required: true),
    ]

    static func provenanceValues(_ h: Herkomst) -> [OpenDataValue] {
        [.text(h.bron), h.rij.map(OpenDataValue.integer) ?? .empty, .boolean(h.voorbeelddata)]
    }

    static let projectjaar = OpenDataField("projectjaar", .integer, "Het projectjaar (1, 2 of 3); zie projectjaren.", required: true,
                                           enumeration: Projectjaar.alle.map { String($0.nummer) })
    static let actie = OpenDataField("actie", .integer, "Nummer van de actie (1 tot 24); zie acties.", required: true, minimum: 1)
    static let actieNaam = OpenDataField("actie_naam", .string, "Naam van de actie volgens de actiecatalogus (ter informatie).")
    static let provincieVermeld = OpenDataField(
        "provincie", .string,
        "De provincie zoals het bronbestand ze vermeldt (leeg als het geen provincie noemt), niet gecorrigeerd: bronnen bevatten zulke fouten. De provincie volgens de referentiegegevens staat in bestuur_provincie (indiener_provincie bij samenwerkingsverbanden) en in besturen.")

    /// `bestuur`, `bestuur_naam`, `bestuur_provincie` (or `indiener`, `partner`, ...).
    static func bestuur(_ name: String, _ what: String) -> [OpenDataField] {
        [OpenDataField(name, .string, "\(what): NIS-code van de gemeente (tekst, vijf cijfers), VGC of DERAND; zie besturen.", required: true),
         OpenDataField(name + "_naam", .string, "Naam van dat bestuur (ter informatie)."),
         OpenDataField(name + "_provincie", .string, "Provincie van dat bestuur volgens de referentiegegevens (ter informatie).")]
    }
}
