/// One problem found while loading data: where it is, and what is wrong there as a `Problem` (data, not a
/// sentence; `DiagnosticWords` says it in the interface language).
public struct Diagnostic: Sendable, Equatable {
  /// How serious a diagnostic is; a profile or body file with an error is not loaded.
  public enum Severity: String, Sendable {
    case error
    case warning
    /// Information, not a problem: a version-1 file converted in memory, say.
    case note
  }

  /// Error, warning or note.
  public var severity: Severity
  /// The path of the file the problem is in (sanitized).
  public var file: String
  /// nil for problems with the file as a whole (missing, unreadable, too large).
  public var position: SourcePosition?
  /// The JSON path (`forms[2].rung`), when the problem is inside the document.
  public var path: String?
  /// What is wrong, as data.
  public var problem: Problem

  /// File name and path are sanitized here, once: they can quote keys from a bad file, and a diagnostic is
  /// printed to a terminal. The problem's values are sanitized when they are put into words.
  public init(
    _ severity: Severity, file: String, position: SourcePosition? = nil, path: String? = nil, _ problem: Problem
  ) {
    self.severity = severity
    self.file = Sanitizer.sanitize(file).text
    self.position = position
    self.path = path.map { Sanitizer.sanitize($0).text }
    self.problem = problem
  }

  /// Orders the diagnostics of one file by position; file-level ones first. Stable for equal positions.
  public static func inReadingOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
    switch (a.position, b.position) {
    case (nil, .some): return true
    case (.some(let p), .some(let q)): return p < q
    default: return false
    }
  }
}
