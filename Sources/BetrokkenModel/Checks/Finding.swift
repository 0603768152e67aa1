/// The outcome of one check: it holds, it does not, or the data cannot tell.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
  case met
  case notMet
  /// "niet te beoordelen": the profile lacks the facts to decide.
  case undecidable

  public var label: String {
    switch self {
    case .met: "voldaan"
    case .notMet: "niet voldaan"
    case .undecidable: "niet te beoordelen"
    }
  }
}

/// Something a check points at: a form, a municipality-wide choice or an ordinance entry, with its source.
public struct Evidence: Sendable, Equatable {
  public var text: String
  public var citation: Citation?

  public init(_ text: String, citation: Citation? = nil) {
    self.text = text
    self.citation = citation
  }
}

/// One legal item for one law, judged for one municipality.
public struct LegalFinding: Sendable, Equatable {
  public var law: Law
  public var item: LegalItem
  public var verdict: Verdict
  /// Why: what meets it, what says it is not met, or which facts are missing.
  public var reason: String
  public var evidence: [Evidence]
}

/// One of the guide's attention points (domain.md §6) applied to one municipality.
public struct AttentionFinding: Sendable, Equatable {
  public var rule: AttentionRule
  /// `.notMet` means the warning applies; `.met` means the pattern is absent.
  public var verdict: Verdict
  public var reason: String
  public var evidence: [Evidence]

  /// Whether the warning applies.
  public var isRaised: Bool { verdict == .notMet }

  public var statusLabel: String {
    switch verdict {
    case .notMet: "van toepassing"
    case .met: "niet van toepassing"
    case .undecidable: "niet te beoordelen"
    }
  }
}
