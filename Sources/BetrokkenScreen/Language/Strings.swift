/// The strings tables, one per language (`Strings+nl.swift`, `Strings+en.swift`), looked up by key.
public enum Strings {
  public static func table(_ language: Language) -> [String: String] {
    switch language {
    case .nl: dutch
    case .en: english
    }
  }

  /// The text for a key in the current language. A key missing there falls back to Dutch, then to the key itself;
  /// a test makes sure no key is missing.
  public static func text(_ key: String, in language: Language = Language.current) -> String {
    table(language)[key] ?? dutch[key] ?? key
  }
}
