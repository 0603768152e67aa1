import BetrokkenModel

/// What the editor learns from the runner: the session read, a save's outcome, a draft that could not be written.
enum EditorOutcome {
  static func apply(_ message: Message, to state: inout DashboardState) {
    switch message {
    case .editorOpened(let session):
      state.mode = .editor(session)
    case .editorRefused(let refusal):
      state.notice = .cannotEdit(refusal)
    case .editorReloaded(var session, let dropped, let keptAt):
      session.notice = .reloaded(replayed: session.answers.count, dropped: dropped, keptAt: keptAt)
      state.mode = .editor(session)
    default:
      guard case .editor(var session) = state.mode else { return }
      switch message {
      case .editorSaved(let path, let bytes):
        if session.closesAfterSave {
          state.mode = .list
          state.notice = .edited(path: path)
          return
        }
        session.original = bytes
        session.savedText = session.text
        // Undo and the answers log are of the text as read; what is saved is the new starting point.
        session.undo = []
        session.answers = []
        session.notice = .saved(path: path)
      case .editorSaveFailed(let failure):
        session.closesAfterSave = false
        session.notice = .saveFailed(failure)
        if case .changedOnDisk = failure { session.prompt = .conflict } else { session.prompt = nil }
      case .editorReloadFailed(let path):
        session.notice = .reloadFailed(path: path)
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
