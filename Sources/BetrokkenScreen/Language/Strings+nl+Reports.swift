extension Strings {
  /// Dutch strings of the reports area (keys start with "reports.").
  static let reportsDutch: [String: String] = [:]
}
