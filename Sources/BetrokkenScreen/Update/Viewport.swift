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

    init(maxScroll: Int = 0, page: Int = 1, selectableRows: Int = 0) {
      self.maxScroll = maxScroll
      self.page = page
      self.selectableRows = selectableRows
    }
  }

  var panes: [PaneID: Area] = [:]
  var overlay = Area()
  var comparison = Area()

  init() {}

  func pane(_ id: PaneID) -> Area { panes[id] ?? Area() }
}
