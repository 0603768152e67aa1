import BetrokkenModel

/// Help, form details and glossary: a framed, scrollable box over the panes.
enum Overlays {
  static func frame(for body: Rect) -> Rect {
    let width = min(body.width - 4, 84)
    let height = body.height - 2
    return Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
  }

  static func title(_ overlay: OverlayMode, _ context: DashboardContext) -> String {
    switch overlay.kind {
    case .help: Strings.text("reports.overlay.help")
    case .glossary: Strings.text("reports.overlay.glossary")
    case .details: Strings.text("reports.overlay.form", context.selectedForm?.name ?? "")
    case .finding: FindingOverlay.title(context)
    case .overview: Strings.text("reports.overlay.overview")
    case .difference: DifferenceOverlay.title(context)
    case .comparisonColumn: ComparisonColumnOverlay.title(context)
    }
  }

  static func lines(_ overlay: OverlayMode, _ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    switch overlay.kind {
    case .help: HelpOverlay.lines(for: overlay.underneath, symbols: symbols, width: width)
    case .glossary: GlossaryOverlay.lines(width: width, symbols: symbols)
    case .details: FormDetailsOverlay.lines(context, width: width, symbols: symbols)
    case .finding: FindingOverlay.lines(context, width: width, symbols: symbols)
    case .overview: OverviewReport.lines(context.data, width: width, symbols: symbols)
    case .difference: DifferenceOverlay.lines(context, width: width, symbols: symbols)
    case .comparisonColumn: ComparisonColumnOverlay.lines(context, width: width, symbols: symbols)
    }
  }

  /// Draws the open overlay over `body`; returns how far it can scroll and a page, for the update step.
  @discardableResult
  static func draw(_ overlay: OverlayMode, _ context: DashboardContext, in body: Rect, screen: inout Screen)
    -> Viewport.Area
  {
    let rect = frame(for: body)
    screen.fill(rect)
    let inner = rect.inner.inset(left: 1, right: 1)
    var lines = lines(overlay, context, width: inner.width, symbols: screen.symbols)
    var scroll = overlay.scroll
    var rowLines: [Int] = []
    if overlay.kind == .overview {
      // The ranking's rows are selectable: the selected one highlighted and kept in view.
      let ranking = OverviewReport.linesAndRanking(context.data, width: inner.width, symbols: screen.symbols).ranking
      rowLines = ranking.map(\.line)
      if rowLines.indices.contains(overlay.row) {
        let line = rowLines[overlay.row]
        lines[line] = StyledLine(lines[line].spans, rowRole: .selected)
        scroll = scrollKeeping(line, visibleFrom: scroll, height: inner.height)
      }
    }
    screen.drawPane(rect, title: title(overlay, context), focused: true, lines: lines, scroll: scroll)
    var area = Viewport.Area(
      maxScroll: max(0, lines.count - inner.height), page: max(1, body.height - 5), selectableRows: rowLines.count)
    area.rect = rect
    area.top = min(max(0, scroll), max(0, lines.count - inner.height))
    area.rowLines = rowLines
    return area
  }
}
