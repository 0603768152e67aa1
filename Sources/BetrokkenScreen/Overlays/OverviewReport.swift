import BetrokkenModel

/// The overview of all loaded municipalities as styled lines: shown in the dashboard (`o`) and printed by
/// `betrokken overview`, from the same function.
public enum OverviewReport {
  static func lines(_ data: DataSet, width: Int, symbols: Symbols) -> [StyledLine] {
    linesAndRanking(data, width: width, symbols: symbols).lines
  }

  /// The lines, and the ranking's rows: the line each municipality stands on, and its code (Enter jumps to it).
  static func linesAndRanking(_ data: DataSet, width: Int, symbols: Symbols) -> (
    lines: [StyledLine], ranking: [(line: Int, code: String)]
  ) {
    var ranking: [(line: Int, code: String)] = []
    let overview = Overview(data.situations)
    let n = overview.municipalities
    var lines: [StyledLine] = []
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(.empty) }
      lines.append(StyledLine(text, .heading))
    }
    // A bar of how many municipalities reach it, and how many may (unknown data), with the numbers beside it.
    func countLine(_ label: String, _ count: Int, unknown: Int) -> StyledLine {
      let bar = Bar(
        segments: [
          .init(count: count, symbol: symbols.barFull, role: .met),
          .init(count: unknown, symbol: symbols.barUnknown, role: .unknown),
        ], total: n)
      return StyledLine(
        [Span(pad(label, 16), .plain)] + bar.spans + [
          Span("  " + pad("\(count)/\(n)", 7), .accent),
          Span(unknown > 0 ? "\(symbols.unknown)\(unknown)" : "", .unknown),
        ])
    }
    for part in Wrapping.wrap(
      Strings.text("reports.overview.intro", String(n), DateWords.long(data.asOf), symbols.unknown), width: width)
    {
      lines.append(StyledLine(part, .dim))
    }
    lines.append(
      StyledLine(
        Strings.text("reports.overview.barLegend", symbols.barFull, symbols.barUnknown, symbols.barNotMet), .dim))
    heading(Strings.text("reports.ladderHeading"))
    for rung in Rung.allCases.reversed() {
      lines.append(countLine(rung.label, overview.reachingRung[rung] ?? 0, unknown: overview.rungUnknown[rung] ?? 0))
    }
    heading(Strings.text("reports.cycleHeading"))
    for phase in Phase.allCases {
      lines.append(
        countLine(phase.label, overview.involvedInPhase[phase] ?? 0, unknown: overview.phaseUnknown[phase] ?? 0))
    }
    heading(Strings.text("reports.legalHeading", symbols.met, symbols.notMet, symbols.unknown))
    // Narrow screens use short law names so all six items fit on one line.
    let narrow = width < 16 + 6 * 12
    for law in Law.allCases {
      var spans = [Span(pad(narrow ? ChecksPane.shortLabel(law) : law.label, narrow ? 5 : 16), .plain)]
      for item in LegalItem.allCases {
        guard let counts: [Verdict: Int] = overview.legal[law]?[item] else {
          spans.append(Span(pad("\(item.rawValue) " + Strings.text("reports.notApplicable"), narrow ? 11 : 12), .dim))
          continue
        }
        let met = counts[Verdict.met] ?? 0
        let notMet = counts[Verdict.notMet] ?? 0
        let undecidable = counts[Verdict.undecidable] ?? 0
        let text = "\(item.rawValue) \(met)\(symbols.met)\(notMet)\(symbols.notMet)\(undecidable)\(symbols.unknown)"
        spans.append(Span(pad(text, narrow ? 11 : 12), notMet > 0 ? .notMet : .plain))
      }
      lines.append(StyledLine(spans))
    }
    // Per legal item a bar: met, not met, cannot be assessed.
    lines.append(.empty)
    for law in Law.allCases {
      for item in LegalItem.allCases {
        guard let counts: [Verdict: Int] = overview.legal[law]?[item] else { continue }
        let (met, notMet, undecidable) = (counts[.met] ?? 0, counts[.notMet] ?? 0, counts[.undecidable] ?? 0)
        let bar = Bar(
          segments: [
            .init(count: met, symbol: symbols.barFull, role: .met),
            .init(count: notMet, symbol: symbols.barNotMet, role: .notMet),
            .init(count: undecidable, symbol: symbols.barUnknown, role: .unknown),
          ], total: n)
        // The letters of the table above (the Participatiewet's own (a) is its (b) there).
        let label = "\(ChecksPane.shortLabel(law)) (\(item.rawValue))"
        lines.append(
          StyledLine(
            [Span(pad(label, 16), .plain)] + bar.spans + [
              Span("  \(met)\(symbols.met) \(notMet)\(symbols.notMet) \(undecidable)\(symbols.unknown)", .dim)
            ]))
      }
    }
    heading(Strings.text("reports.overview.readinessHeading", DateWords.long(data.asOf)))
    let ready = overview.readiness
    if (ready[.notApplicable] ?? 0) == n && n > 0 {
      lines.append(StyledLine(Strings.text("reports.overview.notYetInForce"), .dim))
    } else {
      lines.append(
        StyledLine([
          Span(pad(Strings.text("reports.overview.ready", symbols.met, String(ready[.ready] ?? 0)), 14), .met),
          Span(
            pad(Strings.text("reports.overview.notReady", symbols.notMet, String(ready[.notReady] ?? 0)), 18),
            (ready[.notReady] ?? 0) > 0 ? .notMet : .plain),
          Span(
            Strings.text("reports.overview.undecidable", symbols.unknown, String(ready[.undecidable] ?? 0)), .unknown),
        ]))
      let bar = Bar(
        segments: [
          .init(count: ready[.ready] ?? 0, symbol: symbols.barFull, role: .met),
          .init(count: ready[.notReady] ?? 0, symbol: symbols.barNotMet, role: .notMet),
          .init(count: ready[.undecidable] ?? 0, symbol: symbols.barUnknown, role: .unknown),
        ], total: n)
      lines.append(StyledLine([Span(pad("", 16))] + bar.spans))
    }
    heading(Strings.text("reports.overview.warningsHeading"))
    if overview.warnings.isEmpty { lines.append(StyledLine(Strings.text("reports.overview.noWarnings"), .dim)) }
    for (rule, count) in overview.warnings {
      lines.append(
        StyledLine([
          Span(pad("\(count)\(symbols.attention)", 6), .warning), Span(rule.title),
          Span(" §" + rule.sections.joined(separator: ", §"), .dim),
        ]))
    }
    heading(Strings.text("reports.overview.rankingHeading"))
    let nameWidth = min(26, max(12, width - 46))
    lines.append(
      StyledLine([
        Span(pad(Strings.text("reports.overview.municipalityColumn"), nameWidth), .dim),
        Span(pad(Strings.text("reports.overview.highestRungColumn"), 15), .dim),
        Span(pad(Strings.text("reports.overview.formsColumn"), 8), .dim),
        Span(pad(Strings.text("reports.overview.warningsColumn", symbols.attention), 9), .dim),
        Span(pad(Strings.text("reports.overview.lawColumn", symbols.notMet), 7), .dim),
        Span(Strings.text("reports.overview.lawColumn", symbols.unknown), .dim),
      ]))
    for row in overview.ranking {
      ranking.append((lines.count, row.profile.code))
      lines.append(
        StyledLine([
          Span(pad(row.profile.name, nameWidth)),
          Span(pad(row.highestRung?.label ?? symbols.unknown, 15), row.highestRung == nil ? .unknown : .plain),
          Span(pad(FormWords.count(row.profile), 8)),
          Span(pad(String(row.warnings), 9), row.warnings > 0 ? .warning : .plain),
          Span(pad(String(row.legalNotMet), 7), row.legalNotMet > 0 ? .notMet : .plain),
          Span(String(row.undecidable), .unknown),
        ]))
    }
    return (lines, ranking)
  }

  /// Plain text for the command line: the same lines, trailing spaces trimmed.
  public static func text(_ data: DataSet, width: Int, symbols: Symbols) -> String {
    StyledLine.plainText(lines(data, width: width, symbols: symbols), width: width, symbols: symbols)
  }
}
