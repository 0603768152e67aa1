extension Strings {
  /// Dutch strings of the editing area (keys start with "editing.").
  static let editingDutch: [String: String] = [:]
}
