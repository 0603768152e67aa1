import BetrokkenModel

/// The strings tables, one per language, each made of areas (`Strings+nl.swift` for the vocabulary,
/// `Strings+nl+Checks.swift` …), looked up by key. Texts may hold numbered placeholders `{1}`, `{2}` for values
/// filled in by the caller, so a translation may put them in another order.
public enum Strings {
  static let dutchAreas: [[String: String]] = [
    vocabularyDutch, checksDutch, screenDutch, reportsDutch, cliDutch, editingDutch, diagnosticsDutch, editorDutch,
  ]
  static let englishAreas: [[String: String]] = [
    vocabularyEnglish, checksEnglish, screenEnglish, reportsEnglish, cliEnglish, editingEnglish, diagnosticsEnglish,
    editorEnglish,
  ]
  static let dutch = merged(dutchAreas)
  static let english = merged(englishAreas)

  static func merged(_ areas: [[String: String]]) -> [String: String] {
    areas.reduce(into: [:]) { table, area in table.merge(area) { first, _ in first } }
  }

  static func table(_ language: Language) -> [String: String] {
    switch language {
    case .nl: dutch
    case .en: english
    }
  }

  /// The areas of a language's table, for the test that no key is in two areas.
  static func areas(_ language: Language) -> [[String: String]] {
    language == .nl ? dutchAreas : englishAreas
  }

  /// The text for a key in the current language, with `{1}`, `{2}` … replaced by the values. A key missing there
  /// falls back to Dutch, then to the key itself; a test makes sure no key is missing.
  public static func text(_ key: String, _ values: String..., in language: Language = Language.current) -> String {
    text(key, values: values, in: language)
  }

  /// `text(_:_:in:)` with the values as an array.
  public static func text(_ key: String, values: [String], in language: Language = Language.current) -> String {
    fill(table(language)[key] ?? dutch[key] ?? key, values)
  }

  /// `{1}`, `{2}` … replaced in one pass, so a value that itself holds `{2}` (a key quoted from a bad file, say)
  /// stays as it is.
  static func fill(_ template: String, _ values: [String]) -> String {
    guard !values.isEmpty else { return template }
    var result = ""
    var rest = template[...]
    while let open = rest.firstIndex(of: "{") {
      result += rest[..<open]
      let afterOpen = rest[rest.index(after: open)...]
      if let close = afterOpen.firstIndex(of: "}"), let number = Int(afterOpen[..<close]),
        (1...values.count).contains(number)
      {
        result += values[number - 1]
        rest = afterOpen[afterOpen.index(after: close)...]
      } else {
        result += "{"
        rest = afterOpen
      }
    }
    return result + rest
  }

  /// A count with the right form of the noun: the keys `KEY.one` and `KEY.other`, each with `{1}` for the number.
  /// "1 vorm", "3 vormen".
  public static func count(_ n: Int, _ key: String, in language: Language = Language.current) -> String {
    text(n == 1 ? key + ".one" : key + ".other", String(n), in: language)
  }
}
