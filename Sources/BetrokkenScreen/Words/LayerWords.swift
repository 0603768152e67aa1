import BetrokkenModel

/// Which layer a record comes from, in words: "meegeleverd", "eigen", or "map NAME" for a directory named with `--data` or `--only-data`.
public enum LayerWords {
  /// The layer in words: "meegeleverd", "eigen", or "map NAME" with the last component of its path.
  public static func name(_ layer: DataLayer) -> String {
    switch layer.kind {
    case .shipped: Strings.text("reports.layer.shipped")
    case .user: Strings.text("reports.layer.user")
    case .named:
      Strings.text("reports.layer.named", layer.path.split(separator: "/").last.map(String.init) ?? layer.path)
    }
  }

  /// The layer of the record a situation shows, or nil when it was not read from a layer.
  public static func name(of situation: Situation) -> String? {
    situation.record?.origin.map { name($0.layer) }
  }
}
