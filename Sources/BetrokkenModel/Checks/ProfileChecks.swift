/// All checks of one municipality on its as-of date: the legal items per law, participatieverordening readiness
/// and the attention points.
public struct ProfileChecks: Sendable {
  /// The legal items of each law (Wmo 2015 and Jeugdwet (a)–(f), Participatiewet (b)–(f)), law by law.
  public let legal: [LegalFinding]
  /// Readiness for the participatieverordening deadline.
  public let readiness: ParticipationReadiness
  /// The guide's attention points, one finding per rule.
  public let attention: [AttentionFinding]

  /// Runs every check on the situation's as-of date.
  public init(_ situation: Situation) {
    legal = LegalCheck.findings(for: situation)
    readiness = ParticipationReadiness(situation)
    attention = AttentionCheck.findings(for: situation)
  }

  /// Whether any legal item is known not to be met (the header marks it; `check` exits 1). Readiness never counts.
  public var anyLegalItemNotMet: Bool { legal.contains { $0.verdict == .notMet } }

  /// The attention points that apply.
  public var raisedWarnings: [AttentionFinding] { attention.filter(\.isRaised) }

  /// How many legal items have this verdict.
  public func count(_ verdict: Verdict) -> Int { legal.count { $0.verdict == verdict } }
}
