/// Whether the user's terminal takes UTF-8, read as POSIX decides the character type: the first non-empty of
/// `LC_ALL`, `LC_CTYPE`, `LANG`. The decision is made from the name itself, so `nl_NL.UTF-8` means UTF-8 even on a
/// machine where that locale is not installed, and an unset locale (the C locale) or `nl_NL.ISO-8859-1` does not.
public enum TerminalCharset {
  /// Whether the locale the environment names has the UTF-8 codeset.
  public static func isUTF8(environment: [String: String]) -> Bool {
    let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
    // The codeset follows the dot and ends at a modifier: "nl_NL.UTF-8@euro", "C.utf8".
    guard let dot = name.firstIndex(of: ".") else { return false }
    let codeset = name[name.index(after: dot)...].prefix { $0 != "@" }.lowercased()
    return codeset == "utf-8" || codeset == "utf8"
  }

  /// The symbols of the live dashboard: Unicode on a UTF-8 terminal, otherwise ASCII with accents folded.
  public static func symbols(environment: [String: String]) -> Symbols {
    isUTF8(environment: environment) ? .unicode : .asciiOnly
  }
}
