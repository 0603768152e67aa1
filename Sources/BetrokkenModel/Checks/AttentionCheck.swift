/// Applies every attention rule to a municipality on its as-of date. A verdict that rests on the absence of a form
/// decides only when a source states the record's forms list complete; otherwise it is undecidable.
public enum AttentionCheck {
  static func findings(for situation: Situation) -> [AttentionFinding] {
    AttentionRule.allCases.map { finding($0, situation) }
  }

  /// A form as evidence, cited by the fact that shows it (its own citation where it has one).
  static func evidence(_ form: Form, _ fact: EvidenceFact, _ field: FormField) -> Evidence {
    Evidence(form: form.name, fact, citation: form.citation(for: field))
  }

  static func finding(_ rule: AttentionRule, _ situation: Situation) -> AttentionFinding {
    guard let record = situation.record else {
      return AttentionFinding(rule: rule, verdict: .undecidable, reason: .noRecord, evidence: [])
    }
    let forms = situation.formsInPlace
    let profile = situation
    /// `absence`: the verdict rests on no form doing something, which only a complete list can show.
    func result(_ verdict: Verdict, _ reason: AttentionReason, _ evidence: [Evidence] = [], absence: Bool = false)
      -> AttentionFinding
    {
      if absence && !record.formsListComplete {
        return AttentionFinding(rule: rule, verdict: .undecidable, reason: .formsNotStatedComplete, evidence: evidence)
      }
      return AttentionFinding(rule: rule, verdict: verdict, reason: reason, evidence: evidence)
    }
    let noForms = AttentionReason.noForms
    switch rule {
    case .onlyInforming:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let higher = forms.filter { ($0.rung.value ?? .inform) > .inform }
      if !higher.isEmpty {
        return result(.met, .formsAboveInforming, higher.map { evidence($0, .rung($0.rung.value!), .rung) })
      }
      if forms.allSatisfy({ $0.rung == .known(.inform) }) {
        return result(.notMet, .allFormsOnlyInform, forms.map { evidence($0, .rung(.inform), .rung) }, absence: true)
      }
      return result(.undecidable, .rungUnknown(forms: forms.count { $0.rung.isUnknown }))

    case .agendaByMunicipalityAlone:
      switch profile.choices.agendaSetting {
      case .unknown: return result(.undecidable, .agendaUnknown)
      case .known(.municipality, let c):
        return result(.notMet, .municipalitySetsAgendaAlone, [Evidence(.agenda(.municipality), citation: c)])
      case .known(.citizensToo, let c):
        return result(.met, .citizensSetAgendaToo, [Evidence(.agenda(.citizensToo), citation: c)])
      }

    case .coDecisionOnlyAtDecision:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let high = forms.filter { ($0.rung.value ?? .inform) >= .coproduce }
      let late = high.filter { $0.phases.value == [.decision] }
      if !late.isEmpty {
        return result(
          .notMet, .highOnlyAtDecision, late.map { evidence($0, .rungOnlyAtDecision($0.rung.value!), .phases) })
      }
      if high.contains(where: { $0.phases.isUnknown }) {
        return result(.undecidable, .highFormPhasesUnknown)
      }
      if high.isEmpty && forms.contains(where: { $0.rung.isUnknown }) {
        return result(.undecidable, .rungUnknown(forms: forms.count { $0.rung.isUnknown }))
      }
      return result(
        .met, high.isEmpty ? .noHighForm : .highAlsoInOtherPhases,
        high.map { evidence($0, .phases(Array($0.phases.value ?? [])), .phases) }, absence: true)

    case .noImplementationPhase:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let implementing = forms.filter { $0.phases.value?.contains(.implementation) == true }
      if !implementing.isEmpty {
        return result(.met, .inImplementation, implementing.map { evidence($0, .inImplementation, .phases) })
      }
      if forms.contains(where: { $0.phases.isUnknown }) {
        return result(.undecidable, .phasesUnknown(forms: forms.count { $0.phases.isUnknown }))
      }
      return result(.notMet, .noFormInImplementation, absence: true)

    case .flexibleWithoutAgreement:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      let flexible = forms.filter { $0.structure == .known(.flexible) }
      let without = flexible.filter { $0.resultsAgreement == .known(false) }
      if !without.isEmpty {
        return result(
          .notMet, .noResultsAgreement, without.map { evidence($0, .flexibleWithoutAgreement, .resultsAgreement) })
      }
      if flexible.contains(where: { $0.resultsAgreement.isUnknown }) {
        return result(.undecidable, .agreementUnknown(flexibleForms: flexible.count { $0.resultsAgreement.isUnknown }))
      }
      if flexible.isEmpty && forms.contains(where: { $0.structure.isUnknown }) {
        return result(.undecidable, .structureUnknown(forms: forms.count { $0.structure.isUnknown }))
      }
      return result(
        .met, flexible.isEmpty ? .noFlexibleForms : .resultsAgreed,
        flexible.map { evidence($0, .resultsAgreed, .resultsAgreement) }, absence: true)

    case .regionalPolicyWithoutRegionalForm:
      guard case .known(let laws, let c) = profile.choices.regionalPolicy else {
        return result(.undecidable, .regionalPolicyUnknown)
      }
      let regional = forms.filter { $0.scale == .known(.regional) }
      if laws.isEmpty { return result(.met, .noRegionalPolicy, [Evidence(.regionalPolicy([]), citation: c)]) }
      if !regional.isEmpty {
        return result(.met, .regionalFormExists, regional.map { evidence($0, .regional, .scale) })
      }
      if forms.contains(where: { $0.scale.isUnknown }) {
        return result(.undecidable, .regionalScaleUnknown(forms: forms.count { $0.scale.isUnknown }))
      }
      return result(
        .notMet, .regionalPolicyWithoutForm(Array(laws)), [Evidence(.regionalPolicy(Array(laws)), citation: c)],
        absence: true)

    case .indirectWithoutRankAndFile:
      guard !forms.isEmpty else { return result(.undecidable, noForms) }
      if forms.contains(where: { $0.contact == .known(.direct) }) {
        return result(
          .met, .directContactToo,
          forms.filter { $0.contact == .known(.direct) }.map { evidence($0, .direct, .contact) })
      }
      if forms.contains(where: { $0.contact.isUnknown }) {
        return result(.undecidable, .contactUnknown(forms: forms.count { $0.contact.isUnknown }))
      }
      let linked = forms.filter { $0.rankAndFileLink == .known(true) }
      if !linked.isEmpty {
        return result(.met, .rankAndFileLinked, linked.map { evidence($0, .rankAndFileLink, .rankAndFileLink) })
      }
      if forms.contains(where: { $0.rankAndFileLink.isUnknown }) {
        return result(.undecidable, .rankAndFileUnknown)
      }
      return result(
        .notMet, .indirectWithoutRankAndFile, forms.map { evidence($0, .indirect, .contact) }, absence: true)

    case .oneSidedMembership:
      guard case .known(let kinds, let c) = profile.choices.inputKinds else {
        return result(.undecidable, .inputKindsUnknown)
      }
      guard kinds == [.policyExpertise] else {
        return result(.met, .otherInputToo, [Evidence(.inputKinds(Array(kinds)), citation: c)])
      }
      if forms.contains(where: { $0.structure == .known(.flexible) }) {
        return result(.met, .flexibleFormsToo)
      }
      if forms.isEmpty || forms.contains(where: { $0.structure.isUnknown }) {
        return result(.undecidable, .expertiseOnlyStructureUnknown)
      }
      return result(
        .notMet, .expertiseOnlyFixedOnly,
        [Evidence(.inputKinds([.policyExpertise]), citation: c)] + forms.map { evidence($0, .fixed, .structure) },
        absence: true)

    case .integralOnly:
      guard case .known(let topics, let c) = profile.choices.topics else {
        return result(.undecidable, .topicsUnknown)
      }
      let shown = [Evidence(.topics(Array(topics)), citation: c)]
      if topics == [.integral] { return result(.notMet, .integralOnly, shown) }
      return result(.met, .categoricalToo, shown)

    case .supportOnly:
      guard case .known(let motives, let c) = profile.choices.motives else {
        return result(.undecidable, .motiveUnknown)
      }
      let shown = [Evidence(.motives(Array(motives)), citation: c)]
      if motives == [.support] { return result(.notMet, .supportOnly, shown) }
      return result(.met, .otherMotivesToo, shown)
    }
  }
}
