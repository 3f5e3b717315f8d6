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

    enum Regel: Equatable {
        case titel(String)
        case ondertitel(String)
        case leeg
        case sectie(String)
        case stap(String, String)
        case kop([String])
        case rij([String])
    }

    static func instructies(acties: ActieCatalogus) -> [Regel] {
        var regels: [Regel] = [
            .titel("Invoersjabloon Plan Samenleven"),
            .ondertitel("Voor samenleven importeer: één blad per soort gegevens, genoemd naar de soort."),
            .leeg,
            .sectie("Zo werkt het"),
            .stap("1", "Vul per soort gegevens het blad met die naam in, vanaf rij 2. De kopregel (rij 1) blijft staan; "
                  + "de volgorde van de kolommen is vrij. Bladen die u leeg laat, worden overgeslagen."),
            .stap("2", "Donkerblauwe koppen zijn verplicht: die kolommen mogen in geen enkele rij leeg zijn. "
                  + "Lichtblauwe koppen zijn niet verplicht."),
            .stap("3", "Klik een cel aan voor uitleg. Keuzelijsten tonen de geldige waarden van projectjaar, actie, "
                  + "doelstelling, bestuur, status, meetmoment en provincie."),
            .stap("4", "Bestuur: een NIS-code (bv. 44021), VGC, DERAND of de naam. Hoofdletters, accenten, streepjes en "
                  + "'Stad' of 'Gemeente' vooraan maken niet uit. Namen gelden voor de gemeenten zoals ze bestonden bij de "
                  + "start van het projectjaar (vóór de fusies van 1 januari 2025)."),
            .stap("5", "Bedragen als getal, of als tekst in Belgische notatie: 30.000 of 30.000,50, met € ervoor of euro "
                  + "erachter. Een punt met één of twee cijfers erachter (30000.5) is dubbelzinnig en wordt geweigerd. "
                  + "Gehele getallen zonder decimalen."),
            .stap("6", "Inlezen: samenleven importeer BESTAND.xlsx (eerst met --droog om enkel te controleren). Alles of "
                  + "niets: bij één fout wordt niets opgeslagen en krijgt u elke fout als BESTAND[blad]:RIJ:KOLOM. Een soort "
                  + "inlezen vervangt de opgeslagen gegevens van die soort voor de projectjaren in het blad."),
            .stap("7", "Dit blad en het verborgen blad Lijsten worden bij het inlezen overgeslagen."),
        ]
        for soort in Soort.allCases {
            regels.append(.leeg)
            regels.append(.sectie("Blad \(soort.rawValue)"))
            regels.append(.stap("Sleutel", soort.sleutel.joined(separator: ", ") + ": elke combinatie komt hoogstens één keer voor."))
            regels.append(.kop(["Kolom", "Verplicht", "Uitleg"]))
            for kolom in soort.kolommen {
                regels.append(.rij([kolom.naam, kolom.verplicht ? "ja" : "nee", kolom.uitleg]))
            }
        }
        regels.append(.leeg)
        regels.append(.sectie("Acties van het plan"))
        regels.append(.kop(["Actie", "Doelstelling", "Naam"]))
        for actie in acties.acties.sorted(by: { $0.nummer < $1.nummer }) {
            let doel = actie.doelstelling.flatMap(Doelstelling.nummer).map(\.label) ?? "onbekend"
            regels.append(.rij([String(actie.nummer), doel, actie.naam]))
        }
        return regels
    }

    private static func schrijfInstructies(op sheet: Worksheet, opmaak: Opmaak, afdruk: Afdruk, acties: ActieCatalogus) throws {
        let breedtes = [18.0, 28.0, 90.0]
        for (i, b) in breedtes.enumerated() { try sheet.setColumn(i, width: b) }
        try afdruk.pasToe(op: sheet, kopRij: nil)
        try sheet.hideGridlines()
        let tekst = try opmaak.format(.veldwaarde)
        for (rij, regel) in instructies(acties: acties).enumerated() {
            switch regel {
            case .titel(let t):
                try sheet.setRow(rij, height: 21)
                try sheet.write(t, row: rij, column: 0, format: opmaak.format(.titel))
            case .ondertitel(let t):
                try sheet.write(t, row: rij, column: 0, format: opmaak.format(.ondertitel))
            case .leeg:
                break
            case .sectie(let t):
                try sheet.setRow(rij, height: 20)
                try sheet.write(t, row: rij, column: 0, format: opmaak.format(.sectie))
                for c in 1..<breedtes.count { try sheet.writeBlank(row: rij, column: c, format: opmaak.format(.sectie)) }
            case .stap(let label, let t):
                // The text spans columns B and C; without merging, it is written in B and wraps
                // there when the row is high enough.
                let lijnen = AntwoordBlad.regels(t, breedte: breedtes[1] + breedtes[2], tekenbreedte: 0.8)
                if lijnen > 1 { try sheet.setRow(rij, height: Double(lijnen) * 15 + 2) }
                try sheet.write(label, row: rij, column: 0, format: opmaak.format(.veldnaam))
                try sheet.mergeRange(CellRange(firstRow: rij, firstColumn: 1, lastRow: rij, lastColumn: 2), text: t, format: tekst)
            case .kop(let cellen):
                for (c, t) in cellen.enumerated() { try sheet.write(t, row: rij, column: c, format: opmaak.format(.kolomkop)) }
            case .rij(let cellen):
                let lijnen = AntwoordBlad.regels(cellen.last ?? "", breedte: breedtes[cellen.count - 1], tekenbreedte: 0.8)
                if lijnen > 1 { try sheet.setRow(rij, height: Double(lijnen) * 15 + 2) }
                for (c, t) in cellen.enumerated() { try sheet.write(t, row: rij, column: c, format: tekst) }
            }
        }
    }
}
