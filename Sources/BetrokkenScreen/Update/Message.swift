/// What the update step is told: a key, a new size, the outcome of an effect the runner performed.
public enum Message: Equatable, Sendable {
  case key(Key)
  /// The terminal has a new size; the viewport passed along is already the new one.
  case resize
  case snapshotWritten(path: String)
  case snapshotFailed
}

/// What the update step asks the runner to do. The update step never performs anything itself; the runner does,
/// and feeds the outcome back as a message.
public enum Effect: Equatable, Sendable {
  case quit
  /// Write the screen as it was when the key was pressed.
  case writeSnapshot
}
