import Testing
import SamenlevenModel

@Suite("Euro: exact cents, Belgian notation")
struct EuroTests {
    @Test func formatsBelgianWordsAndSymbol() {
        #expect(Euro(euros: 14_136_359).belgianWords == "14.136.359 euro")
        #expect(Euro(cents: 123_456).belgianSymbol == "€ 1.234,56")
        #expect(Euro(cents: 123_456).belgianWords == "1.234,56 euro")
        #expect(Euro(cents: 123_450).belgianNumber == "1.234,50")
        #expect(Euro(euros: 0).belgianSymbol == "€ 0,00")
        #expect(Euro(euros: 999).belgianNumber == "999")
        #expect(Euro(euros: 1000).belgianNumber == "1.000")
        #expect(Euro(cents: 5).belgianNumber == "0,05")
        #expect(Euro(cents: -123_456).belgianSymbol == "€ -1.234,56")
        #expect(Euro(cents: 3_000_050).plainDecimal == "30000.50")
    }

    @Test(arguments: ["30000", "30.000", "30 000", "30.000,00", "€ 30.000", "30.000 euro", "30000 EUR", "€30000", "  30.000,0 "])
    func parsesEveryNotationOfTheSpec(_ text: String) throws {
        #expect(try Euro(parsing: text) == Euro(euros: 30_000))
    }

    @Test func parsesDecimalsWithComma() throws {
        #expect(try Euro(parsing: "1.234,56").cents == 123_456)
        #expect(try Euro(parsing: "30000,5").cents == 3_000_050)
        #expect(try Euro(parsing: "0,05").cents == 5)
    }

    @Test(arguments: ["30000.5", "1.25", "30.000.5", "12.34 euro"])
    func rejectsAmbiguousDotDecimals(_ text: String) {
        #expect(throws: NumberParseError.ambiguousDecimalPoint(text)) { try Euro(parsing: text) }
    }

    @Test func rejectsNegativeMalformedAndOverPrecise() {
        #expect(throws: NumberParseError.negative("-30.000")) { try Euro(parsing: "-30.000") }
        #expect(throws: NumberParseError.tooManyDecimals("1,234")) { try Euro(parsing: "1,234") }
        #expect(throws: NumberParseError.empty) { try Euro(parsing: "  ") }
        #expect(throws: NumberParseError.self) { try Euro(parsing: "30.00.000") }
        #expect(throws: NumberParseError.self) { try Euro(parsing: "3.0000") }
        #expect(throws: NumberParseError.self) { try Euro(parsing: "dertig") }
        #expect(throws: NumberParseError.self) { try Euro(parsing: "30.000 000") }
    }

    @Test func takesExactSpreadsheetNumbersAsTheyAre() throws {
        #expect(try Euro(exactDecimal: "30000.5").cents == 3_000_050)
        #expect(try Euro(exactDecimal: "1E3").cents == 100_000)
        #expect(try Euro(exactDecimal: "0.1").cents == 10)
        #expect(throws: NumberParseError.tooManyDecimals("0.001")) { try Euro(exactDecimal: "0.001") }
        #expect(throws: NumberParseError.negative("-1")) { try Euro(exactDecimal: "-1") }
    }

    @Test func messagesAreDutch() {
        #expect(NumberParseError.ambiguousDecimalPoint("30000.5").description.contains("dubbelzinnig"))
        #expect(NumberParseError.negative("-1").description.contains("negatief"))
    }

    @Test func wholeNumbers() throws {
        #expect(try BelgianNumber.parseWholeNumber("68.429") == 68_429)
        #expect(try BelgianNumber.parseWholeNumber("68 429") == 68_429)
        #expect(try BelgianNumber.parseWholeNumber("0") == 0)
        #expect(throws: NumberParseError.notWhole("12,5")) { try BelgianNumber.parseWholeNumber("12,5") }
        #expect(throws: NumberParseError.notWhole("12.5")) { try BelgianNumber.parseWholeNumber("12.5") }
        #expect(throws: NumberParseError.negative("-3")) { try BelgianNumber.parseWholeNumber("-3") }
        #expect(BelgianNumber.format(14_136_359) == "14.136.359")
        #expect(BelgianNumber.format(-1234) == "-1.234")
    }

    @Test func arithmeticIsExact() {
        let total = [Euro(cents: 10), Euro(cents: 20)].reduce(.zero, +)
        #expect(total == Euro(cents: 30))
        #expect(Euro(euros: 14_136_359) + Euro(euros: 16_907_780) == Euro(euros: 31_044_139))
    }
}
