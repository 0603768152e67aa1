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
    for rung in Rung.allCases.reversed() {
      entry(rung.label, "(\(rung.role)) " + explanation(rung))
    }
    entry(Strings.text("reports.glossary.roomTerm"), Strings.text("reports.glossary.room"))
    lines.append(.empty)
    entry(
      Strings.text("reports.glossary.noteTerm", symbols.attention), Strings.text("reports.glossary.note"),
      role: .warning)
    heading(Strings.text("reports.glossary.cycle"))
    for phase in Phase.allCases { entry(phase.label, explanation(phase)) }
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

  static func explanation(_ rung: Rung) -> String {
    switch rung {
    case .inform: Strings.text("reports.glossary.inform")
    case .consult: Strings.text("reports.glossary.consult")
    case .advise: Strings.text("reports.glossary.advise")
    case .coproduce: Strings.text("reports.glossary.coproduce")
    case .codecide: Strings.text("reports.glossary.codecide")
    }
  }

  static func explanation(_ phase: Phase) -> String {
    switch phase {
    case .agenda: Strings.text("reports.glossary.agenda")
    case .formulation: Strings.text("reports.glossary.formulation")
    case .decision: Strings.text("reports.glossary.decision")
    case .implementation: Strings.text("reports.glossary.implementation")
    case .evaluation: Strings.text("reports.glossary.evaluation")
    }
  }
}
