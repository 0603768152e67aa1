/// All checks of one municipality on its as-of date: the legal items per law, participatieverordening readiness
/// and the attention points.
public struct ProfileChecks: Sendable {
  public let legal: [LegalFinding]
  public let readiness: ParticipationReadiness
  public let attention: [AttentionFinding]

  public init(_ situation: Situation) {
    legal = LegalCheck.findings(for: situation)
    readiness = ParticipationReadiness(situation)
    attention = AttentionCheck.findings(for: situation)
  }

  /// Whether any legal item is known not to be met (the header marks it; `check` exits 1). Readiness never counts.
  public var anyLegalItemNotMet: Bool { legal.contains { $0.verdict == .notMet } }

  public var raisedWarnings: [AttentionFinding] { attention.filter(\.isRaised) }

  public func count(_ verdict: Verdict) -> Int { legal.count { $0.verdict == verdict } }
}
