import BetrokkenModel

/// The strings tables, one per language, each made of areas (`Strings+nl.swift` for the vocabulary,
/// `Strings+nl+Checks.swift` …), looked up by key. Texts may hold numbered placeholders `{1}`, `{2}` for values
/// filled in by the caller, so a translation may put them in another order.
public enum Strings {
  static let dutchAreas: [[String: String]] = [vocabularyDutch, checksDutch, screenDutch, reportsDutch, cliDutch, editingDutch]
  static let englishAreas: [[String: String]] = [vocabularyEnglish, checksEnglish, screenEnglish, reportsEnglish, cliEnglish, editingEnglish]
  static let dutch = merged(dutchAreas)
  static let english = merged(englishAreas)

  static func merged(_ areas: [[String: String]]) -> [String: String] {
    areas.reduce(into: [:]) { table, area in table.merge(area) { first, _ in first } }
  }

  public static func table(_ language: Language) -> [String: String] {
    switch language {
    case .nl: dutch
    case .en: english
    }
  }

  /// The areas of a language's table, for the test that no key is in two areas.
  public static func areas(_ language: Language) -> [[String: String]] {
    language == .nl ? dutchAreas : englishAreas
  }

  /// The text for a key in the current language, with `{1}`, `{2}` … replaced by the values. A key missing there
  /// falls back to Dutch, then to the key itself; a test makes sure no key is missing.
  public static func text(_ key: String, _ values: String..., in language: Language = Language.current) -> String {
    var text = table(language)[key] ?? dutch[key] ?? key
    for (i, value) in values.enumerated() {
      text = text.replacingOccurrences(of: "{\(i + 1)}", with: value)
    }
    return text
  }

  /// A count with the right form of the noun: the keys `KEY.one` and `KEY.other`, each with `{1}` for the number.
  /// "1 vorm", "3 vormen".
  public static func count(_ n: Int, _ key: String, in language: Language = Language.current) -> String {
    text(n == 1 ? key + ".one" : key + ".other", String(n), in: language)
  }
}
