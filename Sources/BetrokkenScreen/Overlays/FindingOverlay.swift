import BetrokkenModel

/// Explains the selected row of the Toetsing pane: per legal item the verdict with the regulation and article that
/// decide it and what practice shows; readiness item by item; or an attention rule with its evidence.
enum FindingOverlay {
  static func title(_ context: DashboardContext) -> String {
    guard let checks = context.checks else { return Strings.text("reports.finding.title") }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law): return Strings.text("reports.finding.lawTitle", law.label, law.article)
    case .readiness: return Strings.text("reports.finding.readinessTitle")
    case .rule(let rule): return Strings.text("reports.finding.ruleTitle", rule.title)
    }
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let checks = context.checks, let situation = context.selected else { return [] }
    var lines: [StyledLine] = []
    func paragraph(_ text: String, _ role: Role = .plain, indent: Int = 0) {
      for part in Wrapping.wrap(text, width: max(10, width - indent)) {
        lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(part, role)]))
      }
    }
    func cited(_ text: String, _ citation: Citation) -> String {
      Strings.text("reports.source", text, CitationWords.describe(citation, in: situation))
    }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law):
      paragraph(
        Strings.text("reports.finding.lawHeading", situation.name, law.label, law.article, DateWords.asOf(situation)),
        .heading)
      if law == .participationAct {
        paragraph(Strings.text("reports.finding.participationActNote"), .dim)
      }
      lines.append(.empty)
      for finding in checks.legal where finding.law == law {
        let (symbol, role) = ChecksPane.symbol(finding.verdict, symbols)
        lines.append(
          StyledLine([
            Span("\(symbol) \(CheckWords.itemLabel(finding.item, law: law)) ", role),
            Span(finding.item.summary, .heading), Span(": \(CheckWords.verdict(finding.verdict))", role),
          ]))
        paragraph(CheckWords.legalReason(finding, recordDate: situation.record?.id), .plain, indent: 4)
        if let url = finding.carrier?.regulation.url { paragraph(url, .dim, indent: 6) }
        for entry in finding.uncounted {
          paragraph(
            Strings.text("reports.finding.uncounted", symbols.attention, CheckWords.uncounted(entry)), .warning,
            indent: 4)
        }
        for practice in finding.practice {
          paragraph(
            Strings.text(
              "reports.finding.inPractice", symbols.arrowRight, cited(CheckWords.practice(practice), practice.citation)),
            .dim, indent: 4)
        }
      }
      lines.append(.empty)
      paragraph(Strings.text("reports.finding.legalExplanation"), .dim)
    case .readiness:
      lines += readiness(checks.readiness, situation, width: width, symbols: symbols)
    case .rule(let rule):
      let finding = checks.attention.first { $0.rule == rule }!
      let (symbol, role) = ChecksPane.ruleSymbol(finding, symbols)
      paragraph(rule.title, .heading)
      paragraph(Strings.text("reports.guideSections", rule.sections.joined(separator: ", §")), .dim)
      lines.append(.empty)
      lines.append(
        StyledLine([
          Span("\(symbol) \(CheckWords.attentionStatus(finding.verdict)): ", role),
          Span(CheckWords.attentionReason(finding.reason)),
        ]))
      for item in finding.evidence {
        var text = "\(symbols.arrowRight) \(CheckWords.evidence(item))"
        if let citation = item.citation { text = cited(text, citation) }
        paragraph(text, .plain, indent: 4)
      }
      lines.append(.empty)
      paragraph(rule.explanation)
    }
    return lines
  }

  static func readiness(_ readiness: ParticipationReadiness, _ situation: Situation, width: Int, symbols: Symbols)
    -> [StyledLine]
  {
    var lines: [StyledLine] = []
    func paragraph(_ text: String, _ role: Role, _ indent: Int) {
      for part in Wrapping.wrap(text, width: max(10, width - indent)) {
        lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(part, role)]))
      }
    }
    paragraph(
      Strings.text("reports.finding.readinessHeading", situation.name, DateWords.asOf(situation).capitalizedFirst),
      .heading, 0)
    let (symbol, role) = ChecksPane.readinessSymbol(readiness.overall, symbols)
    lines.append(
      StyledLine([
        Span("\(symbol) ", role), Span(CheckWords.readinessOverall(readiness.overall), role),
        Span(
          readiness.overall == .notApplicable ? "" : " \(symbols.separator) " + CheckWords.daysLeft(readiness.daysLeft),
          .dim),
      ]))
    paragraph(CheckWords.deadlineSource, .dim, 0)
    lines.append(.empty)
    if readiness.overall == .notApplicable {
      paragraph(Strings.text("reports.finding.notYetInForce"), .plain, 0)
      return lines
    }
    for item in readiness.items {
      let (mark, itemRole) = ChecksPane.symbol(item.verdict, symbols)
      lines.append(
        StyledLine([
          Span("\(mark) ", itemRole), Span(CheckWords.readinessItem(item.item), .heading),
          Span(": \(CheckWords.verdict(item.verdict))", itemRole),
        ]))
      let reason = CheckWords.readinessReason(item)
      if !reason.isEmpty { paragraph(reason, .plain, 4) }
    }
    if let (regulation, inspraak) = readiness.inspraak {
      lines.append(.empty)
      paragraph(Strings.text("reports.finding.forInformation", CheckWords.inspraak(inspraak, in: regulation)), .dim, 0)
    }
    for regulation in readiness.adoptedBeforeNewText {
      lines.append(.empty)
      paragraph(
        Strings.text("reports.finding.adoptedBeforeNewText", symbols.attention, CitationWords.regulation(regulation)),
        .warning, 0)
    }
    if readiness.deadlinePassed {
      lines.append(.empty)
      paragraph(Strings.text("reports.finding.deadlinePassed"), .dim, 0)
    }
    lines.append(.empty)
    paragraph(Strings.text("reports.finding.readinessExplanation"), .dim, 0)
    return lines
  }
}
