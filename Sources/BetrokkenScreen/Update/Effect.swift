/// What the update step asks the runner to do. The update step never performs anything itself; the runner does,
/// and feeds the outcome back as a message.
public enum Effect: Equatable, Sendable {
  case quit
  /// Write the screen as it was when the key was pressed.
  case writeSnapshot
  /// Write the whole current view as a document (`DashboardDocument`).
  case writeDocument
}
