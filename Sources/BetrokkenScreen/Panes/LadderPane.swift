import BetrokkenModel

/// Pane 2: the participation ladder (§4.2), top rung first, each with the forms that reach it.
/// The highest rung reached carries its own symbol; a form with an unknown rung is listed apart, never placed.
/// Wide panes put forms beside their rung; narrow ones put them on the lines below it.
enum LadderPane: DashboardPane {
  static let id = PaneID.ladder

  /// One row of the ladder: a rung heading, a form, or both on one line.
  struct Row {
    var rungSpans: [Span]
    /// Index of the form in ladder order, when the row shows a form.
    var formIndex: Int?
    var form: Form?
  }

  static func rows(_ context: DashboardContext, width: Int, symbols: Symbols) -> [Row] {
    guard let analysis = context.analysis else { return [] }
    let stacked = width < 36
    let showRole = width >= 52
    let labelWidth = showRole ? 31 : 14
    var rows: [Row] = []
    var formIndex = 0
    let highest = analysis.highestRung
    func add(head: [Span], forms: [Form]) {
      if stacked || forms.isEmpty {
        rows.append(Row(rungSpans: head))
        for form in forms {
          rows.append(Row(rungSpans: [Span("  ")], formIndex: formIndex, form: form))
          formIndex += 1
        }
        return
      }
      for (i, form) in forms.enumerated() {
        let spans = i == 0 ? head : [Span(String(repeating: " ", count: 2 + labelWidth))]
        rows.append(Row(rungSpans: spans, formIndex: formIndex, form: form))
        formIndex += 1
      }
    }
    for rung in Rung.allCases.reversed() {
      let forms = analysis.formsByRung[rung] ?? []
      let symbol = rung == highest ? symbols.highest : (forms.isEmpty ? symbols.notReached : symbols.reached)
      let role: Role = rung == highest ? .accent : (forms.isEmpty ? .dim : .met)
      let label = showRole ? "\(rung.label) (\(rung.role))" : rung.label
      let text = stacked ? label : pad(label, labelWidth)
      add(head: [Span(symbol + " ", role), Span(text, forms.isEmpty ? .dim : .heading)], forms: forms)
    }
    if !analysis.formsWithUnknownRung.isEmpty {
      let text = stacked ? Strings.text("screen.ladder.rungUnknown") : pad(Strings.text("screen.unknown"), labelWidth)
      add(head: [Span(symbols.unknown + " ", .unknown), Span(text, .unknown)], forms: analysis.formsWithUnknownRung)
    }
    if !analysis.formsNotInPlace.isEmpty {
      let text =
        stacked
        ? Strings.text("screen.ladder.notCounting") : pad(Strings.text("screen.ladder.notCountingShort"), labelWidth)
      add(head: [Span(symbols.notApplicable + " ", .dim), Span(text, .dim)], forms: analysis.formsNotInPlace)
    }
    return rows
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let analysis = context.analysis else { return [StyledLine(Strings.text("screen.noMunicipality"), .dim)] }
    let focused = context.state.focus == .ladder && context.state.panesHaveFocus
    var lines: [StyledLine] = rows(context, width: width, symbols: symbols).map { row in
      guard let form = row.form, let index = row.formIndex else { return StyledLine(row.rungSpans) }
      let isSelected = focused && index == context.state.selectedForm
      var spans = row.rungSpans
      spans.append(Span(isSelected ? symbols.selected + " " : "  ", isSelected ? .selected : .plain))
      // The status goes before the name, so cutting a long name never hides it.
      let standing = form.standing(on: analysis.profile.asOf)
      switch standing {
      case .running(.pilot): spans.append(Span(Strings.text("screen.ladder.pilot") + ": ", .accent))
      case .running(.statusUnknown): spans.append(Span(Strings.text("screen.ladder.statusQuery") + ": ", .unknown))
      case .running(.existing): break
      case .planned: spans.append(Span(Strings.text("screen.ladder.planned") + ": ", .dim))
      case .notYetStarted: spans.append(Span(Strings.text("screen.ladder.notYet") + ": ", .dim))
      case .ended: spans.append(Span(Strings.text("screen.ladder.ended") + ": ", .dim))
      }
      if form.dispute(.rung) != nil { spans.append(Span(Strings.text("screen.ladder.rungQuery") + ": ", .unknown)) }
      if form.sharedBodyID != nil { spans.append(Span(Strings.text("screen.ladder.shared") + ": ", .accent)) }
      if !standing.isRunning, let rung = form.rung.value { spans.append(Span("\(rung.label): ", .dim)) }
      spans.append(Span(form.name, standing.isRunning ? .plain : .dim))
      return StyledLine(spans, rowRole: isSelected ? .selected : nil)
    }
    if analysis.profile.record == nil {
      let text = Strings.text("screen.noDataOn", analysis.profile.asOf.description)
      lines.append(StyledLine([Span(symbols.unknown + " ", .unknown), Span(text, .unknown)]))
    } else if analysis.profile.formsInPlace.isEmpty {
      let text = Strings.text("screen.ladder.noFormsCount", analysis.profile.asOf.description)
      lines.append(StyledLine([Span(symbols.unknown + " ", .unknown), Span(text, .unknown)]))
    }
    lines.append(.empty)
    if let highest = analysis.highestRung {
      // Say so when no source gives the status of the forms that reach it: they count, but may not exist.
      let reaching = analysis.formsByRung[highest] ?? []
      let statusUnknown = reaching.allSatisfy { $0.standing(on: analysis.profile.asOf) == .running(.statusUnknown) }
      let status = statusUnknown ? " (\(Strings.text("screen.ladder.statusUnknown")))" : ""
      lines.append(
        StyledLine([
          Span("\(symbols.highest) \(Strings.text("screen.ladder.highest")): ", .dim),
          Span(highest.label, .accent), Span(status, .unknown),
        ]))
      if highest == .inform && analysis.formsWithUnknownRung.isEmpty {
        for part in Wrapping.wrap(symbols.attention + " " + Strings.text("screen.ladder.informOnly"), width: width) {
          lines.append(StyledLine(part, .warning))
        }
      }
    } else {
      lines.append(StyledLine([Span(symbols.unknown + " " + Strings.text("screen.ladder.highestUnknown"), .unknown)]))
    }
    return lines
  }

  /// The line the selected form is on, to scroll it into view.
  static func selectedLine(_ context: DashboardContext, width: Int, symbols: Symbols) -> Int {
    rows(context, width: width, symbols: symbols).firstIndex { $0.formIndex == context.state.selectedForm } ?? 0
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    let focused = context.state.focus == .ladder && context.state.panesHaveFocus
    // The lines start with one per row, so a form's line is the first row that shows it.
    let rows = rows(context, width: width, symbols: symbols)
    let count = context.analysis?.formsInLadderOrder.count ?? 0
    let rowLines = (0..<count).map { index in rows.firstIndex { $0.formIndex == index } ?? 0 }
    return PaneContent(
      title: PaneTable.title(id), lines: lines(context, width: width, symbols: symbols),
      scrolling: focused ? .keepInView(line: selectedLine(context, width: width, symbols: symbols)) : .free,
      selectableRows: count, rowLines: rowLines)
  }
}
