import BetrokkenModel

/// The comparison screen: one column per municipality, the same rows aligned across columns, rows that differ
/// marked with a symbol, and a summary of what differs. The same function serves the dashboard (`c`, `n`) and
/// `betrokken compare`.
public enum ComparisonView {
  static let labelWidth = 17
  static let minimumColumn = 11

  /// The comparison pane's frame takes two columns and two rows; its margins two more columns.
  static func innerWidth(_ width: Int) -> Int { width - 4 }
  static func innerHeight(_ height: Int) -> Int { height - 4 }

  static func minimumWidth(columns: Int) -> Int {
    2 + 2 + labelWidth + columns * (minimumColumn + 1)
  }

  /// The column at screen column `x` of a comparison `width` wide with `count` columns, if any.
  static func column(atX x: Int, width: Int, count: Int) -> Int? {
    let columnWidth = max(minimumColumn, (innerWidth(width) - labelWidth - 2 - count) / max(1, count))
    // The frame and a margin (2), the row's mark (2), the label: then the columns, each one wider by a space.
    let offset = x - 2 - 2 - labelWidth
    guard offset >= 0 else { return nil }
    let column = offset / (columnWidth + 1)
    return column < count ? column : nil
  }

  /// The header line: the date and the municipalities compared.
  static func header(_ context: DashboardContext, _ profiles: [Situation], _ symbols: Symbols) -> String {
    " Betrokken \(symbols.box.vertical) \(Strings.text("reports.comparison.headerOn", context.data.asOf.description)): "
      + profiles.map(\.name).joined(separator: " \(symbols.separator) ")
  }

  /// The comparison screen, and how far it can scroll and a page, for the update step.
  static func frame(
    _ context: DashboardContext, comparison: ComparisonMode, width: Int, height: Int,
    symbols: Symbols
  ) -> (Screen, Viewport.Area) {
    var screen = Screen(width: width, height: height, symbols: symbols)
    let profiles = comparison.codes.compactMap { context.data.situation(code: $0) }
    let layout = Layout.split(screen.bounds, .vertical, [.length(1), .fill(1), .length(1)])
    let header = header(context, profiles, symbols)
    screen.fill(layout[0], role: .heading)
    screen.put(header, x: 0, y: 0, role: .heading)
    FooterBar.draw(context, in: layout[2], screen: &screen)
    let body = layout[1]
    let needed = minimumWidth(columns: profiles.count)
    guard width >= needed, body.height >= 8 else {
      let lines = [
        Strings.text("reports.comparison.tooNarrow", String(profiles.count)),
        Strings.text("reports.comparison.needed", String(needed), String(width), String(height)),
      ]
      for (i, line) in lines.enumerated() {
        screen.put(
          line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: body.y + body.height / 2 - 1 + i, role: .warning)
      }
      return (screen, Viewport.Area())
    }
    let lines = lines(Comparison(profiles), context: context, width: innerWidth(width), symbols: symbols)
    let title = Strings.text(
      context.state.differencesOnly ? "reports.comparison.titleDifferencesOnly" : "reports.comparison.title")
    screen.drawPane(body, title: title, focused: true, lines: lines, scroll: comparison.scroll)
    return (screen, Viewport.Area(maxScroll: max(0, lines.count - innerHeight(height)), page: max(1, height - 6)))
  }

  /// The comparison as lines for a given inner width: column headers, summary, rows, legend.
  public static func lines(_ comparison: Comparison, context: DashboardContext, width: Int, symbols: Symbols)
    -> [StyledLine]
  {
    let n = comparison.profiles.count
    let columnWidth = max(minimumColumn, (width - labelWidth - 2 - n) / max(1, n))
    let focus = context.state.comparison?.focus ?? 0
    var lines: [StyledLine] = []
    func row(mark: Span, label: Span, cells: [Span]) -> StyledLine {
      var spans = [mark, Span(pad(label.text, labelWidth), label.role)]
      for cell in cells {
        let fitted = fitCell(cell.text, columnWidth, symbols)
        spans.append(
          Span(fitted + String(repeating: " ", count: max(0, columnWidth - DisplayWidth.of(fitted)) + 1), cell.role))
      }
      return StyledLine(spans)
    }
    // Column headers: name (focus marked), then code, province, population.
    lines.append(
      row(
        mark: Span("  "), label: Span(""),
        cells: comparison.profiles.enumerated().map { i, p in
          Span((i == focus ? symbols.selected + " " : "  ") + p.name, i == focus ? .selected : .heading)
        }))
    let registry = comparison.profiles.map { context.data.registry[$0.code] }
    lines.append(
      row(
        mark: Span("  "), label: Span(""),
        cells: zip(comparison.profiles, registry).map { p, m in
          let province = m.map { columnWidth >= 22 ? $0.province : ProvinceAbbreviation.of($0.province) } ?? "?"
          return Span("  \(p.code) \(symbols.separator) \(province)", .dim)
        }))
    lines.append(
      row(
        mark: Span("  "), label: Span(""),
        cells: registry.map { m in
          Span(
            "  "
              + (m.map {
                DutchNumber.format($0.population)
                  + (columnWidth >= 16 ? Strings.text("reports.comparison.population") : "")
              } ?? "?"), .dim)
        }))
    // Which record each column shows: "per <date>" when it is older than the date asked.
    lines.append(
      row(
        mark: Span("  "), label: Span(""),
        cells: comparison.profiles.map { p in
          guard let record = p.record else { return Span("  " + Strings.text("reports.noData"), .unknown) }
          return Span(
            "  "
              + Strings.text(
                record.id < p.asOf ? "reports.comparison.recordAsOf" : "reports.comparison.recordOn",
                record.id.description), record.id < p.asOf ? .warning : .dim)
        }))
    // Summary: which of the five parts differ, and how often unknown stands against known.
    let summary = ComparisonWords.summary(comparison, symbols: symbols)
    for part in Wrapping.wrap(
      symbols.isASCII ? summary.replacingOccurrences(of: "≠", with: "<>") : summary, width: width)
    {
      lines.append(StyledLine(part, .accent))
    }
    // Abbreviations for form names when the columns are too narrow for the names.
    let allForms = comparison.dimensions.flatMap { $0.forms.flatMap { $0 } }
    let abbreviations = Abbreviations(allForms)
    var abbreviated = Set<String>()
    var currentGroup: Comparison.Group?
    for dimension in comparison.dimensions {
      if context.state.differencesOnly && dimension.difference == .same { continue }
      if dimension.group != currentGroup {
        currentGroup = dimension.group
        lines.append(.empty)
        lines.append(StyledLine(ComparisonWords.title(dimension.group), .heading))
      }
      let mark: Span
      switch dimension.difference {
      case .same: mark = Span("  ")
      case .different: mark = Span(symbols.isASCII ? "<>" : "≠ ", .difference)
      case .unknownAgainstKnown, .allUnknown: mark = Span(symbols.unknown + " ", .unknown)
      }
      let cells = dimension.cells.enumerated().map { i, value -> Span in
        guard let cell = ComparisonWords.text(value, row: dimension.row) else { return Span(symbols.unknown, .unknown) }
        let forms = dimension.forms[i]
        if !forms.isEmpty, DisplayWidth.of(cell) > columnWidth {
          abbreviated.formUnion(forms)
          return Span(
            forms.map { abbreviations($0) }.joined(separator: ", "),
            dimension.difference == .different ? .difference : .plain)
        }
        return Span(
          cell, ComparisonWords.isEmptyMark(value) ? .dim : (dimension.difference == .different ? .difference : .plain))
      }
      lines.append(row(mark: mark, label: Span(ComparisonWords.label(dimension.row), .plain), cells: cells))
    }
    if !abbreviated.isEmpty {
      lines.append(.empty)
      lines.append(StyledLine(Strings.text("reports.comparison.abbreviations"), .heading))
      for name in allForms.filter({ abbreviated.contains($0) }).uniqued() {
        for (i, part) in Wrapping.wrap("\(abbreviations(name)) = \(name)", width: width).enumerated() {
          lines.append(StyledLine((i == 0 ? "" : "  ") + part, .dim))
        }
      }
    }
    lines.append(.empty)
    let legend = Strings.text("reports.comparison.legend", symbols.isASCII ? "<>" : "≠", symbols.unknown)
    lines.append(StyledLine(legend, .dim))
    return lines
  }

  static func fitCell(_ text: String, _ width: Int, _ symbols: Symbols) -> String {
    Screen(width: 0, height: 0, symbols: symbols).fit(text, to: width)
  }
}

extension Array where Element: Hashable {
  func uniqued() -> [Element] {
    var seen = Set<Element>()
    return filter { seen.insert($0).inserted }
  }
}
