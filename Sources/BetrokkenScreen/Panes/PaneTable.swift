/// The one table of dashboard panes, in focus order: layout, drawing, scrolling and tests go through it.
enum PaneTable {
  static let all: [any DashboardPane.Type] = [
    MunicipalityListPane.self, LadderPane.self, CyclePane.self, ScalePane.self, ChecksPane.self, ProfilePane.self,
  ]

  static func pane(_ id: PaneID) -> any DashboardPane.Type {
    switch id {
    case .municipalities: MunicipalityListPane.self
    case .ladder: LadderPane.self
    case .cycle: CyclePane.self
    case .scale: ScalePane.self
    case .checks: ChecksPane.self
    case .profile: ProfilePane.self
    }
  }

  /// The title of each pane, in the interface language.
  static func title(_ id: PaneID) -> String {
    switch id {
    case .municipalities: Strings.text("screen.pane.municipalities")
    case .ladder: Strings.text("screen.pane.ladder")
    case .cycle: Strings.text("screen.pane.cycle")
    case .scale: Strings.text("screen.pane.scale")
    case .checks: Strings.text("screen.pane.checks")
    case .profile: Strings.text("screen.pane.profile")
    }
  }
}
