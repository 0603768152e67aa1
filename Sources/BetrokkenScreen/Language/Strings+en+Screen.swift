extension Strings {
  /// English strings of the screen area (keys start with "screen.").
  static let screenEnglish: [String: String] = [:]
}
