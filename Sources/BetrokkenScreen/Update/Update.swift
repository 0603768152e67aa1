import BetrokkenModel

/// The update step: a pure function of (state, message) and what it may read — the data and the facts of the last
/// rendered frame. It never renders and never performs an effect; it returns them.
public enum Update {
  /// What every mode's update function reads besides the state.
  struct Environment {
    let data: DataSet
    let viewport: Viewport

    /// What the update functions read: the data, and the viewport facts of the last rendered frame.
    public init(data: DataSet, viewport: Viewport) {
      self.data = data
      self.viewport = viewport
    }
  }

  /// The state after a message, and the effects the caller must perform (quit, write a snapshot). `viewport` holds
  /// the facts of the last rendered frame.
  public static func update(_ state: DashboardState, _ message: Message, data: DataSet, viewport: Viewport)
    -> (DashboardState, [Effect])
  {
    var state = state
    let environment = Environment(data: data, viewport: viewport)
    switch message {
    case .key(let key):
      state.notice = nil
      let effects = state.mode.handle(key, &state, environment)
      return (state, effects)
    case .mouse(let event):
      state.notice = nil
      state.mode.handle(event, &state, environment)
      return (state, [])
    case .resize:
      clampScrolls(&state, viewport)
      return (state, [])
    case .snapshotWritten(let path):
      state.notice = .snapshotWritten(path: path)
      return (state, [])
    case .snapshotFailed(let directory):
      state.notice = .snapshotFailed(directory: directory)
      return (state, [])
    case .editorOpened, .editorRefused, .editorSaved, .editorSaveFailed, .editorReloaded, .editorReloadFailed,
      .editorSavedElsewhere, .draftNotWritten:
      EditorOutcome.apply(message, to: &state)
      return (state, [])
    }
  }

  /// After a resize: no offset beyond what the new size can scroll.
  static func clampScrolls(_ state: inout DashboardState, _ viewport: Viewport) {
    for (pane, offset) in state.scroll { state.scroll[pane] = min(offset, viewport.pane(pane).maxScroll) }
    state.mode = state.mode.clamped(to: viewport)
  }

  /// Applies a scrolling action to an offset within 0...area.maxScroll; false when the action is not a scroll.
  static func scroll(_ offset: inout Int, _ action: Action, in area: Viewport.Area) -> Bool {
    let current = min(offset, area.maxScroll)
    switch action {
    case .up: offset = max(0, current - 1)
    case .down: offset = min(area.maxScroll, current + 1)
    case .pageUp: offset = max(0, current - area.page)
    case .pageDown: offset = min(area.maxScroll, current + area.page)
    case .top: offset = 0
    case .bottom: offset = area.maxScroll
    default: return false
    }
    return true
  }

  static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }

  /// Opens an overlay over the current mode.
  static func open(_ kind: OverlayKind, _ state: inout DashboardState) {
    state.mode = .overlay(OverlayMode(kind, over: state.mode))
  }
}
