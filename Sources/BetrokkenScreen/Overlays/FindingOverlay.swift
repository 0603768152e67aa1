import BetrokkenModel

/// Explains the selected row of the Toetsing pane: per legal item the verdict with the regulation and article that
/// decide it and what practice shows; readiness item by item; or an attention rule with its evidence.
enum FindingOverlay {
  static func title(_ context: DashboardContext) -> String {
    guard let checks = context.checks else { return "Toetsing" }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law): return "Toetsing: \(law.label) \(law.article)"
    case .readiness: return "Participatieverordening: Gemeentewet art. 150"
    case .rule(let rule): return "Aandachtspunt: \(rule.rawValue)"
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
      "\(text) (bron: \(CitationWords.describe(citation, in: situation)))"
    }
    let rows = ChecksPane.rows(checks)
    switch rows[min(context.state.selectedFinding, rows.count - 1)] {
    case .law(let law):
      paragraph("\(situation.name): wat de \(law.label) (\(law.article)) van de verordening vraagt, \(DateWords.asOf(situation)).", .heading)
      if law == .participationAct {
        paragraph("De Participatiewet kent geen onderdeel (a) en gaat over cliënten van de wet. Haar eigen letters staan tussen [ ]: Pw (a) is Wmo (b).", .dim)
      }
      lines.append(.empty)
      for finding in checks.legal where finding.law == law {
        let (symbol, role) = ChecksPane.symbol(finding.verdict, symbols)
        lines.append(StyledLine([Span("\(symbol) \(CheckWords.itemLabel(finding.item, law: law)) ", role),
          Span(finding.item.summary, .heading), Span(": \(CheckWords.verdict(finding.verdict))", role)]))
        paragraph(CheckWords.legalReason(finding, recordDate: situation.record?.id), .plain, indent: 4)
        if let url = finding.carrier?.regulation.url { paragraph(url, .dim, indent: 6) }
        for entry in finding.uncounted {
          paragraph("\(symbols.attention) telt niet mee: " + CheckWords.uncounted(entry), .warning, indent: 4)
        }
        for practice in finding.practice {
          paragraph("\(symbols.arrowRight) in de praktijk: " + cited(CheckWords.practice(practice), practice.citation), .dim, indent: 4)
        }
      }
      lines.append(.empty)
      paragraph("Voldaan: een verordening van de raad die op deze datum van kracht is, of nadere regels op grond daarvan, regelt het onderdeel; het artikel staat erbij. Niet voldaan: volgens de bron is de lijst van regelingen compleet (of is er geen verordening), alles is helemaal gelezen en niets regelt het. Anders is het niet te beoordelen. Wat vormen in de praktijk doen, staat erbij, maar beslist niets: de wet vraagt dat de verordening het regelt.", .dim)
    case .readiness:
      lines += readiness(checks.readiness, situation, width: width, symbols: symbols)
    case .rule(let rule):
      let finding = checks.attention.first { $0.rule == rule }!
      let (symbol, role) = ChecksPane.ruleSymbol(finding, symbols)
      paragraph(rule.title, .heading)
      paragraph("Leidraad §" + rule.sections.joined(separator: ", §"), .dim)
      lines.append(.empty)
      lines.append(StyledLine([Span("\(symbol) \(CheckWords.attentionStatus(finding.verdict)): ", role),
        Span(CheckWords.attentionReason(finding.reason))]))
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

  static func readiness(_ readiness: ParticipationReadiness, _ situation: Situation, width: Int, symbols: Symbols) -> [StyledLine] {
    var lines: [StyledLine] = []
    func paragraph(_ text: String, _ role: Role, _ indent: Int) {
      for part in Wrapping.wrap(text, width: max(10, width - indent)) {
        lines.append(StyledLine([Span(String(repeating: " ", count: indent)), Span(part, role)]))
      }
    }
    paragraph("\(situation.name): participatieverordening klaar voor 1 januari 2027? \(DateWords.asOf(situation).capitalizedFirst).", .heading, 0)
    let (symbol, role) = ChecksPane.readinessSymbol(readiness.overall, symbols)
    lines.append(StyledLine([Span("\(symbol) ", role), Span(CheckWords.readinessOverall(readiness.overall), role),
      Span(readiness.overall == .notApplicable ? "" : " \(symbols.separator) " + CheckWords.daysLeft(readiness.daysLeft), .dim)]))
    paragraph(CheckWords.deadlineSource, .dim, 0)
    lines.append(.empty)
    if readiness.overall == .notApplicable {
      paragraph("Het nieuwe artikel 150 van de Gemeentewet geldt vanaf 1 januari 2025; voor die datum is er niets te toetsen.", .plain, 0)
      return lines
    }
    for item in readiness.items {
      let (mark, itemRole) = ChecksPane.symbol(item.verdict, symbols)
      lines.append(StyledLine([Span("\(mark) ", itemRole), Span(CheckWords.readinessItem(item.item), .heading),
        Span(": \(CheckWords.verdict(item.verdict))", itemRole)]))
      let reason = CheckWords.readinessReason(item)
      if !reason.isEmpty { paragraph(reason, .plain, 4) }
    }
    if let (regulation, inspraak) = readiness.inspraak {
      lines.append(.empty)
      paragraph("Ter informatie, telt niet mee: " + CheckWords.inspraak(inspraak, in: regulation), .dim, 0)
    }
    for regulation in readiness.adoptedBeforeNewText {
      lines.append(.empty)
      paragraph("\(symbols.attention) \(CitationWords.regulation(regulation)) is vastgesteld voor 2025, mogelijk onder de oude tekst van art. 150 (alleen voorbereiding): controleer uitvoering, evaluatie en uitdaagrecht opnieuw.", .warning, 0)
    }
    if readiness.deadlinePassed {
      lines.append(.empty)
      paragraph("De termijn is verstreken. Betrokken zegt niet of een gemeente in overtreding is.", .dim, 0)
    }
    lines.append(.empty)
    paragraph("Alleen een verordening van de raad telt, en op haar inhoud: een verwijzing naar art. 150 in de aanhef is niet genoeg. Niet voldaan alleen als de bron de lijst compleet noemt en alles helemaal gelezen is. De uitkomst verandert geen exitcode.", .dim, 0)
    return lines
  }
}
