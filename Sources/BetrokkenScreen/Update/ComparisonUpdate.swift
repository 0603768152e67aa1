import BetrokkenModel

/// A comparison: columns, scrolling, differences only, help, a snapshot, back to the list.
enum ComparisonUpdate {
  static let keys: [KeyBinding] =
    [
      KeyBinding(
        keys: [.left, .character("h"), .backTab], keyLabel: "← h", short: "screen.keys.column",
        description: "screen.keys.previousColumnHelp", action: .previousPane, footerKey: nil),
      KeyBinding(
        keys: [.right, .character("l"), .tab], keyLabel: "→ l", short: "screen.keys.column",
        description: "screen.keys.nextColumnHelp", action: .nextPane, footerKey: "←→"),
    ] + KeyTable.scrolling + [
      KeyBinding(
        keys: [.character("d")], keyLabel: "d", short: "screen.keys.differencesOnly",
        description: "screen.keys.differencesOnlyHelp", action: .toggleDifferences, footerKey: "d"),
      KeyBinding(
        keys: [.character("x")], keyLabel: "x", short: "screen.keys.removeColumn",
        description: "screen.keys.removeColumnHelp", action: .removeColumn, footerKey: "x"),
      KeyBinding(
        keys: [.character("i")], keyLabel: "i", short: "screen.keys.cells", description: "screen.keys.cellsHelp",
        action: .openCells, footerKey: "i"),
      KeyBinding(
        keys: [.enter], keyLabel: "Enter", short: "screen.keys.openMunicipality",
        description: "screen.keys.openMunicipalityHelp", action: .openMunicipality, footerKey: nil),
      KeyTable.snapshot, KeyTable.document,
      KeyBinding(
        keys: [.character("?")], keyLabel: "?", short: "screen.keys.help", description: "screen.keys.helpHelp",
        action: .help, footerKey: nil),
      KeyBinding(
        keys: [.escape, .character("q")], keyLabel: "Esc q", short: "screen.keys.back",
        description: "screen.keys.backToOneHelp", action: .close, footerKey: "Esc"),
    ]

  /// A click on a column selects it; the wheel scrolls.
  static func mouse(
    _ state: inout DashboardState, _ comparison: inout ComparisonMode, _ event: MouseEvent,
    _ environment: Update.Environment
  ) {
    switch event.button {
    case .wheelUp, .wheelDown:
      _ = Update.scroll(&comparison.scroll, event.button == .wheelUp ? .up : .down, in: environment.viewport.comparison)
    case .left:
      if let column = ComparisonView.column(
        atX: event.x, width: environment.viewport.comparison.rect.width,
        count: comparison.codes.count)
      {
        comparison.focus = column
      }
    }
    state.mode = .comparison(comparison)
  }

  static func update(
    _ state: inout DashboardState, _ comparison: inout ComparisonMode, _ key: Key, _ environment: Update.Environment
  ) -> [Effect] {
    guard let action = KeyTable.action(for: key, in: keys) else { return [] }
    if Update.scroll(&comparison.scroll, action, in: environment.viewport.comparison) {
      state.mode = .comparison(comparison)
      return []
    }
    switch action {
    case .previousPane: comparison.focus = max(0, comparison.focus - 1)
    case .nextPane: comparison.focus = min(comparison.codes.count - 1, comparison.focus + 1)
    case .toggleDifferences:
      state.differencesOnly.toggle()
      comparison.scroll = 0
    case .snapshot: return [.writeSnapshot]
    case .document: return [.writeDocument]
    case .help:
      Update.open(.help, &state)
      return []
    case .removeColumn:
      // Below two municipalities there is nothing to compare: back to the list.
      guard comparison.codes.count > Comparison.allowedCount.lowerBound else {
        state.mode = .list
        return []
      }
      comparison.codes.remove(at: comparison.focus)
      comparison.focus = min(comparison.focus, comparison.codes.count - 1)
      comparison.scroll = 0
    case .openCells:
      Update.open(.comparisonColumn, &state)
      return []
    case .openMunicipality:
      // Back to the dashboard on the focused municipality; the marks stay.
      MunicipalitySelection.select(&state, code: comparison.codes[comparison.focus])
      if !MunicipalitySelection.visible(state, data: environment.data).contains(where: { $0.code == state.selectedCode }
      ) {
        state.filter = ""
      }
      state.focus = .municipalities
      state.mode = .list
      return []
    case .close:
      state.mode = .list
      return []
    default: break
    }
    state.mode = .comparison(comparison)
    return []
  }
}
