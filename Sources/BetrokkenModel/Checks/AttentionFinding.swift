/// One of the guide's attention points (domain.md §6) applied to one municipality.
public struct AttentionFinding: Sendable, Equatable {
  /// The attention point applied.
  public var rule: AttentionRule
  /// `.notMet` means the warning applies; `.met` means the pattern is absent.
  public var verdict: Verdict
  /// Why the verdict came out as it did.
  public var reason: AttentionReason
  /// The forms and choices the verdict rests on, with their sources.
  public var evidence: [Evidence]

  /// Whether the warning applies.
  public var isRaised: Bool { verdict == .notMet }
}

/// Why an attention point came out as it did: the pattern found, or which fact is missing (with how many forms
/// lack it). Data, not words.
public enum AttentionReason: Sendable, Equatable {
  /// No record by the as-of date.
  case noRecord
  /// The verdict would rest on the absence of forms, and no source states the forms list complete.
  case formsNotStatedComplete
  /// The sources name no (existing) forms.
  case noForms
  case rungUnknown(forms: Int)
  case phasesUnknown(forms: Int)
  case structureUnknown(forms: Int)
  case contactUnknown(forms: Int)
  case agreementUnknown(flexibleForms: Int)
  case regionalScaleUnknown(forms: Int)
  case formsAboveInforming, allFormsOnlyInform
  case agendaUnknown, municipalitySetsAgendaAlone, citizensSetAgendaToo
  case highOnlyAtDecision, highFormPhasesUnknown, noHighForm, highAlsoInOtherPhases
  case inImplementation, noFormInImplementation
  case noResultsAgreement, noFlexibleForms, resultsAgreed
  case regionalPolicyUnknown, noRegionalPolicy, regionalFormExists
  case regionalPolicyWithoutForm([Law])
  case directContactToo, rankAndFileLinked, rankAndFileUnknown, indirectWithoutRankAndFile
  case inputKindsUnknown, otherInputToo, flexibleFormsToo, expertiseOnlyStructureUnknown, expertiseOnlyFixedOnly
  case topicsUnknown, integralOnly, categoricalToo
  case motiveUnknown, supportOnly, otherMotivesToo

  /// A stable key for JSON: the case name.
  public var key: String {
    let text = String(describing: self)
    return String(text.prefix { $0 != "(" })
  }

  /// How many forms the reason counts, if it counts any.
  public var formCount: Int? {
    switch self {
    case .rungUnknown(let n), .phasesUnknown(let n), .structureUnknown(let n), .contactUnknown(let n),
      .agreementUnknown(let n), .regionalScaleUnknown(let n):
      n
    default: nil
    }
  }
}
