/// All checks of one profile: the legal items per law and the attention points.
public struct ProfileChecks: Sendable {
  public let legal: [LegalFinding]
  public let attention: [AttentionFinding]

  public init(_ profile: Profile) {
    legal = LegalCheck.findings(for: profile)
    attention = AttentionCheck.findings(for: profile)
  }

  /// Whether any legal item is known not to be met (the header marks it; `check` exits 1).
  public var anyLegalItemNotMet: Bool { legal.contains { $0.verdict == .notMet } }

  public var raisedWarnings: [AttentionFinding] { attention.filter(\.isRaised) }

  public func count(_ verdict: Verdict) -> Int { legal.count { $0.verdict == verdict } }
}
