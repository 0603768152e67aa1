/// A form's place in time on one date.
public enum FormStanding: Sendable, Equatable {
  /// Counts as involvement on the date.
  case running(RunningAs)
  case planned
  case notYetStarted
  case ended

  /// How a running form runs: it exists, it is a pilot, or no source gives its status.
  public enum RunningAs: Sendable, Equatable {
    case existing
    case pilot
    /// No source says whether it exists; it is counted, and every count says how many such forms there are.
    case statusUnknown
  }

  /// Whether the form counts as involvement on the date.
  public var isRunning: Bool {
    if case .running = self { return true }
    return false
  }
}
