/// The outcome of one check: it holds, it does not, or the data cannot tell.
public enum Verdict: String, Sendable, Equatable, CaseIterable {
  case met
  case notMet
  /// "niet te beoordelen": the record lacks the facts to decide.
  case undecidable
}

/// Something a check points at: a form or a municipality-wide choice, with its source.
public struct Evidence: Sendable, Equatable {
  public var text: String
  public var citation: Citation?

  public init(_ text: String, citation: Citation? = nil) {
    self.text = text
    self.citation = citation
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

/// Why an attention point came out as it did.
public enum AttentionReason: Sendable, Equatable {
  /// A Dutch description of the pattern found (to move to the strings table with the English interface).
  case described(String)
  /// The verdict would rest on the absence of forms, and no source states the forms list complete.
  case formsNotStatedComplete
  /// No record by the as-of date.
  case noRecord
}
