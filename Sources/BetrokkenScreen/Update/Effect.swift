/// What the update step asks the runner to do. The update step never performs anything itself; the runner does,
/// and feeds the outcome back as a message.
public enum Effect: Equatable, Sendable {
  case quit
  /// Write the screen as it was when the key was pressed.
  case writeSnapshot
  /// Write the whole current view as a document (`DashboardDocument`).
  case writeDocument
  /// Open the guided editor on the municipality's newest record in the writable layer (a lower layer's newest
  /// record copied there first, in memory).
  case openEditor(code: String)
  /// Save the edited profile atomically, refusing when the file changed on disk since it was read.
  case saveEditor(EditorSession)
  /// Write the session to the draft journal, so a crash or kill loses no answer.
  case writeDraft(EditorSession)
  /// The session ended without saving (or undid every answer): the draft for this file goes.
  case discardDraft(code: String, file: String)
  /// Read the file again (after a conflict) and apply the session's answers to it.
  case reloadEditor(EditorSession)
  /// Save the edited profile under another name, beside the drafts (after a conflict).
  case saveEditorElsewhere(EditorSession)
}
