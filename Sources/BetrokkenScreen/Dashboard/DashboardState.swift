import BetrokkenModel

/// Everything about the dashboard that keys change. A plain value: `KeyHandler` maps (state, key) to state.
public struct DashboardState: Equatable, Sendable {
  public enum Pane: Int, CaseIterable, Sendable {
    case municipalities, ladder, cycle, scale, checks, profile

    public var title: String {
      switch self {
      case .municipalities: Strings.text("screen.pane.municipalities")
      case .ladder: Strings.text("screen.pane.ladder")
      case .cycle: Strings.text("screen.pane.cycle")
      case .scale: Strings.text("screen.pane.scale")
      case .checks: Strings.text("screen.pane.checks")
      case .profile: Strings.text("screen.pane.profile")
      }
    }
  }

  public enum Overlay: Equatable, Sendable {
    case none
    case help
    case details
    case glossary
    case finding
    case overview
    /// What changed between the shown record and the one before it.
    case difference
  }

  /// The selected municipality's code; nil when nothing is loaded or the filter matches nothing.
  public var selectedCode: String? {
    didSet { if selectedCode != oldValue { viewedRecord = nil } }
  }
  /// A record of the selected municipality shown instead of the one for the as-of date (stepped to with [ and ]).
  public var viewedRecord: CalendarDate?
  public var focus: Pane = .municipalities
  /// Index of the selected form in the ladder order of the selected municipality.
  public var selectedForm = 0
  /// Index of the selected row in the Toetsing pane: the laws first, then the attention rules.
  public var selectedFinding = 0
  /// Scroll offset (lines) of each scrollable pane and of the overlay.
  public var scroll: [Pane: Int] = [:]
  public var overlayScroll = 0
  public var filter = ""
  public var isEditingFilter = false
  public var overlay: Overlay = .none
  /// A one-line message in the footer (e.g. where a snapshot was written), until the next key.
  public var message: String?
  public var quit = false
  /// Municipalities marked with Space for a comparison, in marking order.
  public var marked: [String] = []
  /// The municipalities being compared; nil in the single view.
  public var comparison: [String]?
  public var differencesOnly = false
  /// The column with the focus in the comparison.
  public var comparisonFocus = 0
  public var comparisonScroll = 0

  public init(selectedCode: String? = nil) {
    self.selectedCode = selectedCode
  }
}
