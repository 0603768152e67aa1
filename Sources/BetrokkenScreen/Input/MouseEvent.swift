/// A mouse event, independent of the terminal library: where (screen column and row) and what.
public struct MouseEvent: Equatable, Sendable {
  /// What the mouse did.
  public enum Button: Equatable, Sendable {
    /// A click (or press) of the left button.
    case left
    case wheelUp
    case wheelDown
  }

  /// The screen column, from 0.
  public var x: Int
  /// The screen row, from 0.
  public var y: Int
  /// What happened there.
  public var button: Button

  /// A mouse event at column `x`, row `y` (both from 0).
  public init(x: Int, y: Int, button: Button) {
    self.x = x
    self.y = y
    self.button = button
  }
}
