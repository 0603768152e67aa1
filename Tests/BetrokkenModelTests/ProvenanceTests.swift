import Foundation
import Testing

@testable import BetrokkenModel

/// A fact with its own citation, an estimate, and sources that disagree: loaded, kept, and treated as unknown
/// where they disagree.
@Suite struct ProvenanceTests {
  func load(_ text: String) -> (Profile?, [String]) {
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", text)
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    return (result.profiles.first, renderedDiagnostics(result, in: directory))
  }

  /// The 2015 record's only form.
  func form(_ profile: Profile?) -> Form? { profile?.records.first?.forms.first }

  @Test func aFactWithItsOwnCitation() throws {
    let text = validProfileText.replacingOnce(
      "\"rung\": \"advise\"",
      with: "\"rung\": {\"value\": \"advise\", \"source\": \"leidraad\", \"section\": \"4.2\"}")
    let (profile, diagnostics) = load(text)
    #expect(diagnostics.isEmpty)
    let f = try #require(form(profile))
    #expect(f.rung == .known(.advise))
    #expect(f.citation(for: .rung) == Citation(sourceID: "leidraad", section: "4.2"))
    #expect(
      f.citation(for: .scale) == Citation(sourceID: "leidraad", section: "3.1"), "other facts keep the form's citation")
    // Practice cites the fact that shows it.
    let situation = Situation(try #require(profile), asOf: date("2020-01-01"))
    let a = LegalCheck.findings(for: situation).first { $0.law == .wmo2015 && $0.item == .a }
    #expect(a?.practice.first?.citation.section == "4.2")
  }

  @Test func sourcesThatDisagreeMakeTheFactUnknown() throws {
    let text = validProfileText.replacingOnce(
      "\"rung\": \"advise\"",
      with: """
        "rung": {"disputed": [{"value": "advise", "source": "leidraad", "section": "3.3"}, \
        {"value": "codecide", "source": "leidraad", "section": "4.2"}]}
        """)
    let (profile, diagnostics) = load(text)
    #expect(diagnostics.isEmpty)
    let f = try #require(form(profile))
    #expect(f.rung == .unknown)
    #expect(f.disputedFields == [.rung])
    #expect(f.dispute(.rung)?.map(\.citation.section) == ["3.3", "4.2"])
    #expect(f.dispute(.rung)?.map(\.value) == [.key(Rung.advise), .key(Rung.codecide)])
    let analysis = InvolvementAnalysis(Situation(try #require(profile), asOf: date("2020-01-01")))
    #expect(analysis.formsWithUnknownRung.map(\.id) == ["adviesraad-sociaal-domein"])
    #expect(analysis.highestRung == nil)
  }

  @Test func anEstimateIsKeptAsOne() throws {
    let text = validProfileText.replacingOnce(
      "\"members\": null",
      with: "\"members\": {\"value\": 1200, \"approximate\": true, \"source\": \"leidraad\", \"section\": \"4.2\"}")
    let (profile, diagnostics) = load(text)
    #expect(diagnostics.isEmpty)
    let f = try #require(form(profile))
    #expect(f.members == .known(1200))
    #expect(f.isApproximate(.members))
    // The writer keeps it, and so does a second load.
    let written = ProfileWriter.json(try #require(profile))
    #expect(
      written.contains(
        "\"members\": {\"value\": 1200, \"source\": \"leidraad\", \"section\": \"4.2\", \"approximate\": true}"))
    let (again, _) = load(written)
    #expect(again?.records == profile?.records)
  }

  @Test func badShapesHaveClearMessages() {
    let one = validProfileText.replacingOnce(
      "\"rung\": \"advise\"",
      with: "\"rung\": {\"disputed\": [{\"value\": \"advise\", \"source\": \"leidraad\", \"section\": \"3.3\"}]}")
    #expect(
      load(one).1 == [
        "DIR/GM0034.json:42:32: fout: records[0].forms[0].rung.disputed: verwacht ten minste twee feiten met bron (één waarde schrijft u als {\"value\", \"source\", \"section\"}); gevonden een lijst"
      ])
    let approximateRung = validProfileText.replacingOnce(
      "\"rung\": \"advise\"",
      with: "\"rung\": {\"value\": \"advise\", \"approximate\": true, \"source\": \"leidraad\", \"section\": \"3.3\"}")
    #expect(load(approximateRung).1.first?.contains("rung.approximate: onbekende sleutel \"approximate\"") == true)
    let unknownSource = validProfileText.replacingOnce(
      "\"rung\": \"advise\"",
      with: "\"rung\": {\"value\": \"advise\", \"source\": \"leidraat\", \"section\": \"3.3\"}")
    #expect(
      load(unknownSource).1.first?.contains(
        "rung.source: verwacht de id van een bron uit \"sources\"; gevonden \"leidraat\"") == true)
  }

  @Test func aDisputedChoice() throws {
    let text = validProfileText.replacingOnce(
      "\"agendaSetting\": {\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}",
      with:
        "\"agendaSetting\": {\"disputed\": [{\"value\": \"citizensToo\", \"source\": \"leidraad\", \"section\": \"4.1\"}, {\"value\": \"municipality\", \"source\": \"leidraad\", \"section\": \"3.1\"}]}"
    )
    let (profile, diagnostics) = load(text)
    #expect(diagnostics.isEmpty)
    let choices = try #require(profile?.records.first?.choices)
    #expect(choices.agendaSetting.isUnknown)
    #expect(choices.disputes[.agendaSetting]?.count == 2)
    #expect(ProfileWriter.json(try #require(profile)).contains("\"agendaSetting\": {\"disputed\": ["))
  }
}
