/// Counts across all loaded municipalities: how far the ladder and the cycle are reached, how the legal items
/// stand, which warnings are most frequent, and a ranking by highest rung and number of findings.
public struct Overview: Sendable {
  /// One municipality in the ranking.
  public struct Row: Sendable {
    /// The municipality on the as-of date.
    public var profile: Situation
    /// The highest rung a form in place reaches; nil when none is known.
    public var highestRung: Rung?
    /// How many attention points are raised.
    public var warnings: Int
    /// How many legal items, over the three laws, are known not to be met.
    public var legalNotMet: Int
    /// How many legal items, over the three laws, cannot be judged (niet te beoordelen).
    public var undecidable: Int
  }

  /// How many municipalities are counted: every situation given, with or without a record.
  public let municipalities: Int
  /// Municipalities with at least one form on the rung.
  public let reachingRung: [Rung: Int]
  /// Municipalities with at least one form active in the phase.
  public let involvedInPhase: [Phase: Int]
  /// Municipalities that do not reach the rung with a known form but have forms of unknown rung (or none known).
  public let rungUnknown: [Rung: Int]
  /// Likewise for phases.
  public let phaseUnknown: [Phase: Int]
  /// Per law and item: how many municipalities meet, do not meet, or cannot be judged.
  public let legal: [Law: [LegalItem: [Verdict: Int]]]
  /// How many municipalities are ready for the participatieverordening deadline, not ready, undecidable, n/a.
  public let readiness: [ParticipationReadiness.Overall: Int]
  /// Raised warnings by rule, most frequent first (rules raised nowhere are left out).
  public let warnings: [(rule: AttentionRule, count: Int)]
  /// Highest rung first, then most findings, then name.
  public let ranking: [Row]

  /// Counts over the situations given, each on its own as-of date.
  public init(_ profiles: [Situation]) {
    municipalities = profiles.count
    var reaching: [Rung: Int] = [:]
    var phases: [Phase: Int] = [:]
    var unknownRung: [Rung: Int] = [:]
    var unknownPhase: [Phase: Int] = [:]
    var legal: [Law: [LegalItem: [Verdict: Int]]] = [:]
    var warningCounts: [AttentionRule: Int] = [:]
    var readiness: [ParticipationReadiness.Overall: Int] = [:]
    var rows: [Row] = []
    for profile in profiles {
      let forms = profile.formsInPlace
      for rung in Set(forms.compactMap(\.rung.value)) { reaching[rung, default: 0] += 1 }
      for phase in Set(forms.flatMap { $0.phases.value ?? [] }) { phases[phase, default: 0] += 1 }
      // Where a rung or phase is not reached by a known form but could hide behind unknowns.
      for rung in Rung.allCases
      where forms.contains(where: { $0.rung.value == rung }) == false
        && (forms.isEmpty || forms.contains(where: { $0.rung.isUnknown }))
      {
        unknownRung[rung, default: 0] += 1
      }
      for phase in Phase.allCases
      where forms.contains(where: { $0.phases.value?.contains(phase) == true }) == false
        && (forms.isEmpty || forms.contains(where: { $0.phases.isUnknown }))
      {
        unknownPhase[phase, default: 0] += 1
      }
      let checks = ProfileChecks(profile)
      for finding in checks.legal {
        legal[finding.law, default: [:]][finding.item, default: [:]][finding.verdict, default: 0] += 1
      }
      readiness[checks.readiness.overall, default: 0] += 1
      for finding in checks.raisedWarnings { warningCounts[finding.rule, default: 0] += 1 }
      rows.append(
        Row(
          profile: profile, highestRung: profile.highestRung, warnings: checks.raisedWarnings.count,
          legalNotMet: checks.count(.notMet), undecidable: checks.count(.undecidable)))
    }
    reachingRung = reaching
    involvedInPhase = phases
    rungUnknown = unknownRung
    phaseUnknown = unknownPhase
    self.legal = legal
    self.readiness = readiness
    warnings = AttentionRule.allCases.compactMap { rule in warningCounts[rule].map { (rule, $0) } }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.rule.rawValue < $1.rule.rawValue }
    ranking = rows.sorted { a, b in
      let ra = a.highestRung?.level ?? 0
      let rb = b.highestRung?.level ?? 0
      if ra != rb { return ra > rb }
      let fa = a.warnings + a.legalNotMet
      let fb = b.warnings + b.legalNotMet
      if fa != fb { return fa > fb }
      return a.profile.name.compare(dutch: b.profile.name)
    }
  }
}
