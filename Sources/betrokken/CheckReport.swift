import BetrokkenModel
import BetrokkenScreen

/// The text form of `betrokken check`: per municipality the legal items with the regulation and article that decide
/// them and what practice shows, participatieverordening readiness, and the attention points.
enum CheckReport {
  static func text(_ results: [(Situation, ProfileChecks)]) -> String {
    var out = ""
    for (situation, checks) in results {
      out += "\(situation.name) (\(situation.code)), \(DateWords.asOf(situation))\n"
      for law in Law.allCases {
        out += "  \(law.label) \(law.article)\n"
        for finding in checks.legal where finding.law == law {
          out +=
            "    \(mark(finding.verdict)) \(CheckWords.itemLabel(finding.item, law: law)) \(finding.item.summary): \(CheckWords.verdict(finding.verdict)) — \(CheckWords.legalReason(finding, recordDate: situation.record?.id))\n"
          if let url = finding.carrier?.regulation.url { out += "        \(url)\n" }
          for entry in finding.uncounted {
            out += "        \(Strings.text("cli.check.uncounted", CheckWords.uncounted(entry)))\n"
          }
          for practice in finding.practice {
            out +=
              "        \(Strings.text("cli.check.practice", CheckWords.practice(practice), CitationWords.describe(practice.citation, in: situation)))\n"
          }
        }
      }
      out += readiness(checks.readiness)
      out += "  \(Strings.text("cli.check.attentionHeading"))\n"
      for finding in checks.attention {
        let symbol = ChecksPane.ruleSymbol(finding, .unicode).0
        out +=
          "    \(symbol) \(finding.rule.title) (§\(finding.rule.sections.joined(separator: ", §"))): \(CheckWords.attentionStatus(finding.verdict)) — \(CheckWords.attentionReason(finding.reason))\n"
        if finding.isRaised {
          for evidence in finding.evidence {
            var text = "→ \(CheckWords.evidence(evidence))"
            if let citation = evidence.citation {
              text += " \(Strings.text("cli.check.source", CitationWords.describe(citation, in: situation)))"
            }
            out += "        \(text)\n"
          }
        }
      }
      let readiness = CheckWords.readinessOverall(checks.readiness.overall)
      out +=
        "  \(Strings.text("cli.check.total", String(checks.count(.met)), String(checks.count(.notMet)), String(checks.count(.undecidable)), readiness, Strings.count(checks.raisedWarnings.count, "cli.check.attentionPointsApply")))\n\n"
    }
    return out
  }

  static func readiness(_ readiness: ParticipationReadiness) -> String {
    var out = "  \(Strings.text("cli.check.readinessHeading", "\(ParticipationReadiness.deadline)")): "
    let symbol = ChecksPane.readinessSymbol(readiness.overall, .unicode).0
    out += "\(symbol) \(CheckWords.readinessOverall(readiness.overall))"
    if readiness.overall != .notApplicable { out += " — \(CheckWords.daysLeft(readiness.daysLeft))" }
    out += "\n    (\(CheckWords.deadlineSource))\n"
    for item in readiness.items {
      let reason = CheckWords.readinessReason(item)
      out += "    \(mark(item.verdict)) \(CheckWords.readinessItem(item.item)): \(CheckWords.verdict(item.verdict))"
      out += reason.isEmpty ? "\n" : " — \(reason)\n"
    }
    if let (regulation, inspraak) = readiness.inspraak {
      out += "    \(Strings.text("cli.check.forInformation", CheckWords.inspraak(inspraak, in: regulation)))\n"
    }
    for regulation in readiness.adoptedBeforeNewText {
      out += "    \(Strings.text("cli.check.adoptedBeforeNewText", CitationWords.regulation(regulation)))\n"
    }
    if readiness.deadlinePassed { out += "    \(Strings.text("cli.check.deadlinePassed"))\n" }
    return out
  }

  static func mark(_ verdict: Verdict) -> String {
    ChecksPane.symbol(verdict, .unicode).0
  }
}
