import BetrokkenModel

/// The dashboard as a screen value: a pure function of data, state, size and symbol set. Each frame also returns
/// the viewport facts the update step needs, so the update step never renders.
public enum DashboardView {
  /// The smallest screen the dashboard is drawn on; below it, it says what size it needs.
  public static let minimumSize = (width: DashboardLayout.minimumWidth, height: DashboardLayout.minimumHeight)

  /// The screen of `frame(data:state:width:height:symbols:)`, without the viewport facts.
  public static func render(data: DataSet, state: DashboardState, width: Int, height: Int, symbols: Symbols = .unicode)
    -> Screen
  {
    frame(data: data, state: state, width: width, height: height, symbols: symbols).screen
  }

  /// The screen and the viewport facts of this frame.
  public static func frame(data: DataSet, state: DashboardState, width: Int, height: Int, symbols: Symbols = .unicode)
    -> (screen: Screen, viewport: Viewport)
  {
    frame(DashboardContext(data: data, state: state), width: width, height: height, symbols: symbols)
  }

  static func frame(_ context: DashboardContext, width: Int, height: Int, symbols: Symbols) -> (
    screen: Screen, viewport: Viewport
  ) {
    var viewport = Viewport()
    if let comparison = context.state.comparison {
      var (screen, area) = ComparisonView.frame(
        context, comparison: comparison, width: width, height: height, symbols: symbols)
      viewport.comparison = area
      viewport.comparison.rect = Rect(x: 0, y: 0, width: width, height: height)
      if case .overlay(let overlay) = context.state.mode {
        viewport.overlay = Overlays.draw(
          overlay, context, in: DashboardLayout(width: width, height: height).body, screen: &screen)
      }
      return (screen, viewport)
    }
    var screen = Screen(width: width, height: height, symbols: symbols)
    guard DashboardLayout.fits(width: width, height: height) else {
      drawTooSmall(&screen)
      return (screen, viewport)
    }
    if let session = context.state.mode.editorSession {
      EditorView.draw(session, context, screen: &screen)
      if case .overlay(let overlay) = context.state.mode {
        viewport.overlay = Overlays.draw(
          overlay, context, in: DashboardLayout(width: width, height: height).body, screen: &screen)
      }
      return (screen, viewport)
    }
    // Column widths do not depend on pane heights: the contents that decide the heights are made once, at their
    // final widths, and drawn as they are.
    let columns = DashboardLayout(width: width, height: height).panes
    let ladder = LadderPane.content(context, width: paneInnerWidth(columns.ladder), symbols: symbols)
    let cycle = CyclePane.content(context, width: paneInnerWidth(columns.cycle), symbols: symbols)
    let scale = ScalePane.content(context, width: paneInnerWidth(columns.scale), symbols: symbols)
    let layout = DashboardLayout(
      width: width, height: height, ladderLines: ladder.lines.count, cycleLines: cycle.lines.count,
      scaleLines: scale.lines.count)
    HeaderBar.draw(context, in: layout.header, screen: &screen)
    for pane in PaneTable.all {
      let rect = layout.panes[pane.id]
      let content: PaneContent
      switch pane.id {
      case .ladder: content = ladder
      case .cycle: content = cycle
      case .scale: content = scale
      case .municipalities, .checks, .profile:
        content = pane.content(context, width: paneInnerWidth(rect), symbols: symbols)
      }
      viewport.panes[pane.id] = draw(pane.id, content, in: rect, context, screen: &screen)
    }
    if case .overlay(let overlay) = context.state.mode {
      viewport.overlay = Overlays.draw(overlay, context, in: layout.body, screen: &screen)
    }
    FooterBar.draw(context, in: layout.footer, screen: &screen)
    return (screen, viewport)
  }

  /// Draws one pane in its frame; returns its scroll limit, page and selectable rows.
  static func draw(
    _ id: PaneID, _ content: PaneContent, in rect: Rect, _ context: DashboardContext, screen: inout Screen
  )
    -> Viewport.Area
  {
    let focused = context.state.panesHaveFocus && context.state.focus == id
    let inner = rect.inner.inset(left: 1, right: 1)
    let top = content.top(height: inner.height, stored: context.state.scroll[id] ?? 0)
    screen.drawPane(rect, title: content.title, focused: focused, lines: content.lines, scroll: top)
    var area = Viewport.Area(
      maxScroll: max(0, content.lines.count - inner.height), page: max(1, rect.height - 3),
      selectableRows: content.selectableRows)
    area.rect = rect
    area.top = top
    area.rowLines = content.rowLines
    return area
  }

  /// Below the minimum size: a centred message saying what size is needed.
  static func drawTooSmall(_ screen: inout Screen) {
    let need = "\(DashboardLayout.minimumWidth)×\(DashboardLayout.minimumHeight)"
    let lines = [
      Strings.text("screen.tooSmall"), Strings.text("screen.tooSmallNeeded", need),
      Strings.text("screen.tooSmallNow", "\(screen.width)×\(screen.height)"),
    ]
    let top = max(0, (screen.height - lines.count) / 2)
    for (i, line) in lines.enumerated() {
      let w = DisplayWidth.of(line)
      screen.put(line, x: max(0, (screen.width - w) / 2), y: top + i, role: .warning)
    }
  }
}
