import BetrokkenModel

/// Pane 4: the scale levels (§5.3) with the forms at each; regional forms name their partner municipalities.
enum ScalePane: DashboardPane {
  static let id = PaneID.scale

  /// The forms the pane lists, in its order (by scale, then those with an unknown scale): what ↑↓ select.
  static func forms(_ context: DashboardContext) -> [Form] {
    guard let analysis = context.analysis else { return [] }
    return Scale.allCases.flatMap { analysis.formsByScale[$0] ?? [] } + analysis.formsWithUnknownScale
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    linesAndRows(context, width: width, symbols: symbols).lines
  }

  /// The lines, and per selectable form the index of its first line.
  static func linesAndRows(_ context: DashboardContext, width: Int, symbols: Symbols) -> (
    lines: [StyledLine], rowLines: [Int]
  ) {
    guard let analysis = context.analysis else {
      return ([StyledLine(Strings.text("screen.noMunicipality"), .dim)], [])
    }
    let focused = context.state.focus == .scale && context.state.panesHaveFocus
    var rowLines: [Int] = []
    // Narrow panes put the forms under their level instead of beside it.
    let stacked = width < 34
    let labelWidth = stacked ? 2 : 11
    let textWidth = max(8, width - labelWidth)
    var lines: [StyledLine] = []
    func add(label: String, labelRole: Role, items: [String], emptyText: String) {
      if stacked {
        lines.append(StyledLine([Span(label, labelRole), Span(items.isEmpty ? " " + emptyText : "", .dim)]))
        if items.isEmpty { return }
      }
      if items.isEmpty {
        lines.append(StyledLine([Span(pad(label, labelWidth), labelRole), Span(emptyText, .dim)]))
        return
      }
      var first = true
      for item in items {
        // Each form is a selectable row; the selected one is highlighted while the pane has the focus.
        let selected = focused && rowLines.count == context.state.selectedScaleForm
        rowLines.append(lines.count)
        for text in Wrapping.wrap(item, width: textWidth) {
          let head = first && !stacked ? Span(pad(label, labelWidth), labelRole) : Span(pad("", labelWidth))
          first = false
          lines.append(StyledLine([head, Span(text, selected ? .selected : .plain)]))
        }
      }
    }
    for scale in Scale.allCases {
      let forms = analysis.formsByScale[scale] ?? []
      let items = forms.map { form -> String in
        guard scale == .regional else { return form.name }
        switch form.memberMunicipalities {
        case .unknown: return "\(form.name) (\(Strings.text("screen.scale.partnersUnknown")))"
        case .known:
          let partners = analysis.partners(of: form).map(context.name(of:)).sorted { $0.compare(dutch: $1) }
          let partnerText = Strings.text("screen.scale.with", partners.joined(separator: ", "))
          return partners.isEmpty ? form.name : "\(form.name) (\(partnerText))"
        }
      }
      add(label: scale.label, labelRole: forms.isEmpty ? .dim : .heading, items: items, emptyText: symbols.notReached)
    }
    if !analysis.formsWithUnknownScale.isEmpty {
      let differ = Strings.text("screen.sourcesDiffer")
      add(
        label: "\(symbols.unknown) \(Strings.text("screen.unknown"))", labelRole: .unknown,
        items: analysis.formsWithUnknownScale.map { $0.dispute(.scale) != nil ? "\($0.name) (\(differ))" : $0.name },
        emptyText: "")
    }
    if let regional = analysis.profile.choices.regionalPolicy.value, !regional.isEmpty {
      lines.append(
        StyledLine([
          Span("\(Strings.text("screen.scale.regionalPolicy")): ", .dim),
          Span(regional.map(\.label).joined(separator: ", ")),
        ]))
    }
    return (lines, rowLines)
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    let (lines, rowLines) = linesAndRows(context, width: width, symbols: symbols)
    let focused = context.state.focus == .scale && context.state.panesHaveFocus
    let scrolling =
      focused && !rowLines.isEmpty
      ? PaneContent.Scrolling.keepInView(
        line: rowLines[min(max(0, context.state.selectedScaleForm), rowLines.count - 1)])
      : .free
    return PaneContent(
      title: PaneTable.title(id), lines: lines, scrolling: scrolling, selectableRows: rowLines.count, rowLines: rowLines
    )
  }
}
