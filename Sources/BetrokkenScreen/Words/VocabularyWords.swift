import BetrokkenModel

/// Vocabulary keys in words, from the strings table of the current language.
extension VocabularyKey {
  /// The key in words, from the strings entry `VOCABULARY.KEY` (`rung.advise`: "adviseren").
  public var label: String { Strings.text("\(Self.vocabularyName).\(rawValue)") }
}

extension Rung {
  /// The citizen's role on this rung.
  public var role: String { Strings.text("rungRole.\(rawValue)") }
}

extension LegalItem {
  /// Our short summary of what the item asks.
  public var summary: String { Strings.text("legalItemSummary.\(rawValue)") }
}
