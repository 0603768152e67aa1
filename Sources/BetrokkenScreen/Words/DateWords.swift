import BetrokkenModel

/// Dates in words. Running text writes a date out in the interface language ("29 november 2026",
/// "29 November 2026"); record ids, table columns and the header bar keep `2026-11-29`, the form `--as-of`,
/// `--record` and the files use.
public enum DateWords {
  /// "29 november 2026" / "29 November 2026".
  public static func long(_ date: CalendarDate) -> String {
    Strings.text(
      "reports.date.long", String(date.day), Strings.text("reports.date.month.\(date.month)"), String(date.year))
  }

  /// "op 29 november 2026", or "op 29 november 2026 (gegevens per 2015-09-30)" when the record is older (the record
  /// by its id), or "op …: geen gegevens".
  public static func asOf(_ situation: Situation) -> String {
    guard let record = situation.record else { return Strings.text("reports.date.noData", long(situation.asOf)) }
    if record.id < situation.asOf {
      return Strings.text("reports.date.olderRecord", long(situation.asOf), record.id.description)
    }
    return Strings.text("reports.date.on", long(situation.asOf))
  }
}
