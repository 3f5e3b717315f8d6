import Testing
@testable import SamenlevenExport

@Suite("TextTable: het ene uitgelijnde teksttabel")
struct TextTableTests {
    @Test func columnsAlignTwoSpacesApartWithoutTrailingSpaces() {
        let table = TextTable(headers: ["Naam", "Bedrag"], alignments: [.left, .right],
                              rows: [["Gent", "1.000"], ["Sint-Niklaas", "5"]])
        #expect(table.render() == """
            Naam          Bedrag
            ------------  ------
            Gent           1.000
            Sint-Niklaas       5
            """)
    }

    @Test func aRuleGoesAboveTheMarkedRowsAndALastLeftColumnIsNotPadded() {
        let table = TextTable(headers: ["Soort", "N"], alignments: [.right, .left],
                              rows: [["a", "x"], ["totaal", ""]], rulesAbove: [1])
        #expect(table.lines() == [" Soort  N", "------  -", "     a  x", "------  -", "totaal"])
    }
}
