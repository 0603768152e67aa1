import BetrokkenModel

/// The whole current view as a document (the `P` key, `snapshot` and `compare` without `--height`): nothing cut,
/// no key hints.
///
/// The layout of the dashboard as a document: the header line, then every pane of the pane table in focus order,
/// one below the other at the full width, each as tall as its content (the list shows every municipality).
/// A comparison is its header line and the whole comparison in its frame; an overlay is its frame with every line.
public enum DashboardDocument {
  /// The document of the view `state` shows, `width` columns wide and as tall as its content.
  public static func render(data: DataSet, state: DashboardState, width: Int, symbols: Symbols = .unicode) -> Screen {
    let context = DashboardContext(data: data, state: state)
    if case .overlay(let overlay) = state.mode {
      return framed(
        Overlays.title(overlay, context), Overlays.lines(overlay, context, width: width - 4, symbols: symbols),
        width: width, symbols: symbols
      ) { screen in HeaderBar.draw(context, in: Rect(x: 0, y: 0, width: width, height: 1), screen: &screen) }
    }
    if let comparison = state.comparison {
      let profiles = comparison.codes.compactMap { data.situation(code: $0) }
      let lines = ComparisonView.lines(
        Comparison(profiles), context: context, width: ComparisonView.innerWidth(width), symbols: symbols)
      let title = Strings.text(
        state.differencesOnly ? "reports.comparison.titleDifferencesOnly" : "reports.comparison.title")
      return framed(title, lines, width: width, symbols: symbols) { screen in
        screen.fill(Rect(x: 0, y: 0, width: width, height: 1), role: .heading)
        screen.put(ComparisonView.header(context, profiles, symbols), x: 0, y: 0, role: .heading)
      }
    }
    let contents = PaneTable.all.map { pane in pane.content(context, width: width - 4, symbols: symbols) }
    let height = 1 + contents.reduce(0) { $0 + $1.lines.count + 2 }
    var screen = Screen(width: width, height: height, symbols: symbols)
    HeaderBar.draw(context, in: Rect(x: 0, y: 0, width: width, height: 1), screen: &screen)
    var y = 1
    for content in contents {
      let rect = Rect(x: 0, y: y, width: width, height: content.lines.count + 2)
      screen.drawPane(rect, title: content.title, focused: false, lines: content.lines, scroll: 0)
      y += rect.height
    }
    return screen
  }

  /// A header line, then the lines in one frame with a title, as tall as they are.
  static func framed(
    _ title: String, _ lines: [StyledLine], width: Int, symbols: Symbols, header: (inout Screen) -> Void
  ) -> Screen {
    var screen = Screen(width: width, height: lines.count + 3, symbols: symbols)
    header(&screen)
    screen.drawPane(
      Rect(x: 0, y: 1, width: width, height: lines.count + 2), title: title, focused: false, lines: lines, scroll: 0)
    return screen
  }
}
