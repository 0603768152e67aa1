/// The overview at two dates side by side: for each rung, phase, legal item and for the readiness, how many
/// municipalities had it at each date (each with the record that held then) and how many changed in between.
/// A municipality counts at a date only when it has a record on or before that date; "changed" is counted over
/// the municipalities with a record at both dates.
public struct OverviewComparison: Sendable {
  /// How many municipalities reach something (a rung, a phase) at each date, and how many gained or lost it.
  public struct Reach: Sendable, Equatable {
    /// How many municipalities reach it at the earlier date.
    public var earlier = 0
    /// How many municipalities reach it at the later date.
    public var later = 0
    /// Of those with a record at both dates, how many reach it only at the later date.
    public var gained = 0
    /// Of those with a record at both dates, how many reach it only at the earlier date.
    public var lost = 0

    /// All counts zero.
    public init() {}
  }

  /// Counts per answer at each date, and how many municipalities have a different answer at the later date.
  public struct Answers<Answer: Hashable & Sendable>: Sendable, Equatable {
    /// How many municipalities give each answer at the earlier date.
    public var earlier: [Answer: Int] = [:]
    /// How many municipalities give each answer at the later date.
    public var later: [Answer: Int] = [:]
    /// Of those compared, how many give another answer at the later date.
    public var changed = 0
    /// How many municipalities with a record at both dates could be compared.
    public var compared = 0
  }

  /// The earlier of the two dates.
  public let earlierDate: CalendarDate
  /// The later of the two dates.
  public let laterDate: CalendarDate
  /// Municipalities with a record at each date.
  public let earlierCount: Int
  /// Municipalities with a record at the later date.
  public let laterCount: Int
  /// Municipalities with a record at both dates, and how many of them hold a newer record at the later date.
  public let inBoth: Int
  /// Of those with a record at both dates, how many hold a newer record at the later date.
  public let newerRecord: Int
  /// Per rung: how many municipalities have a form in place on it at each date.
  public let rungs: [Rung: Reach]
  /// Per phase: how many municipalities have a form in place involved in it at each date.
  public let phases: [Phase: Reach]
  /// Missing for an item a law does not have (Participatiewet a).
  public let legal: [Law: [LegalItem: Answers<Verdict>]]
  /// Readiness at each date; a municipality not applicable at either date (before 2025) is not compared.
  public let readiness: Answers<ParticipationReadiness.Overall>

  /// What one municipality has at one date.
  struct State {
    var record: CalendarDate
    var rungs: Set<Rung>
    var phases: Set<Phase>
    var verdicts: [Law: [LegalItem: Verdict]]
    var readiness: ParticipationReadiness.Overall

    init?(_ situation: Situation) {
      guard let record = situation.record else { return nil }
      self.record = record.id
      let forms = situation.formsInPlace
      rungs = Set(forms.compactMap(\.rung.value))
      phases = Set(forms.flatMap { $0.phases.value ?? [] })
      let checks = ProfileChecks(situation)
      verdicts = checks.legal.reduce(into: [:]) { $0[$1.law, default: [:]][$1.item] = $1.verdict }
      readiness = checks.readiness.overall
    }
  }

  /// The data at two dates, given in either order; the columns go from the earlier to the later.
  public init(_ data: DataSet, dates first: CalendarDate, _ second: CalendarDate) {
    earlierDate = min(first, second)
    laterDate = max(first, second)
    func states(_ date: CalendarDate) -> [String: State] {
      Dictionary(
        data.asOf(date).situations.compactMap { s in State(s).map { (s.code, $0) } }, uniquingKeysWith: { a, _ in a })
    }
    let before = states(earlierDate)
    let after = states(laterDate)
    earlierCount = before.count
    laterCount = after.count
    let both = Set(before.keys).intersection(after.keys)
    inBoth = both.count
    newerRecord = both.filter { before[$0]!.record != after[$0]!.record }.count

    func reach<Key: Hashable>(_ keys: [Key], _ has: (State) -> Set<Key>) -> [Key: Reach] {
      var result: [Key: Reach] = [:]
      for key in keys {
        var r = Reach()
        r.earlier = before.values.filter { has($0).contains(key) }.count
        r.later = after.values.filter { has($0).contains(key) }.count
        for code in both {
          let was = has(before[code]!).contains(key)
          let now = has(after[code]!).contains(key)
          if now && !was { r.gained += 1 }
          if was && !now { r.lost += 1 }
        }
        result[key] = r
      }
      return result
    }
    rungs = reach(Rung.allCases, \.rungs)
    phases = reach(Phase.allCases, \.phases)

    /// `comparable`: whether two answers can be compared at all (n.v.t. before 2025 cannot).
    func answers<Answer: Hashable>(
      _ answer: (State) -> Answer?, comparable: (Answer?, Answer?) -> Bool = { _, _ in true }
    ) -> Answers<Answer> {
      var a = Answers<Answer>()
      for state in before.values { if let value = answer(state) { a.earlier[value, default: 0] += 1 } }
      for state in after.values { if let value = answer(state) { a.later[value, default: 0] += 1 } }
      let pairs = both.map { (answer(before[$0]!), answer(after[$0]!)) }.filter { comparable($0.0, $0.1) }
      a.compared = pairs.count
      a.changed = pairs.filter { $0.0 != $0.1 }.count
      return a
    }
    var legal: [Law: [LegalItem: Answers<Verdict>]] = [:]
    let all = Array(before.values) + Array(after.values)
    for law in Law.allCases {
      for item in LegalItem.allCases where all.contains(where: { $0.verdicts[law]?[item] != nil }) {
        legal[law, default: [:]][item] = answers { $0.verdicts[law]?[item] }
      }
    }
    self.legal = legal
    // Before 2025 readiness does not apply: such a pair is not a change of readiness.
    readiness = answers({ $0.readiness }, comparable: { $0 != .notApplicable && $1 != .notApplicable })
  }
}
