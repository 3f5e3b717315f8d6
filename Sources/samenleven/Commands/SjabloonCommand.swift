import ArgumentParser
import Foundation
import SamenlevenExport
import SamenlevenModel
import SamenlevenStore

struct SjabloonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sjabloon",
        abstract: "Schrijft een leeg invoerwerkboek voor 'samenleven importeer'.",
        discussion: """
            Eén blad per soort (\(Soort.lijst)), genoemd naar de soort, met de kolommen van het \
            invoerformaat in de kopregel, uitleg bij elke kolom, keuzelijsten (projectjaar, actie, \
            doelstelling, bestuur, status, meetmoment, provincie) en een blad Instructies. Vul \
            de bladen in die u nodig hebt; lege bladen worden bij het inlezen overgeslagen.

            Voorbeeld:
              samenleven sjabloon --uit invoer.xlsx
              samenleven importeer invoer.xlsx --droog
            """)

    static let standaardUitvoer = "Exports/sjabloon-invoer.xlsx"

    @Option(help: ArgumentHelp("Het werkboek dat geschreven wordt.", valueName: "bestand"))
    var uit: String = standaardUitvoer

    func run() throws {
        try CommandOutput.checkWorkbook(uit)
        try CommandOutput.writeWorkbook(to: uit) { tijdelijk in
            try Sjabloon.schrijf(naar: tijdelijk, instellingen: WerkboekInstellingen(aangemaakt: try Aanmaakmoment.bepaal(gegevens: nil)))
        }
        print("Geschreven: \(uit)")
    }
}
