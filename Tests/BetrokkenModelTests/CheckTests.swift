import Testing

@testable import BetrokkenModel

/// Each rule with minimal profiles that trigger it, do not trigger it, and cannot be decided.
@Suite struct CheckTests {
  static let cite = Citation(sourceID: "s", section: "1")

  /// A municipality with one record (dated 2026-01-01) looked at on the pinned date. Attention tests state the
  /// forms list complete unless they test what happens without it.
  func profile(_ forms: [Form] = [], complete: Bool = true, choices: (inout Choices) -> Void = { _ in }) -> Situation {
    var c = Choices()
    choices(&c)
    let record = Record(
      id: date("2026-01-01"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: "2020", url: nil)],
      choices: c, formsComplete: complete ? .known(true, Self.cite) : .unknown, forms: forms)
    return Situation(Profile(code: "GM0001", name: "Test", records: [record], file: "GM0001.json"), asOf: testAsOf)
  }

  func form(
    _ id: String, rung: Rung? = nil, phases: [Phase]? = nil, laws: [Law]? = nil, structure: Structure? = nil,
    contact: Contact? = nil, scale: Scale? = nil, results: Bool? = nil, rankAndFile: Bool? = nil
  ) -> Form {
    var f = Form(id: id, name: id, citation: Self.cite)
    f.status = .known(.existing)
    f.rung = rung.map { .known($0) } ?? .unknown
    f.phases = phases.map { .known(KeySet($0)) } ?? .unknown
    f.laws = laws.map { .known(KeySet($0)) } ?? .unknown
    f.structure = structure.map { .known($0) } ?? .unknown
    f.contact = contact.map { .known($0) } ?? .unknown
    f.scale = scale.map { .known($0) } ?? .unknown
    f.resultsAgreement = results.map { .known($0) } ?? .unknown
    f.rankAndFileLink = rankAndFile.map { .known($0) } ?? .unknown
    return f
  }

  func verdict(_ rule: AttentionRule, _ p: Situation) -> Verdict {
    AttentionCheck.findings(for: p).first { $0.rule == rule }!.verdict
  }

  @Test func attentionPointsOnAbsenceNeedACompleteFormsList() {
    // Raised on absence: undecidable without a complete list, decided with one.
    let informing = [form("a", rung: .inform)]
    #expect(verdict(.onlyInforming, profile(informing)) == .notMet)
    #expect(verdict(.onlyInforming, profile(informing, complete: false)) == .undecidable)
    #expect(AttentionCheck.findings(for: profile(informing, complete: false)).first?.reason == .formsNotStatedComplete)
    let noImplementation = [form("a", phases: [.formulation])]
    #expect(verdict(.noImplementationPhase, profile(noImplementation)) == .notMet)
    #expect(verdict(.noImplementationPhase, profile(noImplementation, complete: false)) == .undecidable)
    // Decided on presence: the same with or without the list.
    let implementing = [form("a", phases: [.implementation])]
    #expect(verdict(.noImplementationPhase, profile(implementing, complete: false)) == .met)
    #expect(verdict(.onlyInforming, profile([form("a", rung: .advise)], complete: false)) == .met)
    // A choice, not forms: the list does not matter.
    let agenda = profile(complete: false) { $0.agendaSetting = .known(.municipality, Self.cite) }
    #expect(verdict(.agendaByMunicipalityAlone, agenda) == .notMet)
  }

  @Test func agendaAttentionPointCitesTheChoice() {
    let p = profile([form("raad", rung: .advise, phases: [.agenda])]) {
      $0.agendaSetting = .known(.municipality, Self.cite)
    }
    let finding = AttentionCheck.findings(for: p).first { $0.rule == .agendaByMunicipalityAlone }!
    #expect(finding.reason == .municipalitySetsAgendaAlone)
    #expect(finding.evidence == [Evidence(.agenda(.municipality), citation: Self.cite)])
  }

  @Test func noRecordByTheDateIsUndecidableEverywhere() {
    let record = Record(
      id: date("2026-12-01"), sources: [Source(id: "s", title: "Bron", publisher: nil, published: nil, url: nil)],
      forms: [form("a", rung: .inform)])
    let situation = Situation(Profile(code: "GM0001", name: "Test", records: [record], file: "x"), asOf: testAsOf)
    #expect(situation.record == nil)
    #expect(AttentionCheck.findings(for: situation).allSatisfy { $0.verdict == .undecidable && $0.reason == .noRecord })
    #expect(LegalCheck.findings(for: situation).allSatisfy { $0.verdict == .undecidable && $0.reason == .noRecord })
  }

  @Test func noFormsIsUndecidableNeverNo() {
    // Even with the (empty) list stated complete, no forms decide nothing about how forms are arranged.
    let complete = profile(complete: true)
    for rule in [
      AttentionRule.onlyInforming, .coDecisionOnlyAtDecision, .noImplementationPhase, .flexibleWithoutAgreement,
      .indirectWithoutRankAndFile,
    ] {
      #expect(verdict(rule, complete) == .undecidable, "\(rule)")
    }
    let p = profile(complete: false)
    for rule in AttentionRule.allCases
    where ![
      .agendaByMunicipalityAlone, .integralOnly, .supportOnly, .regionalPolicyWithoutRegionalForm, .oneSidedMembership,
    ].contains(rule) {
      #expect(verdict(rule, p) == .undecidable, "\(rule)")
    }
  }

  // MARK: attention rules, each: raised / not raised / undecidable

  @Test func onlyInforming() {
    #expect(verdict(.onlyInforming, profile([form("a", rung: .inform)])) == .notMet)
    #expect(verdict(.onlyInforming, profile([form("a", rung: .inform), form("b", rung: .consult)])) == .met)
    #expect(verdict(.onlyInforming, profile([form("a", rung: .inform), form("b")])) == .undecidable)
    #expect(verdict(.onlyInforming, profile()) == .undecidable)
  }

  @Test func coDecisionOnlyAtDecision() {
    #expect(verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .codecide, phases: [.decision])])) == .notMet)
    #expect(
      verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .coproduce, phases: [.agenda, .decision])])) == .met)
    #expect(verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .codecide)])) == .undecidable)
    #expect(verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .advise), form("b")])) == .undecidable)
    #expect(verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .advise)])) == .met)
  }

  @Test func noImplementationPhase() {
    #expect(verdict(.noImplementationPhase, profile([form("a", phases: [.formulation])])) == .notMet)
    #expect(verdict(.noImplementationPhase, profile([form("a", phases: [.implementation])])) == .met)
    #expect(verdict(.noImplementationPhase, profile([form("a", phases: [.formulation]), form("b")])) == .undecidable)
  }

  @Test func flexibleWithoutAgreement() {
    #expect(verdict(.flexibleWithoutAgreement, profile([form("a", structure: .flexible, results: false)])) == .notMet)
    #expect(verdict(.flexibleWithoutAgreement, profile([form("a", structure: .flexible, results: true)])) == .met)
    #expect(verdict(.flexibleWithoutAgreement, profile([form("a", structure: .flexible)])) == .undecidable)
    #expect(verdict(.flexibleWithoutAgreement, profile([form("a", structure: .fixed)])) == .met)
    #expect(verdict(.flexibleWithoutAgreement, profile([form("a")])) == .undecidable)
  }

  @Test func regionalPolicyWithoutRegionalForm() {
    let regional: (inout Choices) -> Void = { $0.regionalPolicy = .known([.youthAct], Self.cite) }
    #expect(
      verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .local)], choices: regional)) == .notMet)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a")], choices: regional)) == .undecidable)
    #expect(
      verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .regional)], choices: regional)) == .met)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile { $0.regionalPolicy = .known([], Self.cite) }) == .met)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .local)])) == .undecidable)
  }

  @Test func indirectWithoutRankAndFile() {
    #expect(
      verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect, rankAndFile: false)])) == .notMet)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect, rankAndFile: true)])) == .met)
    #expect(
      verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect), form("b", contact: .direct)]))
        == .met)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect)])) == .undecidable)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a")])) == .undecidable)
  }

  @Test func oneSidedMembership() {
    let policy: (inout Choices) -> Void = { $0.inputKinds = .known([.policyExpertise], Self.cite) }
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .fixed)], choices: policy)) == .notMet)
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .flexible)], choices: policy)) == .met)
    #expect(verdict(.oneSidedMembership, profile([form("a")], choices: policy)) == .undecidable)
    #expect(
      verdict(
        .oneSidedMembership,
        profile([form("a", structure: .fixed)]) { $0.inputKinds = .known([.experientialKnowledge], Self.cite) }) == .met
    )
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .fixed)])) == .undecidable)
  }

  @Test func integralOnly() {
    #expect(verdict(.integralOnly, profile { $0.topics = .known([.integral], Self.cite) }) == .notMet)
    #expect(verdict(.integralOnly, profile { $0.topics = .known([.integral, .categorical], Self.cite) }) == .met)
    #expect(verdict(.integralOnly, profile()) == .undecidable)
  }

  @Test func supportOnly() {
    #expect(verdict(.supportOnly, profile { $0.motives = .known([.support], Self.cite) }) == .notMet)
    #expect(verdict(.supportOnly, profile { $0.motives = .known([.support, .quality], Self.cite) }) == .met)
    #expect(verdict(.supportOnly, profile()) == .undecidable)
  }

  @Test func overviewCountsAndRanks() {
    let a = profile([form("a", rung: .codecide, phases: [.decision])])
    let other = profile([form("b", rung: .inform, phases: [.implementation])]).record!
    let b = Situation(Profile(code: "GM0002", name: "Ander", records: [other], file: "GM0002.json"), asOf: testAsOf)
    let overview = Overview([a, b])
    #expect(overview.municipalities == 2)
    #expect(overview.reachingRung[.codecide] == 1 && overview.reachingRung[.inform] == 1)
    #expect(overview.involvedInPhase[.implementation] == 1)
    #expect(overview.ranking.map(\.profile.name) == ["Test", "Ander"])
    #expect(overview.legal[.participationAct]?[.a] == nil)
    #expect(overview.warnings.map(\.rule).contains(.onlyInforming))
    #expect(overview.readiness[.undecidable] == 2)
  }
}
