import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The model reports problems as data; the words come from the strings tables, in either language.
@Suite struct DiagnosticWordsTests {
  let unknownKey = Diagnostic(
    .error, file: "GM0034.json", position: SourcePosition(line: 14, column: 9),
    path: "records[0].choices.citizenMotive", .unknownKey("citizenMotive", suggestions: ["citizenMotives"]))

  @Test func aProblemInBothLanguages() {
    let dutch = Language.$current.withValue(.nl) { DiagnosticWords.line(unknownKey) }
    let english = Language.$current.withValue(.en) { DiagnosticWords.line(unknownKey) }
    #expect(
      dutch
        == "GM0034.json:14:9: fout: records[0].choices.citizenMotive: onbekende sleutel \"citizenMotive\"; bedoelde u \"citizenMotives\"?"
    )
    #expect(
      english
        == "GM0034.json:14:9: error: records[0].choices.citizenMotive: unknown key \"citizenMotive\"; did you mean \"citizenMotives\"?"
    )
  }

  @Test func valuesFromAFileAreNeverReadAsPlaceholders() {
    // "{1}" in a key from a bad file stays as written; a control character in it is replaced.
    let problem = Problem.unknownKey("{1}{2}\u{1B}[2J", suggestions: [])
    #expect(
      Language.$current.withValue(.nl) { DiagnosticWords.message(problem) } == "onbekende sleutel \"{1}{2}\u{FFFD}[2J\""
    )
  }

  /// Found by the profile fuzzer (a code of "GM0034\n"): the quoted value broke the message over two lines.
  @Test func aNewlineOrTabInAQuotedValueIsWrittenAsAnEscape() {
    let diagnostic = Diagnostic(
      .error, file: "GM0034.json", position: SourcePosition(line: 3, column: 11), path: "code",
      .expected(.municipalityCode, found: .quoted("GM0034\n\t"), suggestions: []))
    let line = Language.$current.withValue(.nl) { DiagnosticWords.line(diagnostic) }
    #expect(line == "GM0034.json:3:11: fout: code: verwacht een CBS-code als \"GM0034\"; gevonden \"GM0034\\n\\t\"")
  }

  @Test func suggestionsAreJoinedInTheLanguage() {
    let problem = Problem.expected(
      .oneOf(["advise", "coproduce", "codecide"]), found: .quoted("co"),
      suggestions: ["coproduce", "codecide", "advise"])
    #expect(
      Language.$current.withValue(.nl) { DiagnosticWords.message(problem) }
        == "verwacht een van: advise, coproduce, codecide; gevonden \"co\"; bedoelde u \"coproduce\", \"codecide\" of \"advise\"?"
    )
    #expect(
      Language.$current.withValue(.en) { DiagnosticWords.message(problem) }
        == "expected one of: advise, coproduce, codecide; found \"co\"; did you mean \"coproduce\", \"codecide\" or \"advise\"?"
    )
  }

  @Test func theLoaderReturnsDataNotSentences() throws {
    let text = #"{"formatVersion": 2, "code": "GM0034", "name": "Almere", "records": [], "extra": 1}"#
    let directory = NSTemporaryDirectory() + "betrokken-diagnostics-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try text.write(toFile: directory + "/GM0034.json", atomically: true, encoding: .utf8)
    let (profile, diagnostics) = ProfileLoader.loadFile(directory + "/GM0034.json", registry: MunicipalityRegistry([]))
    #expect(profile == nil)
    #expect(diagnostics.map(\.problem).contains(.unknownKey("extra", suggestions: [])))
    #expect(diagnostics.map(\.problem).contains(.expected(.atLeastOneRecord, found: .list)))
    #expect(diagnostics.map(\.problem.name).contains("unknownKey"))
  }
}

/// Dates in running text follow the language; record ids keep their ISO form.
@Suite struct DateWordsTests {
  @Test(arguments: [
    ("2026-11-29", "29 november 2026", "29 November 2026"), ("2027-01-01", "1 januari 2027", "1 January 2027"),
    ("2015-03-05", "5 maart 2015", "5 March 2015"),
  ])
  func longDates(_ iso: String, _ dutch: String, _ english: String) throws {
    let date = try #require(CalendarDate(iso))
    #expect(Language.$current.withValue(.nl) { DateWords.long(date) } == dutch)
    #expect(Language.$current.withValue(.en) { DateWords.long(date) } == english)
  }
}
