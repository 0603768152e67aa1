/// A parsed JSON value that remembers where in the file each part came from,
/// so that every later diagnostic can name a line and column.
public struct JSONNode: Sendable {
  public enum Value: Sendable {
    case null
    case bool(Bool)
    /// The number's source text is kept, so integers stay exact and `1.0` can be told from `1`.
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
  }

  public var value: Value
  /// Byte offset of the value's first byte in the source.
  public var offset: Int

  public init(_ value: Value, offset: Int) {
    self.value = value
    self.offset = offset
  }
}

/// One `"key": value` pair of an object, in source order.
public struct JSONMember: Sendable {
  public var key: String
  public var keyOffset: Int
  public var node: JSONNode

  public init(key: String, keyOffset: Int, node: JSONNode) {
    self.key = key
    self.keyOffset = keyOffset
    self.node = node
  }
}
