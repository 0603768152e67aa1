/// The outcome of one check: it holds, it does not, or the data cannot tell.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
  case met
  case notMet
  /// "niet te beoordelen": the record lacks the facts to decide.
  case undecidable
}

/// Something a check points at: a form (by name) or a municipality-wide choice, what it shows, and its source.
public struct Evidence: Sendable, Equatable {
  /// The form's name; nil for a municipality-wide choice.
  public var form: String?
  public var fact: EvidenceFact
  public var citation: Citation?

  public init(form: String? = nil, _ fact: EvidenceFact, citation: Citation? = nil) {
    self.form = form
    self.fact = fact
    self.citation = citation
  }
}

/// What a piece of evidence shows, as data; the screen says it.
public enum EvidenceFact: Sendable, Equatable {
  case rung(Rung)
  case rungOnlyAtDecision(Rung)
  case phases([Phase])
  case inImplementation
  case flexibleWithoutAgreement
  case resultsAgreed
  case regional
  case direct
  case indirect
  case rankAndFileLink
  case fixed
  case agenda(AgendaSetting)
  /// The laws with regional policy; empty: none.
  case regionalPolicy([Law])
  case inputKinds([InputKind])
  case topics([TopicScope])
  case motives([Motive])

  /// A stable key for JSON.
  public var key: String {
    switch self {
    case .rung: "rung"
    case .rungOnlyAtDecision: "rungOnlyAtDecision"
    case .phases: "phases"
    case .inImplementation: "inImplementation"
    case .flexibleWithoutAgreement: "flexibleWithoutAgreement"
    case .resultsAgreed: "resultsAgreed"
    case .regional: "regional"
    case .direct: "direct"
    case .indirect: "indirect"
    case .rankAndFileLink: "rankAndFileLink"
    case .fixed: "fixed"
    case .agenda: "agenda"
    case .regionalPolicy: "regionalPolicy"
    case .inputKinds: "inputKinds"
    case .topics: "topics"
    case .motives: "motives"
    }
  }

  /// The vocabulary keys it carries, for JSON.
  public var values: [String] {
    switch self {
    case .rung(let r), .rungOnlyAtDecision(let r): [r.rawValue]
    case .phases(let p): p.map(\.rawValue)
    case .agenda(let a): [a.rawValue]
    case .regionalPolicy(let l): l.map(\.rawValue)
    case .inputKinds(let k): k.map(\.rawValue)
    case .topics(let t): t.map(\.rawValue)
    case .motives(let m): m.map(\.rawValue)
    default: []
    }
  }
}

/// One of the guide's attention points (domain.md §6) applied to one municipality.
public struct AttentionFinding: Sendable, Equatable {
  public var rule: AttentionRule
  /// `.notMet` means the warning applies; `.met` means the pattern is absent.
  public var verdict: Verdict
  public var reason: AttentionReason
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
      .agreementUnknown(let n), .regionalScaleUnknown(let n): n
    default: nil
    }
  }
}
