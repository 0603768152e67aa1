extension Strings {
  /// Dutch strings of the screen area (keys start with "screen.").
  static let screenDutch: [String: String] = [:]
}
