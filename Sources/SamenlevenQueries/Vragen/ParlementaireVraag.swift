import SamenlevenModel

/// A written parliamentary question: who asked what, when, and of which minister. The
/// workbook annex, the answer drafts and the exports all take the question's metadata from
/// here, so it is written down once.
public struct ParlementaireVraag: Sendable, Equatable {
    /// One numbered sub-question (deelvraag) as the question text has it.
    public struct Deelvraag: Sendable, Equatable {
        public let nummer: Int
        public let tekst: String
        /// The standard questions that answer it with figures (none for the policy questions).
        public let standaardvragen: [StandaardVraag]

        public init(nummer: Int, tekst: String, standaardvragen: [StandaardVraag] = []) {
            self.nummer = nummer
            self.tekst = tekst
            self.standaardvragen = standaardvragen
        }
    }

    public let nummer: Int
    public let datum: CalendarDate
    public let vraagsteller: String
    /// The minister's name ("Bart Somers").
    public let minister: String
    /// The minister's function as the answer states it.
    public let functie: String
    public let titel: String
    public let deelvragen: [Deelvraag]
    /// Where the question and its answer are published.
    public let bron: Bron?

    public init(nummer: Int, datum: CalendarDate, vraagsteller: String, minister: String, functie: String,
                titel: String, deelvragen: [Deelvraag], bron: Bron? = nil) {
        self.nummer = nummer
        self.datum = datum
        self.vraagsteller = vraagsteller
        self.minister = minister
        self.functie = functie
        self.titel = titel
        self.deelvragen = deelvragen
        self.bron = bron
    }

    /// "vraag nr. 492 van 1 september 2023 van Brecht Warnez"
    public var referentie: String { "vraag nr. \(nummer) van \(datum.dutch) van \(vraagsteller)" }

    /// "Bart Somers, viceminister-president van de Vlaamse Regering, ..."
    public var ministerMetFunctie: String { "\(minister), \(functie)" }

    public func deelvraag(_ nummer: Int) -> Deelvraag? { deelvragen.first { $0.nummer == nummer } }

    /// The deelvraag a standard question answers, if any.
    public func deelvraag(voor vraag: StandaardVraag) -> Deelvraag? {
        deelvragen.first { $0.standaardvragen.contains(vraag) }
    }

    /// Schriftelijke vraag nr. 492 (S492), the question the standard questions follow.
    public static let vraag492 = ParlementaireVraag(
        nummer: 492,
        datum: CalendarDate(year: 2023, month: 9, day: 1),
        vraagsteller: "Brecht Warnez",
        minister: "Bart Somers",
        functie: "viceminister-president van de Vlaamse Regering, Vlaams minister van Binnenlands Bestuur, "
            + "Bestuurszaken, Inburgering en Gelijke Kansen",
        titel: "Plan Samenleven - Stand van zaken",
        deelvragen: [
            Deelvraag(nummer: 1, tekst: "Het totaalbedrag, dat al naar het Plan Samenleven vloeit, bedraagt 14.136.359 euro. "
                      + "Hoeveel euro ontving elke gemeente per actie? Graag een overzicht per gemeente per provincie met "
                      + "vermelding van de ondernomen acties (geclusterd per doelstelling en voor West-Vlaanderen met "
                      + "inhoudelijke toelichting) en de bijbehorende subsidie.",
                      standaardvragen: [.toekenningen]),
            Deelvraag(nummer: 2, tekst: "Hoeveel lokale besturen gingen voor deze subsidieoproep een intergemeentelijke "
                      + "samenwerking aan? Graag een overzicht per provincie.",
                      standaardvragen: [.samenwerking]),
            Deelvraag(nummer: 3, tekst: "Hoeveel van de aangevraagde subsidies werden geweigerd? Graag een opsomming per "
                      + "provincie van de projecten met de voornaamste redenen tot weigering.",
                      standaardvragen: [.weigeringen]),
            Deelvraag(nummer: 4, tekst: "Is de minister tevreden over het aantal aanvragen en goedgekeurde projecten? "
                      + "a) Zo niet, welke stappen onderneemt hij dan om meer aanvragen binnen te krijgen? "
                      + "b) Zo niet, denkt de minister na over hoe hij de lokale besturen inhoudelijk kan ondersteunen "
                      + "zodat hun projecten wel worden goedgekeurd?",
                      standaardvragen: [.aanvragen]),
            Deelvraag(nummer: 5, tekst: "In totaal werd door de Vlaamse overheid een budget van 16 miljoen euro gereserveerd. "
                      + "a) Acht de minister dat budget toereikend? b) Zo niet, welke stappen onderneemt de minister om "
                      + "dat budget op te trekken?",
                      standaardvragen: [.budget]),
            Deelvraag(nummer: 6, tekst: "Trad de minister al in overleg met de relevante sector en actoren of ontving hij "
                      + "enige reactie op het Plan Samenleven? a) Zo ja, wat was het resultaat daarvan? Zal de minister "
                      + "bepaalde acties ondernemen in respons daarop? Zo ja, graag plan van aanpak, timing en budget. "
                      + "b) Zo niet, plant de minister een dergelijk overleg? Graag plan van aanpak en timing."),
            Deelvraag(nummer: 7, tekst: "Gemeenten kunnen ook het mentorschap opnemen in ruil voor een additionele subsidie "
                      + "van 10.000 euro. Welke gemeenten namen dergelijk mentorschap op? Graag een overzicht per provincie "
                      + "en voor West-Vlaanderen met inhoudelijke toelichting.",
                      standaardvragen: [.mentorschap]),
            Deelvraag(nummer: 8, tekst: "Kan de minister een overzicht geven van de tot op heden aangegane sociale "
                      + "impactobligaties? Graag een overzicht onder vermelding van investeerder en sociale organisatie, "
                      + "bedrag en inhoudelijke toelichting.",
                      standaardvragen: [.sio]),
            Deelvraag(nummer: 9, tekst: "Welke lessen trekt de minister uit deze oproep die hij zal meenemen voor "
                      + "toekomstige oproepen, beleid of projecten?"),
        ],
        bron: Bron.code("S492"))
}
