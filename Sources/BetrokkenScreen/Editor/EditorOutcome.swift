import BetrokkenModel

/// What the editor learns from the runner: the session read, a save's outcome, a draft that could not be written.
enum EditorOutcome {
  static func apply(_ message: Message, to state: inout DashboardState) {
    switch message {
    case .editorOpened(let session):
      state.mode = .editor(session)
    case .editorRefused(let refusal):
      state.notice = .cannotEdit(refusal)
    case .editorReloaded(var session, let dropped):
      session.notice = .reloaded(replayed: session.answers.count, dropped: dropped)
      state.mode = .editor(session)
    default:
      guard case .editor(var session) = state.mode else { return }
      switch message {
      case .editorSaved(let path, let bytes):
        session.original = bytes
        session.savedText = session.text
        session.undo = []
        session.answers = []
        session.notice = .saved(path: path)
      case .editorSaveFailed(let failure):
        session.notice = .saveFailed(failure)
        if case .changedOnDisk = failure { session.prompt = .conflict } else { session.prompt = nil }
      case .editorSavedElsewhere(let path):
        session.notice = .savedElsewhere(path: path)
      case .draftNotWritten(let path):
        session.notice = .draftNotWritten(path: path)
      default:
        break
      }
      state.mode = .editor(session)
    }
  }
}
