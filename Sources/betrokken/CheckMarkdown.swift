import BetrokkenModel
import BetrokkenScreen

/// `betrokken check --format markdown`: the text report as a Markdown document for a council memo. Per
/// municipality a heading with its name, code and date, then tables of the legal items (law, item, verdict, reason,
/// practice), the participatieverordening readiness and the attention points, with full citations, and the total.
enum CheckMarkdown {
  static func text(_ results: [(Situation, ProfileChecks)]) -> String {
    var document = MarkdownDocument()
    for (situation, checks) in results {
      document.heading("\(situation.name) (\(situation.code)), \(DateWords.asOf(situation))")
      legal(checks, of: situation, into: &document)
      readiness(checks.readiness, into: &document)
      attention(checks, of: situation, into: &document)
      let overall = CheckWords.readinessOverall(checks.readiness.overall)
      document.paragraph(
        Strings.text(
          "cli.check.total", String(checks.count(.met)), String(checks.count(.notMet)),
          String(checks.count(.undecidable)), overall,
          Strings.count(checks.raisedWarnings.count, "cli.check.attentionPointsApply")))
    }
    return document.rendered
  }

  /// The legal items per law: the reason names the regulation (title, identifier, article) that decides; the
  /// regulations that do not count and what practice shows (with its source) stand beside it.
  static func legal(_ checks: ProfileChecks, of situation: Situation, into document: inout MarkdownDocument) {
    document.heading(Strings.text("cli.check.markdown.legalHeading"), level: 3)
    var table = MarkdownTable(columns: [
      MarkdownTable.Column(Strings.text("reports.markdown.law")),
      MarkdownTable.Column(Strings.text("reports.markdown.item")),
      MarkdownTable.Column(Strings.text("reports.markdown.verdict")),
      MarkdownTable.Column(Strings.text("cli.check.markdown.reason")),
      MarkdownTable.Column(Strings.text("cli.check.markdown.practice")),
    ])
    for law in Law.allCases {
      for finding in checks.legal where finding.law == law {
        var reason = [CheckWords.legalReason(finding, recordDate: situation.record?.id)]
        if let url = finding.carrier?.regulation.url { reason.append(url) }
        reason += finding.uncounted.map { Strings.text("cli.check.uncounted", CheckWords.uncounted($0)) }
        let practice = finding.practice.map { entry in
          let source = CitationWords.describe(entry.citation, in: situation)
          return "\(CheckWords.practice(entry)) \(Strings.text("cli.check.source", source))"
        }
        table.append([
          "\(law.label) \(law.article)", "\(CheckWords.itemLabel(finding.item, law: law)) \(finding.item.summary)",
          CheckWords.verdict(finding.verdict), reason.joined(separator: " · "), practice.joined(separator: "; "),
        ])
      }
    }
    document.table(table)
    document.paragraph(Strings.text("cli.check.markdown.legalLegend"))
  }

  /// Readiness for the participatieverordening deadline: the overall verdict and the days left, each item with its
  /// verdict and reason, then the notes (inspraak, adopted before the new text, deadline passed).
  static func readiness(_ readiness: ParticipationReadiness, into document: inout MarkdownDocument) {
    document.heading(Strings.text("cli.check.readinessHeading", "\(ParticipationReadiness.deadline)"), level: 3)
    var overall = "**\(CheckWords.readinessOverall(readiness.overall))**"
    if readiness.overall != .notApplicable { overall += " — \(CheckWords.daysLeft(readiness.daysLeft))" }
    document.paragraph(overall + " (\(CheckWords.deadlineSource))")
    var table = MarkdownTable(columns: [
      MarkdownTable.Column(Strings.text("reports.markdown.item")),
      MarkdownTable.Column(Strings.text("reports.markdown.verdict")),
      MarkdownTable.Column(Strings.text("cli.check.markdown.reason")),
    ])
    for item in readiness.items {
      table.append([
        CheckWords.readinessItem(item.item), CheckWords.verdict(item.verdict), CheckWords.readinessReason(item),
      ])
    }
    document.table(table)
    var notes: [String] = []
    if let (regulation, inspraak) = readiness.inspraak {
      notes.append(Strings.text("cli.check.forInformation", CheckWords.inspraak(inspraak, in: regulation)))
    }
    for regulation in readiness.adoptedBeforeNewText {
      notes.append(Strings.text("cli.check.adoptedBeforeNewText", CitationWords.regulation(regulation)))
    }
    if readiness.deadlinePassed { notes.append(Strings.text("cli.check.deadlinePassed")) }
    document.bullets(notes)
  }

  /// The guide's attention points by title (never the rule id), with their sections, status and reason; for a raised
  /// point also the evidence and its source.
  static func attention(_ checks: ProfileChecks, of situation: Situation, into document: inout MarkdownDocument) {
    document.heading(Strings.text("cli.check.attentionHeading"), level: 3)
    var table = MarkdownTable(columns: [
      MarkdownTable.Column(Strings.text("reports.markdown.attentionPoint")),
      MarkdownTable.Column(Strings.text("reports.markdown.sections")),
      MarkdownTable.Column(Strings.text("cli.check.markdown.status")),
      MarkdownTable.Column(Strings.text("cli.check.markdown.reason")),
    ])
    for finding in checks.attention {
      var reason = [CheckWords.attentionReason(finding.reason)]
      if finding.isRaised {
        for evidence in finding.evidence {
          var text = "→ \(CheckWords.evidence(evidence))"
          if let citation = evidence.citation {
            text += " \(Strings.text("cli.check.source", CitationWords.describe(citation, in: situation)))"
          }
          reason.append(text)
        }
      }
      table.append([
        finding.rule.title, "§" + finding.rule.sections.joined(separator: ", §"),
        CheckWords.attentionStatus(finding.verdict), reason.joined(separator: " · "),
      ])
    }
    document.table(table)
  }
}
