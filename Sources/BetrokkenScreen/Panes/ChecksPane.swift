import BetrokkenModel

/// The Toetsing pane: the legal items per law (met, not met, undecidable) and the guide's attention points.
/// Rows are selectable; Enter explains the selected one with its sections and evidence.
public enum ChecksPane {
  /// What a selectable row stands for.
  enum Row: Equatable {
    case law(Law)
    case rule(AttentionRule)
  }

  /// The selectable rows in display order: the three laws, then the rules, raised ones first.
  static func rows(_ checks: ProfileChecks) -> [Row] {
    let order: [Verdict] = [.notMet, .undecidable, .met]
    let rules = checks.attention.sorted { order.firstIndex(of: $0.verdict)! < order.firstIndex(of: $1.verdict)! }
    return Law.allCases.map(Row.law) + rules.map { Row.rule($0.rule) }
  }

  public static func symbol(_ verdict: Verdict, _ symbols: Symbols) -> (String, Role) {
    switch verdict {
    case .met: (symbols.met, .met)
    case .notMet: (symbols.notMet, .notMet)
    case .undecidable: (symbols.unknown, .unknown)
    }
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let checks = context.checks else { return [StyledLine("Geen gemeente gekozen.", .dim)] }
    let focused = context.state.focus == .checks && context.state.overlay == .none
    let narrow = width < 34
    let labelWidth = narrow ? 5 : 17
    var lines: [StyledLine] = []
    var header = [Span(pad(narrow ? "Wet" : "Wet (onderdeel)", labelWidth), .dim)]
    for item in LegalItem.allCases { header.append(Span(item.rawValue + " ", .dim)) }
    lines.append(StyledLine(header))
    for (index, row) in rows(checks).enumerated() {
      let isSelected = focused && index == context.state.selectedFinding
      let marker = Span(isSelected ? symbols.selected : " ", isSelected ? .selected : .plain)
      switch row {
      case .law(let law):
        var spans = [marker, Span(pad(narrow ? shortLabel(law) : law.label, labelWidth - 1), .heading)]
        for item in LegalItem.allCases {
          if let finding = checks.legal.first(where: { $0.law == law && $0.item == item }) {
            let (text, role) = symbol(finding.verdict, symbols)
            spans.append(Span(text + " ", role))
          } else {
            spans.append(Span(symbols.absent + " ", .dim))  // the Participatiewet has no (a)
          }
        }
        lines.append(StyledLine(spans, rowRole: isSelected ? .selected : nil))
        if law == Law.allCases.last { lines.append(.empty) }
      case .rule(let rule):
        let finding = checks.attention.first { $0.rule == rule }!
        let (text, role) = ruleSymbol(finding, symbols)
        lines.append(StyledLine(
          [marker, Span(text + " ", role), Span(rule.title, finding.isRaised ? .warning : (finding.verdict == .met ? .dim : .plain)),
           Span(" §" + rule.sections.joined(separator: ", §"), .dim)],
          rowRole: isSelected ? .selected : nil))
      }
    }
    return lines
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

  /// The line of the selected row, to keep it in view.
  static func selectedLine(_ context: DashboardContext) -> Int {
    let index = context.state.selectedFinding
    return index < Law.allCases.count ? index + 1 : index + 2
  }

  static func draw(_ context: DashboardContext, in rect: Rect, screen: inout Screen) {
    let focused = context.state.focus == .checks && context.state.overlay == .none
    let inner = rect.inner.inset(left: 1, right: 1)
    var scroll = context.state.scroll[.checks] ?? 0
    if focused { scroll = scrollKeeping(selectedLine(context), visibleFrom: scroll, height: inner.height) }
    screen.drawPane(rect, title: DashboardState.Pane.checks.title, focused: focused,
      lines: lines(context, width: inner.width, symbols: screen.symbols), scroll: scroll)
  }
}
