import Testing

@testable import BetrokkenModel

/// RFC 4180 as the register is read: quoted fields with commas, newlines and doubled quotes; CRLF or LF lines.
@Suite struct CSVReaderTests {
  @Test func plainRowsWithLFOrCRLF() {
    #expect(CSVReader.rows("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
    #expect(CSVReader.rows("a,b\r\n1,2\r\n") == [["a", "b"], ["1", "2"]])
    #expect(CSVReader.rows("a,b\r\n1,2") == [["a", "b"], ["1", "2"]], "no line end after the last row")
  }

  @Test func quotedFields() {
    #expect(CSVReader.rows("\"Almere, Flevoland\",x\n") == [["Almere, Flevoland", "x"]])
    #expect(CSVReader.rows("\"zeg \"\"hoi\"\"\",\"\"\n") == [["zeg \"hoi\"", ""]])
    #expect(
      CSVReader.rows("\"twee\r\nregels\",x\r\n") == [["twee\r\nregels", "x"]], "a line end inside quotes is data")
  }

  @Test func emptyFieldsAndRows() {
    #expect(CSVReader.rows("a,,c,\n") == [["a", "", "c", ""]])
    #expect(CSVReader.rows("\n") == [[""]])
    #expect(CSVReader.rows("") == [])
  }

  @Test func nonASCIIIsKept() {
    #expect(CSVReader.rows("GM1900,Súdwest-Fryslân,Fryslân\n") == [["GM1900", "Súdwest-Fryslân", "Fryslân"]])
  }
}
