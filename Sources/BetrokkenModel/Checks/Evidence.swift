/// Something a check points at: a form (by name) or a municipality-wide choice, what it shows, and its source.
public struct Evidence: Sendable, Equatable {
  /// The form's name; nil for a municipality-wide choice.
  public var form: String?
  /// What it shows.
  public var fact: EvidenceFact
  /// The source for it: the form's fact's or the choice's citation; nil when there is none.
  public var citation: Citation?

  init(form: String? = nil, _ fact: EvidenceFact, citation: Citation? = nil) {
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
