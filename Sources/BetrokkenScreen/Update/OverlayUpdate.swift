import BetrokkenModel

/// An overlay: scrolling, a snapshot, and closing back to the mode underneath.
enum OverlayUpdate {
  static let keys: [KeyBinding] =
    KeyTable.scrolling + [
      KeyTable.snapshot, KeyTable.document,
      KeyBinding(
        keys: [.escape, .character("q"), .enter, .character("?"), .character("b"), .character("o")], keyLabel: "Esc q",
        short: "screen.keys.back", description: "screen.keys.backToDashboardHelp", action: .close, footerKey: "Esc"),
    ]

  /// The overview's table: ↑↓ move through the ranking of municipalities, Enter jumps to the one selected.
  static let overviewKeys: [KeyBinding] =
    [
      KeyBinding(
        keys: [.up, .character("k")], keyLabel: "↑ k", short: "screen.keys.previous",
        description: "screen.keys.previousRankedHelp", action: .up, footerKey: nil),
      KeyBinding(
        keys: [.down, .character("j")], keyLabel: "↓ j", short: "screen.keys.next",
        description: "screen.keys.nextRankedHelp", action: .down, footerKey: "↑↓"),
      KeyBinding(
        keys: [.enter], keyLabel: "Enter", short: "screen.keys.openMunicipality",
        description: "screen.keys.openRankedHelp", action: .openMunicipality, footerKey: "Enter"),
    ] + KeyTable.paging + [
      KeyTable.snapshot, KeyTable.document,
      KeyBinding(
        keys: [.escape, .character("q"), .character("?"), .character("b"), .character("o")], keyLabel: "Esc q",
        short: "screen.keys.back", description: "screen.keys.backToDashboardHelp", action: .close, footerKey: "Esc"),
    ]

  /// The key table of an overlay of this kind.
  static func keys(for kind: OverlayKind) -> [KeyBinding] {
    kind == .overview ? overviewKeys : keys
  }

  static func update(
    _ state: inout DashboardState, _ overlay: inout OverlayMode, _ key: Key, _ environment: Update.Environment
  )
    -> [Effect]
  {
    guard let action = KeyTable.action(for: key, in: keys(for: overlay.kind)) else { return [] }
    let area = environment.viewport.overlay
    if overlay.kind == .overview, action == .up || action == .down, area.selectableRows > 0 {
      overlay.row = Update.clamp(overlay.row + (action == .up ? -1 : 1), 0, area.selectableRows - 1)
      // The row kept in view: scroll as the frame will.
      overlay.scroll = scrollKeeping(area.rowLines[overlay.row], visibleFrom: area.top, height: area.rect.height - 2)
      state.mode = .overlay(overlay)
      return []
    }
    if Update.scroll(&overlay.scroll, action, in: area) {
      state.mode = .overlay(overlay)
      return []
    }
    switch action {
    case .close: state.mode = overlay.underneath
    case .openMunicipality:
      // The overview's selected municipality, in the dashboard.
      let ranking = Overview(environment.data.situations).ranking.map(\.profile.code)
      state.mode = overlay.underneath
      guard ranking.indices.contains(overlay.row) else { break }
      state.filter = ""
      MunicipalitySelection.select(&state, code: ranking[overlay.row])
      state.focus = .municipalities
    case .snapshot: return [.writeSnapshot]
    case .document: return [.writeDocument]
    default: break
    }
    return []
  }
}
