/// A parsed JSON value that remembers where in the file each part came from,
/// so that every later diagnostic can name a line and column.
public struct JSONNode: Sendable {
  /// The kind of value and what it holds.
  public enum Value: Sendable {
    case null
    case bool(Bool)
    /// The number's source text is kept, so integers stay exact and `1.0` can be told from `1`.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
  }

  /// What the node holds.
  public var value: Value
  /// Byte offset of the value's first byte in the source.
  public var offset: Int

  /// A node holding `value` that starts at byte `offset` of the source (0 for nodes made in memory).
  public init(_ value: Value, offset: Int) {
    self.value = value
    self.offset = offset
  }
}

/// One `"key": value` pair of an object, in source order.
public struct JSONMember: Sendable {
  /// The key, with its escapes decoded.
  public var key: String
  /// Byte offset of the key's opening quote in the source.
  public var keyOffset: Int
  /// The member's value.
  public var node: JSONNode

  /// A member whose key starts at byte `keyOffset` of the source (0 for members made in memory).
  public init(key: String, keyOffset: Int, node: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.node = node
  }
}
