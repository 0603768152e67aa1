extension Strings {
  /// English strings of the cli area (keys start with "cli.").
  static let cliEnglish: [String: String] = [:]
}
