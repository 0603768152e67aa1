import Testing

@testable import BetrokkenModel

/// The overview at two dates: counts per date with each municipality's record of that date, and changes counted
/// only over municipalities with a record at both.
@Suite struct OverviewComparisonTests {
  var data: DataSet {
    let fixture = RecordDiffTests()
    // A second municipality whose first record is from 2026: counted at the later date, never as changed.
    let late = Profile(
      code: "GM0002", name: "Later",
      records: [
        fixture.record("2026-01-01", [fixture.form("raad", "Raad", rung: .codecide)])
      ], file: "y")
    return DataSet(
      registry: MunicipalityRegistry([]), profiles: [fixture.profile, late], diagnostics: [], filesRead: 2,
      asOf: testAsOf)
  }

  @Test func countsPerDateAndChangesOverMunicipalitiesInBoth() {
    let c = OverviewComparison(data, dates: date("2026-11-29"), date("2016-01-01"))
    #expect(c.earlierDate == date("2016-01-01"), "columns go from the earlier date to the later")
    #expect((c.earlierCount, c.laterCount, c.inBoth, c.newerRecord) == (1, 2, 1, 1))
    // 2015 record: advise, consult, inform (x2 consult). 2026 record: advise, consult.
    #expect(c.rungs[.inform] == reach(1, 0, gained: 0, lost: 1))
    #expect(c.rungs[.advise] == reach(1, 1, gained: 0, lost: 0))
    #expect(c.rungs[.codecide] == reach(0, 1, gained: 0, lost: 0), "Later reaches it, but had no record before")
    // The ordinance of 2022 carries item b from then: one change, at the later date only.
    let b = c.legal[.wmo2015]?[.b]
    #expect(b?.earlier[.met] == nil)
    #expect(b?.later[.met] == 1)
    #expect(b?.changed == 1)
    #expect(c.legal[.participationAct]?[.a] == nil, "the Participatiewet has no item a")
    #expect(c.readiness.earlier == [.notApplicable: 1])
    #expect(c.readiness.compared == 0, "n.v.t. before 2025 is not compared")
    #expect(c.readiness.changed == 0)
  }

  @Test func theSameDateTwiceChangesNothing() {
    let c = OverviewComparison(data, dates: testAsOf, testAsOf)
    #expect(c.newerRecord == 0)
    #expect(c.rungs.values.allSatisfy { $0.gained == 0 && $0.lost == 0 })
    #expect(c.legal.values.flatMap(\.values).allSatisfy { $0.changed == 0 })
    #expect(c.readiness.changed == 0)
  }

  func reach(_ earlier: Int, _ later: Int, gained: Int, lost: Int) -> OverviewComparison.Reach {
    var r = OverviewComparison.Reach()
    (r.earlier, r.later, r.gained, r.lost) = (earlier, later, gained, lost)
    return r
  }
}
