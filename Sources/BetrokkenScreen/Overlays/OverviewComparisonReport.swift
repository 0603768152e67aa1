import BetrokkenModel

/// `betrokken overview --as-of DATE --compare-with DATE`: the overview at two dates in columns, with how many
/// municipalities changed in between, as styled lines printed through the same grid as the overview.
public enum OverviewComparisonReport {
  static func lines(_ comparison: OverviewComparison, width: Int, symbols: Symbols) -> [StyledLine] {
    let c = comparison
    var lines: [StyledLine] = []
    let labelWidth = 24
    let columnWidth = 14
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(.empty) }
      lines.append(StyledLine(text, .heading))
    }
    func columns(_ third: String) -> StyledLine {
      StyledLine([
        Span(pad("", labelWidth)), Span(pad(c.earlierDate.description, columnWidth), .dim),
        Span(pad(c.laterDate.description, columnWidth), .dim), Span(third, .dim),
      ])
    }
    let municipalities = { (n: Int) in Strings.count(n, "reports.municipality") }
    let newer =
      c.newerRecord == 1
      ? Strings.text("reports.overviewComparison.newerOne")
      : Strings.text("reports.overviewComparison.newerMany", String(c.newerRecord))
    let intro = Strings.text(
      "reports.overviewComparison.intro", c.earlierDate.description, c.laterDate.description,
      municipalities(c.earlierCount), String(c.laterCount), String(c.inBoth), newer, symbols.unknown)
    for part in Wrapping.wrap(intro, width: width) { lines.append(StyledLine(part, .dim)) }

    func reachLine(_ label: String, _ reach: OverviewComparison.Reach) -> StyledLine {
      let change = [reach.gained > 0 ? "+\(reach.gained)" : nil, reach.lost > 0 ? "−\(reach.lost)" : nil].compactMap {
        $0
      }
      return StyledLine([
        Span(pad(label, labelWidth)), Span(pad("\(reach.earlier)/\(c.earlierCount)", columnWidth), .accent),
        Span(pad("\(reach.later)/\(c.laterCount)", columnWidth), .accent),
        Span(change.isEmpty ? "0" : change.joined(separator: " "), change.isEmpty ? .dim : .plain),
      ])
    }
    heading(Strings.text("reports.ladderHeading"))
    lines.append(columns(Strings.text("reports.overviewComparison.difference")))
    for rung in Rung.allCases.reversed() { lines.append(reachLine(rung.label, c.rungs[rung] ?? .init())) }
    heading(Strings.text("reports.cycleHeading"))
    lines.append(columns(Strings.text("reports.overviewComparison.difference")))
    for phase in Phase.allCases { lines.append(reachLine(phase.label, c.phases[phase] ?? .init())) }

    heading(Strings.text("reports.legalHeading", symbols.met, symbols.notMet, symbols.unknown))
    lines.append(columns(Strings.text("reports.overviewComparison.changedItemColumn")))
    func verdicts(_ counts: [Verdict: Int]) -> String {
      "\(counts[.met] ?? 0)\(symbols.met)\(counts[.notMet] ?? 0)\(symbols.notMet)\(counts[.undecidable] ?? 0)\(symbols.unknown)"
    }
    for law in Law.allCases {
      for item in LegalItem.allCases {
        let own = law == .participationAct ? item.participationActLetter.map { " [\($0)]" } ?? "" : ""
        let label = "\(law.label) (\(item.rawValue))\(own)"
        guard let answers = c.legal[law]?[item] else {
          lines.append(
            StyledLine([Span(pad(label, labelWidth), .dim), Span(Strings.text("reports.notApplicable"), .dim)]))
          continue
        }
        lines.append(
          StyledLine([
            Span(pad(label, labelWidth)),
            Span(pad(verdicts(answers.earlier), columnWidth), (answers.earlier[.notMet] ?? 0) > 0 ? .notMet : .plain),
            Span(pad(verdicts(answers.later), columnWidth), (answers.later[.notMet] ?? 0) > 0 ? .notMet : .plain),
            Span(pad(String(answers.changed), 8), answers.changed > 0 ? .accent : .dim),
            Span(item.summary, .dim),
          ]))
      }
    }

    heading(Strings.text("reports.overviewComparison.readinessHeading"))
    lines.append(columns(""))
    let rows: [(ParticipationReadiness.Overall, String, Role)] = [
      (.ready, Strings.text("reports.overviewComparison.ready", symbols.met), .met),
      (.notReady, Strings.text("reports.overviewComparison.notReady", symbols.notMet), .notMet),
      (.undecidable, Strings.text("reports.overviewComparison.undecidable", symbols.unknown), .unknown),
      (.notApplicable, Strings.text("reports.overviewComparison.notApplicable", symbols.notApplicable), .dim),
    ]
    for (overall, label, style) in rows {
      lines.append(
        StyledLine([
          Span(pad(label, labelWidth), style),
          Span(pad(String(c.readiness.earlier[overall] ?? 0), columnWidth)),
          Span(String(c.readiness.later[overall] ?? 0)),
        ]))
    }
    let notCompared = c.inBoth - c.readiness.compared
    lines.append(
      StyledLine([
        Span(pad(Strings.text("reports.overviewComparison.changed"), labelWidth), .dim),
        Span(
          Strings.text(
            "reports.overviewComparison.changedOf", String(c.readiness.changed), String(c.readiness.compared)),
          c.readiness.changed > 0 ? .accent : .dim),
        Span(notCompared > 0 ? Strings.text("reports.overviewComparison.notCompared", String(notCompared)) : "", .dim),
      ]))
    return lines
  }

  /// Plain text for the command line, through the same grid as the dashboard.
  public static func text(_ comparison: OverviewComparison, width: Int, symbols: Symbols) -> String {
    StyledLine.plainText(lines(comparison, width: width, symbols: symbols), width: width, symbols: symbols)
  }
}
