/// What loading produced: the good profiles and every problem found.
public struct LoadResult: Sendable {
  public var profiles: [Profile] = []
  public var diagnostics: [Diagnostic] = []
  public var filesRead = 0

  public init() {}

  public var errorCount: Int { diagnostics.count { $0.severity == .error } }
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
