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

  /// A short description of what kind of value this is, for "expected …, found …" messages.
  public var kindDescription: String {
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let text): return "getal \(text)"
    case .string(let s): return "tekst \"\(Sanitizer.sanitize(s.count > 40 ? String(s.prefix(40)) + "…" : s).text)\""
    case .array: return "een lijst"
    case .object: return "een object"
    }
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
