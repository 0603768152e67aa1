/// What a cell means, not how it looks: the terminal maps roles to colours and attributes,
/// the text snapshot ignores them. Every meaning a role carries is also carried by a symbol or word.
public enum Role: UInt8, Sendable, CaseIterable {
  case plain
  case heading
  case border
  case focusBorder
  case selected
  case met
  case notMet
  case unknown
  case difference
  case dim
  case accent
  case warning
  case key
}
