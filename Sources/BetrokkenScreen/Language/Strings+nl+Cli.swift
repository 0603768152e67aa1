extension Strings {
  /// Dutch strings of the cli area (keys start with "cli.").
  static let cliDutch: [String: String] = [:]
}
