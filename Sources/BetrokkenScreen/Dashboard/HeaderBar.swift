import BetrokkenModel

/// The top line: product, municipality with its register facts, and position n/m in the list.
enum HeaderBar {
  static func draw(_ context: DashboardContext, in rect: Rect, screen: inout Screen) {
    screen.fill(rect, role: .heading)
    var right = ""
    if context.checks?.anyLegalItemNotMet == true {
      right = "\(screen.symbols.notMet) wettelijk onderdeel niet voldaan (t)  "
    }
    if let selected = context.selected {
      // Which record is shown: its layer, its date when older than the as-of date, or that there is none yet.
      if let layer = LayerWords.name(of: selected) { right += "\(layer) " }
      if let recordDate = selected.recordDateIfOlder {
        right += "per \(recordDate)  "
      } else if selected.record == nil {
        right += "geen gegevens op \(selected.asOf)  "
      } else if LayerWords.name(of: selected) != nil {
        right += " "
      }
      if let index = context.visible.firstIndex(where: { $0.code == selected.code }) {
        right += "\(index + 1)/\(context.visible.count) "
      }
    }
    let rightWidth = DisplayWidth.of(right)
    var text = " Betrokken"
    if let profile = context.selected {
      text += " \(screen.symbols.box.vertical) \(profile.name) (\(profile.code))"
      if let m = context.municipality {
        text += " \(screen.symbols.separator) \(m.province) \(screen.symbols.separator) \(DutchNumber.format(m.population)) inwoners (2025)"
      }
    }
    screen.put(text, x: rect.x, y: rect.y, role: .heading, limit: max(0, rect.width - rightWidth - 1))
    if rightWidth < rect.width {
      screen.put(right, x: rect.maxX - rightWidth, y: rect.y, role: context.checks?.anyLegalItemNotMet == true ? .notMet : .heading)
    }
  }
}
