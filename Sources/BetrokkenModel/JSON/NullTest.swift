extension JSONNode {
  /// Whether the node is JSON `null`.
  public var isNull: Bool {
    if case .null = value { return true }
    return false
  }
}
