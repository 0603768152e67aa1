import BetrokkenModel

/// Begrippen: the guide's terms in our own short words, with the section they come from.
enum GlossaryOverlay {
  static func lines(width: Int, symbols: Symbols) -> [StyledLine] {
    var lines: [StyledLine] = []
    func heading(_ text: String) {
      if !lines.isEmpty { lines.append(.empty) }
      lines.append(StyledLine(text, .heading))
    }
    func entry(_ term: String, _ text: String, role: Role = .plain) {
      let termWidth = 16
      for (i, part) in Wrapping.wrap(text, width: max(10, width - termWidth)).enumerated() {
        lines.append(StyledLine([Span(pad(i == 0 ? term : "", termWidth), .accent), Span(part, role)]))
      }
    }
    heading(Strings.text("reports.glossary.ladder"))
    let rungText: [Rung: String] = [
      .inform: Strings.text("reports.glossary.inform"),
      .consult: Strings.text("reports.glossary.consult"),
      .advise: Strings.text("reports.glossary.advise"),
      .coproduce: Strings.text("reports.glossary.coproduce"),
      .codecide: Strings.text("reports.glossary.codecide"),
    ]
    for rung in Rung.allCases.reversed() {
      entry(rung.label, "(\(rung.role)) " + rungText[rung]!)
    }
    entry(Strings.text("reports.glossary.roomTerm"), Strings.text("reports.glossary.room"))
    lines.append(.empty)
    entry(Strings.text("reports.glossary.noteTerm", symbols.attention), Strings.text("reports.glossary.note"),
      role: .warning)
    heading(Strings.text("reports.glossary.cycle"))
    let phaseText: [Phase: String] = [
      .agenda: Strings.text("reports.glossary.agenda"),
      .formulation: Strings.text("reports.glossary.formulation"),
      .decision: Strings.text("reports.glossary.decision"),
      .implementation: Strings.text("reports.glossary.implementation"),
      .evaluation: Strings.text("reports.glossary.evaluation"),
    ]
    for phase in Phase.allCases { entry(phase.label, phaseText[phase]!) }
    heading(Strings.text("reports.glossary.scale"))
    entry(Strings.text("reports.glossary.neighbourhoodTerm"), Strings.text("reports.glossary.neighbourhood"))
    entry(Strings.text("reports.glossary.localTerm"), Strings.text("reports.glossary.local"))
    entry(Strings.text("reports.glossary.regionalTerm"), Strings.text("reports.glossary.regional"))
    heading(Strings.text("reports.glossary.form"))
    entry(Strings.text("reports.glossary.fixedTerm"), Strings.text("reports.glossary.fixed"))
    entry(Strings.text("reports.glossary.flexibleTerm"), Strings.text("reports.glossary.flexible"))
    entry(Strings.text("reports.glossary.directTerm"), Strings.text("reports.glossary.direct"))
    entry(Strings.text("reports.glossary.indirectTerm"), Strings.text("reports.glossary.indirect"))
    heading(Strings.text("reports.glossary.legalItems"))
    for item in LegalItem.allCases { entry(item.label, item.summary) }
    entry("Jeugdwet", Strings.text("reports.glossary.youthAct"))
    entry("Participatiewet", Strings.text("reports.glossary.participationAct"))
    return lines
  }
}
