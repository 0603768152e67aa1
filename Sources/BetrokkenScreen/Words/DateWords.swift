import BetrokkenModel

/// The as-of date and the record date in words.
public enum DateWords {
  /// "op 2026-11-29", or "op 2026-11-29 (gegevens per 2015-09-30)" when the record is older, or "op 2014-…: geen gegevens".
  public static func asOf(_ situation: Situation) -> String {
    guard let record = situation.record else { return Strings.text("reports.date.noData", situation.asOf.description) }
    if record.id < situation.asOf { return Strings.text("reports.date.olderRecord", situation.asOf.description, record.id.description) }
    return Strings.text("reports.date.on", situation.asOf.description)
  }
}

extension String {
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
