import BetrokkenModel

/// Pane 3: the phase × rung matrix (§4.3 × §4.2): per phase, the forms at each rung — named by short names where
/// the pane is wide enough (from about 120 columns of screen), counted where it is narrow or a cell holds too many.
/// A phase where no form is known to act is marked with a symbol and words, not only colour.
enum CyclePane: DashboardPane {
  static let id = PaneID.cycle

  /// A rung's column heading in the matrix.
  static func abbreviation(_ rung: Rung) -> String {
    switch rung {
    case .inform: Strings.text("screen.cycle.abbreviation.inform")
    case .consult: Strings.text("screen.cycle.abbreviation.consult")
    case .advise: Strings.text("screen.cycle.abbreviation.advise")
    case .coproduce: Strings.text("screen.cycle.abbreviation.coproduce")
    case .codecide: Strings.text("screen.cycle.abbreviation.codecide")
    }
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let analysis = context.analysis else { return [StyledLine(Strings.text("screen.noMunicipality"), .dim)] }
    let hasUnknownRung = !analysis.unknownRungByPhase.isEmpty
    let columns: [Rung?] = Rung.allCases.map { $0 } + (hasUnknownRung ? [nil] : [])
    // Wide panes name the forms in the cells (short names, explained below); narrow ones count them.
    let naming = width >= 40
    let cellWidth =
      naming ? max(5, min(14, (width - 15 - 2) / columns.count)) : (width >= 15 + columns.count * 5 + 14 ? 5 : 4)
    // Two columns stay free for the row's marker (" ?" or " !").
    let labelWidth = max(8, min(15, width - columns.count * cellWidth - 2))
    let short = Abbreviations(analysis.profile.formsInPlace.map(\.name))
    var named: [String] = []
    func cell(_ text: String) -> String {
      String(repeating: " ", count: max(0, cellWidth - DisplayWidth.of(text))) + text
    }
    func label(_ text: String) -> String {
      text + String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(text)))
    }
    let room = width - labelWidth - columns.count * cellWidth
    var header: [Span] = [Span(label(""), .dim)]
    for rung in columns { header.append(Span(cell(rung.map(abbreviation) ?? symbols.unknown), .heading)) }
    var lines = [StyledLine(header)]
    // A cell's short names packed into lines of the cell's width; wide panes stack up to four lines per phase.
    let maxLines = width >= 60 ? 4 : 1
    func packed(_ names: [String]) -> [String]? {
      var lines: [String] = []
      for name in names {
        if let last = lines.last, DisplayWidth.of(last) + 1 + DisplayWidth.of(name) < cellWidth {
          lines[lines.count - 1] = last + "," + name
        } else {
          guard DisplayWidth.of(name) < cellWidth else { return nil }
          lines.append(name)
        }
      }
      return lines.count <= maxLines ? lines : nil
    }
    for phase in Phase.allCases {
      let name = labelWidth >= 15 ? phase.label : shortLabel(phase)
      // Per column: the cell's lines and role.
      var cells: [(lines: [String], role: Role, named: Bool)] = []
      for rung in columns {
        let forms = rung.map { analysis.forms(in: phase, at: $0) } ?? (analysis.unknownRungByPhase[phase] ?? [])
        let role: Role = forms.isEmpty ? .dim : (rung == nil ? .unknown : .met)
        if naming, !forms.isEmpty, let lines = packed(forms.map { short($0.name) }) {
          for form in forms where !named.contains(form.name) { named.append(form.name) }
          cells.append((lines, role, true))
        } else {
          cells.append(([forms.isEmpty ? symbols.notReached : String(forms.count)], role, false))
        }
      }
      let height = cells.map(\.lines.count).max() ?? 1
      for row in 0..<height {
        let head = row > 0 ? "" : DisplayWidth.of(name) > labelWidth ? String(name.prefix(labelWidth - 1)) + "." : name
        var spans = [Span(label(head), .heading)]
        for column in cells {
          let text = row < column.lines.count ? column.lines[row] : ""
          spans.append(
            column.named
              ? Span(
                " " + text + String(repeating: " ", count: max(0, cellWidth - 1 - DisplayWidth.of(text))), column.role)
              : Span(cell(text), column.role))
        }
        if row == 0 {
          switch analysis.phaseStatus(phase) {
          case .involved: break
          case .none:
            let words = room >= 19 ? " " + Strings.text("screen.cycle.noFormKnown") : ""
            spans.append(Span(" \(symbols.attention)" + words, .warning))
          case .unknown: spans.append(Span(" " + symbols.unknown, .unknown))
          }
        }
        lines.append(StyledLine(spans))
      }
    }
    let unknownPhases = analysis.formsWithUnknownPhases.count
    if unknownPhases > 0 {
      // Say when the phases are unknown because sources disagree on them.
      let disputed = analysis.formsWithUnknownPhases.count { $0.dispute(.phases) != nil }
      let differ =
        disputed == unknownPhases
        ? Strings.text("screen.sourcesDiffer") : Strings.text("screen.cycle.someSourcesDiffer", String(disputed))
      let why = disputed == 0 ? "" : " (\(differ))"
      let forms = Strings.count(unknownPhases, "screen.cycle.form")
      for part in Wrapping.wrap(
        "\(symbols.unknown) \(Strings.text("screen.cycle.phaseUnknown", forms))\(why)", width: width)
      {
        lines.append(StyledLine(part, .unknown))
      }
    }
    // Every column and every short name explained; a short name is never parted from its meaning.
    let legend =
      Rung.allCases.map { "\(abbreviation($0)) \($0.label)" }
      + (hasUnknownRung ? ["\(symbols.unknown) \(Strings.text("screen.cycle.rungUnknownColumn"))"] : [])
    for part in Wrapping.wrapItems(legend, width: width) { lines.append(StyledLine(part, .dim)) }
    let names = named.filter { short($0) != $0 }
    for part in Wrapping.wrapItems(names.map { "\(short($0)) \($0)" }, width: width) {
      lines.append(StyledLine(part, .dim))
    }
    return lines
  }

  static func shortLabel(_ phase: Phase) -> String {
    switch phase {
    case .agenda: Strings.text("screen.cycle.phaseShort.agenda")
    case .formulation: Strings.text("screen.cycle.phaseShort.formulation")
    case .decision: Strings.text("screen.cycle.phaseShort.decision")
    case .implementation: Strings.text("screen.cycle.phaseShort.implementation")
    case .evaluation: Strings.text("screen.cycle.phaseShort.evaluation")
    }
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    PaneContent(title: PaneTable.title(id), lines: lines(context, width: width, symbols: symbols))
  }
}
