import BetrokkenModel

/// The attention points in words: a short title of our own and why the guide warns about it.
extension AttentionRule {
  /// Our short title of the attention point: "Alleen informeren: inwoners hebben geen inbreng".
  public var title: String {
    switch self {
    case .onlyInforming: Strings.text("checks.attentionTitle.onlyInforming")
    case .agendaByMunicipalityAlone: Strings.text("checks.attentionTitle.agendaByMunicipalityAlone")
    case .coDecisionOnlyAtDecision: Strings.text("checks.attentionTitle.coDecisionOnlyAtDecision")
    case .noImplementationPhase: Strings.text("checks.attentionTitle.noImplementationPhase")
    case .flexibleWithoutAgreement: Strings.text("checks.attentionTitle.flexibleWithoutAgreement")
    case .regionalPolicyWithoutRegionalForm: Strings.text("checks.attentionTitle.regionalPolicyWithoutRegionalForm")
    case .indirectWithoutRankAndFile: Strings.text("checks.attentionTitle.indirectWithoutRankAndFile")
    case .oneSidedMembership: Strings.text("checks.attentionTitle.oneSidedMembership")
    case .integralOnly: Strings.text("checks.attentionTitle.integralOnly")
    case .supportOnly: Strings.text("checks.attentionTitle.supportOnly")
    }
  }

  /// Our short explanation of why the guide warns about this.
  public var explanation: String {
    switch self {
    case .onlyInforming: Strings.text("checks.attentionExplanation.onlyInforming")
    case .agendaByMunicipalityAlone: Strings.text("checks.attentionExplanation.agendaByMunicipalityAlone")
    case .coDecisionOnlyAtDecision: Strings.text("checks.attentionExplanation.coDecisionOnlyAtDecision")
    case .noImplementationPhase: Strings.text("checks.attentionExplanation.noImplementationPhase")
    case .flexibleWithoutAgreement: Strings.text("checks.attentionExplanation.flexibleWithoutAgreement")
    case .regionalPolicyWithoutRegionalForm:
      Strings.text("checks.attentionExplanation.regionalPolicyWithoutRegionalForm")
    case .indirectWithoutRankAndFile: Strings.text("checks.attentionExplanation.indirectWithoutRankAndFile")
    case .oneSidedMembership: Strings.text("checks.attentionExplanation.oneSidedMembership")
    case .integralOnly: Strings.text("checks.attentionExplanation.integralOnly")
    case .supportOnly: Strings.text("checks.attentionExplanation.supportOnly")
    }
  }
}
