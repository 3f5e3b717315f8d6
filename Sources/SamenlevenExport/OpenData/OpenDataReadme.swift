import SamenlevenModel

/// `README.md` of the package, for people (Dutch): what each file is, its columns (from the
/// same field definitions as the schema, so the two never disagree), the conventions of the
/// CSV files, the licence and, when it applies, the VOORBEELDDATA warning.
enum OpenDataReadme {
    static func render(_ resources: [OpenDataResource], input: OpenDataInput) -> String {
        let voorbeelddata = resources.reduce(0) { $0 + $1.voorbeelddataRows }
        var out = ""
        if let details = OpenDataMetadata.voorbeelddataDetails(resources) {
            out += "> **\(Herkomst.voorbeelddataLabel)**\n>\n> " + details + "\n\n"
        }
        out += "# " + OpenDataMetadata.title(voorbeelddata: voorbeelddata > 0, projectjaar: input.projectjaar) + "\n\n"
        out += OpenDataMetadata.description([], projectjaren: input.projectjaren) + "\n\n"
        out += "Uitgever: \(OpenDataMetadata.publisher). Gemaakt met `samenleven opendata`.\n\n"
        out += "Publicatiedatum: \(input.publicationDate.iso). "
        out += input.datum != nil
            ? "Opgegeven bij het maken (`--datum` of `SOURCE_DATE_EPOCH`).\n\n"
            : "Afgeleid uit de gegevens: de laatste dag van het laatste projectjaar in het pakket, zodat dezelfde databank altijd dezelfde bestanden geeft.\n\n"

        out += "## Licentie\n\n"
        out += "[\(OpenDataMetadata.licenseTitle)](\(OpenDataMetadata.licenseURL)) van de Vlaamse overheid: "
        out += "hergebruik is gratis toegestaan, ook commercieel, met bronvermelding (\(OpenDataMetadata.publisher)).\n\n"

        out += "## Bestanden\n\n" + table(["bestand", "inhoud", "rijen"], alignments: [.left, .left, .right])
        for r in resources {
            out += MarkdownTable.row(["`\(r.csvFileName)`, `\(r.jsonFileName)`", "\(r.title): \(cell(r.description))",
                                      BelgianNumber.format(r.rows.count)]) + "\n"
        }
        out += "| `datapackage.json` | Beschrijving volgens Data Package v2 (datapackage.org): tabelschema's (Table Schema v2) met types, verplichte velden, primaire en vreemde sleutels, groottes en SHA-256 van de CSV-bestanden. | |\n"
        out += "| `dcat.jsonld` | Metadata voor het open-dataportaal volgens DCAT-AP Vlaanderen 2.0 (JSON-LD): één dataset, één distributie per bestand met grootte en SHA-256. | |\n"
        out += "| `README.md` | Deze uitleg. | |\n\n"
        out += "De CSV- en JSON-bestanden van een tabel bevatten dezelfde rijen met dezelfde kolomnamen. "
        out += "Controleren: `frictionless validate datapackage.json` (ook de vreemde sleutels).\n\n"

        out += "## CSV-conventies\n\n"
        out += "- RFC 4180: komma als scheidingsteken, regeleinde CRLF (ook na de laatste rij), één kopregel met de kolomnamen.\n"
        out += "- UTF-8 zonder BOM.\n"
        out += "- Een veld staat tussen dubbele aanhalingstekens als het een komma, een aanhalingsteken of een regeleinde bevat; "
        out += "een aanhalingsteken erin wordt verdubbeld (`\"\"`).\n"
        out += "- Getallen met een punt als decimaalteken en zonder duizendtalscheiding (`30000.50`); "
        out += "geen enkel getal is negatief. Uitzondering: de bedragkolom zonder achtervoegsel (zie *Bedragen*).\n"
        out += "- Datums als JJJJ-MM-DD, waar/onwaar als `true`/`false`, een lege cel = geen waarde.\n"
        out += "- NIS-codes zijn tekst (bv. `04000`): voorloopnullen blijven staan. Open een CSV-bestand in een spreadsheet via "
        out += "de tekstimport en geef codekolommen het type tekst.\n\n"

        out += "### Formules geneutraliseerd\n\n"
        out += "Een spreadsheet voert een cel die begint met `=`, `+`, `-` of `@` (of met een tab of carriage return) uit als formule. "
        out += "Daarom krijgt in de CSV-bestanden elke **tekstcel** die zo begint een enkel aanhalingsteken `'` ervoor "
        out += "(de aanbeveling van OWASP tegen *CSV injection*): `=HYPERLINK(\"http://x\")` staat er als `'=HYPERLINK(\"\"http://x\"\")`. "
        out += "Getallen, datums en waar/onwaar worden nooit veranderd. De JSON-bestanden bevatten de tekst ongewijzigd: "
        out += "JSON wordt door programma's gelezen, niet door spreadsheets geopend.\n\n"

        out += "## Bedragen\n\n"
        out += "Elk bedrag staat er drie keer, telkens exact (uit eurocent, nooit via een kommagetal met afrondingsfouten):\n\n"
        out += table(["kolom", "voorbeeld", "voor"])
        out += "| `subsidie` | `30000` of `\"30000,50\"` | de notatie van het invoerformaat: decimale komma, geen duizendtalscheiding. Zo leest `samenleven importeer` het exact terug, en zo leest een Belgische spreadsheet het. |\n"
        out += "| `subsidie_euro` | `30000` of `30000.50` | programma's: decimale punt. |\n"
        out += "| `subsidie_cent` | `3000050` | exact in elk programma en elke taalinstelling. |\n\n"
        out += "Waarom niet één kolom? Het invoerformaat weigert `30000.50` als dubbelzinnig (in Belgische notatie kan de punt een "
        out += "duizendtalscheiding zijn) en leest `30000.500` als dertig miljoen; een kolom met enkel een decimale punt is dus niet "
        out += "veilig terug in te voeren. Hetzelfde geldt voor `stimulans`, `bedrag`, `standaardbedrag` en `toegekend`.\n\n"

        out += "## Opnieuw invoeren\n\n"
        let importable = resources.filter { $0.importKind != nil }
        out += "De bestanden " + importable.map { "`\($0.csvFileName)`" }.joined(separator: ", ")
        out += " hebben de kolommen van het invoerformaat en kunnen met `samenleven importeer` in een (lege) databank ingelezen worden; "
        out += "de extra kolommen (namen, `_euro`, `_cent`, herkomst) worden met een waarschuwing genegeerd. Let op:\n\n"
        out += "- een bestand met enkel een kopregel wordt door de invoer geweigerd: laat lege tabellen weg;\n"
        out += "- een geneutraliseerde tekst komt terug mét het aanhalingsteken ervoor;\n"
        out += "- de invoer leest de kolom `voorbeelddata` niet: ze markeert de rijen van een bestand als voorbeelddata als de bestandsnaam "
        out += "`voorbeelddata` bevat. Zet de rijen met `voorbeelddata` = `true` daarom eerst in een apart bestand, bv. "
        out += "`toekenningen-voorbeelddata.csv`, anders komen ze terug als officiële gegevens;\n"
        out += "- de herkomst wordt het nieuwe bestand en zijn rijen;\n"
        out += "- `kpi.csv` is een afgeleid overzicht en `besturen.csv`, `doelstellingen.csv` en `projectjaren.csv` zijn referentietabellen: die worden niet ingevoerd. "
        out += "`acties.csv` kan als catalogus ingevoerd worden (dat vervangt de catalogus), maar alleen als elke actie een doelstelling heeft.\n\n"

        out += "## Tabellen en kolommen\n\n"
        for r in resources {
            out += "### \(r.csvFileName) — \(r.title)\n\n"
            if r.voorbeelddataRows > 0 {
                out += "**\(Herkomst.voorbeelddataLabel)**: \(BelgianNumber.format(r.voorbeelddataRows)) van de \(BelgianNumber.format(r.rows.count)) rijen zijn synthetisch.\n\n"
            }
            out += r.description + "\n\n"
            out += "Sleutel: " + r.primaryKey.map { "`\($0)`" }.joined(separator: ", ") + "."
            if !r.foreignKeys.isEmpty {
                out += " Verwijzingen: " + r.foreignKeys.map { fk in
                    fk.fields.map { "`\($0)`" }.joined(separator: ", ") + " → "
                        + (fk.resource.isEmpty ? r.name : fk.resource) + "." + fk.referenceFields.joined(separator: ", ")
                }.joined(separator: "; ") + "."
            }
            if !r.sources.isEmpty { out += " Bronnen: " + r.sources.joined(separator: "; ") + "." }
            out += "\n\n" + table(["kolom", "type", "verplicht", "betekenis"])
            for f in r.fields {
                var betekenis = f.description
                if let values = f.enumeration { betekenis += " Waarden: " + values.map { "`\($0)`" }.joined(separator: ", ") + "." }
                out += MarkdownTable.row(["`\(f.name)`", typeLabel(f), f.required ? "ja" : "nee", cell(betekenis)]) + "\n"
            }
            out += "\n"
        }

        out += "## Bronnen\n\n"
        for bron in ["S492", "NOTA3", "NIEUWS2", "WEB-CIJFERS", "REFNIS"].compactMap(Bron.code) {
            out += "- \(bron.code): \(bron.titel)" + (bron.url.map { " — <\($0)>" } ?? "") + "\n"
        }
        return out
    }

    static func typeLabel(_ f: OpenDataField) -> String {
        switch f.type {
        case .string: return "tekst"
        case .integer: return "geheel getal"
        case .number: return f.decimalChar == "," ? "getal (decimale komma)" : "getal"
        case .date: return "datum"
        case .boolean: return "true/false"
        }
    }

    /// The header and compact rule of a table, each line ended.
    static func table(_ headers: [String], alignments: [TextTable.Alignment] = []) -> String {
        MarkdownTable.header(headers, alignments: alignments, rule: .compact).joined(separator: "\n") + "\n"
    }

    /// Text for a Markdown table cell.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
