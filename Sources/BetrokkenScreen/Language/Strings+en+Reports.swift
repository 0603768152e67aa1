extension Strings {
  /// English strings of the reports area (keys start with "reports.").
  static let reportsEnglish: [String: String] = [:]
}
