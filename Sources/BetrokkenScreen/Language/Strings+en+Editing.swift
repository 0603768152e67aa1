extension Strings {
  /// English strings of the editing area (keys start with "editing.").
  static let editingEnglish: [String: String] = [:]
}
