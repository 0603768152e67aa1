/// A pane of the dashboard: what it shows for a given inner width. Layout, drawing, scrolling, focus order and
/// tests all go through `PaneTable`, so a new pane is one type and one row there.
protocol DashboardPane: Sendable {
  static var id: PaneID { get }
  /// The title, the lines and how to scroll them, for the inner width (the frame and a margin take 4 columns).
  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent
}
