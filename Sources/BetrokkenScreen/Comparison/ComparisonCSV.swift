import BetrokkenModel

/// The comparison as CSV (RFC 4180) for spreadsheets and memos: a header row, then one row per dimension with
/// its group, its label, whether it differs, and one column per municipality. Unknown is written as `?`.
public enum ComparisonCSV {
  public static func text(_ comparison: Comparison, differencesOnly: Bool = false) -> String {
    var rows: [[String]] = [["groep", "dimensie", "verschil"] + comparison.profiles.map { "\($0.name) (\($0.code))" }]
    // The date asked and the record each column shows.
    rows.append(["gegevens", "peildatum", ""] + comparison.profiles.map { $0.asOf.description })
    rows.append(["gegevens", "record", ""] + comparison.profiles.map { $0.record.map { $0.id.description } ?? "geen" })
    for dimension in comparison.dimensions {
      if differencesOnly && dimension.difference == .same { continue }
      let difference: String
      switch dimension.difference {
      case .same: difference = "gelijk"
      case .different: difference = "verschilt"
      case .unknownAgainstKnown: difference = "onbekend tegenover bekend"
      }
      rows.append([ComparisonWords.title(dimension.group), ComparisonWords.label(dimension.row), difference]
        + dimension.cells.map { ComparisonWords.text($0, row: dimension.row) ?? "?" })
    }
    return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
  }

  static func field(_ value: String) -> String {
    let clean = Sanitizer.sanitize(value).text
    guard clean.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return clean }
    return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
