import BetrokkenModel

/// `betrokken overview --as-of DATE --compare-with DATE`: the overview at two dates in columns, with how many
/// municipalities changed in between, as styled lines printed through the same grid as the overview.
public enum OverviewComparisonReport {
  public static func lines(_ comparison: OverviewComparison, width: Int, symbols: Symbols) -> [StyledLine] {
    let c = comparison
    var lines: [StyledLine] = []
    let labelWidth = 24
    let columnWidth = 14
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(.empty) }
      lines.append(StyledLine(text, .heading))
    }
    func columns(_ third: String) -> StyledLine {
      StyledLine([Span(pad("", labelWidth)), Span(pad(c.earlierDate.description, columnWidth), .dim),
        Span(pad(c.laterDate.description, columnWidth), .dim), Span(third, .dim)])
    }
    let municipalities = { (n: Int) in n == 1 ? "1 gemeente" : "\(n) gemeenten" }
    let intro = "Overzicht op \(c.earlierDate) en op \(c.laterDate), elk met het record dat toen gold: "
      + "\(municipalities(c.earlierCount)) met een record op \(c.earlierDate), \(c.laterCount) op \(c.laterDate); "
      + "van de \(c.inBoth) met een record op beide data \(c.newerRecord == 1 ? "heeft er 1" : "hebben er \(c.newerRecord)") "
      + "op \(c.laterDate) een nieuwer record. Verschil: bij hoeveel van die \(c.inBoth) het antwoord anders is "
      + "(+ erbij, − eraf). Tellingen gaan over vormen die op die dag meetellen volgens de bronnen; "
      + "\(symbols.unknown) betekent niet te beoordelen."
    for part in Wrapping.wrap(intro, width: width) { lines.append(StyledLine(part, .dim)) }

    func reachLine(_ label: String, _ reach: OverviewComparison.Reach) -> StyledLine {
      let change = [reach.gained > 0 ? "+\(reach.gained)" : nil, reach.lost > 0 ? "−\(reach.lost)" : nil].compactMap { $0 }
      return StyledLine([Span(pad(label, labelWidth)), Span(pad("\(reach.earlier)/\(c.earlierCount)", columnWidth), .accent),
        Span(pad("\(reach.later)/\(c.laterCount)", columnWidth), .accent),
        Span(change.isEmpty ? "0" : change.joined(separator: " "), change.isEmpty ? .dim : .plain)])
    }
    heading("Participatieladder: gemeenten met een vorm op deze trede (§4.2)")
    lines.append(columns("verschil"))
    for rung in Rung.allCases.reversed() { lines.append(reachLine(rung.label, c.rungs[rung] ?? .init())) }
    heading("Beleidscyclus: gemeenten met een vorm in deze fase (§4.3)")
    lines.append(columns("verschil"))
    for phase in Phase.allCases { lines.append(reachLine(phase.label, c.phases[phase] ?? .init())) }

    heading("Wettelijke onderdelen: \(symbols.met) voldaan, \(symbols.notMet) niet voldaan, \(symbols.unknown) niet te beoordelen")
    lines.append(columns("anders  onderdeel [letter in de Pw]"))
    func verdicts(_ counts: [Verdict: Int]) -> String {
      "\(counts[.met] ?? 0)\(symbols.met)\(counts[.notMet] ?? 0)\(symbols.notMet)\(counts[.undecidable] ?? 0)\(symbols.unknown)"
    }
    for law in Law.allCases {
      for item in LegalItem.allCases {
        let own = law == .participationAct ? item.participationActLetter.map { " [\($0)]" } ?? "" : ""
        let label = "\(law.label) (\(item.rawValue))\(own)"
        guard let answers = c.legal[law]?[item] else {
          lines.append(StyledLine([Span(pad(label, labelWidth), .dim), Span("n.v.t.", .dim)]))
          continue
        }
        lines.append(StyledLine([
          Span(pad(label, labelWidth)),
          Span(pad(verdicts(answers.earlier), columnWidth), (answers.earlier[.notMet] ?? 0) > 0 ? .notMet : .plain),
          Span(pad(verdicts(answers.later), columnWidth), (answers.later[.notMet] ?? 0) > 0 ? .notMet : .plain),
          Span(pad(String(answers.changed), 8), answers.changed > 0 ? .accent : .dim),
          Span(item.summary, .dim),
        ]))
      }
    }

    heading("Participatieverordening (Gemeentewet art. 150) klaar voor 1-1-2027")
    lines.append(columns(""))
    let rows: [(ParticipationReadiness.Overall, String, Role)] = [
      (.ready, "\(symbols.met) klaar", .met), (.notReady, "\(symbols.notMet) niet klaar", .notMet),
      (.undecidable, "\(symbols.unknown) niet te beoordelen", .unknown),
      (.notApplicable, "\(symbols.notApplicable) n.v.t. (voor 2025)", .dim),
    ]
    for (overall, label, style) in rows {
      lines.append(StyledLine([Span(pad(label, labelWidth), style),
        Span(pad(String(c.readiness.earlier[overall] ?? 0), columnWidth)), Span(String(c.readiness.later[overall] ?? 0))]))
    }
    let notCompared = c.inBoth - c.readiness.compared
    lines.append(StyledLine([Span(pad("anders", labelWidth), .dim),
      Span("\(c.readiness.changed) van \(c.readiness.compared)", c.readiness.changed > 0 ? .accent : .dim),
      Span(notCompared > 0 ? " (\(notCompared) n.v.t. voor 2025, niet meegeteld)" : "", .dim)]))
    return lines
  }

  /// Plain text for the command line, through the same grid as the dashboard.
  public static func text(_ comparison: OverviewComparison, width: Int, symbols: Symbols) -> String {
    StyledLine.plainText(lines(comparison, width: width, symbols: symbols), width: width, symbols: symbols)
  }
}
