/// JSON text of a parsed tree, compact. Used to re-read an edited tree; the canonical layout is `ProfileWriter`'s.
extension JSONNode {
  /// The node as compact JSON text: no whitespace, members in their order, strings escaped as `ProfileWriter` does.
  public var jsonText: String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .number(let n): n
    case .string(let s): ProfileWriter.string(s)
    case .array(let items): "[" + items.map(\.jsonText).joined(separator: ",") + "]"
    case .object(let members):
      "{" + members.map { ProfileWriter.string($0.key) + ":" + $0.node.jsonText }.joined(separator: ",") + "}"
    }
  }

  init(_ value: Value) { self.init(value, offset: 0) }

  static func object(_ members: [(String, JSONNode)]) -> JSONNode {
    JSONNode(.object(members.map { JSONMember(key: $0.0, keyOffset: 0, node: $0.1) }), offset: 0)
  }

  static func string(_ s: String) -> JSONNode { JSONNode(.string(s), offset: 0) }
  static var null: JSONNode { JSONNode(.null, offset: 0) }

  /// Sets the member `key` to `node`, replacing it or appending it; does nothing when the node is not an object.
  public mutating func setMember(_ key: String, _ node: JSONNode) { self[key] = node }

  subscript(key: String) -> JSONNode? {
    get { member(key) }
    set {
      guard case .object(var members) = value else { return }
      if let i = members.firstIndex(where: { $0.key == key }) {
        if let newValue { members[i].node = newValue } else { members.remove(at: i) }
      } else if let newValue {
        members.append(JSONMember(key: key, keyOffset: 0, node: newValue))
      }
      value = .object(members)
    }
  }
}
