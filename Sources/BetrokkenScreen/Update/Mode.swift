/// What the keys do now: the table of modes. Each mode has its own key table and its own small update function in a
/// file of its own (`ListUpdate`, `FilterUpdate`, `OverlayUpdate`, `ComparisonUpdate`, `ConfirmationUpdate`); a new
/// mode is one more case here (the compiler then asks for its arms in the switches below) and one file.
public indirect enum Mode: Equatable, Sendable {
  /// The list and the panes.
  case list
  /// Typing a filter: printable keys are text.
  case filterEditing
  /// A framed box over what is underneath (help, details, glossary …).
  case overlay(OverlayMode)
  /// Two to four municipalities side by side.
  case comparison(ComparisonMode)
  /// A question in the footer before something is lost (quitting with marks or a filter): `q` again confirms,
  /// any other key goes back.
  case confirmation(ConfirmationMode)
  /// Jumping through the list by the start of a name: typed letters are the prefix (`'` starts it).
  case jump(prefix: String)
  /// The guided editor on one record (`e`): printable keys are answers.
  case editor(EditorSession)

  /// The key table of this mode: it dispatches the keys, and the footer and the help are made from it.
  var keys: [KeyBinding] {
    switch self {
    case .list: ListUpdate.keys
    case .filterEditing: FilterUpdate.keys
    case .overlay(let overlay): OverlayUpdate.keys(for: overlay.kind)
    case .comparison: ComparisonUpdate.keys
    case .confirmation: ConfirmationUpdate.keys
    case .jump: JumpUpdate.keys
    case .editor: EditorUpdate.keys
    }
  }

  /// Hands a key to this mode's update function; returns the effects.
  func handle(_ key: Key, _ state: inout DashboardState, _ environment: Update.Environment) -> [Effect] {
    switch self {
    case .list: ListUpdate.update(&state, key, environment)
    case .filterEditing: FilterUpdate.update(&state, key, environment)
    case .overlay(var overlay): OverlayUpdate.update(&state, &overlay, key, environment)
    case .comparison(var comparison): ComparisonUpdate.update(&state, &comparison, key, environment)
    case .confirmation(let confirmation): ConfirmationUpdate.update(&state, confirmation, key)
    case .jump(let prefix): JumpUpdate.update(&state, prefix, key, environment)
    case .editor(var session): EditorUpdate.update(&state, &session, key, environment)
    }
  }

  /// Hands a mouse event to this mode: a click focuses and selects, the wheel scrolls.
  func handle(_ event: MouseEvent, _ state: inout DashboardState, _ environment: Update.Environment) {
    switch self {
    case .list: ListUpdate.mouse(&state, event, environment)
    case .overlay(var overlay):
      _ = OverlayUpdate.update(&state, &overlay, event.button == .wheelUp ? .up : .down, environment)
      if event.button == .left { state.mode = self }
    case .comparison(var comparison): ComparisonUpdate.mouse(&state, &comparison, event, environment)
    case .filterEditing, .confirmation, .jump, .editor: break
    }
  }

  /// This mode with its scroll offsets within what the viewport can scroll (after a resize).
  func clamped(to viewport: Viewport) -> Mode {
    switch self {
    case .overlay(var overlay):
      overlay.scroll = min(overlay.scroll, viewport.overlay.maxScroll)
      overlay.underneath = overlay.underneath.clamped(to: viewport)
      return .overlay(overlay)
    case .comparison(var comparison):
      comparison.scroll = min(comparison.scroll, viewport.comparison.maxScroll)
      return .comparison(comparison)
    case .confirmation(var confirmation):
      confirmation.underneath = confirmation.underneath.clamped(to: viewport)
      return .confirmation(confirmation)
    case .list, .filterEditing, .jump, .editor: return self
    }
  }
}

/// A question asked before something is lost, and the mode it returns to when the answer is no.
public struct ConfirmationMode: Equatable, Sendable {
  /// What would be lost by quitting: marked municipalities, an active filter (later: unsaved edits).
  public struct Loss: Equatable, Sendable {
    var marks: Int
    var filter: Bool
  }

  var loss: Loss
  var underneath: Mode
}

/// The overlays: help, a form's details, the glossary, a finding, the overview, the difference between records.
public enum OverlayKind: Equatable, Sendable {
  case help
  case details
  case glossary
  case finding
  case overview
  /// What changed between the shown record and the one before it.
  case difference
  /// Every cell of the focused comparison column, in full.
  case comparisonColumn
}

/// An open overlay: which, how far scrolled, and the mode it closes back to (whose keys the help lists).
public struct OverlayMode: Equatable, Sendable {
  var kind: OverlayKind
  var scroll = 0
  /// The selected municipality in the overview's ranking (↑↓ move it, Enter jumps to it).
  var row = 0
  var underneath: Mode

  init(_ kind: OverlayKind, over underneath: Mode = .list) {
    self.kind = kind
    self.underneath = underneath
  }
}

/// An open comparison: the municipalities in column order, the column with the focus, the scroll offset.
public struct ComparisonMode: Equatable, Sendable {
  /// The municipalities compared, by code, in column order.
  public var codes: [String]
  var focus = 0
  var scroll = 0

  /// A comparison of the municipalities with these codes, in column order; the first column has the focus.
  public init(codes: [String]) {
    self.codes = codes
  }
}

extension Mode {
  /// The comparison of this mode, directly or under an overlay.
  var comparison: ComparisonMode? {
    switch self {
    case .comparison(let comparison): comparison
    case .overlay(let overlay): overlay.underneath.comparison
    case .confirmation(let confirmation): confirmation.underneath.comparison
    case .list, .filterEditing, .jump, .editor: nil
    }
  }
}
