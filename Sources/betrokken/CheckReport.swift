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
          out += "    \(mark(finding.verdict)) \(CheckWords.itemLabel(finding.item, law: law)) \(finding.item.summary): \(CheckWords.verdict(finding.verdict)) — \(CheckWords.legalReason(finding, recordDate: situation.record?.id))\n"
          if let url = finding.carrier?.regulation.url { out += "        \(url)\n" }
          for entry in finding.uncounted { out += "        ! telt niet mee: \(CheckWords.uncounted(entry))\n" }
          for practice in finding.practice {
            out += "        → in de praktijk: \(CheckWords.practice(practice)) (bron: \(CitationWords.describe(practice.citation, in: situation)))\n"
          }
        }
      }
      out += readiness(checks.readiness)
      out += "  Aandachtspunten van de leidraad\n"
      for finding in checks.attention {
        let symbol = ChecksPane.ruleSymbol(finding, .unicode).0
        out += "    \(symbol) \(finding.rule.rawValue) (§\(finding.rule.sections.joined(separator: ", §"))): \(CheckWords.attentionStatus(finding.verdict)) — \(CheckWords.attentionReason(finding.reason))\n"
        if finding.isRaised {
          for evidence in finding.evidence {
            var text = "→ \(CheckWords.evidence(evidence))"
            if let citation = evidence.citation { text += " (bron: \(CitationWords.describe(citation, in: situation)))" }
            out += "        \(text)\n"
          }
        }
      }
      let readiness = CheckWords.readinessOverall(checks.readiness.overall)
      out += "  Samen: \(checks.count(.met)) voldaan, \(checks.count(.notMet)) niet voldaan, \(checks.count(.undecidable)) niet te beoordelen; participatieverordening: \(readiness); \(Dutch.count(checks.raisedWarnings.count, "aandachtspunt", "aandachtspunten")) van toepassing.\n\n"
    }
    return out
  }

  static func readiness(_ readiness: ParticipationReadiness) -> String {
    var out = "  Participatieverordening (Gemeentewet art. 150), uiterlijk \(ParticipationReadiness.deadline): "
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
      out += "    (ter informatie) \(CheckWords.inspraak(inspraak, in: regulation))\n"
    }
    for regulation in readiness.adoptedBeforeNewText {
      out += "    ! \(CitationWords.regulation(regulation)) is vastgesteld voor 2025, mogelijk onder de oude tekst van art. 150: controleer uitvoering, evaluatie en uitdaagrecht opnieuw\n"
    }
    if readiness.deadlinePassed { out += "    de termijn is verstreken\n" }
    return out
  }

  static func mark(_ verdict: Verdict) -> String {
    ChecksPane.symbol(verdict, .unicode).0
  }
}
