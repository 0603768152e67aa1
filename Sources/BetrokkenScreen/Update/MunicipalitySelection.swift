import BetrokkenModel

/// Changing the selected municipality, shared by the list and the filter: the rest of the selection (form,
/// finding, scroll offsets) starts over with it.
enum MunicipalitySelection {
  /// The list as shown: filtered, in the chosen order.
  static func visible(_ state: DashboardState, data: DataSet) -> [Situation] {
    let filtered = MunicipalityFilter.apply(state.filter, to: data.situations, registry: data.registry)
    return state.sort.sorted(filtered, registry: data.registry)
  }

  static func moveMunicipality(_ state: inout DashboardState, data: DataSet, by delta: Int) {
    let visible = visible(state, data: data)
    guard !visible.isEmpty else { return }
    let index = visible.firstIndex { $0.code == state.selectedCode } ?? 0
    select(&state, code: visible[Update.clamp(index + delta, 0, visible.count - 1)].code)
  }

  static func select(_ state: inout DashboardState, code: String?) {
    guard state.selectedCode != code else { return }
    state.selectedCode = code
    state.selectedForm = 0
    state.selectedFinding = 0
    state.selectedScaleForm = 0
    state.scroll = [:]
  }

  /// After the filter changed: keep the selection if it is still visible, else select the first match. When
  /// nothing matches (while typing passes through zero matches) the selection stays where it was.
  static func reselect(_ state: inout DashboardState, data: DataSet) {
    let visible = visible(state, data: data)
    if !visible.isEmpty, !visible.contains(where: { $0.code == state.selectedCode }) {
      select(&state, code: visible.first?.code)
    }
  }
}
