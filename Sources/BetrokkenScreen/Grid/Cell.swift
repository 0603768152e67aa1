/// One terminal column: a grapheme cluster and its role. The column after a wide character holds an
/// empty `text` (a continuation), so the grid's width is always the terminal's.
public struct Cell: Equatable, Sendable {
  var text: String
  var role: Role

  init(_ text: String, role: Role = .plain) {
    self.text = text
    self.role = role
  }

  static let blank = Cell(" ")

  var isContinuation: Bool { text.isEmpty }
}
