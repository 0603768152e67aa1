import BetrokkenModel

/// The comparison as CSV for spreadsheets and memos: a header row, then one row per dimension with its group, its
/// label, whether it differs, and one column per municipality. Unknown is written as `?`. RFC 4180 by default
/// (`compare --format csv`), or the Dutch spreadsheet dialect (`--format csv-nl`); `CSVWriter` writes both.
public enum ComparisonCSV {
  /// The CSV text, each row ending in CRLF; `differencesOnly` leaves out the dimensions that are the same in every
  /// column.
  public static func text(
    _ comparison: Comparison, differencesOnly: Bool = false, dialect: CSVWriter.Dialect = .rfc4180
  ) -> String {
    var rows: [[String]] = [
      [
        Strings.text("reports.csv.group"), Strings.text("reports.csv.dimension"),
        Strings.text("reports.csv.difference"),
      ] + comparison.profiles.map { "\($0.name) (\($0.code))" }
    ]
    // The date asked and the record each column shows.
    rows.append(
      [Strings.text("reports.csv.data"), Strings.text("reports.csv.referenceDate"), ""]
        + comparison.profiles.map { $0.asOf.description })
    rows.append(
      [Strings.text("reports.csv.data"), Strings.text("reports.csv.record"), ""]
        + comparison.profiles.map { $0.record.map { $0.id.description } ?? Strings.text("reports.none") })
    for dimension in comparison.dimensions {
      if differencesOnly && dimension.difference == .same { continue }
      let difference: String
      switch dimension.difference {
      case .same: difference = Strings.text("reports.csv.same")
      case .different: difference = Strings.text("reports.csv.differs")
      case .unknownAgainstKnown: difference = Strings.text("reports.csv.unknownAgainstKnown")
      case .allUnknown: difference = Strings.text("reports.csv.allUnknown")
      }
      rows.append(
        [ComparisonWords.title(dimension.group), ComparisonWords.label(dimension.row), difference]
          + dimension.cells.map { ComparisonWords.text($0, row: dimension.row) ?? "?" })
    }
    return CSVWriter(dialect).text(rows)
  }
}
