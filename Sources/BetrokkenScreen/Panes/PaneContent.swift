/// What a pane shows: title, lines, how many rows can be selected, and which line to keep in view.
struct PaneContent {
  /// How the lines scroll.
  enum Scrolling {
    /// From the pane's own offset in the state (`DashboardState.scroll`).
    case free
    /// From the pane's own offset, moved as little as needed to show this line (the selected form or finding).
    case keepInView(line: Int)
    /// With this line in the middle where possible (the selected municipality).
    case centred(line: Int)
  }

  var title: String
  var lines: [StyledLine]
  var scrolling: Scrolling = .free
  /// Rows the selection moves over (municipalities, forms, findings); 0 where the content only scrolls.
  var selectableRows = 0
  /// Per selectable row, the line it starts on (for clicks).
  var rowLines: [Int] = []

  /// The first line shown in a pane of `height` lines, given the pane's stored offset.
  func top(height: Int, stored: Int) -> Int {
    let maxScroll = max(0, lines.count - height)
    let top: Int
    switch scrolling {
    case .free: top = stored
    case .keepInView(let line): top = scrollKeeping(line, visibleFrom: stored, height: height)
    case .centred(let line): top = max(0, min(line - height / 2, lines.count - height))
    }
    return min(max(0, top), maxScroll)
  }
}
