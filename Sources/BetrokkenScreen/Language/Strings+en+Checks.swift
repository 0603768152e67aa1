extension Strings {
  /// English strings of the checks area (keys start with "checks.").
  static let checksEnglish: [String: String] = [:]
}
