/// The interface language. Every word the screen and the commands show comes from its strings table; the model
/// and JSON output never depend on it.
public enum Language: String, Sendable, CaseIterable {
  case nl, en

  /// The language in effect for what is being drawn or printed: Dutch unless set for a task (the program sets it
  /// once at start; tests set it around what they render).
  @TaskLocal public static var current: Language = .nl

  /// The language the environment asks for: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX order),
  /// read from its text, so `en_GB.UTF-8` gives English even where that locale is not installed. A value starting
  /// with "en" gives English, anything else (or nothing) Dutch.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    let value = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    return value.lowercased().hasPrefix("en") ? .en : .nl
  }
}
