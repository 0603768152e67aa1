/// One problem found while loading data: where it is, and what was expected there.
/// Messages are Dutch, for the people who maintain the profiles.
public struct Diagnostic: Sendable, Equatable {
  public enum Severity: String, Sendable {
    case error
    case warning
    /// Information, not a problem: a version-1 file converted in memory, say.
    case note

    public var label: String {
      switch self {
      case .error: "fout"
      case .warning: "waarschuwing"
      case .note: "opmerking"
      }
    }
  }

  public var severity: Severity
  public var file: String
  /// nil for problems with the file as a whole (missing, unreadable, too large).
  public var position: SourcePosition?
  /// The JSON path (`forms[2].rung`), when the problem is inside the document.
  public var path: String?
  public var message: String

  /// File name, path and message are sanitized here, once: they can quote keys and values from a bad file,
  /// and a diagnostic is printed to a terminal.
  public init(_ severity: Severity, file: String, position: SourcePosition? = nil, path: String? = nil, message: String) {
    self.severity = severity
    self.file = Sanitizer.sanitize(file).text
    self.position = position
    self.path = path.map { Sanitizer.sanitize($0).text }
    self.message = Sanitizer.sanitize(message).text
  }

  /// `file:line:column: fout: path: message`, the shape compilers use, so editors can jump to it.
  public var rendered: String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    text += ": \(severity.label): "
    if let path, !path.isEmpty { text += "\(path): " }
    return text + message
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
