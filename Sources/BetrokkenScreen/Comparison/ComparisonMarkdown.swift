import BetrokkenModel

/// The comparison as a Markdown document for a memo or an e-mail (`compare --format markdown`): a heading, the
/// summary, then one table with a column per municipality and a column that says which rows differ; each section
/// (ladder, cycle, scale, choices, checks) starts with a bold label row. Form names are written in full, attention
/// points by their titles; a legend follows the table.
public enum ComparisonMarkdown {
  /// The document; `differencesOnly` leaves out the rows that are the same in every column (and a section with no
  /// row left).
  public static func text(_ comparison: Comparison, registry: MunicipalityRegistry, differencesOnly: Bool = false)
    -> String
  {
    let profiles = comparison.profiles
    var document = MarkdownDocument()
    let date = profiles.first.map { DateWords.long($0.asOf) } ?? ""
    document.heading(
      Strings.text(
        differencesOnly ? "reports.markdown.comparison.headingDifferencesOnly" : "reports.markdown.comparison.heading",
        date, profiles.map(\.name).joined(separator: ", ")))
    document.paragraph(summary(comparison))
    var columns = [MarkdownTable.Column(Strings.text("reports.csv.dimension"))]
    columns += profiles.map { MarkdownTable.Column($0.name) }
    columns.append(MarkdownTable.Column(Strings.text("reports.csv.difference")))
    var table = MarkdownTable(columns: columns)
    // Who each column is, and which record it shows ("per <date>" when older than the date asked).
    let municipalities: [Municipality?] = profiles.map { registry[$0.code] }
    let provinces: [String] = municipalities.map { municipality in municipality?.province ?? "?" }
    let populations: [String] = municipalities.map { municipality in
      municipality.map { DutchNumber.format($0.population) } ?? "?"
    }
    let records: [String] = profiles.map { profile in
      guard let record = profile.record else { return Strings.text("reports.noData") }
      return Strings.text(
        record.id < profile.asOf ? "reports.comparison.recordAsOf" : "reports.comparison.recordOn",
        record.id.description)
    }
    table.append([Strings.text("reports.markdown.code")] + profiles.map(\.code) + [""])
    table.append([Strings.text("reports.markdown.province")] + provinces + [""])
    table.append([Strings.text("reports.markdown.population")] + populations + [""])
    table.append([Strings.text("reports.csv.record")] + records + [""])
    var currentGroup: Comparison.Group?
    for dimension in comparison.dimensions {
      if differencesOnly && dimension.difference == .same { continue }
      if dimension.group != currentGroup {
        currentGroup = dimension.group
        table.appendLabel(ComparisonWords.title(dimension.group))
      }
      let cells: [String] = dimension.cells.map { cell($0, row: dimension.row) }
      table.append([ComparisonWords.label(dimension.row)] + cells + [difference(dimension.difference)])
    }
    document.table(table)
    document.paragraph(Strings.text("reports.markdown.comparison.legend"))
    return document.rendered
  }

  /// "≠ 3 of 5 groups differ: … (12 rows); ? 4 rows unknown vs. known."
  static func summary(_ comparison: Comparison) -> String {
    ComparisonWords.summary(comparison, symbols: .unicode)
  }

  /// A cell in words, `?` when unknown; attention points by their titles, not their ids.
  static func cell(_ cell: Comparison.Cell, row: Comparison.Row) -> String {
    if case .attention(let rules) = cell, !rules.isEmpty {
      return rules.map(\.title).joined(separator: "; ")
    }
    return ComparisonWords.text(cell, row: row) ?? Symbols.unicode.unknown
  }

  /// The difference column: empty when the row is the same everywhere.
  static func difference(_ difference: Comparison.Difference) -> String {
    switch difference {
    case .same: ""
    case .different: Strings.text("reports.csv.differs")
    case .unknownAgainstKnown: Strings.text("reports.csv.unknownAgainstKnown")
    case .allUnknown: Strings.text("reports.csv.allUnknown")
    }
  }
}
