import BetrokkenModel
import Testing

/// Each rule with minimal profiles that trigger it, do not trigger it, and cannot be decided.
@Suite struct CheckTests {
  static let cite = Citation(sourceID: "s", section: "1")

  func profile(_ forms: [Form] = [], choices: (inout Choices) -> Void = { _ in }, ordinance: Ordinance = Ordinance()) -> Profile {
    var c = Choices()
    choices(&c)
    return Profile(code: "GM0001", name: "Test", sources: [Source(id: "s", title: "Bron", publisher: nil, year: 2020, url: nil)],
      choices: c, ordinance: ordinance, forms: forms, file: "GM0001.json")
  }

  func form(_ id: String, rung: Rung? = nil, phases: [Phase]? = nil, laws: [Law]? = nil, structure: Structure? = nil,
    contact: Contact? = nil, scale: Scale? = nil, results: Bool? = nil, rankAndFile: Bool? = nil) -> Form
  {
    var f = Form(id: id, name: id, citation: Self.cite)
    f.rung = rung.map { .known($0) } ?? .unknown
    f.phases = phases.map { .known($0) } ?? .unknown
    f.laws = laws.map { .known($0) } ?? .unknown
    f.structure = structure.map { .known($0) } ?? .unknown
    f.contact = contact.map { .known($0) } ?? .unknown
    f.scale = scale.map { .known($0) } ?? .unknown
    f.resultsAgreement = results.map { .known($0) } ?? .unknown
    f.rankAndFileLink = rankAndFile.map { .known($0) } ?? .unknown
    return f
  }

  func verdict(_ rule: AttentionRule, _ p: Profile) -> Verdict {
    AttentionCheck.findings(for: p).first { $0.rule == rule }!.verdict
  }

  func legal(_ law: Law, _ item: LegalItem, _ p: Profile) -> LegalFinding? {
    LegalCheck.findings(for: p).first { $0.law == law && $0.item == item }
  }

  // MARK: legal items

  @Test func participatiewetHasNoItemA() {
    let findings = LegalCheck.findings(for: profile())
    #expect(findings.filter { $0.law == .participationAct }.map(\.item) == [.b, .c, .d, .e, .f])
    #expect(findings.filter { $0.law == .wmo2015 }.map(\.item) == [.a, .b, .c, .d, .e, .f])
    #expect(findings.filter { $0.law == .youthAct }.count == 6)
    #expect(findings.count == 17)
  }

  @Test func ordinanceDecides() {
    let yes = Ordinance(items: [.wmo2015: [.f: .known(true, Self.cite)], .youthAct: [.c: .known(false, Self.cite)]])
    let p = profile(ordinance: yes)
    #expect(legal(.wmo2015, .f, p)?.verdict == .met)
    #expect(legal(.wmo2015, .f, p)?.evidence.first?.citation == Self.cite)
    #expect(legal(.youthAct, .c, p)?.verdict == .notMet)
    #expect(ProfileChecks(p).anyLegalItemNotMet)
  }

  @Test func formsThatDoWhatTheItemAsksMeetIt() {
    let council = form("raad", rung: .advise, phases: [.formulation], laws: [.wmo2015], structure: .fixed)
    let p = profile([council])
    #expect(legal(.wmo2015, .a, p)?.verdict == .met)
    #expect(legal(.wmo2015, .b, p)?.verdict == .met)
    #expect(legal(.wmo2015, .d, p)?.verdict == .met)
    #expect(legal(.wmo2015, .a, p)?.evidence.map(\.text) == ["raad: adviseren, beleidsvorming, vast"])
    #expect(legal(.youthAct, .a, p)?.verdict == .undecidable, "the form does not cover the Jeugdwet")
    #expect(legal(.wmo2015, .f, p)?.verdict == .undecidable, "forms never prove information")
  }

  @Test func formOfUnknownLawCannotMeetAnything() {
    let p = profile([form("raad", rung: .advise, phases: [.formulation], structure: .fixed)])
    #expect(LegalCheck.findings(for: p).allSatisfy { $0.verdict == .undecidable })
    #expect(legal(.wmo2015, .a, p)?.reason == "de verordening is onbekend; van 1 vorm is niet bekend voor welke wet")
  }

  @Test func onlyInformingIsAWarningNotALegalVerdict() {
    // The forms list is never complete, so "only informing" cannot prove an item is not met.
    let p = profile([form("krant", rung: .inform, laws: [.wmo2015]), form("site", rung: .inform)])
    for item in [LegalItem.a, .b, .d, .e] { #expect(legal(.wmo2015, item, p)?.verdict == .undecidable) }
    #expect(!ProfileChecks(p).anyLegalItemNotMet)
    #expect(verdict(.onlyInforming, p) == .notMet)
  }

  @Test func plannedFormsDoNotCount() {
    var planned = form("raad", rung: .advise, phases: [.formulation], laws: [.wmo2015], structure: .fixed)
    planned.status = .known(.planned)
    let p = profile([planned])
    #expect(legal(.wmo2015, .a, p)?.verdict == .undecidable)
    #expect(p.highestRung == nil)
    #expect(verdict(.onlyInforming, p) == .undecidable)
    #expect(InvolvementAnalysis(p).plannedForms.map(\.id) == ["raad"])
    #expect(InvolvementAnalysis(p).formsByRung.isEmpty)
    var pilot = planned
    pilot.status = .known(.pilot)
    #expect(legal(.wmo2015, .a, profile([pilot]))?.verdict == .met, "a pilot runs, so it counts")
  }

  @Test func noFormsIsUndecidableNeverNo() {
    let p = profile()
    for rule in AttentionRule.allCases where ![.agendaByMunicipalityAlone, .integralOnly, .supportOnly, .regionalPolicyWithoutRegionalForm, .oneSidedMembership].contains(rule) {
      #expect(verdict(rule, p) == .undecidable, "\(rule)")
    }
  }

  @Test func itemEMeansMoreThanInformingInTheAgendaPhase() {
    #expect(legal(.wmo2015, .e, profile([form("krant", rung: .inform, phases: [.agenda], laws: [.wmo2015])]))?.verdict == .undecidable)
    #expect(legal(.wmo2015, .e, profile([form("panel", rung: .consult, phases: [.agenda], laws: [.wmo2015])]))?.verdict == .met)
  }

  @Test func supportIsCitedFromTheChoiceNotTheForms() {
    let p = profile([form("raad", rung: .advise, laws: [.wmo2015])]) { $0.facilitation = .known([.training], Self.cite) }
    let finding = legal(.wmo2015, .c, p)
    #expect(finding?.verdict == .met)
    #expect(finding?.evidence.map(\.text) == ["ondersteuning: training"])
  }

  @Test func agendaByMunicipalityAloneFailsItemE() {
    let p = profile { $0.agendaSetting = .known(.municipality, Self.cite) }
    #expect(legal(.wmo2015, .e, p)?.verdict == .notMet)
    #expect(verdict(.agendaByMunicipalityAlone, p) == .notMet)
    let q = profile { $0.agendaSetting = .known(.citizensToo, Self.cite) }
    #expect(verdict(.agendaByMunicipalityAlone, q) == .met)
    #expect(verdict(.agendaByMunicipalityAlone, profile()) == .undecidable)
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
    #expect(verdict(.coDecisionOnlyAtDecision, profile([form("a", rung: .coproduce, phases: [.agenda, .decision])])) == .met)
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
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .local)], choices: regional)) == .notMet)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a")], choices: regional)) == .undecidable)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .regional)], choices: regional)) == .met)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile { $0.regionalPolicy = .known([], Self.cite) }) == .met)
    #expect(verdict(.regionalPolicyWithoutRegionalForm, profile([form("a", scale: .local)])) == .undecidable)
  }

  @Test func indirectWithoutRankAndFile() {
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect, rankAndFile: false)])) == .notMet)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect, rankAndFile: true)])) == .met)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect), form("b", contact: .direct)])) == .met)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a", contact: .indirect)])) == .undecidable)
    #expect(verdict(.indirectWithoutRankAndFile, profile([form("a")])) == .undecidable)
  }

  @Test func oneSidedMembership() {
    let policy: (inout Choices) -> Void = { $0.inputKinds = .known([.policyExpertise], Self.cite) }
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .fixed)], choices: policy)) == .notMet)
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .flexible)], choices: policy)) == .met)
    #expect(verdict(.oneSidedMembership, profile([form("a")], choices: policy)) == .undecidable)
    #expect(verdict(.oneSidedMembership, profile([form("a", structure: .fixed)]) { $0.inputKinds = .known([.experientialKnowledge], Self.cite) }) == .met)
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
    var b = profile([form("b", rung: .inform, phases: [.implementation])])
    b.code = "GM0002"
    b.name = "Ander"
    let overview = Overview([a, b])
    #expect(overview.municipalities == 2)
    #expect(overview.reachingRung[.codecide] == 1 && overview.reachingRung[.inform] == 1)
    #expect(overview.involvedInPhase[.implementation] == 1)
    #expect(overview.ranking.map(\.profile.name) == ["Test", "Ander"])
    #expect(overview.legal[.participationAct]?[.a] == nil)
    #expect(overview.warnings.map(\.rule).contains(.onlyInforming))
  }
}
