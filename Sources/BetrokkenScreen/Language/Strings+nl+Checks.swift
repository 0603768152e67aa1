extension Strings {
  /// Dutch strings of the checks area (keys start with "checks.").
  static let checksDutch: [String: String] = [:]
}
