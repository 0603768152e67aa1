import BetrokkenScreen
import Testing

@testable import BetrokkenModel

/// Every path of the legal verdict: only a regulation decides; practice is shown beside it and never decides.
@Suite struct LegalCheckTests {
  static let cite = Citation(sourceID: "s", section: nil)
  static let allLaws: [Law] = [.wmo2015, .youthAct, .participationAct]

  func ordinance(
    _ id: String = "verordening", items: [LegalItem: String], scope: [Law] = allLaws, readWhole: Bool = true,
    from: String? = "2023-01-01", until: String? = nil, kind: RegulationKind = .ordinance, adoptedBy: Adopter = .council
  ) -> Regulation {
    var r = Regulation(id: id, title: "Verordening \(id)", readWhole: readWhole, citation: Self.cite)
    r.kind = .known(kind)
    r.adoptedBy = .known(adoptedBy)
    r.identifier = "CVDR\(id.count)/1"
    r.inForceFrom = from.map(date)
    r.inForceUntil = until.map(date)
    r.scope = .known(KeySet(scope))
    r.legalItems = ArticleMap(items)
    return r
  }

  func furtherRules(items: [LegalItem: String], delegatedBy: String?) -> Regulation {
    var r = ordinance("nadere-regels", items: items, kind: .furtherRules, adoptedBy: .executive)
    r.delegatedBy = delegatedBy.map { Delegation(regulationID: $0, article: "art. 9") }
    return r
  }

  func situation(
    _ regulations: [Regulation] = [], lists: [Law: RegulationListStatement] = [:], forms: [Form] = [],
    asOf: String = "2026-11-29", choices: (inout Choices) -> Void = { _ in }
  ) -> Situation {
    var c = Choices()
    choices(&c)
    let record = Record(
      id: date("2026-01-01"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      choices: c, regulations: regulations,
      regulationLists: RegulationLists(laws: lists.mapValues { .known($0, Self.cite) }), forms: forms)
    return Situation(Profile(code: "GM0001", name: "Test", records: [record], file: "GM0001.json"), asOf: date(asOf))
  }

  func finding(_ law: Law, _ item: LegalItem, _ s: Situation) -> LegalFinding {
    LegalCheck.findings(for: s).first { $0.law == law && $0.item == item }!
  }

  func council(_ status: FormStatus? = .existing, until: String? = nil, from: String? = nil) -> Form {
    var f = Form(id: "raad", name: "Adviesraad", citation: Self.cite)
    f.status = status.map { .known($0) } ?? .unknown
    f.until = until.map(date)
    f.from = from.map(date)
    f.rung = .known(.advise)
    f.phases = .known([.formulation])
    f.laws = .known([.wmo2015])
    f.structure = .known(.fixed)
    return f
  }

  @Test func participatiewetHasNoItemA() {
    let findings = LegalCheck.findings(for: situation())
    #expect(findings.filter { $0.law == .participationAct }.map(\.item) == [.b, .c, .d, .e, .f])
    #expect(findings.filter { $0.law == .wmo2015 }.map(\.item) == [.a, .b, .c, .d, .e, .f])
    #expect(findings.count == 17)
    #expect(LegalItem.b.participationActLetter == "a" && LegalItem.f.participationActLetter == "e")
  }

  @Test func ordinanceInForceMeetsTheItemWithItsArticle() {
    let s = situation([ordinance(items: [.b: "art. 4 lid 2"])])
    let f = finding(.youthAct, .b, s)
    #expect(f.verdict == .met)
    #expect(f.reason == .regulatedByOrdinance)
    #expect(f.carrier?.article == "art. 4 lid 2")
    #expect(f.carrier?.regulation.id == "verordening")
    #expect(finding(.wmo2015, .c, s).verdict == .undecidable)
  }

  @Test func furtherRulesCountOnlyWithADelegatingOrdinance() {
    let delegated = situation([ordinance(items: [:]), furtherRules(items: [.c: "art. 2"], delegatedBy: "verordening")])
    let f = finding(.wmo2015, .c, delegated)
    #expect(f.verdict == .met)
    #expect(f.reason == .regulatedByFurtherRules)
    #expect(f.carrier?.delegatedBy?.article == "art. 9")
    #expect(f.carrier?.delegatedBy?.regulation.id == "verordening")

    let undelegated = situation([furtherRules(items: [.c: "art. 2"], delegatedBy: nil)])
    let g = finding(.wmo2015, .c, undelegated)
    #expect(g.verdict == .undecidable)
    #expect(g.uncounted.map(\.why) == [.furtherRulesWithoutDelegation])

    // Delegated by an ordinance that has ended: not counted.
    let ended = situation([
      ordinance(items: [:], until: "2025-12-31"), furtherRules(items: [.c: "art. 2"], delegatedBy: "verordening"),
    ])
    #expect(finding(.wmo2015, .c, ended).verdict == .undecidable)
    #expect(finding(.wmo2015, .c, ended).uncounted.map(\.why) == [.delegatingOrdinanceNotInForce])
  }

  @Test func policyRulesAreShownAndFlaggedNeverCounted() {
    let policy = ordinance("beleidsregels", items: [.f: "art. 3"], kind: .policyRules, adoptedBy: .executive)
    let s = situation([policy])
    let f = finding(.wmo2015, .f, s)
    #expect(f.verdict == .undecidable)
    #expect(f.reason == .onlyUncountedRegulations)
    #expect(f.uncounted.map(\.why) == [.policyRules])
    // A complete list of policy rules alone holds no ordinance: only a "noOrdinance" statement says there is none.
    let complete = situation([policy], lists: [.wmo2015: .complete])
    #expect(finding(.wmo2015, .f, complete).verdict == .undecidable)
    #expect(finding(.wmo2015, .f, complete).uncounted.map(\.why) == [.policyRules])
    // Beside an ordinance read whole, the complete list leaves the item not met, and the policy rules flagged.
    let withOrdinance = situation([ordinance(items: [.a: "art. 3"]), policy], lists: [.wmo2015: .complete])
    #expect(finding(.wmo2015, .f, withOrdinance).verdict == .notMet)
    #expect(finding(.wmo2015, .f, withOrdinance).uncounted.map(\.why) == [.policyRules])
  }

  @Test func notMetNeedsACompleteListReadWhole() {
    let read = ordinance(items: [.a: "art. 3"])
    let complete = situation([read], lists: [.wmo2015: .complete])
    let f = finding(.wmo2015, .d, complete)
    #expect(f.verdict == .notMet)
    #expect(f.reason == .notRegulatedInCompleteList)
    #expect(f.regulationsRead.map(\.id) == ["verordening"])
    #expect(finding(.wmo2015, .a, complete).verdict == .met)
    // The list is complete for the Wmo only: the Jeugdwet stays undecidable.
    #expect(finding(.youthAct, .d, complete).reason == .listNotStatedComplete)
    // Without the statement: undecidable.
    #expect(finding(.wmo2015, .d, situation([read])).reason == .listNotStatedComplete)
    // Not read whole: an article not seen is unknown, never absent.
    let partly = situation([ordinance(items: [.a: "art. 3"], readWhole: false)], lists: [.wmo2015: .complete])
    #expect(finding(.wmo2015, .d, partly).verdict == .undecidable)
    #expect(finding(.wmo2015, .d, partly).reason == .notReadWhole(partly.regulations[0]))
  }

  @Test func noOrdinanceInForceIsNotMet() {
    let s = situation(lists: [.participationAct: .noOrdinance])
    #expect(finding(.participationAct, .b, s).verdict == .notMet)
    #expect(finding(.participationAct, .b, s).reason == .noOrdinanceInForce(Self.cite))
    #expect(finding(.wmo2015, .b, s).verdict == .undecidable)
    #expect(ProfileChecks(s).anyLegalItemNotMet)
  }

  @Test func scopeExcludingALawDoesNotMeetIt() {
    let s = situation([ordinance(items: [.b: "art. 4"], scope: [.wmo2015, .youthAct])])
    #expect(finding(.wmo2015, .b, s).verdict == .met)
    #expect(finding(.participationAct, .b, s).verdict == .undecidable)
    #expect(finding(.participationAct, .b, s).reason == .noRegulationKnown)
    // Unknown scope: may cover the law, so it blocks "not met" and is named.
    var unknownScope = ordinance(items: [:])
    unknownScope.scope = .unknown
    let t = situation([unknownScope], lists: [.wmo2015: .complete])
    #expect(finding(.wmo2015, .b, t).verdict == .undecidable)
    #expect(finding(.wmo2015, .b, t).reason == .regulationFactsUnknown(unknownScope))
  }

  @Test func asOfBeforeAndAfterInForce() {
    let regulation = ordinance(items: [.b: "art. 4"], from: "2025-01-01", until: "2026-06-30")
    #expect(finding(.wmo2015, .b, situation([regulation], asOf: "2026-06-30")).verdict == .met, "the last day counts")
    #expect(finding(.wmo2015, .b, situation([regulation], asOf: "2026-07-01")).verdict == .undecidable)
    #expect(finding(.wmo2015, .b, situation([regulation], asOf: "2026-07-01")).reason == .noRegulationInForce)
    let future = ordinance(items: [.b: "art. 4"], from: "2027-01-01")
    let before = finding(.wmo2015, .b, situation([future]))
    #expect(before.verdict == .undecidable)
    #expect(before.reason == .noRegulationInForce)
    #expect(before.uncounted.map(\.why) == [.notInForce])
    // A v1-style regulation: kind and dates unknown, so nothing is decided.
    var unknown = Regulation(id: "verordening-1", title: "Oud", readWhole: false, citation: Self.cite)
    unknown.scope = .known([.wmo2015])
    unknown.legalItems = [.b: "art. 2"]
    let v1 = finding(.wmo2015, .b, situation([unknown], lists: [.wmo2015: .complete]))
    #expect(v1.verdict == .undecidable)
    #expect(v1.uncounted.map(\.why) == [.kindUnknown])
  }

  @Test func practiceIsShownAndNeverDecides() {
    let s = situation(forms: [council()]) {
      $0.agendaSetting = .known(.municipality, Self.cite)
      $0.facilitation = .known([.training], Self.cite)
    }
    let a = finding(.wmo2015, .a, s)
    #expect(a.verdict == .undecidable)
    #expect(a.practice.map(\.shows) == [.adviceOrHigher])
    #expect(finding(.wmo2015, .b, s).practice.map(\.shows) == [.earlyAdvice])
    #expect(finding(.wmo2015, .d, s).practice.map(\.shows) == [.periodicConsultation])
    // (c) cites the support choice, (e) the agenda choice — not every form.
    #expect(finding(.wmo2015, .c, s).practice.map(\.subject) == [.choice(.facilitation)])
    let e = finding(.wmo2015, .e, s)
    #expect(e.practice.map(\.subject) == [.choice(.agendaSetting)])
    #expect(e.practice.first?.isAgainst == true)
    #expect(e.verdict == .undecidable, "practice against the item never makes it not met")
    #expect(finding(.youthAct, .a, s).practice.isEmpty, "the council does not cover the Jeugdwet")
    #expect(!ProfileChecks(s).anyLegalItemNotMet)
  }

  @Test func endedPlannedAndPilotForms() {
    #expect(finding(.wmo2015, .a, situation(forms: [council(.planned)])).practice.isEmpty)
    #expect(finding(.wmo2015, .a, situation(forms: [council(.pilot)])).practice.count == 1, "a pilot runs")
    #expect(finding(.wmo2015, .a, situation(forms: [council(.ended)])).practice.isEmpty)
    #expect(finding(.wmo2015, .a, situation(forms: [council(.existing, until: "2026-11-28")])).practice.isEmpty)
    #expect(finding(.wmo2015, .a, situation(forms: [council(.existing, until: "2026-11-29")])).practice.count == 1)
    #expect(finding(.wmo2015, .a, situation(forms: [council(.existing, from: "2026-12-01")])).practice.isEmpty)
    // until wins over status
    #expect(council(.ended, until: "2026-12-31").standing(on: testAsOf) == .running(.existing))
    #expect(council(nil).standing(on: testAsOf) == .running(.statusUnknown))
    let s = situation(forms: [council(nil), council(.planned)])
    #expect(s.formsOfUnknownStatus.count == 1)
    #expect(s.formsNotInPlace.count == 1)
    #expect(InvolvementAnalysis(s).formsNotInPlace.count == 1)
  }

  @Test func aCompleteListHoldsForItsRecordsDate() {
    // Listed complete on 2026-01-01; the only ordinance ends on 2026-06-30. Later, what replaced it is unknown.
    let ending = ordinance(items: [.a: "art. 3"], until: "2026-06-30")
    let before = finding(.wmo2015, .d, situation([ending], lists: [.wmo2015: .complete], asOf: "2026-06-30"))
    #expect(before.verdict == .notMet)
    let after = finding(.wmo2015, .d, situation([ending], lists: [.wmo2015: .complete], asOf: "2026-11-29"))
    #expect(after.verdict == .undecidable)
    #expect(after.reason == .listChangedSinceRecord(ending))
  }

  @Test func delegatingOrdinanceMustCoverTheLaw() {
    let participation = ordinance(items: [:], scope: [])
    let rules = furtherRules(items: [.c: "art. 2"], delegatedBy: "verordening")
    let f = finding(.wmo2015, .c, situation([participation, rules]))
    #expect(f.verdict == .undecidable)
    #expect(f.uncounted.map(\.why) == [.furtherRulesWithoutDelegation])
  }

  @Test func aJointBoardsOrdinanceIsNotTheCouncils() {
    let wgr = ordinance(items: [.b: "art. 4"], adoptedBy: .jointBoard)
    let f = finding(.wmo2015, .b, situation([wgr]))
    #expect(f.verdict == .undecidable)
    #expect(f.uncounted.map(\.why) == [.notACouncilOrdinance])
  }

  @Test func agendaPracticeNamesTheChoiceAloneWhenItIsKnown() {
    var agendaForm = council()
    agendaForm.phases = .known([.agenda])
    let s = situation(forms: [agendaForm]) { $0.agendaSetting = .known(.citizensToo, Self.cite) }
    #expect(finding(.wmo2015, .e, s).practice.map(\.subject) == [.choice(.agendaSetting)])
    let withoutChoice = situation(forms: [agendaForm])
    #expect(finding(.wmo2015, .e, withoutChoice).practice.map(\.shows) == [.agendaInput])
  }

  @Test func asOfBetweenRecordsUsesTheOlderOne() {
    let old = Record(
      id: date("2015-09-30"),
      sources: [Source(id: "s", title: "Leidraad", publisher: nil, published: "2015", url: nil)],
      forms: [council()])
    let new = Record(
      id: date("2026-11-29"), sources: [Source(id: "s", title: "CVDR", publisher: nil, published: nil, url: nil)],
      regulations: [ordinance(items: [.a: "art. 3"])])
    let profile = Profile(code: "GM0001", name: "Test", records: [new, old], file: "x")
    #expect(profile.records.map(\.id) == [date("2015-09-30"), date("2026-11-29")], "sorted by date")
    let between = Situation(profile, asOf: date("2020-01-01"))
    #expect(between.record?.id == date("2015-09-30"))
    #expect(between.recordDateIfOlder == date("2015-09-30"))
    #expect(finding(.wmo2015, .a, between).verdict == .undecidable)
    let now = Situation(profile, asOf: date("2026-11-29"))
    #expect(now.recordDateIfOlder == nil)
    #expect(finding(.wmo2015, .a, now).verdict == .met)
    #expect(Situation(profile, asOf: date("2015-01-01")).record == nil)
  }
}

/// A real ordinance, recorded from its official publication (Tests/Fixtures/real-ordinance/GM0034.json: Almere's
/// Verordening Adviesraad Sociaal Domein, CVDR331095, in force 2014-05-17 to 2014-12-31, read in part): the item
/// its article 2 regulates is met, with that article, on a date it was in force, and nothing else is decided.
@Suite struct RealOrdinanceTests {
  let profile: Profile = {
    let directory = TemporaryDirectory()
    directory.write(
      "GM0034.json",
      try! String(contentsOfFile: packageRoot + "/Tests/Fixtures/real-ordinance/GM0034.json", encoding: .utf8))
    let result = ProfileLoader.load(paths: [directory.path], registry: shippedRegistry)
    precondition(result.errorCount == 0, "\(result.diagnostics.map(DiagnosticWords.line))")
    return result.profiles[0]
  }()

  @Test func articleTwoMeetsEarlyAdviceWhileInForce() throws {
    let checks = ProfileChecks(Situation(profile, asOf: date("2014-12-31")))
    for law in Law.allCases {
      let b = try #require(checks.legal.first { $0.law == law && $0.item == .b })
      #expect(b.verdict == .met, "\(law)")
      #expect(b.carrier?.article == "art. 2")
      #expect(b.carrier?.regulation.identifier == "CVDR331095")
      #expect(b.carrier?.regulation.url?.hasSuffix("/Almere/CVDR331095.html") == true)
    }
    // Read in part: an article not seen is unknown, never absent.
    #expect(checks.legal.filter { $0.item != .b }.allSatisfy { $0.verdict == .undecidable })
    #expect(checks.legal.first { $0.item == .a }?.reason == .notReadWhole(profile.records[0].regulations[0]))
  }

  @Test func theGuidesRecordTakesOverIn2015() {
    let later = Situation(profile, asOf: date("2026-11-29"))
    #expect(later.record?.id == date("2015-09-30"))
    #expect(LegalCheck.findings(for: later).allSatisfy { $0.verdict == .undecidable })
  }
}
