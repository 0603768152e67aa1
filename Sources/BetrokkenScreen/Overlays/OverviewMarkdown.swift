import BetrokkenModel

/// The overview of all loaded municipalities as a Markdown document (`overview --format markdown`): the sections
/// of `OverviewReport`, each a heading and a table with every row, counts right-aligned, legends below.
public enum OverviewMarkdown {
  /// The document for the data's municipalities on its as-of date.
  public static func text(_ data: DataSet) -> String {
    let overview = Overview(data.situations)
    let n = overview.municipalities
    let symbols = Symbols.unicode
    var document = MarkdownDocument()
    document.heading(Strings.text("reports.markdown.overview.heading", DateWords.long(data.asOf)))
    document.paragraph(Strings.text("reports.overview.intro", String(n), DateWords.long(data.asOf), symbols.unknown))

    // Ladder and cycle: how many reach each rung and phase, and in how many it could hide behind unknown data.
    func countTable(_ title: String) -> MarkdownTable {
      MarkdownTable(columns: [
        MarkdownTable.Column(title),
        MarkdownTable.Column(Strings.text("reports.markdown.overview.reaching", String(n)), alignment: .right),
        MarkdownTable.Column(Strings.text("reports.markdown.overview.unknown"), alignment: .right),
      ])
    }
    document.heading(Strings.text("reports.ladderHeading"))
    var ladder = countTable(Strings.text("reports.markdown.rung"))
    for rung in Rung.allCases.reversed() {
      ladder.append([rung.label, String(overview.reachingRung[rung] ?? 0), String(overview.rungUnknown[rung] ?? 0)])
    }
    document.table(ladder)
    document.heading(Strings.text("reports.cycleHeading"))
    var cycle = countTable(Strings.text("reports.markdown.phase"))
    for phase in Phase.allCases {
      cycle.append([
        phase.label, String(overview.involvedInPhase[phase] ?? 0), String(overview.phaseUnknown[phase] ?? 0),
      ])
    }
    document.table(cycle)

    // Legal items: per law and item, how many municipalities meet, do not meet, cannot be judged.
    document.heading(Strings.text("reports.markdown.overview.legalHeading"))
    var legal = MarkdownTable(columns: [
      MarkdownTable.Column(Strings.text("reports.markdown.law")),
      MarkdownTable.Column(Strings.text("reports.markdown.item")),
      MarkdownTable.Column(CheckWords.verdict(.met), alignment: .right),
      MarkdownTable.Column(CheckWords.verdict(.notMet), alignment: .right),
      MarkdownTable.Column(CheckWords.verdict(.undecidable), alignment: .right),
    ])
    for law in Law.allCases {
      for item in LegalItem.allCases {
        guard let counts = overview.legal[law]?[item] else {
          // The Participatiewet has no item (a).
          let notApplicable = Strings.text("reports.notApplicable")
          legal.append([law.label, "(\(item.rawValue))", notApplicable, notApplicable, notApplicable])
          continue
        }
        legal.append([
          law.label, "\(CheckWords.itemLabel(item, law: law)) \(item.summary)", String(counts[.met] ?? 0),
          String(counts[.notMet] ?? 0), String(counts[.undecidable] ?? 0),
        ])
      }
    }
    document.table(legal)

    // Readiness for the participatieverordening deadline.
    document.heading(Strings.text("reports.overview.readinessHeading", DateWords.long(data.asOf)))
    let readiness = overview.readiness
    if (readiness[.notApplicable] ?? 0) == n && n > 0 {
      document.paragraph(Strings.text("reports.overview.notYetInForce"))
    } else {
      var table = MarkdownTable(columns: [
        MarkdownTable.Column(Strings.text("reports.markdown.verdict")),
        MarkdownTable.Column(Strings.text("reports.markdown.municipalities"), alignment: .right),
      ])
      let overalls: [ParticipationReadiness.Overall] = [.ready, .notReady, .undecidable, .notApplicable]
      for overall in overalls {
        table.append([CheckWords.readinessOverall(overall), String(readiness[overall] ?? 0)])
      }
      document.table(table)
    }

    // The attention points raised most often.
    document.heading(Strings.text("reports.overview.warningsHeading"))
    if overview.warnings.isEmpty {
      document.paragraph(Strings.text("reports.overview.noWarnings"))
    } else {
      var table = MarkdownTable(columns: [
        MarkdownTable.Column(Strings.text("reports.markdown.attentionPoint")),
        MarkdownTable.Column(Strings.text("reports.markdown.sections")),
        MarkdownTable.Column(Strings.text("reports.markdown.municipalities"), alignment: .right),
      ])
      for (rule, count) in overview.warnings {
        table.append([rule.title, "§" + rule.sections.joined(separator: ", §"), String(count)])
      }
      document.table(table)
    }

    // The ranking: highest rung first, then most findings.
    document.heading(Strings.text("reports.overview.rankingHeading"))
    var ranking = MarkdownTable(columns: [
      MarkdownTable.Column(Strings.text("reports.overview.municipalityColumn")),
      MarkdownTable.Column(Strings.text("reports.overview.highestRungColumn")),
      MarkdownTable.Column(Strings.text("reports.overview.formsColumn"), alignment: .right),
      MarkdownTable.Column(Strings.text("reports.overview.warningsColumn", symbols.attention), alignment: .right),
      MarkdownTable.Column(Strings.text("reports.overview.lawColumn", symbols.notMet), alignment: .right),
      MarkdownTable.Column(Strings.text("reports.overview.lawColumn", symbols.unknown), alignment: .right),
    ])
    for row in overview.ranking {
      ranking.append([
        row.profile.name, row.highestRung?.label ?? symbols.unknown, FormWords.count(row.profile),
        String(row.warnings), String(row.legalNotMet), String(row.undecidable),
      ])
    }
    document.table(ranking)
    document.paragraph(
      Strings.text("reports.markdown.overview.rankingLegend", symbols.attention, symbols.notMet, symbols.unknown))
    return document.rendered
  }
}
