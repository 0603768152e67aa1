import BetrokkenModel

/// What the update step is told: a key, a new size, the outcome of an effect the runner performed.
public enum Message: Equatable, Sendable {
  case key(Key)
  /// A click or a turn of the wheel (unless the dashboard runs with `--no-mouse`).
  case mouse(MouseEvent)
  /// The terminal has a new size; the viewport passed along is already the new one.
  case resize
  case snapshotWritten(path: String)
  /// Nothing was written: the directory cannot be written (it is named in the footer).
  case snapshotFailed(directory: String)
  /// The editor's file was read: edit this session.
  case editorOpened(EditorSession)
  /// The editor cannot open: the layer's file has errors or cannot be read.
  case editorRefused(EditorRefusal)
  /// The profile was saved; the file now holds `bytes`.
  case editorSaved(path: String, bytes: [UInt8])
  case editorSaveFailed(AtomicFile.Failure)
  /// Read again after a conflict, the answers applied anew (`dropped` of them no longer fit).
  case editorReloaded(EditorSession, dropped: Int, keptAt: String?)
  /// Not read again: the file now has errors or cannot be read.
  case editorReloadFailed(path: String)
  case editorSavedElsewhere(path: String)
  case draftNotWritten(path: String)
}
