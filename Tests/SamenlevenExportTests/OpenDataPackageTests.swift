import Foundation
import SamenlevenModel
import SamenlevenQueries
@testable import SamenlevenExport
import Testing

@Suite("Open data: inhoud van het pakket")
struct OpenDataPackageTests {
    static let expectedFiles: Set<String> = Set(
        ["toekenningen", "kpi", "kpi_rapportering", "aanvragen", "samenwerkingsverbanden", "mentorschappen", "sio",
         "besturen", "acties", "doelstellingen", "projectjaren"].flatMap { ["\($0).csv", "\($0).json"] }
            + ["datapackage.json", "dcat.jsonld", "README.md"])

    @Test func everyResourceAsCSVAndJSONWithDescriptors() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        #expect(Set(files.keys) == Self.expectedFiles)
    }

    @Test func sameStoreSameBytes() throws {
        let first = try OpenDataPackage.files(try OpenDataFixture.input())
        // A second, independently built store with the same imports.
        let second = try OpenDataPackage.files(try OpenDataFixture.input())
        #expect(first.map(\.name) == second.map(\.name))
        for (a, b) in zip(first, second) { #expect(a.data == b.data, "\(a.name) verschilt") }
    }

    @Test func csvIsRFC4180WithCRLFAndNoBOM() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let csv = try files.text("toekenningen.csv")
        #expect(!csv.utf8.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(csv.hasPrefix("projectjaar,bestuur,bestuur_naam,bestuur_provincie,actie,actie_naam,indicator,kpi_huidig_bereik,kpi_vooropgesteld,"
                              + "subsidie,subsidie_euro,subsidie_cent,toelichting,provincie,bron_bestand,bron_rij,voorbeelddata\r\n"))
        #expect(csv.hasSuffix("\r\n"))
        // Every record ends with CRLF; the line break inside the quoted VGC text stays as it was (LF).
        #expect(csv.contains("\"twee\nregels\",Brussel,toekenningen.csv,5,false\r\n"))
        #expect(csv.contains("\"actieplan; met \"\"citaat\"\", en een komma\""))
    }

    @Test func formulaTextIsNeutralisedInCSVAndVerbatimInJSON() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let csv = try files.text("toekenningen.csv")
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",Oost-Vlaanderen,toekenningen.csv,2,false\r\n"))
        #expect(csv.contains(",'- eerste punt,"))
        #expect(csv.contains(",'@vermelding,"))
        #expect(csv.contains(",'+32 2 553 00 00,"))
        #expect(try files.text("sio.csv").contains(",'=1+1,"))
        #expect(try files.text("aanvragen.csv").contains(",\"'-KPI niet meetbaar, geen trajectprijs\","))
        let json = try files.text("toekenningen.json")
        #expect(json.contains("\"toelichting\": \"=HYPERLINK(\\\"http://x\\\")\""))
        #expect(json.contains("\"toelichting\": \"- eerste punt\""))
        #expect(!json.contains("'="))
    }

    @Test func neutralisationTouchesOnlyTextThatStartsWithAFormulaCharacter() {
        for text in ["=1", "+1", "-1", "@a", "\tx", "\rx", "\r\nx"] { #expect(OpenDataCSV.neutralised(text) == "'" + text) }
        for text in ["", "a=1", " =1", "'=1", "Sint-Niklaas", "100 %"] { #expect(OpenDataCSV.neutralised(text) == text) }
        // Numbers, dates and booleans are never neutralised (and never negative).
        #expect(OpenDataCSV.cell(.integer(0)) == "0")
        #expect(OpenDataCSV.cell(.euro(Euro(cents: 5))) == "0.05")
        #expect(OpenDataCSV.cell(.date(CalendarDate(year: 2022, month: 10, day: 1))) == "2022-10-01")
    }

    @Test func nisCodesAreTextWithTheirLeadingZeros() throws {
        let input = try OpenDataFixture.input()
        let files = try OpenDataFixture.texts(input)
        #expect(try files.text("besturen.csv").contains("\r\nVGC,Vlaamse Gemeenschapscommissie,gemeenschapscommissie,Brussel-Hoofdstad,04000,"))
        let besturen = try files.rows("besturen.json")
        #expect(besturen.first { $0["code"] as? String == "VGC" }?["provincie_nis"] as? String == "04000")
        #expect(besturen.first { $0["code"] as? String == "11002" }?["naam"] as? String == "Antwerpen")
        let toekenningen = try files.rows("toekenningen.json")
        #expect(toekenningen.allSatisfy { $0["bestuur"] is String })
        for resource in OpenDataPackage.resources(input) {
            for field in resource.fields where ["bestuur", "indiener", "partner", "code", "opvolger", "provincie_nis"].contains(field.name) {
                #expect(field.type == .string, "\(resource.name).\(field.name)")
            }
        }
    }

    @Test func amountsExactInThreeNotationsThatAgree() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let csv = try files.text("toekenningen.csv")
        #expect(csv.contains(",\"30000,50\",30000.50,3000050,"))
        #expect(csv.contains(",\"6000,05\",6000.05,600005,"))
        #expect(csv.contains(",36000,36000,3600000,"))
        let json = try files.text("toekenningen.json")
        #expect(json.contains("\"subsidie\": 30000.50,\n    \"subsidie_euro\": 30000.50,\n    \"subsidie_cent\": 3000050,"))
        for cents: Int64 in [0, 5, 50, 99, 100, 3_000_050, 1_413_635_900] {
            let euro = Euro(cents: cents)
            // The import reads the import-notation column back exactly.
            #expect(try Euro(parsing: OpenDataValue.importNotation(euro)) == euro)
            #expect(try Euro(exactDecimal: euro.plainDecimal) == euro)
        }
    }

    @Test func keysHoldAndTheImportantForeignKeysAreDeclared() throws {
        let input = try OpenDataFixture.input()
        let resources = OpenDataPackage.resources(input)
        #expect(OpenDataKeyCheck.violations(resources) == [])
        func fk(_ resource: String, _ field: String) -> OpenDataResource.ForeignKey? {
            resources.first { $0.name == resource }?.foreignKeys.first { $0.fields == [field] }
        }
        #expect(fk("toekenningen", "bestuur") == .init(["bestuur"], "besturen", ["code"]))
        #expect(fk("toekenningen", "actie") == .init(["actie"], "acties", ["nummer"]))
        #expect(fk("toekenningen", "projectjaar") == .init(["projectjaar"], "projectjaren", ["nummer"]))
        #expect(fk("acties", "doelstelling") == .init(["doelstelling"], "doelstellingen", ["nummer"]))
        #expect(fk("samenwerkingsverbanden", "partner") == .init(["partner"], "besturen", ["code"]))
        #expect(fk("kpi", "bestuur") != nil && fk("kpi_rapportering", "actie") != nil && fk("sio", "bestuur") != nil)
        #expect(fk("besturen", "opvolger") == .init(["opvolger"], "", ["code"]))
    }

    @Test func aBrokenKeyStopsThePackage() throws {
        var input = try OpenDataFixture.input()
        input.context.gegevens.toekenningen.append(
            Toekenning(projectjaar: 1, bestuur: "99999", actie: 5, kpiHuidigBereik: 0, kpiVooropgesteld: 1,
                       subsidie: Euro(euros: 1), herkomst: Herkomst(bron: "x.csv", rij: 2)))
        input.context.gegevens.toekenningen.append(input.context.gegevens.toekenningen[0])
        let problems = OpenDataKeyCheck.violations(OpenDataPackage.resources(input))
        #expect(problems.contains { $0.contains("bestuur = 99999 staat niet in besturen.csv (code)") })
        #expect(problems.contains { $0.contains("primaire sleutel 1|11002|5|alle staat ook op rij") })
        #expect(throws: OpenDataPackage.InvalidPackage.self) { try OpenDataPackage.files(input) }
    }

    @Test func kpiShowsPromisedAndReachedSideBySide() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let kpi = try files.rows("kpi.json")
        let gent = try #require(kpi.first { $0["projectjaar"] as? Int == 1 && $0["bestuur"] as? String == "44021" && $0["actie"] as? Int == 5 })
        #expect(gent["kpi_vooropgesteld"] as? Int == 500)
        #expect(gent["kpi_behaald_6m"] as? Int == 220)
        #expect(gent["kpi_behaald_12m"] as? Int == 480)
        #expect(gent["kpi_eenheid"] as? String == "oefenkans")
        #expect(gent["bron_bestand_12m"] as? String == "kpi_rapportering.csv" && gent["bron_rij_12m"] as? Int == 3)
        // A report without a grant still shows, with an empty promise.
        let brugge = try #require(kpi.first { $0["bestuur"] as? String == "31005" })
        #expect(brugge["kpi_vooropgesteld"] is NSNull && brugge["kpi_behaald_12m"] as? Int == 10 && brugge["bron_bestand"] is NSNull)
        #expect(kpi.filter { $0["voorbeelddata"] as? Bool == true }.count == 2)
    }

    @Test func datapackageDescribesEveryFileAndItsColumns() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let package = try files.object("datapackage.json")
        #expect(package["$schema"] as? String == "https://datapackage.org/profiles/2.0/datapackage.json")
        let license = try #require((package["licenses"] as? [[String: Any]])?.first)
        #expect(license["path"] as? String == OpenDataMetadata.licenseURL)
        #expect(license["title"] as? String == "Modellicentie Gratis Hergebruik v1.0")
        let resources = try #require(package["resources"] as? [[String: Any]])
        #expect(Set(resources.compactMap { $0["path"] as? String }) == Self.expectedFiles.subtracting(["datapackage.json", "dcat.jsonld", "README.md"]))
        for resource in resources {
            let path = try #require(resource["path"] as? String)
            let text = try files.text(path)
            let schema = try #require(resource["schema"] as? [String: Any])
            let names = try #require(schema["fields"] as? [[String: Any]]).compactMap { $0["name"] as? String }
            if path.hasSuffix(".csv") {
                let header = String(text.prefix { $0 != "\r\n" })
                #expect(header.split(separator: ",").map(String.init) == names, "\(path)")
                #expect(resource["bytes"] as? Int == text.utf8.count)
                #expect(resource["hash"] as? String == "sha256:" + sha256Hex(Data(text.utf8)))
            } else {
                let rows = try #require(try OpenDataFixture.json(text) as? [[String: Any]])
                #expect(rows.allSatisfy { Set($0.keys) == Set(names) }, "\(path)")
            }
        }
        let toekenningen = try #require(resources.first { $0["name"] as? String == "toekenningen" })
        let fields = try #require((toekenningen["schema"] as? [String: Any])?["fields"] as? [[String: Any]])
        let subsidie = try #require(fields.first { $0["name"] as? String == "subsidie" })
        #expect(subsidie["type"] as? String == "number" && subsidie["decimalChar"] as? String == ",")
        let projectjaar = try #require(fields.first { $0["name"] as? String == "projectjaar" })
        #expect((projectjaar["constraints"] as? [String: Any])?["enum"] as? [Int] == [1, 2, 3])
        let cent = try #require(fields.first { $0["name"] as? String == "subsidie_cent" })
        #expect((cent["constraints"] as? [String: Any])?["minimum"] as? Int == 0)
        // A grant without indicator is written with indicator 'alle': a key field is never empty.
        #expect((toekenningen["schema"] as? [String: Any])?["primaryKey"] as? [String] == ["projectjaar", "bestuur", "actie", "indicator"])
    }

    @Test func voorbeelddataIsMarkedEverywhereAndOnlyWhenPresent() throws {
        let label = Herkomst.voorbeelddataLabel
        let met = try OpenDataFixture.texts(try OpenDataFixture.input())
        let package = try met.object("datapackage.json")
        #expect(package["voorbeelddata"] as? Bool == true)
        #expect((package["title"] as? String)?.hasPrefix(label) == true)
        #expect((package["description"] as? String)?.hasPrefix(label) == true)
        let resources = try #require(package["resources"] as? [[String: Any]])
        let toekenningen = try #require(resources.first { $0["name"] as? String == "toekenningen" })
        #expect(toekenningen["voorbeelddata"] as? Bool == true && toekenningen["voorbeelddataRijen"] as? Int == 2)
        #expect((toekenningen["description"] as? String)?.hasPrefix(label) == true)
        #expect(resources.first { $0["name"] as? String == "sio" }?["voorbeelddata"] as? Bool == false)
        #expect(try met.text("README.md").hasPrefix("> **\(label)**"))
        #expect(try met.text("dcat.jsonld").contains("\"dct:title\": \"\(label) — Plan Samenleven"))

        let zonder = try OpenDataFixture.texts(try OpenDataFixture.input(voorbeelddata: false))
        for (name, text) in zonder { #expect(!text.contains("VOORBEELDDATA"), "\(name)") }
        let officieel = try zonder.object("datapackage.json")
        #expect(officieel["voorbeelddata"] as? Bool == false)
    }

    @Test func publicationDateComesFromTheDataUnlessGiven() throws {
        func dcat(_ input: OpenDataInput) throws -> [String: Any] {
            try OpenDataFixture.texts(input).object("dcat.jsonld")
        }
        func value(_ object: Any?) -> String? { (object as? [String: Any])?["@value"] as? String }
        // Years 1 and 2 in the fixture: the last day of year 2.
        let afgeleid = try dcat(try OpenDataFixture.input())
        #expect(value(afgeleid["dct:issued"]) == "2024-09-30T00:00:00Z" && value(afgeleid["dct:modified"]) == "2024-09-30T00:00:00Z")
        let temporal = afgeleid["dct:temporal"] as? [String: Any]
        #expect(value(temporal?["dcat:startDate"]) == "2022-10-01" && value(temporal?["dcat:endDate"]) == "2024-09-30")

        let gegeven = try dcat(try OpenDataFixture.input(datum: CalendarDate(year: 2025, month: 3, day: 14)))
        #expect(value(gegeven["dct:issued"]) == "2025-03-14T00:00:00Z")

        let jaar1 = try OpenDataFixture.input(projectjaar: 1)
        let eenJaar = try dcat(jaar1)
        #expect(value(eenJaar["dct:issued"]) == "2023-09-30T00:00:00Z")
        #expect(value((eenJaar["dct:temporal"] as? [String: Any])?["dcat:endDate"]) == "2023-09-30")
        let resources = OpenDataPackage.resources(jaar1)
        let toekenningen = try #require(resources.first { $0.name == "toekenningen" })
        #expect(toekenningen.rows.count == 8 && toekenningen.voorbeelddataRows == 0)
        #expect(resources.first { $0.name == "besturen" }?.rows.count == Referentie.ingebouwd.besturen.count)
    }

    @Test func dcatHasOneDistributionPerFile() throws {
        let files = try OpenDataFixture.texts(try OpenDataFixture.input())
        let dcat = try files.object("dcat.jsonld")
        #expect(dcat["@type"] as? String == "dcat:Dataset")
        #expect((dcat["dct:publisher"] as? [String: Any])?["foaf:name"] as? String == "Agentschap Binnenlands Bestuur")
        #expect((dcat["dct:license"] as? [String: Any])?["@id"] as? String == OpenDataMetadata.licenseConcept)
        let distributions = try #require(dcat["dcat:distribution"] as? [[String: Any]])
        let urls = distributions.compactMap { ($0["dcat:downloadURL"] as? [String: Any])?["@id"] as? String }
        #expect(Set(urls) == Self.expectedFiles.subtracting(["dcat.jsonld", "README.md"]))
        #expect(urls.count == distributions.count)
        for d in distributions {
            let url = try #require((d["dcat:downloadURL"] as? [String: Any])?["@id"] as? String)
            let size = ((d["dcat:byteSize"] as? [String: Any])?["@value"] as? String).flatMap(Int.init)
            #expect(size == files[url]?.utf8.count, "\(url)")
            let checksum = ((d["spdx:checksum"] as? [String: Any])?["spdx:checksumValue"] as? [String: Any])?["@value"] as? String
            #expect(checksum == files[url].map { sha256Hex(Data($0.utf8)) })
        }
        let datapackage = try #require(distributions.first { ($0["dcat:downloadURL"] as? [String: Any])?["@id"] as? String == "datapackage.json" })
        #expect((datapackage["dct:conformsTo"] as? [String: Any])?["@id"] as? String == OpenDataMetadata.frictionlessDataPackage)
    }

    @Test func readmeExplainsColumnsLicenceAndConventions() throws {
        let readme = try OpenDataFixture.texts(try OpenDataFixture.input()).text("README.md")
        #expect(readme.contains("Modellicentie Gratis Hergebruik v1.0"))
        #expect(readme.contains("regeleinde CRLF"))
        #expect(readme.contains("`'=HYPERLINK(\"\"http://x\"\")`"))
        #expect(readme.contains("| `subsidie_cent` | geheel getal | ja |"))
        #expect(readme.contains("### besturen.csv"))
    }

    @Test func jsonValueEscapesAndKeepsKeyOrder() {
        let value = JSONValue.object([("b", .string("a\"b\\c\n\u{01}/é")), ("a", .array([])), ("n", .number("30000.50")), ("x", .null)])
        #expect(value.rendered() == "{\n  \"b\": \"a\\\"b\\\\c\\n\\u0001/é\",\n  \"a\": [],\n  \"n\": 30000.50,\n  \"x\": null\n}\n")
    }
}
