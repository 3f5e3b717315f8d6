import SamenlevenModel

/// The fixed facts about the published dataset: publisher, licence, keywords, vocabularies.
public enum OpenDataMetadata {
    public static let publisher = "Agentschap Binnenlands Bestuur"
    public static let licenseTitle = "Modellicentie Gratis Hergebruik v1.0"
    public static let licenseURL = "https://www.vlaanderen.be/digitaal-vlaanderen/onze-oplossingen/open-data/voorwaarden-voor-het-hergebruik-van-overheidsinformatie/modellicentie-gratis-hergebruik"
    /// The licence in the Flemish licence codelist (`dct:license` in `dcat.jsonld`).
    public static let licenseConcept = "https://data.vlaanderen.be/id/licentie/modellicentie-gratis-hergebruik/v1.0"
    /// The public page with the plan's figures (WEB-CIJFERS).
    public static let landingPage = Bron.code("WEB-CIJFERS")?.url ?? "https://www.vlaanderen.be/plan-samenleven/resultaten-van-het-plan-samenleven"
    /// The plan's own page on vlaanderen.be: the default contact point of the dataset.
    public static let planPage = "https://www.vlaanderen.be/plan-samenleven"
    public static let keywords = ["Plan Samenleven", "samenleven", "integratie", "lokale besturen", "subsidies", "toekenningen",
                                  "KPI", "samenwerkingsverbanden", "Agentschap Binnenlands Bestuur"]

    public static let frictionlessDataPackage = "https://datapackage.org/standard/data-package/"
    public static let rfc4180 = "https://www.rfc-editor.org/rfc/rfc4180"
    public static let rfc8259 = "https://www.rfc-editor.org/rfc/rfc8259"

    static func title(voorbeelddata: Bool, projectjaar: Int?) -> String {
        (voorbeelddata ? Herkomst.voorbeelddataLabel + " — " : "")
            + "Plan Samenleven: toekenningen, KPI's en samenwerkingsverbanden" + (projectjaar.map { " (projectjaar \($0))" } ?? "")
    }

    static func description(_ resources: [OpenDataResource], projectjaren: [Projectjaar]) -> String {
        var text = "De subsidies van het Plan Samenleven van de Vlaamse overheid aan lokale besturen: toekenningen per bestuur en actie, "
            + "de vooropgestelde en de gerapporteerde KPI's (na 6 maanden en na 1 jaar, openbaar ontsloten zoals de projectoproep bepaalt), "
            + "aanvragen, samenwerkingsverbanden, mentorschappen en experimenten met een sociale impactobligatie, "
            + "met de referentietabellen (besturen met NIS-code, acties, doelstellingen, projectjaren). "
            + "Elke rij noemt het bronbestand en de rij waaruit ze komt."
        if projectjaren.isEmpty {
            text += " Het pakket bevat nog geen gegevens, enkel de referentietabellen."
        } else {
            text += " Projectjaren: " + projectjaren.map { "\($0.nummer) (\($0.start.iso) tot \($0.einde.iso))" }.joined(separator: ", ") + "."
        }
        if let warning = voorbeelddataWarning(resources) { text = warning + " " + text }
        return text
    }

    /// "VOORBEELDDATA - geen officiële cijfers. Dit pakket bevat synthetische voorbeelddata (...) in
    /// toekenningen (2 van 10 rijen), ...". Nil when no row is synthetic.
    public static func voorbeelddataWarning(_ resources: [OpenDataResource]) -> String? {
        voorbeelddataDetails(resources).map { "\(Herkomst.voorbeelddataLabel). " + $0 }
    }

    /// The warning without the label, for where the label stands right above it.
    static func voorbeelddataDetails(_ resources: [OpenDataResource]) -> String? {
        let tables = resources.filter { $0.voorbeelddataRows > 0 }
        guard !tables.isEmpty else { return nil }
        return "Dit pakket bevat synthetische voorbeelddata (kolom voorbeelddata = true) in "
            + tables.map { "\($0.name) (\(BelgianNumber.format($0.voorbeelddataRows)) van \(BelgianNumber.format($0.rows.count)) rijen)" }.joined(separator: ", ")
            + "; die rijen zijn verzonnen om de toolkit te tonen en te testen, het zijn geen officiële cijfers."
    }
}
