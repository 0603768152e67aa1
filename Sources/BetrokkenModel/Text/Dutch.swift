/// Small helpers for Dutch text.
public enum Dutch {
  /// "1 vorm", "3 vormen": a count with the right form of the noun.
  public static func count(_ n: Int, _ singular: String, _ plural: String) -> String {
    "\(n) \(n == 1 ? singular : plural)"
  }
}
