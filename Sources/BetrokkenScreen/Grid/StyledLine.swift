/// A piece of text with one role.
public struct Span: Equatable, Sendable {
  var text: String
  var role: Role

  init(_ text: String, _ role: Role = .plain) {
    self.text = text
    self.role = role
  }
}

/// One line of a pane: spans drawn left to right, and optionally a role for the whole row (selection).
public struct StyledLine: Equatable, Sendable {
  var spans: [Span]
  var rowRole: Role?

  init(_ spans: [Span], rowRole: Role? = nil) {
    self.spans = spans
    self.rowRole = rowRole
  }

  init(_ text: String, _ role: Role = .plain) {
    self.init([Span(text, role)])
  }

  static let empty = StyledLine([])

  var text: String { spans.map(\.text).joined() }

  /// Lines printed for the command line through the same grid as the screen: cut to `width` as the screen
  /// cuts them, trailing spaces trimmed, each ending in a newline.
  public static func plainText(_ lines: [StyledLine], width: Int, symbols: Symbols) -> String {
    lines.map { line in
      var screen = Screen(width: width, height: 1, symbols: symbols)
      screen.put(line, x: 0, y: 0, width: width)
      return screen.lines[0] + "\n"
    }.joined()
  }
}
