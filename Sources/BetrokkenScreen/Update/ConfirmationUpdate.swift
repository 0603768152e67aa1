/// A question before something is lost: `q` again quits, any other key goes back to where it was asked (the key
/// is not passed on, so nothing else happens by accident).
enum ConfirmationUpdate {
  static let keys: [KeyBinding] = [
    KeyBinding(
      keys: [.character("q")], keyLabel: "q", short: "screen.keys.quit", description: "screen.keys.confirmQuitHelp",
      action: .quit, footerKey: "q"),
    KeyBinding(
      keys: [], labelKey: "screen.keys.otherKey", short: "screen.keys.stay", description: "screen.keys.stayHelp",
      action: .close, footerKey: nil),
  ]

  static func update(_ state: inout DashboardState, _ confirmation: ConfirmationMode, _ key: Key) -> [Effect] {
    if KeyTable.action(for: key, in: keys) == .quit { return [.quit] }
    state.mode = confirmation.underneath
    return []
  }

  /// What quitting now would lose, or nil when nothing would.
  static func loss(_ state: DashboardState) -> ConfirmationMode.Loss? {
    let loss = ConfirmationMode.Loss(marks: state.marked.count, filter: !state.filter.isEmpty)
    return loss.marks == 0 && !loss.filter ? nil : loss
  }
}
