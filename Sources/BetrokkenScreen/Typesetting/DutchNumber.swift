/// Dutch number formatting: 244.829, 1,5.
/// Whole numbers with thousands grouped as the interface language writes them: 45.819 in Dutch, 45,819 in English.
public enum DutchNumber {
  /// `value` with its thousands grouped as `language` writes them (45.819, 45,819), after a "-" when negative.
  public static func format(_ value: Int, in language: Language = Language.current) -> String {
    let separator: Character = language == .en ? "," : "."
    let digits = String(abs(value))
    var result = ""
    for (i, c) in digits.enumerated() {
      if i > 0, (digits.count - i) % 3 == 0 { result.append(separator) }
      result.append(c)
    }
    return value < 0 ? "-" + result : result
  }
}
