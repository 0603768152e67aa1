/// What loading produced: the good profiles and every problem found.
public struct LoadResult: Sendable {
  /// The profiles loaded without errors, sorted by name as Dutch lists sort them.
  public var profiles: [Profile] = []
  /// Every problem found, errors, warnings and notes.
  public var diagnostics: [Diagnostic] = []
  /// How many profile files were read, with or without errors.
  public var filesRead = 0

  init() {}

  /// How many of the diagnostics are errors.
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  /// How many of the diagnostics are warnings.
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
