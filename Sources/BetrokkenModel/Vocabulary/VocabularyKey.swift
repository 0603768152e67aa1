/// An enumeration stored in profiles under a stable English key. The screen shows it with a label from the
/// strings table of the interface language (`vocabularyName.key`); the model knows only the Dutch term, which is
/// accepted as input in place of the key.
public protocol VocabularyKey: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
  /// The first part of the keys in the strings tables: "rung" for "rung.advise".
  static var vocabularyName: String { get }
  /// The Dutch term (see `DutchTerms.swift`).
  var dutchTerm: String { get }
}

extension VocabularyKey {
  /// Every key of the vocabulary, in its order: the values a profile may hold.
  public static var allKeys: [String] { allCases.map(\.rawValue) }

  /// The key's position in the vocabulary (0 for the first case): the order keys are shown and stored in.
  public var ordinal: Int {
    Self.allCases.distance(from: Self.allCases.startIndex, to: Self.allCases.firstIndex(of: self)!)
  }
}
