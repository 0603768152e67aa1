import BetrokkenModel
import Foundation

/// What every pane draws from: the data, the state, and the derived facts of the selected municipality.
/// Built once per frame.
public struct DashboardContext {
  let data: DataSet
  let state: DashboardState
  /// The municipalities the list shows (after the filter), in display order.
  public let visible: [Situation]
  let selected: Situation?
  let analysis: InvolvementAnalysis?
  let checks: ProfileChecks?

  init(data: DataSet, state: DashboardState) {
    self.data = data
    self.state = state
    visible = MunicipalitySelection.visible(state, data: data)
    let current = visible.first { $0.code == state.selectedCode }
    // A record stepped to with [ and ] is shown as of its own date.
    if let current, let date = state.viewedRecord {
      let bodies = Dictionary(data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      selected = Situation(current.profile, asOf: date, bodies: bodies)
    } else {
      selected = current
    }
    analysis = selected.map(InvolvementAnalysis.init)
    checks = selected.map(ProfileChecks.init)
  }

  var municipality: Municipality? {
    selected.flatMap { data.registry[$0.code] }
  }

  /// The form Enter opens: the selected one in ladder order.
  public var selectedForm: Form? {
    guard let forms = analysis?.formsInLadderOrder, !forms.isEmpty else { return nil }
    return forms[min(max(0, state.selectedForm), forms.count - 1)]
  }

  func name(of code: String) -> String {
    data.registry[code]?.name ?? code
  }
}
