import Foundation

/// Accent- and case-insensitive matching for Dutch names: "Súdwest-Fryslân" matches "sudwest".
extension String {
  /// The text without accents and differences of case and width, for matching: "Súdwest-Fryslân" → "sudwest-fryslan".
  public var folded: String {
    folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
  }

  /// Sort order for names: accent- and case-insensitive, then by the exact text.
  public func compare(dutch other: String) -> Bool {
    let a = self.sortKey
    let b = other.sortKey
    return a != b ? a < b : self < other
  }

  /// "'s-Gravenhage" sorts under G, as in Dutch lists.
  var sortKey: String {
    var key = folded
    for prefix in ["'s-", "'t "] where key.hasPrefix(prefix) {
      key.removeFirst(prefix.count)
    }
    return key
  }
}
