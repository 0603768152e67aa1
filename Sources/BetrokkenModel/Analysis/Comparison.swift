/// Two to four municipalities side by side: the same dimensions for each, and which dimensions differ.
/// A cell is a canonical text or unknown; unknown against known is its own kind of difference.
public struct Comparison: Sendable {
  /// How many municipalities a comparison shows side by side.
  public static let allowedCount = 2...4

  /// The sections of the comparison: the ladder, the policy cycle, the scale levels, the choices and the checks.
  public enum Group: String, Sendable, CaseIterable {
    case ladder, cycle, scale, choices, checks
  }

  /// A municipality-wide choice of the guide, as a comparison row.
  public enum ChoiceRow: String, Sendable, CaseIterable {
    case motives, citizenMotives, direction, existingStructures, perspectives, topics, inputKinds, agendaSetting,
      facilitation, organisation, regionalPolicy
  }

  /// What a row compares.
  public enum Row: Sendable, Hashable {
    case rung(Rung)
    case phase(Phase)
    case scale(Scale)
    case choice(ChoiceRow)
    case law(Law)
    case participationOrdinance, attention

    /// The section the row belongs to.
    public var group: Group {
      switch self {
      case .rung: .ladder
      case .phase: .cycle
      case .scale: .scale
      case .choice: .choices
      case .law, .participationOrdinance, .attention: .checks
      }
    }
  }

  /// One municipality's value in a row: facts, never words. The screen says them.
  public enum Cell: Sendable, Hashable {
    case unknown
    /// Forms by name (ladder and scale rows); empty: none.
    case forms([String])
    /// The rungs reached (cycle rows); empty: none.
    case rungs([Rung])
    /// Vocabulary keys of a choice (their type follows from the row); empty: none.
    case keys([String])
    /// Per law: the items met and not met (only regulations decide), and those practice shows beside them.
    case legal(met: [LegalItem], notMet: [LegalItem], practice: [LegalItem])
    case readiness(ParticipationReadiness.Overall)
    /// The attention points raised; empty: none.
    case attention([AttentionRule])

    /// Whether the cell is unknown.
    public var isUnknown: Bool { self == .unknown }
  }

  /// How the cells of a row compare.
  public enum Difference: Sendable, Equatable {
    case same
    /// Some cells are unknown; the known ones agree.
    case unknownAgainstKnown
    /// Every cell is unknown: nothing can be said about whether they agree (never "the same").
    case allUnknown
    case different
  }

  /// One row of the comparison: a cell per municipality.
  public struct Dimension: Sendable {
    /// What the row compares.
    public var row: Row
    /// The section the row belongs to.
    public var group: Group { row.group }
    /// One cell per municipality.
    public var cells: [Cell]
    /// Forms named in each cell (for abbreviations on narrow screens).
    public var forms: [[String]]
    /// What is compared: the cells, except that ladder and scale rows compare how many forms there are, not their
    /// names (two councils both called "Adviesraad Sociaal Domein" are not the same body). nil is unknown.
    var keys: [Key?]

    /// A form count (ladder and scale rows) or the cell itself.
    enum Key: Hashable, Sendable {
      case count(Int)
      case cell(Cell)
    }

    /// Whether the municipalities differ in this row; ladder and scale rows compare numbers of forms.
    public var difference: Difference {
      let known = Set(keys.compactMap { $0 })
      if known.count > 1 { return .different }
      if !keys.contains(where: { $0 == nil }) { return .same }
      return known.isEmpty ? .allUnknown : .unknownAgainstKnown
    }
  }

  /// The municipalities compared, in the order given.
  public let profiles: [Situation]
  /// The rows: the ladder (highest rung first), the phases, the scale levels, the choices, then the checks.
  public let dimensions: [Dimension]

  /// Compares the situations given, in that order, each on its own as-of date.
  public init(_ profiles: [Situation]) {
    self.profiles = profiles
    let analyses = profiles.map(InvolvementAnalysis.init)
    let checks = profiles.map(ProfileChecks.init)
    var dimensions: [Dimension] = []
    func add(_ row: Row, _ cells: [Cell], forms: [[String]]? = nil, unsure: [Bool]? = nil) {
      let forms = forms ?? Array(repeating: [], count: cells.count)
      let unsure = unsure ?? Array(repeating: false, count: cells.count)
      // Ladder and scale rows compare how many forms there are; "none known" where forms of unknown rung or
      // scale exist is unknown, not "none".
      let keys: [Dimension.Key?] =
        row.group == .ladder || row.group == .scale
        ? cells.indices.map { i in cells[i].isUnknown || (forms[i].isEmpty && unsure[i]) ? nil : .count(forms[i].count)
        }
        : cells.map { $0.isUnknown ? nil : .cell($0) }
      dimensions.append(Dimension(row: row, cells: cells, forms: forms, keys: keys))
    }
    // Ladder: the forms on each rung. A municipality without known forms is unknown, not "none".
    for rung in Rung.allCases.reversed() {
      let forms = analyses.map { ($0.formsByRung[rung] ?? []).map(\.name) }
      add(
        .rung(rung),
        zip(analyses, forms).map { analysis, names in
          analysis.profile.formsInPlace.isEmpty ? .unknown : .forms(names)
        }, forms: forms, unsure: analyses.map { !$0.formsWithUnknownRung.isEmpty })
    }
    // Cycle: which rungs are reached in each phase.
    for phase in Phase.allCases {
      add(
        .phase(phase),
        analyses.map { analysis in
          let rungs = Rung.allCases.filter { !analysis.forms(in: phase, at: $0).isEmpty }
          switch analysis.phaseStatus(phase) {
          case .unknown where rungs.isEmpty: return .unknown
          default: return .rungs(rungs)
          }
        })
    }
    // Scales: the forms at each level.
    for scale in Scale.allCases {
      let forms = analyses.map { ($0.formsByScale[scale] ?? []).map(\.name) }
      add(
        .scale(scale),
        zip(analyses, forms).map { analysis, names in
          analysis.profile.formsInPlace.isEmpty ? .unknown : .forms(names)
        }, forms: forms, unsure: analyses.map { !$0.formsWithUnknownScale.isEmpty })
    }
    // Municipality-wide choices.
    func list<K: VocabularyKey>(_ fact: Fact<KeySet<K>>) -> Cell {
      fact.value.map { .keys($0.map(\.rawValue)) } ?? .unknown
    }
    func one<K: VocabularyKey>(_ fact: Fact<K>) -> Cell {
      fact.value.map { .keys([$0.rawValue]) } ?? .unknown
    }
    let choices = profiles.map(\.choices)
    add(.choice(.motives), choices.map { list($0.motives) })
    add(.choice(.citizenMotives), choices.map { list($0.citizenMotives) })
    add(.choice(.direction), choices.map { list($0.direction) })
    add(.choice(.existingStructures), choices.map { one($0.existingStructures) })
    add(.choice(.perspectives), choices.map { list($0.perspectives) })
    add(.choice(.topics), choices.map { list($0.topics) })
    add(.choice(.inputKinds), choices.map { list($0.inputKinds) })
    add(.choice(.agendaSetting), choices.map { one($0.agendaSetting) })
    add(.choice(.facilitation), choices.map { list($0.facilitation) })
    add(.choice(.organisation), choices.map { list($0.organisation) })
    add(.choice(.regionalPolicy), choices.map { list($0.regionalPolicy) })
    // Checks: per law the items met and not met (only regulations decide), and what practice shows beside them.
    for law in Law.allCases {
      add(
        .law(law),
        checks.map { c in
          let findings = c.legal.filter { $0.law == law }
          return .legal(
            met: findings.filter { $0.verdict == .met }.map(\.item),
            notMet: findings.filter { $0.verdict == .notMet }.map(\.item),
            practice: findings.filter { $0.practice.contains { !$0.isAgainst } }.map(\.item))
        })
    }
    add(
      .participationOrdinance,
      checks.map { c in
        c.readiness.overall == .undecidable ? .unknown : .readiness(c.readiness.overall)
      })
    add(
      .attention,
      checks.map { c in
        let raised = c.raisedWarnings.map(\.rule)
        let undecided = c.attention.contains { $0.verdict == .undecidable }
        return raised.isEmpty && undecided ? .unknown : .attention(raised)
      })
    self.dimensions = dimensions
  }

  /// The groups in which at least one row differs (known against known).
  public var differingGroups: [Group] {
    Group.allCases.filter { group in dimensions.contains { $0.group == group && $0.difference == .different } }
  }

  /// How many rows differ, known against known.
  public var differentCount: Int { dimensions.count { $0.difference == .different } }
  /// How many rows have unknown cells beside known ones that agree.
  public var unknownAgainstKnownCount: Int { dimensions.count { $0.difference == .unknownAgainstKnown } }
}
