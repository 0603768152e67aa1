import BetrokkenModel

/// What changed between the shown record of the selected municipality and the record before it.
enum DifferenceOverlay {
  static func previous(_ context: DashboardContext) -> Record? {
    guard let situation = context.selected, let shown = situation.record?.id else { return nil }
    return situation.profile.records.last { $0.id < shown }
  }

  static func title(_ context: DashboardContext) -> String {
    guard let shown = context.selected?.record?.id, let previous = previous(context) else {
      return Strings.text("reports.difference.title")
    }
    return Strings.text("reports.difference.titleDates", previous.id.description, shown.description)
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let situation = context.selected, let shown = situation.record else { return [] }
    guard let previous = previous(context) else {
      return [StyledLine(Strings.text("reports.difference.noOlderRecord", situation.name, shown.id.description), .dim)]
    }
    let bodies = Dictionary(context.data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let diff = RecordDiff(situation.profile, from: previous, to: shown, bodies: bodies)
    var lines: [StyledLine] = []
    for part in Wrapping.wrap("\(situation.name): \(DiffWords.summary(diff)).", width: width) {
      lines.append(StyledLine(part, .heading))
    }
    lines.append(.empty)
    for (sign, text) in DiffWords.lines(diff) {
      let role: Role = sign == "+" ? .met : (sign == "−" ? .notMet : .accent)
      for (i, part) in Wrapping.wrap(text, width: max(10, width - 2)).enumerated() {
        lines.append(StyledLine([Span(i == 0 ? sign + " " : "  ", role), Span(part)]))
      }
    }
    lines.append(.empty)
    for part in Wrapping.wrap(
      Strings.text("reports.difference.explanation", previous.id.description, shown.id.description), width: width)
    {
      lines.append(StyledLine(part, .dim))
    }
    return lines
  }
}
