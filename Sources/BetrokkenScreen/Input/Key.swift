/// A key press, independent of the terminal library.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case tab, backTab
  case pageUp, pageDown, home, end
  case enter, escape, backspace
  /// A control key: `.control("u")` is Ctrl-U.
  case control(Character)
  /// A function key: `.function(1)` is F1.
  case function(Int)
}
