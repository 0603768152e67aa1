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
}
