import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The exports' typesetting: Markdown tables (escaping, alignment, one cell per column) and CSV in both dialects
/// (quoting, byte-order mark, line ends, decimal separator).
@Suite struct MarkdownTableTests {
  @Test func headerAlignmentRowAndRows() {
    var table = MarkdownTable(columns: [
      MarkdownTable.Column("naam"), MarkdownTable.Column("inwoners", alignment: .right),
    ])
    table.append(["Almere", "232.650"])
    #expect(table.rendered == "| naam | inwoners |\n|---|---:|\n| Almere | 232.650 |\n")
  }

  @Test func pipesAreEscapedAndNewlinesBecomeSpaces() {
    var table = MarkdownTable(columns: [MarkdownTable.Column("a|b"), MarkdownTable.Column("c")])
    table.append(["x | y", "eerste regel\ntweede\r\nderde\tvierde"])
    let lines = table.rendered.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "| a\\|b | c |")
    #expect(lines[2] == "| x \\| y | eerste regel tweede derde vierde |")
    #expect(lines.count == 4, "three lines and the final newline: no cell broke its row")
  }

  @Test func rowsHaveOneCellPerColumn() {
    var table = MarkdownTable(columns: ["a", "b", "c"].map { MarkdownTable.Column($0) })
    table.append(["1"])
    table.append(["1", "2", "3", "4"])
    table.appendLabel("Sectie")
    #expect(table.rows.allSatisfy { $0.count == 3 })
    #expect(table.rendered.contains("| 1 |  |  |\n"))
    #expect(table.rendered.contains("| 1 | 2 | 3 |\n"))
    #expect(table.rendered.hasSuffix("| **Sectie** |  |  |\n"))
  }

  @Test func controlCharactersAreReplaced() {
    #expect(MarkdownTable.escape("a\u{1B}[31mb") == "a\u{FFFD}[31mb")
  }

  @Test func documentSeparatesBlocksByABlankLine() {
    var document = MarkdownDocument()
    document.heading("Kop")
    document.paragraph("Tekst\nop twee regels")
    var table = MarkdownTable(columns: [MarkdownTable.Column("a")])
    table.append(["1"])
    document.table(table)
    document.bullets(["een", "twee"])
    document.paragraph("")
    #expect(document.rendered == "## Kop\n\nTekst op twee regels\n\n| a |\n|---|\n| 1 |\n\n- een\n- twee\n")
  }
}

@Suite struct CSVWriterTests {
  let rfc = CSVWriter(.rfc4180)
  let dutch = CSVWriter(.dutchSpreadsheet)

  @Test func rfcQuotesCommaQuoteAndNewline() {
    #expect(rfc.field("gewoon") == "gewoon")
    #expect(rfc.field("a,b") == "\"a,b\"")
    #expect(rfc.field("zei \"ja\"") == "\"zei \"\"ja\"\"\"")
    #expect(rfc.field("twee\nregels") == "\"twee\nregels\"")
    #expect(rfc.field("a;b") == "a;b", "a semicolon needs no quotes in RFC 4180")
    #expect(rfc.field("windows\r\nregel") == "\"windows\nregel\"", "a line break inside a field is kept, quoted")
  }

  @Test func dutchQuotesSemicolonQuoteAndNewline() {
    #expect(dutch.field("a;b") == "\"a;b\"")
    #expect(dutch.field("zei \"ja\"") == "\"zei \"\"ja\"\"\"")
    #expect(dutch.field("twee\nregels") == "\"twee\nregels\"")
    #expect(dutch.field("a,b") == "a,b", "a comma needs no quotes when the separator is a semicolon")
  }

  @Test func rfcHasNoByteOrderMarkAndEndsRowsInCRLF() {
    let text = rfc.text([["a", "b"], ["1", "2,5"]])
    #expect(text == "a,b\r\n1,\"2,5\"\r\n")
    #expect(!text.unicodeScalars.contains("\u{FEFF}"))
  }

  @Test func dutchStartsWithByteOrderMarkAndEndsRowsInCRLF() {
    let text = dutch.text([["naam", "opp. km²"], ["Súdwest-Fryslân", dutch.decimal(129.19)]])
    #expect(text == "\u{FEFF}naam;opp. km²\r\nSúdwest-Fryslân;129,19\r\n")
    let bytes = Array(text.utf8)
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(Array(bytes.suffix(2)) == [0x0D, 0x0A])
  }

  @Test func decimalsUseTheDialectsSeparator() {
    #expect(dutch.decimal(129.34) == "129,34")
    #expect(rfc.decimal(129.34) == "129.34")
    #expect(dutch.decimal(185.6) == "185,6")
    #expect(dutch.decimal(76.0) == "76")
    #expect(dutch.decimal(0.05) == "0,05")
    #expect(dutch.decimal(-2.5) == "-2,5")
    #expect(dutch.integer(232_650) == "232650", "whole numbers are not grouped")
  }

  @Test func comparisonCSVInTheDutchDialect() {
    let profiles = ["Almere", "Amersfoort", "Peel en Maas"].map { shippedData.situation(matching: $0)! }
    let comparison = Comparison(profiles)
    let rfcText = ComparisonCSV.text(comparison)
    let dutchText = ComparisonCSV.text(comparison, dialect: .dutchSpreadsheet)
    #expect(dutchText.hasPrefix("\u{FEFF}groep;dimensie;verschil;Almere (GM0034);"))
    #expect(!rfcText.hasPrefix("\u{FEFF}"))
    #expect(
      rfcText.components(separatedBy: "\r\n").count == dutchText.components(separatedBy: "\r\n").count,
      "the same rows")
  }
}
