/// The guide's warnings (domain.md §6) as rules. Each has a stable id and the sections it comes from; its title
/// and explanation are words of the screen (AttentionWords). A rule that lacks the facts to decide says so
/// instead of passing or failing.
public enum AttentionRule: String, Sendable, CaseIterable {
  case onlyInforming = "alleen-informeren"
  case agendaByMunicipalityAlone = "agenda-alleen-gemeente"
  case coDecisionOnlyAtDecision = "meebeslissen-pas-bij-besluit"
  case noImplementationPhase = "geen-uitvoering"
  case flexibleWithoutAgreement = "flexibel-zonder-afspraak"
  case regionalPolicyWithoutRegionalForm = "regionaal-beleid-zonder-regionale-vorm"
  case indirectWithoutRankAndFile = "indirect-zonder-achterban"
  case oneSidedMembership = "eenzijdige-inbreng"
  case integralOnly = "alleen-integraal"
  case supportOnly = "alleen-draagvlak"

  /// The sections of the guide the point comes from (`4.2`).
  public var sections: [String] {
    switch self {
    case .onlyInforming: ["4.2"]
    case .agendaByMunicipalityAlone: ["4.1"]
    case .coDecisionOnlyAtDecision: ["4.2", "4.3"]
    case .noImplementationPhase: ["4.3"]
    case .flexibleWithoutAgreement: ["5.1"]
    case .regionalPolicyWithoutRegionalForm: ["5.3"]
    case .indirectWithoutRankAndFile: ["5.2"]
    case .oneSidedMembership: ["3.3", "5.1"]
    case .integralOnly: ["3.2"]
    case .supportOnly: ["1.1"]
    }
  }
}
