import BetrokkenModel

/// A comparison's groups, rows and cells in words, for the screen and the CSV.
enum ComparisonWords {
  static func title(_ group: Comparison.Group) -> String {
    switch group {
    case .ladder: Strings.text("reports.group.ladder")
    case .cycle: Strings.text("reports.group.cycle")
    case .scale: Strings.text("reports.group.scale")
    case .choices: Strings.text("reports.group.choices")
    case .checks: Strings.text("reports.group.checks")
    }
  }

  static func label(_ row: Comparison.Row) -> String {
    switch row {
    case .rung(let rung): rung.label
    case .phase(let phase): phase.label
    case .scale(let scale): scale.label
    case .law(let law): law.label
    case .participationOrdinance: Strings.text("reports.row.participationOrdinance")
    case .attention: Strings.text("reports.row.attention")
    case .choice(let choice):
      switch choice {
      case .motives: Strings.text("reports.row.motives")
      case .citizenMotives: Strings.text("reports.row.citizenMotives")
      case .direction: Strings.text("reports.row.direction")
      case .existingStructures: Strings.text("reports.row.existingStructures")
      case .perspectives: Strings.text("reports.row.perspectives")
      case .topics: Strings.text("reports.row.topics")
      case .inputKinds: Strings.text("reports.row.inputKinds")
      case .agendaSetting: Strings.text("reports.row.agendaSetting")
      case .facilitation: Strings.text("reports.row.facilitation")
      case .organisation: Strings.text("reports.row.organisation")
      case .regionalPolicy: Strings.text("reports.row.regionalPolicy")
      }
    }
  }

  /// "—" on the ladder, phases and scales: no form there.
  public static let noForm = "—"

  /// The cell in words; nil when unknown.
  public static func text(_ cell: Comparison.Cell, row: Comparison.Row) -> String? {
    switch cell {
    case .unknown: return nil
    case .forms(let names): return names.isEmpty ? noForm : names.joined(separator: ", ")
    case .rungs(let rungs): return rungs.isEmpty ? noForm : rungs.map(\.label).joined(separator: ", ")
    case .keys(let keys):
      guard case .choice(let choice) = row else { return keys.joined(separator: ", ") }
      return keys.isEmpty
        ? Strings.text("reports.none") : keys.map { label(key: $0, choice: choice) }.joined(separator: ", ")
    case .legal(let met, let notMet, let practice):
      guard case .law(let law) = row else { return nil }
      // The Participatiewet's own letter beside the Wmo letter: "b(a)".
      func letters(_ items: [LegalItem]) -> String {
        items.isEmpty
          ? noForm
          : items.map { item in
            law == .participationAct ? "\(item.rawValue)(\(item.participationActLetter ?? ""))" : item.rawValue
          }.joined(separator: " ")
      }
      // Short, so the practice letters survive a narrow column: "? · praktijk: a b d".
      let verdicts =
        met.isEmpty && notMet.isEmpty ? "?" : Strings.text("reports.cell.verdicts", letters(met), letters(notMet))
      return Strings.text("reports.cell.practice", verdicts, letters(practice))
    case .readiness(let overall):
      switch overall {
      case .ready: return Strings.text("reports.ready")
      case .notReady: return Strings.text("reports.notReady")
      case .undecidable: return nil
      case .notApplicable: return Strings.text("reports.notApplicable")
      }
    case .attention(let rules):
      return rules.isEmpty ? Strings.text("reports.none") : rules.map(\.title).joined(separator: "; ")
    }
  }

  /// Whether a cell says "no form here" (drawn dim).
  public static func isEmptyMark(_ cell: Comparison.Cell) -> Bool {
    switch cell {
    case .forms(let names): names.isEmpty
    case .rungs(let rungs): rungs.isEmpty
    default: false
    }
  }

  static func label(key: String, choice: Comparison.ChoiceRow) -> String {
    func word<K: VocabularyKey>(_ type: K.Type) -> String { K(rawValue: key)?.label ?? key }
    switch choice {
    case .motives: return word(Motive.self)
    case .citizenMotives: return word(CitizenMotive.self)
    case .direction: return word(Direction.self)
    case .existingStructures: return word(ExistingStructures.self)
    case .perspectives: return word(Perspective.self)
    case .topics: return word(TopicScope.self)
    case .inputKinds: return word(InputKind.self)
    case .agendaSetting: return word(AgendaSetting.self)
    case .facilitation: return word(Facilitation.self)
    case .organisation: return word(OrganisationChange.self)
    case .regionalPolicy: return word(Law.self)
    }
  }

  /// Which of the five parts differ, and how often unknown stands against known: "≠ 3 van 5 onderdelen …".
  static func summary(_ comparison: Comparison, symbols: Symbols) -> String {
    let groups = comparison.differingGroups
    let differ =
      groups.isEmpty
      ? Strings.text("reports.comparison.noDifferences")
      : Strings.text(
        "reports.comparison.groupsDiffer", String(groups.count), String(Comparison.Group.allCases.count),
        groups.map(title).joined(separator: ", "), String(comparison.differentCount))
    return differ
      + Strings.text(
        "reports.comparison.unknownAgainstKnown", symbols.unknown, String(comparison.unknownAgainstKnownCount))
  }
}
