import BetrokkenModel

/// Pane 1: the loaded municipalities with their province; the selected one marked and highlighted.
enum MunicipalityListPane: DashboardPane {
  static let id = PaneID.municipalities

  /// "Gemeenten (21)", or "Gemeenten 3/21" while filtered; without the count when the frame is too narrow.
  static func title(_ context: DashboardContext, width: Int) -> String {
    let total = context.data.profiles.count
    let name = PaneTable.title(id)
    let full = context.state.filter.isEmpty ? "\(name) (\(total))" : "\(name) \(context.visible.count)/\(total)"
    if DisplayWidth.of(full) + 6 <= width { return full }
    // Narrow: the name alone, or its short form ("Munic.") where even that would be cut.
    return DisplayWidth.of(name) + 6 <= width ? name : Strings.text("screen.pane.municipalities.short")
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    var lines: [StyledLine] = []
    let provinceWidth = width >= 30 ? 13 : 2
    let nameWidth = max(1, width - 2 - provinceWidth - 1)
    for profile in context.visible {
      let isSelected = profile.code == context.state.selectedCode
      let isMarked = context.state.marked.contains(profile.code)
      let marker = (isSelected ? symbols.selected : " ") + (isMarked ? symbols.mark : " ")
      let province = context.data.registry[profile.code]?.province ?? "?"
      let shown = provinceWidth == 2 ? ProvinceAbbreviation.of(province) : province
      let name = symbols.fit(profile.name, to: nameWidth)
      let pad = String(repeating: " ", count: max(0, nameWidth - DisplayWidth.of(name)))
      lines.append(
        StyledLine(
          [
            Span(marker + name + pad + " ", isSelected ? .selected : .plain),
            Span(shown, isSelected ? .selected : .dim),
          ],
          rowRole: isSelected ? .selected : nil))
    }
    if lines.isEmpty {
      lines.append(
        StyledLine(
          Strings.text(context.state.filter.isEmpty ? "screen.list.noProfiles" : "screen.list.nothingFound"), .dim))
    }
    // Keep the selection in view, centred where possible: a pure function of state and height.
    let index = context.visible.firstIndex { $0.code == context.state.selectedCode } ?? 0
    return PaneContent(
      title: title(context, width: width + 4), lines: lines, scrolling: .centred(line: index),
      selectableRows: context.visible.count)
  }
}
