extension JSONNode {
  var isNull: Bool {
    if case .null = value { return true }
    return false
  }
}
