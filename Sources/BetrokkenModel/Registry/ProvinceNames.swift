/// The provinces as people write them. The register keeps its own names (Friesland); since 1997 the official name
/// of that province is Fryslân, and people write both.
public enum ProvinceNames {
  /// Other names of a province of the register, folded.
  static let otherNames: [String: [String]] = ["friesland": ["fryslan"]]

  /// Every folded name a province of the register goes by: its own and the others.
  public static func names(of registered: String) -> [String] {
    let own = registered.folded
    return [own] + (otherNames[own] ?? [])
  }

  /// The province of the register a typed name means, if any of `registered` (accents and case never matter).
  public static func registered(_ typed: String, among registered: [String]) -> String? {
    let wanted = typed.folded
    return registered.first { names(of: $0).contains(wanted) }
  }
}
