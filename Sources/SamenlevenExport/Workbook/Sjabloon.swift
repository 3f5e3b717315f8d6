import Foundation
import SamenlevenModel
import XlsxWriter

/// The empty import workbook (`samenleven sjabloon`): one sheet per kind, named exactly
/// like the kind, with the import spec's headers (`Soort.kolommen`), input messages from
/// each column's `uitleg`, drop-down lists for the coded values, and an "Instructies" sheet.
/// The besturen list (300 gemeenten, VGC, vzw De Rand) is too long for an inline list and
/// sits on the hidden sheet "Lijsten". `samenleven importeer` skips both extra sheets with
/// a notice, and skips kind sheets left empty.
public enum Sjabloon {
    public static let instructiesBlad = "Instructies"
    public static let lijstenBlad = "Lijsten"
    /// Rows 2 up to this row carry the validations and input messages.
    public static let laatsteInvoerrij = 5_000

    static let statussen = AanvraagStatus.allCases.map(\.rawValue)
    static let meetmomenten = Meetmoment.allCases.map(\.rawValue)

    /// The besturen of the drop-down list: every bestuur that existed in the 2019-2024
    /// geography (the project years started before the 2025 mergers), by name.
    public static func besturen(_ referentie: Referentie = .ingebouwd) -> [String] {
        referentie.besturen(geldigOp: Geografie.gemeenten2019.peildatum)
            .map(\.naam)
            .sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    public static func schrijf(naar pad: String, instellingen: WerkboekInstellingen = WerkboekInstellingen(),
                               referentie: Referentie = .ingebouwd, acties: ActieCatalogus? = nil) throws {
        do {
            let workbook = try Workbook(path: pad, options: WorkbookOptions(temporaryDirectory: instellingen.tijdelijkeMap))
            try workbook.setDocumentProperties(DocumentProperties(
                title: "Invoersjabloon Plan Samenleven",
                subject: "Sjabloon voor samenleven importeer: één blad per soort gegevens",
                author: Documentgegevens.bedrijf, company: Documentgegevens.bedrijf, category: "Invoersjabloon",
                keywords: "Plan Samenleven, import, sjabloon, " + Soort.allCases.map(\.rawValue).joined(separator: ", "),
                comments: "Vul de bladen in en lees het werkboek in met: samenleven importeer BESTAND.xlsx",
                created: instellingen.aangemaakt))
            let opmaak = Opmaak(workbook)
            let afdruk = Afdruk(voettekstLinks: "Invoersjabloon Plan Samenleven")
            let besturen = besturen(referentie)

            let instructies = try workbook.addWorksheet(instructiesBlad)
            var soortBladen: [(Soort, Worksheet)] = []
            for soort in Soort.allCases { soortBladen.append((soort, try workbook.addWorksheet(soort.rawValue))) }
            let lijsten = try workbook.addWorksheet(lijstenBlad)

            try schrijfInstructies(op: instructies, opmaak: opmaak, afdruk: afdruk, acties: acties ?? referentie.acties)
            let besturenBereik = SheetRange(sheet: lijstenBlad, range: CellRange(rows: 1...besturen.count, columns: 0...0))
            for (soort, sheet) in soortBladen {
                try schrijfSoort(soort, op: sheet, opmaak: opmaak, afdruk: afdruk, besturen: besturenBereik)
            }
            try schrijfLijsten(op: lijsten, besturen: besturen, opmaak: opmaak, afdruk: afdruk)
            try lijsten.hide()
            try instructies.activate()
            try workbook.close()
        } catch {
            throw WerkboekFout.van(error, pad: pad)
        }
    }

    // MARK: Kind sheets

    static func kopstijl(verplicht: Bool) -> CellFormat {
        var spec = Opmaak.spec(.kolomkop)
        if !verplicht {
            spec.backgroundColor = Color(rgb: 0x9BC2E6)
            spec.fontColor = .black
        }
        return spec
    }

    private static func schrijfSoort(_ soort: Soort, op sheet: Worksheet, opmaak: Opmaak, afdruk: Afdruk,
                                     besturen: SheetRange) throws {
        let kolommen = soort.kolommen
        try afdruk.pasToe(op: sheet, kopRij: 0)
        try sheet.freezePanes(row: 1, column: 0)
        try sheet.setRow(0, height: 20)
        let invoer = 1...laatsteInvoerrij - 1
        for (i, kolom) in kolommen.enumerated() {
            let (formaat, breedte) = kolomopmaak(kolom)
            try sheet.setColumn(i, width: max(breedte, Double(kolom.naam.count) + 4),
                                format: try formaat.map { try opmaak.workbook.addFormat($0) })
            try sheet.write(kolom.naam, row: 0, column: i, format: opmaak.workbook.addFormat(kopstijl(verplicht: kolom.verplicht)))
            try sheet.addDataValidation(CellRange(rows: invoer, columns: i...i), validatie(kolom, besturen: besturen))
        }
    }

    /// Column format and width: codes and names as text (NIS codes stay as typed), amounts
    /// in euro.
    static func kolomopmaak(_ kolom: KolomSpec) -> (CellFormat?, Double) {
        switch kolom.waarde {
        case .bestuur: return (CellFormat(numberFormat: "@"), 30)
        case .provincie: return (CellFormat(numberFormat: "@"), 18)
        case .bedrag: return (CellFormat(numberFormat: WerkboekStijl.euroFormaat), 16)
        case .geheelGetal: return (CellFormat(numberFormat: WerkboekStijl.getalFormaat), 14)
        case .projectjaar, .actie, .doelstelling: return (nil, 12)
        case .status, .meetmoment: return (CellFormat(numberFormat: "@"), 14)
        case .indicator: return (CellFormat(numberFormat: "@"), 30)
        case .tekst: return (CellFormat(numberFormat: "@", wrapText: true), 50)
        }
    }

    static func validatie(_ kolom: KolomSpec, besturen: SheetRange) -> DataValidation {
        let titel = kolom.naam + (kolom.verplicht ? " (verplicht)" : "")
        var uitleg = kolom.uitleg.prefix(1).uppercased() + kolom.uitleg.dropFirst()
        if !uitleg.hasSuffix(".") { uitleg += "." }
        func lijst(_ waarden: [String], fout: String, stijl: DataValidation.ErrorStyle = .stop) -> DataValidation {
            DataValidation(.list(waarden), inputTitle: titel, inputMessage: uitleg, errorTitle: "Ongeldige waarde",
                           errorMessage: fout, errorStyle: stijl)
        }
        switch kolom.waarde {
        case .projectjaar:
            return lijst(Projectjaar.nummers.map(String.init), fout: "Het projectjaar is 1, 2 of 3.")
        case .actie:
            return lijst(Actie.nummers.map(String.init), fout: "Geef een actienummer van 1 tot 24.")
        case .doelstelling:
            return lijst(Doelstelling.alle.map { String($0.nummer) }, fout: "Geef een doelstelling van 1 tot 7.")
        case .status:
            return lijst(statussen, fout: "De status is goedgekeurd, geweigerd of ingetrokken.")
        case .meetmoment:
            return lijst(meetmomenten, fout: "Het meetmoment is 6m (na 6 maanden) of 12m (na 12 maanden).")
        case .provincie:
            return lijst(Provincie.allCases.map(\.naam), fout: "Onbekende provincie; de controle meldt een verschil met de referentiegegevens.",
                         stijl: .warning)
        case .bestuur:
            return DataValidation(.listSource(besturen), inputTitle: titel, inputMessage: uitleg + " Kies uit de lijst of typ een NIS-code.",
                                  errorTitle: "Bestuur niet in de lijst",
                                  errorMessage: "Dit is geen naam uit de lijst. Een NIS-code (bv. 44021), VGC of DERAND mag ook; "
                                      + "de import controleert het bestuur.",
                                  errorStyle: .warning)
        case .geheelGetal:
            return DataValidation(.wholeNumber(.greaterThanOrEqualTo(0)), inputTitle: titel, inputMessage: uitleg,
                                  errorTitle: "Geen geheel getal", errorMessage: "Geef een geheel getal van 0 of meer.")
        case .bedrag:
            return DataValidation(.decimal(.greaterThanOrEqualTo(0)), inputTitle: titel, inputMessage: uitleg,
                                  errorTitle: "Geen bedrag",
                                  errorMessage: "Geef een bedrag van 0 of meer, bv. 30000 of 30000,50.", errorStyle: .warning)
        case .tekst, .indicator:
            return DataValidation(.any, inputTitle: titel, inputMessage: uitleg)
        }
    }

    // MARK: Lists

    private static func schrijfLijsten(op sheet: Worksheet, besturen: [String], opmaak: Opmaak, afdruk: Afdruk) throws {
        try afdruk.pasToe(op: sheet, kopRij: 0)
        try sheet.setColumn(0, width: 36)
        try sheet.write("Besturen (indeling 2019-2024)", row: 0, column: 0, format: opmaak.format(.kolomkop))
        for (i, naam) in besturen.enumerated() { try sheet.write(naam, row: i + 1, column: 0) }
    }

    // MARK: Instructions

    /// The Instructies sheet as document blocks.
    static func instructies(acties: ActieCatalogus) -> [DocumentBlock] {
        var regels: [DocumentBlock] = [
            .heading(level: 1, text: "Invoersjabloon Plan Samenleven"),
            .paragraph("Voor samenleven importeer: één blad per soort gegevens, genoemd naar de soort."),
            .rule,
            .heading(level: 2, text: "Zo werkt het"),
            .item(label: "1", text: "Vul per soort gegevens het blad met die naam in, vanaf rij 2. De kopregel (rij 1) blijft staan; "
                  + "de volgorde van de kolommen is vrij. Bladen die u leeg laat, worden overgeslagen."),
            .item(label: "2", text: "Donkerblauwe koppen zijn verplicht: die kolommen mogen in geen enkele rij leeg zijn. "
                  + "Lichtblauwe koppen zijn niet verplicht."),
            .item(label: "3", text: "Klik een cel aan voor uitleg. Keuzelijsten tonen de geldige waarden van projectjaar, actie, "
                  + "doelstelling, bestuur, status, meetmoment en provincie."),
            .item(label: "4", text: "Bestuur: een NIS-code (bv. 44021), VGC, DERAND of de naam. Hoofdletters, accenten, streepjes en "
                  + "'Stad' of 'Gemeente' vooraan maken niet uit. Namen gelden voor de gemeenten zoals ze bestonden bij de "
                  + "start van het projectjaar (vóór de fusies van 1 januari 2025)."),
            .item(label: "5", text: "Bedragen als getal, of als tekst in Belgische notatie: 30.000 of 30.000,50, met € ervoor of euro "
                  + "erachter. Een punt met één of twee cijfers erachter (30000.5) is dubbelzinnig en wordt geweigerd. "
                  + "Gehele getallen zonder decimalen."),
            .item(label: "6", text: "Inlezen: samenleven importeer BESTAND.xlsx (eerst met --droog om enkel te controleren). Alles of "
                  + "niets: bij één fout wordt niets opgeslagen en krijgt u elke fout als BESTAND[blad]:RIJ:KOLOM. Een soort "
                  + "inlezen vervangt de opgeslagen gegevens van die soort voor de projectjaren in het blad."),
            .item(label: "7", text: "Dit blad en het verborgen blad Lijsten worden bij het inlezen overgeslagen."),
        ]
        for soort in Soort.allCases {
            regels.append(.rule)
            regels.append(.heading(level: 2, text: "Blad \(soort.rawValue)"))
            regels.append(.item(label: "Sleutel", text: soort.sleutel.joined(separator: ", ") + ": elke combinatie komt hoogstens één keer voor."))
            regels.append(.table(header: ["Kolom", "Verplicht", "Uitleg"],
                                 rows: soort.kolommen.map { [$0.naam, $0.verplicht ? "ja" : "nee", $0.uitleg] },
                                 rightAligned: [false, false, false]))
        }
        regels.append(.rule)
        regels.append(.heading(level: 2, text: "Acties van het plan"))
        let rijen = acties.acties.sorted(by: { $0.nummer < $1.nummer }).map { actie in
            [String(actie.nummer), actie.doelstelling.flatMap(Doelstelling.nummer).map(\.label) ?? "onbekend", actie.naam]
        }
        regels.append(.table(header: ["Actie", "Doelstelling", "Naam"], rows: rijen, rightAligned: [false, false, false]))
        return regels
    }

    private static func schrijfInstructies(op sheet: Worksheet, opmaak: Opmaak, afdruk: Afdruk, acties: ActieCatalogus) throws {
        try afdruk.pasToe(op: sheet, kopRij: nil)
        try sheet.hideGridlines()
        try Werkbladtekst(breedtes: [18, 28, 90]).schrijf(instructies(acties: acties), op: sheet, opmaak: opmaak)
    }
}
