import BetrokkenModel

/// Everything about the dashboard that messages change. A plain value: `Update` maps (state, message) to
/// (state, effects); the view draws it.
public struct DashboardState: Equatable, Sendable {
  /// The selected municipality's code; nil when nothing is loaded or the filter matches nothing.
  public var selectedCode: String? {
    didSet { if selectedCode != oldValue { viewedRecord = nil } }
  }
  /// A record of the selected municipality shown instead of the one for the as-of date (stepped to with [ and ]).
  public var viewedRecord: CalendarDate?
  var focus: PaneID = .municipalities
  /// Index of the selected form in the ladder order of the selected municipality.
  public var selectedForm = 0
  /// Index of the selected form in the Schaalniveau pane, in its order (`ScalePane.forms`).
  var selectedScaleForm = 0
  /// Index of the selected row in the Toetsing pane: the laws first, then the attention rules.
  public var selectedFinding = 0
  /// Scroll offset (lines) of each pane that scrolls freely.
  public var scroll: [PaneID: Int] = [:]
  var filter = ""
  /// The filter text is "selected" after `/`: the first character typed replaces it, as in a text field.
  var filterSelected = false
  /// The order of the municipality list (`s`).
  var sort = ListSort.name
  /// Municipalities marked with Space for a comparison, in marking order.
  public var marked: [String] = []
  /// Comparisons show only the rows that differ; kept from one comparison to the next.
  public var differencesOnly = false
  /// A one-line notice in the footer (where a snapshot was written, why a key did nothing), until the next key.
  public var notice: Notice?
  /// What the keys do now: the list and panes, typing a filter, an overlay, a comparison.
  public var mode: Mode = .list

  /// A state in `mode` with `selectedCode` selected (nil: none) and the rest as at start: focus on the list, no
  /// filter, marks, scrolling or notice.
  public init(selectedCode: String? = nil, mode: Mode = .list) {
    self.selectedCode = selectedCode
    self.mode = mode
  }

  /// The overlay shown, if any.
  public var overlay: OverlayKind? {
    if case .overlay(let overlay) = mode { return overlay.kind }
    return nil
  }

  /// The comparison shown, directly or under an overlay.
  public var comparison: ComparisonMode? { mode.comparison }

  /// Whether a pane shows the focus: in the list, and while a filter is typed (its list keeps it).
  var panesHaveFocus: Bool {
    switch mode {
    case .list, .filterEditing, .jump: true
    case .overlay, .comparison, .confirmation, .editor: false
    }
  }
}
