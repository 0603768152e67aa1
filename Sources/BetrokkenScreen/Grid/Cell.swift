/// One terminal column: a grapheme cluster and its role. The column after a wide character holds an
/// empty `text` (a continuation), so the grid's width is always the terminal's.
public struct Cell: Equatable, Sendable {
  public var text: String
  public var role: Role

  public init(_ text: String, role: Role = .plain) {
    self.text = text
    self.role = role
  }

  public static let blank = Cell(" ")

  public var isContinuation: Bool { text.isEmpty }
}
