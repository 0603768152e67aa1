import BetrokkenModel

/// Help, form details and glossary: a framed, scrollable box over the panes.
enum Overlays {
  static func frame(for body: Rect) -> Rect {
    let width = min(body.width - 4, 84)
    let height = body.height - 2
    return Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
  }

  static func title(_ context: DashboardContext) -> String {
    switch context.state.overlay {
    case .none: ""
    case .help: "Help"
    case .glossary: "Begrippen"
    case .details: "Vorm: " + (context.selectedForm?.name ?? "")
    case .finding: FindingOverlay.title(context)
    case .overview: "Overzicht van alle gemeenten"
    case .difference: DifferenceOverlay.title(context)
    }
  }

  static func lines(_ context: DashboardContext, width: Int, symbols: Symbols) -> [StyledLine] {
    switch context.state.overlay {
    case .none: []
    case .help: HelpOverlay.lines(symbols: symbols, width: width)
    case .glossary: GlossaryOverlay.lines(width: width, symbols: symbols)
    case .details: FormDetailsOverlay.lines(context, width: width, symbols: symbols)
    case .finding: FindingOverlay.lines(context, width: width, symbols: symbols)
    case .overview: OverviewReport.lines(context.data, width: width, symbols: symbols)
    case .difference: DifferenceOverlay.lines(context, width: width, symbols: symbols)
    }
  }

  /// The largest useful scroll offset of the open overlay, for the key handler.
  static func maxScroll(_ context: DashboardContext, body: Rect, symbols: Symbols) -> Int {
    let rect = frame(for: body)
    let inner = rect.inner.inset(left: 1, right: 1)
    return max(0, lines(context, width: inner.width, symbols: symbols).count - inner.height)
  }

  static func draw(_ context: DashboardContext, in body: Rect, screen: inout Screen) {
    guard context.state.overlay != .none else { return }
    let rect = frame(for: body)
    screen.fill(rect)
    let inner = rect.inner.inset(left: 1, right: 1)
    screen.drawPane(rect, title: title(context), focused: true,
      lines: lines(context, width: inner.width, symbols: screen.symbols), scroll: context.state.overlayScroll)
  }
}

/// The help overlay, generated from the key table that dispatches the keys.
enum HelpOverlay {
  static func lines(symbols: Symbols, width: Int) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine("Toetsen", .heading)]
    let keyWidth = 12
    for binding in KeyTable.dashboard {
      entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
    }
    lines.append(.empty)
    lines.append(StyledLine("Tijdens het zoeken (/)", .heading))
    entry(&lines, "tekst", "typ een deel van naam, code of provincie", keyWidth: keyWidth, width: width)
    for binding in KeyTable.filter {
      entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
    }
    lines.append(.empty)
    lines.append(StyledLine("In de vergelijking (c, n)", .heading))
    for binding in KeyTable.comparison where !KeyTable.scrolling.contains(where: { $0.action == binding.action }) {
      entry(&lines, binding.keyLabel, binding.description, keyWidth: keyWidth, width: width)
    }
    lines.append(.empty)
    lines.append(StyledLine("Tekens", .heading))
    let legend: [(String, String)] = [
      (symbols.highest, "hoogste trede die een bestaande vorm bereikt"),
      (symbols.reached, "trede bereikt door een of meer bestaande vormen"),
      (symbols.notReached, "niet bereikt door een bekende vorm"),
      (symbols.unknown, "onbekend of niet te beoordelen: de bronnen zeggen het niet (dat is niet hetzelfde als 'nee')"),
      (symbols.attention, "let op: een aandachtspunt van de leidraad is van toepassing"),
      (symbols.notApplicable, "aandachtspunt niet van toepassing; participatieverordening: n.v.t. voor 2025"),
      (symbols.met + " " + symbols.notMet, "wettelijk onderdeel voldaan, niet voldaan: alleen een regeling beslist"),
      (symbols.reached, "in de praktijk: een vorm of keuze laat het zien (beslist niets)"),
      (symbols.absent, "onderdeel bestaat niet voor deze wet (de Participatiewet kent geen a)"),
      ("§4.2", "paragraaf van de leidraad (Movisie, 2015) waar het feit vandaan komt"),
      ("2e §5.2", "de leidraad nummert Schaalniveau per abuis ook 5.2; Betrokken noemt het §5.3"),
      ("art. 4", "artikel van een regeling (verordening, nadere regels)"),
    ]
    for (symbol, text) in legend { entry(&lines, symbol, text, keyWidth: keyWidth, width: width, role: .accent) }
    lines.append(.empty)
    for part in Wrapping.wrap("Met Tab kiest u een paneel; in de Participatieladder en de Toetsing kiest u met ↑↓ een regel en opent u met Enter alle gegevens ervan.", width: width) {
      lines.append(StyledLine(part, .dim))
    }
    return lines
  }

  /// A key or symbol with its description, wrapped under a hanging indent.
  static func entry(_ lines: inout [StyledLine], _ key: String, _ text: String, keyWidth: Int, width: Int, role: Role = .key) {
    for (i, part) in Wrapping.wrap(text, width: max(10, width - keyWidth)).enumerated() {
      lines.append(StyledLine([Span(pad(i == 0 ? key : "", keyWidth), role), Span(part)]))
    }
  }
}
