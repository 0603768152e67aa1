/// An enumeration stored in profiles under a stable English key, shown to users with a Dutch label.
public protocol VocabularyKey: CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String {
  /// The Dutch label shown in the dashboard (see `DutchLabels.swift`).
  var label: String { get }
}

extension VocabularyKey {
  public static var allKeys: [String] { allCases.map(\.rawValue) }

  /// The key's position in the vocabulary (0 for the first case): the order keys are shown and stored in.
  public var ordinal: Int { Self.allCases.distance(from: Self.allCases.startIndex, to: Self.allCases.firstIndex(of: self)!) }
}
