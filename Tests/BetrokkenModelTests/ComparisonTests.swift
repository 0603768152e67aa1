import BetrokkenModel
import BetrokkenScreen
import Foundation
import Testing

@Suite struct ComparisonTests {
  func load(_ texts: [String: String]) -> [Situation] {
    let directory = TemporaryDirectory()
    for (name, text) in texts { directory.write(name, text) }
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    #expect(result.errorCount == 0, "\(result.diagnostics.map(DiagnosticWords.line))")
    return result.profiles.map { Situation($0, asOf: testAsOf) }
  }

  // Format-1 text: one record, which keeps the one-change-at-a-time edits below unambiguous.
  func copy(_ code: String, _ name: String, _ text: String = validProfileV1Text) -> String {
    text.replacingOccurrences(of: "GM0034", with: code).replacingOccurrences(of: "\"Almere\"", with: "\"\(name)\"")
  }

  @Test func identicalProfilesShowNoDifferences() {
    let profiles = load(["GM0034.json": validProfileV1Text, "GM0307.json": copy("GM0307", "Amersfoort")])
    let comparison = Comparison(profiles)
    #expect(comparison.differentCount == 0)
    #expect(comparison.differingGroups.isEmpty)
    #expect(comparison.unknownAgainstKnownCount == 0)
  }

  @Test func changingOneRungShowsExactlyOneDifference() {
    // A form without known phases, so its rung shows only on the ladder; both rungs are above adviseren,
    // so the legal checks do not move either.
    let base = validProfileV1Text.replacingOnce("\"phases\": [\"agenda\", \"formulation\"]", with: "\"phases\": null")
      .replacingOnce("\"rung\": \"advise\"", with: "\"rung\": \"coproduce\"")
    let changed = copy("GM0307", "Amersfoort", base).replacingOnce(
      "\"rung\": \"coproduce\"", with: "\"rung\": \"codecide\"")
    let comparison = Comparison(load(["GM0034.json": base, "GM0307.json": changed]))
    #expect(comparison.differingGroups == [.ladder])
    #expect(
      comparison.dimensions.filter { $0.difference == .different }.map(\.row) == [.rung(.codecide), .rung(.coproduce)])
  }

  @Test func unknownAgainstKnownIsItsOwnKind() {
    let unknown = copy("GM0307", "Amersfoort").replacingOnce(
      "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
      with: "\"agendaSetting\": null")
    let comparison = Comparison(load(["GM0034.json": validProfileV1Text, "GM0307.json": unknown]))
    let agenda = comparison.dimensions.first { $0.row == .choice(.agendaSetting) }!
    #expect(agenda.difference == .unknownAgainstKnown)
    #expect(comparison.differentCount == 0)
  }

  @Test func sameNamedCouncilsAreComparedByCountNotName() {
    let other = copy("GM0307", "Amersfoort").replacingOnce(
      "\"name\": \"Adviesraad Sociaal Domein\"",
      with: "\"name\": \"Wmo-raad\"")
    let comparison = Comparison(load(["GM0034.json": validProfileV1Text, "GM0307.json": other]))
    #expect(comparison.dimensions.first { $0.row == .rung(.advise) }?.difference == .same)
  }
}
