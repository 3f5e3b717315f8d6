import Testing
@testable import SamenlevenExport

@Suite("MarkdownTable: de ene Markdown-tabelschrijver")
struct MarkdownTableTests {
    @Test func spacedRuleMarksRightAlignedColumns() {
        #expect(MarkdownTable.lines(headers: ["cijfer", "waarde"], alignments: [.left, .right], rows: [["a", "1"]])
                == ["| cijfer | waarde |", "| --- | ---: |", "| a | 1 |"])
    }

    @Test func compactRuleAndColumnsWithoutAlignmentAreLeft() {
        #expect(MarkdownTable.header(["kolom", "type", "rijen"], alignments: [.left], rule: .compact)
                == ["| kolom | type | rijen |", "|---|---|---|"])
        #expect(MarkdownTable.header(["a", "b"], alignments: [.left, .right], rule: .compact)[1] == "|---|---:|")
    }

    @Test func cellsAreWrittenAsGiven() {
        #expect(MarkdownTable.row(["x \\| y", ""]) == "| x \\| y |  |")
    }
}
