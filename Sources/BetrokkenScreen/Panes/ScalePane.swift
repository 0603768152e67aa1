import BetrokkenModel

/// Pane 4: the scale levels (§5.3) with the forms at each; regional forms name their partner municipalities.
enum ScalePane: DashboardPane {
  static let id = PaneID.scale

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    guard let analysis = context.analysis else { return [StyledLine(Strings.text("screen.noMunicipality"), .dim)] }
    // Narrow panes put the forms under their level instead of beside it.
    let stacked = width < 34
    let labelWidth = stacked ? 2 : 11
    let textWidth = max(8, width - labelWidth)
    var lines: [StyledLine] = []
    func add(label: String, labelRole: Role, items: [String], emptyText: String) {
      let wrapped = items.isEmpty ? [emptyText] : items.flatMap { Wrapping.wrap($0, width: textWidth) }
      if stacked {
        lines.append(StyledLine([Span(label, labelRole), Span(items.isEmpty ? " " + emptyText : "", .dim)]))
        if items.isEmpty { return }
      }
      for (i, text) in wrapped.enumerated() {
        let head = i == 0 && !stacked ? Span(pad(label, labelWidth), labelRole) : Span(pad("", labelWidth))
        lines.append(StyledLine([head, Span(text, items.isEmpty ? .dim : .plain)]))
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
    return lines
  }

  static func content(_ context: DashboardContext, width: Int, symbols: Symbols) -> PaneContent {
    PaneContent(title: PaneTable.title(id), lines: lines(context, width: width, symbols: symbols))
  }
}
