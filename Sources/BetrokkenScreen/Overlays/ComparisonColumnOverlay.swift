import BetrokkenModel

/// Every cell of one comparison column in full: nothing cut or abbreviated, one row per dimension (the `i` key).
enum ComparisonColumnOverlay {
  static func title(_ context: DashboardContext) -> String {
    Strings.text("reports.overlay.column", situation(context)?.name ?? "")
  }

  static func situation(_ context: DashboardContext) -> Situation? {
    guard let comparison = context.state.comparison, comparison.codes.indices.contains(comparison.focus) else {
      return nil
    }
    return context.data.situation(code: comparison.codes[comparison.focus])
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let comparisonMode = context.state.comparison, let shown = situation(context) else { return [] }
    let profiles = comparisonMode.codes.compactMap { context.data.situation(code: $0) }
    guard let column = profiles.firstIndex(where: { $0.code == shown.code }) else { return [] }
    let comparison = Comparison(profiles)
    var lines: [StyledLine] = []
    var group: Comparison.Group?
    let labelWidth = 18
    for dimension in comparison.dimensions {
      if dimension.group != group {
        group = dimension.group
        if !lines.isEmpty { lines.append(.empty) }
        lines.append(StyledLine(ComparisonWords.title(dimension.group), .heading))
      }
      let value = ComparisonWords.text(dimension.cells[column], row: dimension.row)
      let forms = dimension.forms[column]
      // Forms by their full names, where the column showed a count or short names.
      let text = forms.isEmpty ? (value ?? symbols.unknown) : forms.joined(separator: ", ")
      for (i, part) in Wrapping.wrap(text, width: max(10, width - labelWidth)).enumerated() {
        lines.append(
          StyledLine([
            Span(pad(i == 0 ? ComparisonWords.label(dimension.row) : "", labelWidth), .dim),
            Span(part, value == nil && forms.isEmpty ? .unknown : .plain),
          ]))
      }
    }
    return lines
  }
}
