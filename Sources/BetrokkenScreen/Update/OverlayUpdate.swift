/// An overlay: scrolling, a snapshot, and closing back to the mode underneath.
enum OverlayUpdate {
  static let keys: [KeyBinding] =
    KeyTable.scrolling + [
      KeyTable.snapshot, KeyTable.document,
      KeyBinding(
        keys: [.escape, .character("q"), .enter, .character("?"), .character("b"), .character("o")], keyLabel: "Esc q",
        short: "screen.keys.back", description: "screen.keys.backToDashboardHelp", action: .close, footerKey: "Esc"),
    ]

  static func update(
    _ state: inout DashboardState, _ overlay: inout OverlayMode, _ key: Key, _ environment: Update.Environment
  )
    -> [Effect]
  {
    guard let action = KeyTable.action(for: key, in: keys) else { return [] }
    if Update.scroll(&overlay.scroll, action, in: environment.viewport.overlay) {
      state.mode = .overlay(overlay)
      return []
    }
    switch action {
    case .close: state.mode = overlay.underneath
    case .snapshot: return [.writeSnapshot]
    case .document: return [.writeDocument]
    default: break
    }
    return []
  }
}
