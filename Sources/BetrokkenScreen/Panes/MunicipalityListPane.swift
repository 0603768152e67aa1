import BetrokkenModel

/// Pane 1: the loaded municipalities with their province; the selected one marked and highlighted.
enum MunicipalityListPane: DashboardPane {
  static let id = PaneID.municipalities

  /// "Gemeenten (21)", or "Gemeenten 3/21" while filtered, with the order when it is not by name ("↓provincie");
  /// where the frame is narrow the count goes first, then the name, but the order stays.
  static func title(_ context: DashboardContext, width: Int) -> String {
    let total = context.data.profiles.count
    let name = PaneTable.title(id)
    let short = Strings.text("screen.pane.municipalities.short")
    let count = context.state.filter.isEmpty ? "\(name) (\(total))" : "\(name) \(context.visible.count)/\(total)"
    // An active filter and a sort other than by name stay in the title at every width; count and name give way.
    let filter = context.state.filter.isEmpty ? nil : "/" + context.state.filter
    let order = context.state.sort == .name ? nil : "↓" + context.state.sort.label
    let state = [filter, order].compactMap { $0 }.joined(separator: " ")
    let candidates =
      state.isEmpty
      ? [count, name, short]
      : [
        "\(count) \(state)",
        context.state.filter.isEmpty ? "\(name) \(state)" : "\(context.visible.count)/\(total) \(state)",
        "\(short) \(state)", state,
      ]
    return candidates.first { DisplayWidth.of($0) + 6 <= width } ?? candidates[candidates.count - 1]
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    var lines: [StyledLine] = []
    // Full province names where they leave the municipality names whole; else the two-letter codes (`?` lists them).
    let longest = context.visible.map { DisplayWidth.of($0.name) }.max() ?? 0
    let provinceWidth = width >= 30 && width - 2 - 13 - 1 >= longest ? 13 : 2
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
      selectableRows: context.visible.count, rowLines: Array(context.visible.indices))
  }
}
