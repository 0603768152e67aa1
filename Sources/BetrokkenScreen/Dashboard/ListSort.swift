import BetrokkenModel

/// The orders of the municipality list, cycled with `s`. Ties, and municipalities a key says nothing about, keep
/// the order by name.
public enum ListSort: CaseIterable, Sendable {
  case name
  case province
  /// Highest rung first; an unknown rung last.
  case highestRung
  /// Most forms in place first.
  case forms
  /// Most raised attention points first.
  case findings
  /// Not ready first, then cannot be assessed, ready, not applicable.
  case readiness

  /// The next order in the cycle.
  var next: ListSort {
    switch self {
    case .name: .province
    case .province: .highestRung
    case .highestRung: .forms
    case .forms: .findings
    case .findings: .readiness
    case .readiness: .name
    }
  }

  /// The order's name in the list pane's title.
  var label: String {
    switch self {
    case .name: Strings.text("screen.sort.name")
    case .province: Strings.text("screen.sort.province")
    case .highestRung: Strings.text("screen.sort.highestRung")
    case .forms: Strings.text("screen.sort.forms")
    case .findings: Strings.text("screen.sort.findings")
    case .readiness: Strings.text("screen.sort.readiness")
    }
  }

  /// The situations in this order (a stable sort of the list by name).
  func sorted(_ situations: [Situation], registry: MunicipalityRegistry) -> [Situation] {
    guard self != .name else { return situations }
    let keyed = situations.enumerated().map {
      (index: $0.offset, situation: $0.element, key: key($0.element, registry: registry))
    }
    return keyed.sorted { a, b in a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.index < b.index }
      .map(\.situation)
  }

  /// A key that sorts ascending; smaller first.
  private func key(_ situation: Situation, registry: MunicipalityRegistry) -> [Int] {
    switch self {
    case .name: return []
    case .province:
      let provinces = Set(registry.municipalities.map(\.province)).sorted()
      return [provinces.firstIndex(of: registry[situation.code]?.province ?? "") ?? provinces.count]
    case .highestRung: return [-(situation.highestRung.map { (Rung.allCases.firstIndex(of: $0) ?? 0) + 1 } ?? 0)]
    case .forms: return [-situation.formsInPlace.count]
    case .findings: return [-ProfileChecks(situation).raisedWarnings.count]
    case .readiness:
      let order: [ParticipationReadiness.Overall] = [.notReady, .undecidable, .ready, .notApplicable]
      return [order.firstIndex(of: ProfileChecks(situation).readiness.overall) ?? order.count]
    }
  }
}
