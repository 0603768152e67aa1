/// Two to four municipalities side by side: the same dimensions for each, and which dimensions differ.
/// A cell is a canonical text or unknown; unknown against known is its own kind of difference.
public struct Comparison: Sendable {
  public static let allowedCount = 2...4

  public enum Group: String, Sendable, CaseIterable {
    case ladder, cycle, scale, choices, checks

    public var title: String {
      switch self {
      case .ladder: "Participatieladder"
      case .cycle: "Beleidscyclus"
      case .scale: "Schaalniveau"
      case .choices: "Keuzes"
      case .checks: "Toetsing"
      }
    }
  }

  public enum Difference: Sendable, Equatable {
    case same
    /// Some cells are unknown; the known ones agree.
    case unknownAgainstKnown
    case different
  }

  public struct Dimension: Sendable {
    public var group: Group
    public var label: String
    /// One cell per municipality; nil is unknown.
    public var cells: [String?]
    /// Forms named in each cell (for abbreviations on narrow screens).
    public var forms: [[String]]
    /// What is compared; the cells themselves unless given. Ladder and scale rows compare how many forms
    /// there are, not their names: two councils both called "Adviesraad Sociaal Domein" are not the same body.
    public var keys: [String?]

    public var difference: Difference {
      let known = Set(keys.compactMap { $0 })
      if known.count > 1 { return .different }
      return keys.contains(where: { $0 == nil }) && !known.isEmpty ? .unknownAgainstKnown : .same
    }
  }

  public let profiles: [Situation]
  public let dimensions: [Dimension]

  public init(_ profiles: [Situation]) {
    self.profiles = profiles
    let analyses = profiles.map(InvolvementAnalysis.init)
    let checks = profiles.map(ProfileChecks.init)
    var dimensions: [Dimension] = []
    func add(_ group: Group, _ label: String, _ cells: [String?], forms: [[String]]? = nil, unsure: [Bool]? = nil) {
      let forms = forms ?? Array(repeating: [], count: cells.count)
      let unsure = unsure ?? Array(repeating: false, count: cells.count)
      // Ladder and scale rows compare how many forms there are; "none known" where forms of unknown rung or
      // scale exist is unknown, not "none".
      let keys = group == .ladder || group == .scale
        ? cells.indices.map { i in cells[i] == nil || (forms[i].isEmpty && unsure[i]) ? nil : String(forms[i].count) }
        : cells
      dimensions.append(Dimension(group: group, label: label, cells: cells, forms: forms, keys: keys))
    }
    // Ladder: the forms on each rung. A municipality without known forms is unknown, not "none".
    for rung in Rung.allCases.reversed() {
      let forms = analyses.map { ($0.formsByRung[rung] ?? []).map(\.name) }
      add(.ladder, rung.label, zip(analyses, forms).map { analysis, names in
        analysis.profile.formsInPlace.isEmpty ? nil : (names.isEmpty ? "—" : names.joined(separator: ", "))
      }, forms: forms, unsure: analyses.map { !$0.formsWithUnknownRung.isEmpty })
    }
    // Cycle: which rungs are reached in each phase.
    for phase in Phase.allCases {
      add(.cycle, phase.label, analyses.map { analysis in
        let rungs = Rung.allCases.filter { !analysis.forms(in: phase, at: $0).isEmpty }
        switch analysis.phaseStatus(phase) {
        case .unknown where rungs.isEmpty: return nil
        default: return rungs.isEmpty ? "—" : rungs.map(\.label).joined(separator: ", ")
        }
      })
    }
    // Scales: the forms at each level.
    for scale in Scale.allCases {
      let forms = analyses.map { ($0.formsByScale[scale] ?? []).map(\.name) }
      add(.scale, scale.label, zip(analyses, forms).map { analysis, names in
        analysis.profile.formsInPlace.isEmpty ? nil : (names.isEmpty ? "—" : names.joined(separator: ", "))
      }, forms: forms, unsure: analyses.map { !$0.formsWithUnknownScale.isEmpty })
    }
    // Municipality-wide choices.
    func list<K: VocabularyKey>(_ fact: Fact<KeySet<K>>) -> String? {
      fact.value.map { $0.isEmpty ? "geen" : $0.map(\.label).joined(separator: ", ") }
    }
    let choices = profiles.map(\.choices)
    add(.choices, "waarom gemeente", choices.map { list($0.motives) })
    add(.choices, "waarom burgers", choices.map { list($0.citizenMotives) })
    add(.choices, "richting", choices.map { list($0.direction) })
    add(.choices, "bestaande raden", choices.map { $0.existingStructures.value?.label })
    add(.choices, "perspectief", choices.map { list($0.perspectives) })
    add(.choices, "onderwerpen", choices.map { list($0.topics) })
    add(.choices, "soort inbreng", choices.map { list($0.inputKinds) })
    add(.choices, "agenda", choices.map { $0.agendaSetting.value?.label })
    add(.choices, "ondersteuning", choices.map { list($0.facilitation) })
    add(.choices, "organisatie", choices.map { list($0.organisation) })
    add(.choices, "regionaal beleid", choices.map { list($0.regionalPolicy) })
    // Checks: per law the items met and not met (only regulations decide), and what practice shows beside them.
    for law in Law.allCases {
      add(.checks, law.label, checks.map { c in
        let findings = c.legal.filter { $0.law == law }
        // The Participatiewet's own letter beside the Wmo letter: "b(a)".
        func letters(_ list: [LegalFinding]) -> String {
          list.isEmpty ? "—" : list.map { f in
            f.law == .participationAct ? "\(f.item.rawValue)(\(f.item.participationActLetter ?? ""))" : f.item.rawValue
          }.joined(separator: " ")
        }
        let met = findings.filter { $0.verdict == .met }
        let notMet = findings.filter { $0.verdict == .notMet }
        let practice = findings.filter { $0.practice.contains { !$0.isAgainst } }
        // Short, so the practice letters survive a narrow column: "? · praktijk: a b d".
        let verdicts = met.isEmpty && notMet.isEmpty ? "?" : "voldaan: \(letters(met)) · niet: \(letters(notMet))"
        return verdicts + " · praktijk: \(letters(practice))"
      })
    }
    add(.checks, "part.verordening", checks.map { c in
      switch c.readiness.overall {
      case .ready: "klaar"
      case .notReady: "niet klaar"
      case .undecidable: nil
      case .notApplicable: "n.v.t."
      }
    })
    add(.checks, "aandachtspunten", checks.map { c in
      let raised = c.raisedWarnings.map(\.rule.rawValue)
      let undecided = c.attention.contains { $0.verdict == .undecidable }
      if raised.isEmpty && undecided { return nil }
      return raised.isEmpty ? "geen" : raised.joined(separator: ", ")
    })
    self.dimensions = dimensions
  }

  /// The groups in which at least one row differs (known against known).
  public var differingGroups: [Group] {
    Group.allCases.filter { group in dimensions.contains { $0.group == group && $0.difference == .different } }
  }

  public var differentCount: Int { dimensions.count { $0.difference == .different } }
  public var unknownAgainstKnownCount: Int { dimensions.count { $0.difference == .unknownAgainstKnown } }
}
