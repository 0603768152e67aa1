import BetrokkenModel

/// Typing a filter: printable keys are text, Backspace deletes, ↑↓ move through the matches, Enter keeps the
/// filter, Esc clears it.
enum FilterUpdate {
  static let keys: [KeyBinding] = [
    KeyBinding(
      keys: [.up], keyLabel: "↑", short: "screen.keys.previous", description: "screen.keys.previousMunicipalityHelp",
      action: .up, footerKey: "↑"),
    KeyBinding(
      keys: [.down], keyLabel: "↓", short: "screen.keys.next", description: "screen.keys.nextMunicipalityHelp",
      action: .down, footerKey: "↓"),
    KeyBinding(
      keys: [.enter], keyLabel: "Enter", short: "screen.keys.done", description: "screen.keys.doneHelp",
      action: .open, footerKey: "Enter"),
    KeyBinding(
      keys: [.escape], keyLabel: "Esc", short: "screen.keys.clear", description: "screen.keys.clearHelp",
      action: .close,
      footerKey: "Esc"),
    KeyBinding(
      keys: [.control("u")], keyLabel: "Ctrl-U", short: "screen.keys.clearText",
      description: "screen.keys.clearTextHelp",
      action: .clearText, footerKey: nil),
  ]

  static func update(_ state: inout DashboardState, _ key: Key, _ environment: Update.Environment) -> [Effect] {
    let replacing = state.filterSelected
    state.filterSelected = false
    switch key {
    case .character(let c):
      // After `/` the old text is selected: typing replaces it.
      if replacing { state.filter = "" }
      state.filter.append(c)
      MunicipalitySelection.reselect(&state, data: environment.data)
      return []
    case .backspace:
      if replacing { state.filter = "" } else if !state.filter.isEmpty { state.filter.removeLast() }
      MunicipalitySelection.reselect(&state, data: environment.data)
      return []
    default: break
    }
    switch KeyTable.action(for: key, in: keys) {
    case .up: MunicipalitySelection.moveMunicipality(&state, data: environment.data, by: -1)
    case .down: MunicipalitySelection.moveMunicipality(&state, data: environment.data, by: 1)
    case .open: state.mode = .list
    case .close:
      state.mode = .list
      state.filter = ""
      MunicipalitySelection.reselect(&state, data: environment.data)
    case .clearText:
      state.filter = ""
      MunicipalitySelection.reselect(&state, data: environment.data)
    default: break
    }
    return []
  }
}
