import Testing

@testable import BetrokkenModel

/// Participatieverordening readiness (Gemeentewet art. 150): each item, each overall verdict, the deadline.
@Suite struct ReadinessTests {
  static let cite = Citation(sourceID: "s", section: nil)
  static let allItems: [ParticipationItem: String] = [
    .preparation: "art. 3", .implementation: "art. 4", .evaluation: "art. 5", .challengeRight: "art. 8",
  ]

  func participationOrdinance(
    items: [ParticipationItem: String] = allItems, adopted: String? = "2026-06-25",
    from: String? = "2027-01-01", until: String? = nil, readWhole: Bool = true, adoptedBy: Adopter = .council
  ) -> Regulation {
    var r = Regulation(
      id: "participatieverordening", title: "Participatieverordening", readWhole: readWhole, citation: Self.cite)
    r.kind = .known(.ordinance)
    r.adoptedBy = .known(adoptedBy)
    r.adopted = adopted.map(date)
    r.inForceFrom = from.map(date)
    r.inForceUntil = until.map(date)
    r.legalBases = .known(["Gemeentewet 150"])
    r.scope = .known([])
    r.participationItems = ArticleMap(items)
    return r
  }

  func readiness(_ regulations: [Regulation], list: RegulationListStatement? = nil, asOf: String = "2026-11-29")
    -> ParticipationReadiness
  {
    let record = Record(
      id: date("2026-01-01"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      regulations: regulations,
      regulationLists: RegulationLists(participationOrdinance: list.map { .known($0, Self.cite) } ?? .unknown))
    return ParticipationReadiness(
      Situation(Profile(code: "GM0001", name: "Test", records: [record], file: "x"), asOf: date(asOf)))
  }

  func verdicts(_ r: ParticipationReadiness) -> [Verdict] { r.items.map(\.verdict) }

  @Test func readyWhenAllSixItemsAreMet() {
    let r = readiness([participationOrdinance()])
    #expect(r.overall == .ready)
    #expect(
      r.items.map(\.item) == [
        .adoptedByCouncil, .preparation, .implementation, .evaluation, .challengeRight, .inForceByDeadline,
      ])
    #expect(r.items.allSatisfy { $0.verdict == .met })
    #expect(r.items[2].article == "art. 4")
    #expect(r.items[0].article == "art. 3", "the first content article shows it is a participatieverordening")
    #expect(r.daysLeft == 33)
  }

  @Test func eachContentItemCanBeMissing() {
    for missing in ParticipationItem.allCases {
      var items = Self.allItems
      items[missing] = nil
      let partial = readiness([participationOrdinance(items: items)])
      #expect(partial.overall == .undecidable, "\(missing): without a complete list a missing article is unknown")
      let complete = readiness([participationOrdinance(items: items)], list: .complete)
      #expect(complete.overall == .notReady, "\(missing)")
      #expect(complete.items.first { $0.item.participationItem == missing }?.verdict == .notMet)
      #expect(complete.items.filter { $0.verdict == .notMet }.count == 1)
    }
  }

  @Test func inForceAfterTheDeadlineIsNotReady() {
    let late = readiness([participationOrdinance(from: "2027-01-02")])
    #expect(late.overall == .notReady)
    #expect(late.items.last?.reason == .entersIntoForceAfterDeadline)
    let unknownDate = readiness([participationOrdinance(from: nil)])
    #expect(unknownDate.items.last?.verdict == .undecidable)
    #expect(unknownDate.overall == .undecidable)
    let ending = readiness([participationOrdinance(from: "2025-06-01", until: "2026-12-31")])
    #expect(ending.items.last?.reason == .endsBeforeDeadline)
  }

  @Test func preambleAloneIsNotAParticipatieverordening() {
    let preambleOnly = participationOrdinance(items: [:])
    #expect(readiness([preambleOnly]).items[0].verdict == .undecidable)
    let complete = readiness([preambleOnly], list: .complete)
    #expect(complete.items[0].verdict == .notMet)
    #expect(complete.overall == .notReady)
  }

  @Test func twoOrdinancesCarryItTogether() {
    // The main ordinance carries all four items; a separate uitdaagrecht ordinance comes later: still ready.
    var items = Self.allItems
    items[.challengeRight] = nil
    var main = participationOrdinance(items: Self.allItems, adopted: "2025-03-01", from: "2025-04-01")
    main.id = "hoofdverordening"
    var challenge = participationOrdinance(
      items: [.challengeRight: "art. 2"], adopted: "2026-10-01", from: "2027-06-01")
    challenge.id = "uitdaagrecht"
    #expect(readiness([main, challenge]).overall == .ready)
    // Only the late one carries the uitdaagrecht: not ready, naming it.
    var partial = main
    partial.participationItems = ArticleMap(items)
    let late = readiness([partial, challenge])
    #expect(late.overall == .notReady)
    #expect(late.items.last?.reason == .entersIntoForceAfterDeadline)
    #expect(late.items.last?.carrier?.id == "uitdaagrecht")
  }

  @Test func aSuccessorReplacesItsPredecessor() {
    var old = participationOrdinance(adopted: "2025-02-01", from: "2025-03-01", until: "2026-06-30")
    old.id = "oud"
    var new = participationOrdinance(adopted: "2026-05-01", from: "2026-07-01")
    new.id = "nieuw"
    let r = readiness([old, new], asOf: "2026-05-01")
    #expect(r.overall == .ready)
    #expect(r.items[0].carrier?.id == "nieuw", "the ordinance in force on the deadline is cited")
  }

  @Test func aJointBoardsOrdinanceIsNotAParticipatieverordening() {
    #expect(readiness([participationOrdinance(adoptedBy: .jointBoard)], list: .complete).overall == .notReady)
    #expect(readiness([participationOrdinance(adoptedBy: .jointBoard)]).items[0].reason == .noOrdinanceKnown)
  }

  @Test func noOrdinanceStatedIsNotReady() {
    let r = readiness([], list: .noOrdinance)
    #expect(r.overall == .notReady)
    #expect(verdicts(r) == Array(repeating: .notMet, count: 6))
    let unknown = readiness([])
    #expect(unknown.overall == .undecidable)
    #expect(unknown.items[0].reason == .noOrdinanceKnown)
  }

  @Test func partReadOrUnknownAdopterStaysUndecidable() {
    var items = Self.allItems
    items[.challengeRight] = nil
    let partly = readiness([participationOrdinance(items: items, readWhole: false)], list: .complete)
    #expect(partly.items[4].verdict == .undecidable)
    #expect(partly.items[4].reason == .notReadWhole)
    var unknownAdopter = participationOrdinance(items: [:])
    unknownAdopter.adoptedBy = .unknown
    #expect(readiness([unknownAdopter], list: .complete).items[0].reason == .ordinanceFactsUnknown)
    // The college's rules never carry it.
    #expect(readiness([participationOrdinance(adoptedBy: .executive)], list: .complete).overall == .notReady)
  }

  @Test func oldInspraakverordeningIsFlaggedForRechecking() {
    let old = participationOrdinance(items: [.preparation: "art. 2"], adopted: "2012-03-01", from: "2012-04-01")
    let r = readiness([old], list: .complete)
    #expect(r.adoptedBeforeNewText.map(\.id) == ["participatieverordening"])
    #expect(r.items[1].verdict == .met)
    #expect(r.overall == .notReady)
  }

  @Test func inspraakIsInformationOnly() {
    var ordinance = participationOrdinance()
    ordinance.inspraak = Inspraak(procedure: .ownProcedure, article: "art. 6")
    let r = readiness([ordinance])
    #expect(r.inspraak?.inspraak.procedure == .ownProcedure)
    #expect(r.overall == .ready)
  }

  @Test func notApplicableBefore2025AndDaysAroundTheDeadline() {
    #expect(readiness([participationOrdinance()], asOf: "2024-12-31").overall == .notApplicable)
    #expect(readiness([participationOrdinance()], asOf: "2024-12-31").items.isEmpty)
    #expect(readiness([], asOf: "2026-12-31").daysLeft == 1)
    #expect(readiness([], asOf: "2027-01-01").daysLeft == 0)
    #expect(readiness([], asOf: "2027-01-02").daysLeft == -1)
    #expect(readiness([], asOf: "2027-01-02").deadlinePassed)
    #expect(!readiness([], asOf: "2027-01-01").deadlinePassed)
    // An ordinance adopted after the as-of date does not count yet.
    #expect(readiness([participationOrdinance(adopted: "2026-12-10")]).items[0].reason == .noOrdinanceKnown)
  }

  @Test func readinessNeverChangesTheLegalExitSignal() {
    let record = Record(
      id: date("2026-01-01"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      regulationLists: RegulationLists(participationOrdinance: .known(.noOrdinance, Self.cite)))
    let checks = ProfileChecks(
      Situation(Profile(code: "GM0001", name: "T", records: [record], file: "x"), asOf: testAsOf))
    #expect(checks.readiness.overall == .notReady)
    #expect(!checks.anyLegalItemNotMet)
  }
}
