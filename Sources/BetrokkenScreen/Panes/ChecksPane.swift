import BetrokkenModel

/// The Toetsing pane: the legal items per law (met, not met, undecidable) with what practice shows beneath each
/// law, participatieverordening readiness, and the guide's attention points. Rows are selectable; Enter explains
/// the selected one with its regulation, article and evidence.
public enum ChecksPane: DashboardPane {
  static let id = PaneID.checks

  /// What a selectable row stands for.
  enum Row: Equatable {
    case law(Law)
    case readiness
    case rule(AttentionRule)
  }

  /// The selectable rows in display order: the three laws, readiness, then the rules, raised ones first.
  static func rows(_ checks: ProfileChecks) -> [Row] {
    let order: [Verdict] = [.notMet, .undecidable, .met]
    let rules = checks.attention.sorted { order.firstIndex(of: $0.verdict)! < order.firstIndex(of: $1.verdict)! }
    return Law.allCases.map(Row.law) + [.readiness] + rules.map { Row.rule($0.rule) }
  }

  /// The mark and role of a verdict: met ✓, not met ✗, undecidable ? (or their ASCII forms).
  public static func symbol(_ verdict: Verdict, _ symbols: Symbols) -> (String, Role) {
    switch verdict {
    case .met: (symbols.met, .met)
    case .notMet: (symbols.notMet, .notMet)
    case .undecidable: (symbols.unknown, .unknown)
    }
  }

  /// The mark and role of overall readiness: ready ✓, not ready ✗, undecidable ?, not applicable ○ (dim).
  public static func readinessSymbol(_ overall: ParticipationReadiness.Overall, _ symbols: Symbols) -> (String, Role) {
    switch overall {
    case .ready: (symbols.met, .met)
    case .notReady: (symbols.notMet, .notMet)
    case .undecidable: (symbols.unknown, .unknown)
    case .notApplicable: (symbols.notApplicable, .dim)
    }
  }

  /// Practice for an item: ● something shows it, ! only practice against it, · nothing known.
  static func practiceSymbol(_ finding: LegalFinding, _ symbols: Symbols) -> (String, Role) {
    if finding.practice.contains(where: { !$0.isAgainst }) { return (symbols.reached, .accent) }
    if !finding.practice.isEmpty { return (symbols.attention, .warning) }
    return (symbols.notReached, .dim)
  }

  /// The lines and, per selectable row, the index of its line.
  static func linesAndRows(_ context: DashboardContext, width: Int, symbols: Symbols) -> (
    lines: [StyledLine], rowLines: [Int]
  ) {
    guard let checks = context.checks else { return ([StyledLine(Strings.text("screen.noMunicipality"), .dim)], []) }
    let focused = context.state.focus == .checks && context.state.panesHaveFocus
    let narrow = width < 34
    let labelWidth = narrow ? 9 : 17
    var lines: [StyledLine] = []
    var rowLines: [Int] = []
    var header = [Span(pad(Strings.text(narrow ? "screen.checks.law" : "screen.checks.lawItem"), labelWidth), .dim)]
    for item in LegalItem.allCases { header.append(Span(item.rawValue + " ", .dim)) }
    lines.append(StyledLine(header))
    for (index, row) in rows(checks).enumerated() {
      let isSelected = focused && index == context.state.selectedFinding
      let marker = Span(isSelected ? symbols.selected : " ", isSelected ? .selected : .plain)
      rowLines.append(lines.count)
      switch row {
      case .law(let law):
        var spans = [marker, Span(pad(narrow ? shortLabel(law) : law.label, labelWidth - 1), .heading)]
        var practice = [
          Span(
            pad("  " + Strings.text(narrow ? "screen.checks.practiceShort" : "screen.checks.practice"), labelWidth),
            .dim)
        ]
        for item in LegalItem.allCases {
          if let finding = checks.legal.first(where: { $0.law == law && $0.item == item }) {
            let (text, role) = symbol(finding.verdict, symbols)
            spans.append(Span(text + " ", role))
            let (mark, markRole) = practiceSymbol(finding, symbols)
            practice.append(Span(mark + " ", markRole))
          } else {
            spans.append(Span(symbols.absent + " ", .dim))  // the Participatiewet has no (a)
            practice.append(Span("  "))
          }
        }
        lines.append(StyledLine(spans, rowRole: isSelected ? .selected : nil))
        // Narrow panes (80×24) keep to the verdicts so the findings below stay in view; Enter shows practice.
        if !narrow { lines.append(StyledLine(practice)) }
        if law == .participationAct, !narrow {
          // The law's own letters under the Wmo letters, so a reader holding the ordinance finds them.
          var own = [
            Span(
              pad("  " + Strings.text(narrow ? "screen.checks.ownLetterShort" : "screen.checks.ownLetter"), labelWidth),
              .dim), Span("  "),
          ]
          for item in LegalItem.allCases.dropFirst() {
            own.append(Span((item.participationActLetter ?? "") + " ", .dim))
          }
          lines.append(StyledLine(own))
        }
      case .readiness:
        if !narrow {
          lines.append(.empty)
          rowLines[rowLines.count - 1] = lines.count
        }
        let readiness = checks.readiness
        let (text, role) = readinessSymbol(readiness.overall, symbols)
        let days = readiness.overall == .notApplicable ? nil : CheckWords.daysLeft(readiness.daysLeft)
        var spans = [
          marker, Span(Strings.text(narrow ? "screen.checks.readinessShort" : "screen.checks.readiness"), .heading),
        ]
        if let days, !narrow { spans.append(Span(" \(symbols.separator) " + days, .dim)) }
        lines.append(StyledLine(spans, rowRole: isSelected ? .selected : nil))
        lines.append(
          StyledLine([
            Span("  "), Span(text + " ", role), Span(CheckWords.readinessOverall(readiness.overall), role),
            Span(narrow ? "" : readinessItemsLine(readiness, symbols), .dim),
          ]))
        // Narrow panes give the days left a line of their own rather than cutting them.
        if let days, narrow { lines.append(StyledLine([Span("  "), Span(days, .dim)])) }
        if !narrow { lines.append(.empty) }
      case .rule(let rule):
        let finding = checks.attention.first { $0.rule == rule }!
        let (text, role) = ruleSymbol(finding, symbols)
        lines.append(
          StyledLine(
            [
              marker, Span(text + " ", role),
              Span(rule.title, finding.isRaised ? .warning : (finding.verdict == .met ? .dim : .plain)),
              Span(" §" + rule.sections.joined(separator: ", §"), .dim),
            ],
            rowRole: isSelected ? .selected : nil))
      }
    }
    return (lines, rowLines)
  }

  /// " (4 van 6 onderdelen voldaan)", or empty when not applicable.
  static func readinessItemsLine(_ readiness: ParticipationReadiness, _ symbols: Symbols) -> String {
    guard !readiness.items.isEmpty else { return "" }
    let met = readiness.items.count { $0.verdict == .met }
    return " (" + Strings.text("screen.checks.itemsMet", String(met), String(readiness.items.count)) + ")"
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    content(context, width: width, symbols: symbols).lines
  }

  /// An attention point: ! applies, ○ does not apply, ? cannot be judged. (A ✓ before a warning's title
  /// would read as confirming the warning.)
  public static func ruleSymbol(_ finding: AttentionFinding, _ symbols: Symbols) -> (String, Role) {
    switch finding.verdict {
    case .notMet: (symbols.attention, .warning)
    case .met: (symbols.notApplicable, .dim)
    case .undecidable: (symbols.unknown, .unknown)
    }
  }

  static func shortLabel(_ law: Law) -> String {
    switch law {
    case .wmo2015: "Wmo"
    case .youthAct: "Jw"
    case .participationAct: "Pw"
    }
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    let focused = context.state.focus == .checks && context.state.panesHaveFocus
    let (lines, rowLines) = linesAndRows(context, width: width, symbols: symbols)
    var scrolling = PaneContent.Scrolling.free
    if focused, !rowLines.isEmpty {
      scrolling = .keepInView(line: rowLines[min(max(0, context.state.selectedFinding), rowLines.count - 1)])
    }
    return PaneContent(
      title: PaneTable.title(id), lines: lines, scrolling: scrolling, selectableRows: rowLines.count, rowLines: rowLines
    )
  }
}
