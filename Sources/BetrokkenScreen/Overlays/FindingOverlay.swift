import BetrokkenModel

/// Explains the selected row of the Toetsing pane: per legal item or for an attention rule, the verdict, the
/// reason, the guide's sections and the evidence with its source.
enum FindingOverlay {
  static func title(_ context: DashboardContext) -> String {
    guard let checks = context.checks else { return "Toetsing" }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law): return "Toetsing: \(law.label) \(law.article)"
    case .rule(let rule): return "Aandachtspunt: \(rule.rawValue)"
    }
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let checks = context.checks, let profile = context.selected else { return [] }
    var lines: [StyledLine] = []
    func paragraph(_ text: String, _ role: Role = .plain, indent: Int = 0) {
      for part in Wrapping.wrap(text, width: max(10, width - indent)) {
        lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(part, role)]))
      }
    }
    func evidence(_ items: [Evidence]) {
      for item in items {
        var text = "\(symbols.arrowRight) \(item.text)"
        if let citation = item.citation { text += " (bron: \(profile.describe(citation)))" }
        paragraph(text, .plain, indent: 4)
      }
    }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law):
      paragraph("\(profile.name): wat de \(law.label) (\(law.article)) van de verordening vraagt.", .heading)
      if law == .participationAct {
        paragraph("De Participatiewet kent geen onderdeel (a) en gaat over cliënten van de wet.", .dim)
      }
      lines.append(.empty)
      for finding in checks.legal where finding.law == law {
        let (symbol, role) = ChecksPane.symbol(finding.verdict, symbols)
        lines.append(StyledLine([Span("\(symbol) \(finding.item.label) ", role), Span(finding.item.summary, .heading),
          Span(": \(finding.verdict.label)", role)]))
        paragraph(finding.reason, .dim, indent: 4)
        evidence(finding.evidence)
      }
      lines.append(.empty)
      paragraph("Voldaan: de verordening regelt het, of een bestaande vorm voor deze wet doet het in de praktijk. Niet voldaan: de verordening regelt het niet, of een vastgesteld feit staat het in de weg (zoals een agenda die de gemeente alleen bepaalt). Verder is het niet te beoordelen; de leidraad zegt niets over verordeningen, dus dat komt hier vaak voor.", .dim)
    case .rule(let rule):
      let finding = checks.attention.first { $0.rule == rule }!
      let (symbol, role) = ChecksPane.ruleSymbol(finding, symbols)
      paragraph(rule.title, .heading)
      paragraph("Leidraad §" + rule.sections.joined(separator: ", §"), .dim)
      lines.append(.empty)
      lines.append(StyledLine([Span("\(symbol) \(finding.statusLabel): ", role), Span(finding.reason)]))
      evidence(finding.evidence)
      lines.append(.empty)
      paragraph(rule.explanation)
    }
    return lines
  }
}
