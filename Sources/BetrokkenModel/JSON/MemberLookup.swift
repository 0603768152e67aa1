extension JSONNode {
  /// The value of the first member named `key`; nil when there is none or the node is not an object.
  public func member(_ key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.node
  }
}
