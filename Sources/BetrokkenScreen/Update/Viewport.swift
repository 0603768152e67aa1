/// The facts of the last rendered frame that the update step needs — how far each pane, the overlay and the
/// comparison can scroll, a page, how many rows can be selected — so the update step never renders.
public struct Viewport: Equatable, Sendable {
  /// One scrollable area.
  public struct Area: Equatable, Sendable {
    var maxScroll: Int
    /// Lines moved by PgUp / PgDn.
    var page: Int
    /// Rows that can be selected (municipalities, forms, findings); 0 where the content only scrolls.
    var selectableRows: Int
    /// Where the area is on screen, its first content line shown, and per selectable row its content line: what
    /// a click needs.
    var rect = Rect(x: 0, y: 0, width: 0, height: 0)
    var top = 0
    var rowLines: [Int] = []

    init(maxScroll: Int = 0, page: Int = 1, selectableRows: Int = 0) {
      self.maxScroll = maxScroll
      self.page = page
      self.selectableRows = selectableRows
    }

    /// The selectable row a click on screen row `y` hits, if any.
    func row(atY y: Int) -> Int? {
      let line = top + (y - rect.y - 1)
      guard y > rect.y, y < rect.maxY - 1 else { return nil }
      return rowLines.lastIndex { $0 <= line }
    }
  }

  var panes: [PaneID: Area] = [:]
  var overlay = Area()
  var comparison = Area()

  init() {}

  func pane(_ id: PaneID) -> Area { panes[id] ?? Area() }
}
