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
    }
  }

  /// Draws the open overlay over `body`; returns how far it can scroll and a page, for the update step.
  @discardableResult
  static func draw(_ overlay: OverlayMode, _ context: DashboardContext, in body: Rect, screen: inout Screen) -> Viewport.Area {
    let rect = frame(for: body)
    screen.fill(rect)
    let inner = rect.inner.inset(left: 1, right: 1)
    let lines = lines(overlay, context, width: inner.width, symbols: screen.symbols)
    screen.drawPane(rect, title: title(overlay, context), focused: true, lines: lines, scroll: overlay.scroll)
    return Viewport.Area(maxScroll: max(0, lines.count - inner.height), page: max(1, body.height - 5))
  }
}

/// The help overlay, generated from the key table of the mode it is opened from (the list's also lists what the
/// keys do while typing a filter and in a comparison), so what the help says is what the keys do.
enum HelpOverlay {
  static func lines(for mode: Mode, symbols: Symbols, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine(Strings.text("reports.help.keys"), .heading)]
    let keyWidth = 12
    for binding in mode.keys {
      entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
    }
    lines.append(.empty)
    if mode == .list {
      lines.append(StyledLine(Strings.text("reports.help.whileSearching"), .heading))
      entry(&lines, Strings.text("reports.help.text"), Strings.text("reports.help.typePart"), keyWidth: keyWidth, width: width)
      for binding in FilterUpdate.keys {
        entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
      }
      lines.append(.empty)
      lines.append(StyledLine(Strings.text("reports.help.inComparison"), .heading))
      for binding in ComparisonUpdate.keys where !KeyTable.scrolling.contains(where: { $0.action == binding.action }) {
        entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
      }
      lines.append(.empty)
    }
    lines.append(StyledLine(Strings.text("reports.help.symbols"), .heading))
    let legend: [(String, String)] = [
      (symbols.highest, Strings.text("reports.help.highest")),
      (symbols.reached, Strings.text("reports.help.reached")),
      (symbols.notReached, Strings.text("reports.help.notReached")),
      (symbols.unknown, Strings.text("reports.help.unknown")),
      (symbols.attention, Strings.text("reports.help.attention")),
      (symbols.notApplicable, Strings.text("reports.help.notApplicable")),
      (symbols.met + " " + symbols.notMet, Strings.text("reports.help.metNotMet")),
      (symbols.reached, Strings.text("reports.help.practice")),
      (symbols.absent, Strings.text("reports.help.absent")),
      ("§4.2", Strings.text("reports.help.section")),
      (Strings.text("reports.help.secondSectionKey"), Strings.text("reports.help.secondSection")),
      ("art. 4", Strings.text("reports.help.article")),
    ]
    for (symbol, text) in legend { entry(&lines, symbol, text, keyWidth: keyWidth, width: width, role: .accent) }
    lines.append(.empty)
    for part in Wrapping.wrap(Strings.text("reports.help.tabEnter"), width: width) {
      lines.append(StyledLine(part, .dim))
    }
    return lines
  }

  /// A key or symbol with its description, wrapped under a hanging indent.
  static func entry(_ lines: inout [StyledLine], _ key: String, _ text: String, keyWidth: Int, width: Int, role: Role = .key) {
    for (i, part) in Wrapping.wrap(text, width: max(10, width - keyWidth)).enumerated() {
      lines.append(StyledLine([Span(pad(i == 0 ? key : "", keyWidth), role), Span(part)]))
    }
  }
}
