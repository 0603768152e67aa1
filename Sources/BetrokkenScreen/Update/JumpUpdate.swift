/// Jumping by the start of a name: each typed letter moves the selection to the first municipality in the list
/// whose name starts with what was typed (case and accents do not matter). Enter or Esc ends it; Backspace takes
/// the last letter back. Bare letters in the list stay commands: a jump starts with `'`.
enum JumpUpdate {
  static let keys: [KeyBinding] = [
    KeyBinding(
      keys: [.enter, .escape], keyLabel: "Enter Esc", short: "screen.keys.done",
      description: "screen.keys.jumpDoneHelp",
      action: .close, footerKey: "Enter")
  ]

  static func update(_ state: inout DashboardState, _ prefix: String, _ key: Key, _ environment: Update.Environment)
    -> [Effect]
  {
    var prefix = prefix
    switch key {
    case .character(let c): prefix.append(c)
    case .backspace: if !prefix.isEmpty { prefix.removeLast() }
    default:
      if KeyTable.action(for: key, in: keys) == .close { state.mode = .list }
      return []
    }
    state.mode = .jump(prefix: prefix)
    let wanted = prefix.folded
    let visible = MunicipalitySelection.visible(state, data: environment.data)
    if !wanted.isEmpty, let match = visible.first(where: { $0.name.folded.hasPrefix(wanted) }) {
      MunicipalitySelection.select(&state, code: match.code)
    }
    return []
  }
}
