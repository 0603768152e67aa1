import BetrokkenModel

/// The top line: product, municipality with its register facts, and position n/m in the list.
enum HeaderBar {
  static func draw(_ context: DashboardContext, in rect: Rect, screen: inout Screen) {
    screen.fill(rect, role: .heading)
    var right = ""
    if context.checks?.anyLegalItemNotMet == true {
      right = "\(screen.symbols.notMet) \(Strings.text("screen.header.legalItemNotMet"))  "
    }
    if let selected = context.selected {
      // Which record is shown: its layer, its date when older than the as-of date, or that there is none yet.
      // The layer, when there is more than one to come from (list and validate always say it).
      if context.data.layers.count > 1, let layer = LayerWords.name(of: selected) { right += "\(layer) " }
      if context.state.viewedRecord != nil, let record = selected.record {
        // A record stepped to with [ and ]: which one, and how old it is against the as-of date.
        let years = (context.data.asOf.dayNumber - record.id.dayNumber) / 365
        right +=
          Strings.text("screen.header.record", record.id.description)
          + (years > 0 ? " (\(Strings.count(years, "screen.header.yearsOld")))  " : "  ")
      } else if let recordDate = selected.recordDateIfOlder {
        let years = (selected.asOf.dayNumber - recordDate.dayNumber) / 365
        right +=
          Strings.text("screen.header.asOf", recordDate.description)
          + (years > 0 ? " (\(Strings.count(years, "screen.header.years")))  " : "  ")
      } else if selected.record == nil {
        right += Strings.text("screen.noDataOn", selected.asOf.description) + "  "
      } else if let record = selected.record, selected.profile.records.count > 1 {
        // Several records to step through: say which one is shown, even when it is of the as-of date itself.
        right += Strings.text("screen.header.record", record.id.description) + "  "
      } else if context.data.layers.count > 1, LayerWords.name(of: selected) != nil {
        right += " "
      }
      if let index = context.visible.firstIndex(where: { $0.code == selected.code }) {
        right += "\(index + 1)/\(context.visible.count) "
      }
    }
    let rightWidth = DisplayWidth.of(right)
    // Whole parts are left out when space is short, never cut: a cut number would read as another number.
    let room = max(0, rect.width - rightWidth - 1)
    var candidates = [" Betrokken"]
    if let profile = context.selected {
      let base = " Betrokken \(screen.symbols.box.vertical) \(profile.name) (\(profile.code))"
      candidates = [base]
      if let m = context.municipality {
        let province = base + " \(screen.symbols.separator) \(m.province)"
        let population = Strings.text("screen.header.population", DutchNumber.format(m.population))
        candidates = [province + " \(screen.symbols.separator) \(population)", province, base]
      }
    }
    let text = candidates.first { DisplayWidth.of($0) <= room } ?? candidates.last!
    screen.put(text, x: rect.x, y: rect.y, role: .heading, limit: room)
    if rightWidth < rect.width {
      screen.put(
        right, x: rect.maxX - rightWidth, y: rect.y,
        role: context.checks?.anyLegalItemNotMet == true ? .notMet : .heading)
    }
  }
}
