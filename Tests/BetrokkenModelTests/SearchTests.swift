import Testing

@testable import BetrokkenModel

/// Searches for regulations: decoded with exact messages, and one that found nothing is named as the reason a
/// verdict stays undecidable — never turned into "not met".
@Suite struct SearchTests {
  static let cite = Citation(sourceID: "s", section: nil)
  static let search = RegulationSearch(
    targets: [.wmo2015, .participationOrdinance], date: date("2026-11-29"),
    place: "lokaleregelgeving.overheid.nl", found: [])

  func withSearch(_ search: String) -> String {
    validProfileText.replacingOnce(
      "      \"regulations\": [],\n", with: "      \"regulations\": [],\n      \"searches\": [\(search)],\n")
  }

  @Test func decodedWhenValid() throws {
    let text = withSearch(
      #"{"for": ["participationOrdinance", "wmo2015"], "date": "2026-11-29", "where": "lokaleregelgeving.overheid.nl", "found": []}"#
    )
    #expect(diagnostics(forProfile: text) == [])
    let directory = TemporaryDirectory()
    directory.write("GM0034.json", text)
    let profile = try #require(ProfileLoader.load(paths: [directory.path], registry: shippedRegistry).profiles.first)
    #expect(
      profile.records[0].searches == [
        RegulationSearch(
          targets: [.participationOrdinance, .wmo2015], date: date("2026-11-29"),
          place: "lokaleregelgeving.overheid.nl", found: [])
      ])
    #expect(profile.records[1].searches == [], "a record may leave the key out")
  }

  @Test func badSearchesAreNamed() {
    let badTarget = withSearch(
      #"{"for": ["participatieverordening"], "date": "2026-11-29", "where": "CVDR", "found": []}"#)
    #expect(
      diagnostics(forProfile: badTarget).contains {
        $0.contains(
          "records[0].searches[0].for[0]: verwacht een van: wmo2015, youthAct, participationAct, participationOrdinance; gevonden \"participatieverordening\""
        )
      })
    let unknownRegulation = withSearch(
      #"{"for": ["wmo2015"], "date": "2026-11-29", "where": "CVDR", "found": ["vo-2020"]}"#)
    #expect(
      diagnostics(forProfile: unknownRegulation).contains {
        $0.contains("records[0].searches[0].found[0]: regeling \"vo-2020\" staat niet in dit record")
      })
    let empty = withSearch(#"{"for": [], "date": "2026-11-29", "where": "", "found": []}"#)
    let messages = diagnostics(forProfile: empty)
    #expect(
      messages.contains { $0.contains("records[0].searches[0].for: verwacht ten minste één soort regeling") },
      "\(messages)")
    #expect(messages.contains { $0.contains("records[0].searches[0].where:") })
  }

  func situation(searches: [RegulationSearch], regulations: [Regulation] = []) -> Situation {
    let record = Record(
      id: date("2026-11-29"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      regulations: regulations, searches: searches)
    return Situation(Profile(code: "GM0001", name: "Test", records: [record], file: "x"), asOf: date("2026-11-29"))
  }

  @Test func aSearchThatFoundNothingIsTheReasonNotAVerdict() {
    let findings = LegalCheck.findings(for: situation(searches: [Self.search]))
    let wmo = findings.filter { $0.law == .wmo2015 }
    #expect(wmo.allSatisfy { $0.verdict == .undecidable && $0.reason == .searchedNotFound(Self.search) })
    // The search was not for the Jeugdwet: there the reason stays that nothing is known.
    #expect(findings.filter { $0.law == .youthAct }.allSatisfy { $0.reason == .noRegulationKnown })
    // A search that found a regulation in force is no reason of this kind (here one for the Jeugdwet only)...
    func ordinance(_ id: String, until: String?) -> Regulation {
      var r = Regulation(id: id, title: "Verordening", readWhole: false, citation: Self.cite)
      r.kind = .known(.ordinance)
      r.adoptedBy = .known(.council)
      r.inForceFrom = date("2016-01-01")
      r.inForceUntil = until.map(date)
      r.scope = .known([.youthAct])
      return r
    }
    var found = Self.search
    found.found = ["vo"]
    let inForce = LegalCheck.findings(for: situation(searches: [found], regulations: [ordinance("vo", until: nil)]))
    #expect(inForce.filter { $0.law == .wmo2015 }.allSatisfy { $0.reason == .noRegulationKnown })
    // ...but one that found only an expired regulation found nothing that holds.
    let expired = LegalCheck.findings(
      for: situation(searches: [found], regulations: [ordinance("vo", until: "2020-12-31")]))
    #expect(expired.filter { $0.law == .wmo2015 }.allSatisfy { $0.reason == .searchedNotFound(found) })
  }

  @Test func readinessNamesTheSearchOnEveryItem() {
    let readiness = ParticipationReadiness(situation(searches: [Self.search]))
    #expect(readiness.overall == .undecidable)
    #expect(readiness.items.allSatisfy { $0.reason == .searchedNotFound && $0.search == Self.search })
  }

  @Test func theDeadlineItemGivesTheSameReasonAsTheAdoption() {
    // A participatieverordening in the record, not read whole, nothing mapped: both say so, naming it.
    var ordinance = Regulation(id: "pv", title: "Participatieverordening 2025", readWhole: false, citation: Self.cite)
    ordinance.kind = .known(.ordinance)
    ordinance.adoptedBy = .known(.council)
    ordinance.inForceFrom = date("2025-05-21")
    ordinance.legalBases = .known(["Gemeentewet 150"])
    ordinance.scope = .known([])
    let readiness = ParticipationReadiness(situation(searches: [], regulations: [ordinance]))
    #expect(readiness.items.first?.reason == .notReadWhole)
    #expect(readiness.items.last?.item == .inForceByDeadline)
    #expect(readiness.items.last?.reason == .notReadWhole)
    #expect(readiness.items.last?.carrier?.id == "pv")
  }
}
