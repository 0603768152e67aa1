/// Where each pane goes for a given screen size. One rule from 80×24 to 250×70:
/// a list on the left; ladder, scale and Toetsing in the middle; cycle matrix over profile on the right.
public struct DashboardLayout: Equatable, Sendable {
  static let minimumWidth = 80
  static let minimumHeight = 24

  /// The rectangle of each pane, by name.
  public struct PaneRects: Equatable, Sendable {
    var municipalities: Rect
    var ladder: Rect
    var cycle: Rect
    var scale: Rect
    var checks: Rect
    var profile: Rect

    subscript(id: PaneID) -> Rect {
      switch id {
      case .municipalities: municipalities
      case .ladder: ladder
      case .cycle: cycle
      case .scale: scale
      case .checks: checks
      case .profile: profile
      }
    }
  }

  var header: Rect
  var footer: Rect
  var body: Rect
  var panes: PaneRects

  /// `ladderLines`, `cycleLines` and `scaleLines` are the content heights of those panes: they get what they need
  /// (within limits) and the panes below them get the rest. Column widths do not depend on them.
  public init(width: Int, height: Int, ladderLines: Int = 12, cycleLines: Int = 8, scaleLines: Int = 4) {
    let rows = Layout.split(
      Rect(x: 0, y: 0, width: width, height: height), .vertical, [.length(1), .fill(1), .length(1)])
    header = rows[0]
    body = rows[1]
    footer = rows[2]
    let listWidth = width < 100 ? 18 : min(34, max(20, width / 5))
    // Narrow screens give the matrix column a little more, so its five rung columns fit.
    let weights = width < 100 ? (42, 58) : (1, 1)
    let columns = Layout.split(body, .horizontal, [.length(listWidth), .fill(weights.0), .fill(weights.1)])
    let scaleHeight = min(scaleLines + 2, max(4, body.height / 4))
    // The Toetsing keeps at least 10 rows, so at 80×24 its first finding shows below the law rows and readiness.
    let ladderHeight = min(ladderLines + 2, max(6, min(body.height / 2, body.height - scaleHeight - 10)))
    let cycleHeight = min(cycleLines + 2, max(7, body.height / 2))
    let left = Layout.split(columns[1], .vertical, [.length(ladderHeight), .length(scaleHeight), .fill(1)])
    let right = Layout.split(columns[2], .vertical, [.length(cycleHeight), .fill(1)])
    panes = PaneRects(
      municipalities: columns[0], ladder: left[0], cycle: right[0], scale: left[1], checks: left[2],
      profile: right[1])
  }

  static func fits(width: Int, height: Int) -> Bool {
    width >= minimumWidth && height >= minimumHeight
  }
}
