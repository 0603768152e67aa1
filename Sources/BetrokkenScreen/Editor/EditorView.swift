import BetrokkenModel

/// The guided editor as a screen value: the header names what is edited, the question pane asks, the effect pane
/// shows the dashboard's own ladder, cycle, scale and Toetsing panes on the record as answered so far (beside the
/// questions from 100 columns, instead of them on Ctrl-E below that), the footer gives the keys or a notice.
enum EditorView {
  /// The width from which the effect is shown beside the questions.
  static let sideBySideWidth = 100

  static func draw(_ session: EditorSession, _ context: DashboardContext, screen: inout Screen) {
    let width = screen.width
    let height = screen.height
    let document = EditorDocument(session, data: context.data)
    let question = document.question(session.position)
    drawHeader(session, document, in: Rect(x: 0, y: 0, width: width, height: 1), screen: &screen)
    let body = Rect(x: 0, y: 1, width: width, height: height - 2)
    if width >= sideBySideWidth {
      let left = max(48, width * 11 / 20)
      drawQuestion(session, document, question, in: Rect(x: 0, y: 1, width: left, height: body.height), &screen)
      drawEffect(
        session, document, context, in: Rect(x: left, y: 1, width: width - left, height: body.height), columns: 1,
        &screen)
    } else if session.showsEffect {
      drawEffect(session, document, context, in: body, columns: 2, &screen)
    } else {
      drawQuestion(session, document, question, in: body, &screen)
    }
    drawFooter(session, in: Rect(x: 0, y: height - 1, width: width, height: 1), screen: &screen)
  }

  static func drawHeader(
    _ session: EditorSession, _ document: EditorDocument, in rect: Rect, screen: inout Screen
  ) {
    screen.fill(rect, role: .heading)
    let title = " " + Strings.text("editor.title", EditorWords.clean(session.name), session.record.description)
    let open = document.questions.filter(\.isOpen).count
    // Below the side-by-side width the progress is written short, so the title keeps its room.
    var right = Strings.text(
      rect.width >= sideBySideWidth ? "editor.progress" : "editor.progressShort",
      String(min(max(0, session.position), document.questions.count - 1) + 1), String(document.questions.count),
      String(open))
    if session.isDirty { right = "\(screen.symbols.attention) \(Strings.text("editor.unsaved"))  " + right }
    right += " "
    let rightWidth = DisplayWidth.of(right)
    screen.put(title, x: rect.x, y: rect.y, role: .heading, limit: max(0, rect.width - rightWidth - 1))
    if rightWidth + 20 < rect.width {
      screen.put(right, x: rect.maxX - rightWidth, y: rect.y, role: .heading)
    }
  }

  static func drawQuestion(
    _ session: EditorSession, _ document: EditorDocument, _ question: EditorQuestion?, in rect: Rect,
    _ screen: inout Screen
  ) {
    guard let question, let record = document.record else {
      screen.drawPane(rect, title: Strings.text("editor.pane.questions"), focused: true, lines: [])
      return
    }
    let inner = rect.inner.inset(left: 1, right: 1)
    let width = inner.width
    var title = Strings.text("editor.chapter.\(question.chapter.rawValue)")
    if let name = question.entryName { title += " \(screen.symbols.separator) \(Sanitizer.sanitize(name).text)" }
    var top: [StyledLine] = []
    var heading = Strings.text("editor.question.\(question.wordsKey).label")
    if let section = question.guideSection { heading += "  " + Strings.text("editor.guideSection", section) }
    top.append(StyledLine(heading, .heading))
    for line in Wrapping.wrap(Strings.text("editor.question.\(question.wordsKey)"), width: width) {
      top.append(StyledLine(line))
    }
    if let scope = EditorWords.scope(question, in: document.recordNode) {
      for line in Wrapping.wrap(scope, width: width) { top.append(StyledLine(line, .dim)) }
    }
    if !isNew(question) {
      let now = EditorWords.current(question, in: document.recordNode, record: record)
      for (i, line) in Wrapping.wrap(now, width: width - 5).enumerated() {
        top.append(StyledLine([Span(i == 0 ? Strings.text("editor.now") : "", .dim), Span(line, .dim)]))
      }
    }

    // The answer area, at the bottom: the value, then the citation where the user chooses it.
    var answerLines: [StyledLine] = []
    let cursor = screen.symbols.cursor
    let labelWidth =
      ["editor.field.answer", "editor.field.source", "editor.field.section"].map {
        DisplayWidth.of(Strings.text($0))
      }.max() ?? 9
    func field(_ label: String, _ text: String, _ placeholder: String, _ focused: Bool) -> StyledLine {
      let shown = text.isEmpty ? placeholder : Sanitizer.sanitize(text).text
      return StyledLine([
        Span(pad(label, labelWidth + 1), focused ? .key : .dim),
        Span(shown + (focused ? cursor : ""), text.isEmpty ? .dim : .plain),
      ])
    }
    answerLines.append(
      field(Strings.text("editor.field.answer"), session.input, "", session.field == .value))
    switch question.citing {
    case .chosen:
      let current = record.sources.first { $0.id == session.source }
      let sourceText =
        current.map { Strings.text("editor.sourceNamed", EditorWords.clean($0.id), EditorWords.clean($0.title)) }
        ?? EditorWords.clean(session.source)
      answerLines.append(
        field(Strings.text("editor.field.source"), session.sourceInput, sourceText, session.field == .source))
      let sectionShown =
        session.field == .section || !session.sectionSelected ? session.sectionInput : (session.section ?? "")
      answerLines.append(
        field(
          Strings.text("editor.field.section"), sectionShown, Strings.text("editor.noSection"),
          session.field == .section))
    case .entry(let source, let section):
      let citation = Strings.text(
        "editor.entryCitation", EditorWords.clean(source),
        section.map(EditorWords.clean) ?? Strings.text("editor.noSection"))
      answerLines.append(
        StyledLine([Span(pad(Strings.text("editor.field.source"), labelWidth + 1), .dim), Span(citation, .dim)]))
    case .none:
      break
    }
    // What the typing means, before Enter, right under it: the options chosen, with the guide's meaning where there
    // is one.
    if session.problem == nil, session.field == .value, let preview = EditorWords.preview(session.input, question) {
      answerLines.insert(
        contentsOf: Wrapping.wrap(preview, width: width).prefix(3).map { StyledLine($0, .accent) }, at: 1)
    }
    if let problem = session.problem {
      for line in Wrapping.wrap(EditorWords.problem(problem), width: width) {
        answerLines.append(StyledLine(line, .warning))
      }
    } else {
      // What `validate` would warn about the record as it stands (a placeholder title, a reference that does not
      // count): the first warning, and how many there are.
      let warnings = document.diagnostics.filter { $0.severity == .warning }
      if let first = warnings.first {
        let text = EditorWords.warning(first, count: warnings.count)
        for line in Wrapping.wrap(text, width: width).prefix(2) { answerLines.append(StyledLine(line, .dim)) }
      }
    }

    // Between them: the options of the question, or the record's sources while the source is chosen.
    let room = max(0, inner.height - top.count - answerLines.count - 2)
    let options: [StyledLine]
    if session.field == .source {
      options = columns(
        record.sources.enumerated().map { ("\($0.offset + 1)", Sanitizer.sanitize($0.element.title).text) }
          + [("", Strings.text("editor.newSourceHint"))], width: width, rows: room)
    } else {
      options = columns(EditorWords.options(question.answer), width: width, rows: room)
    }
    var lines = top + [StyledLine("")] + options
    while lines.count < inner.height - answerLines.count { lines.append(StyledLine("")) }
    lines = Array(lines.prefix(max(0, inner.height - answerLines.count))) + answerLines
    screen.drawPane(rect, title: title, focused: true, lines: lines)
  }

  static func isNew(_ question: EditorQuestion) -> Bool {
    if case .newEntry = question.answer { return true }
    return false
  }

  /// Numbered options in as many columns as fit, each "n label"; cut to `rows` rows.
  static func columns(_ items: [(String, String)], width: Int, rows: Int) -> [StyledLine] {
    guard rows > 0 else { return [] }
    // A hint (an item without a number) is wrapped below the options.
    let hints = items.filter { $0.0.isEmpty }.flatMap { Wrapping.wrap($0.1, width: width) }.map { StyledLine($0, .dim) }
    let items = items.filter { !$0.0.isEmpty }
    guard !items.isEmpty else { return Array(hints.prefix(rows)) }
    let numberWidth = items.map { DisplayWidth.of($0.0) }.max() ?? 1
    let cellWidth = min(width, (items.map { DisplayWidth.of($0.1) }.max() ?? 1) + numberWidth + 3)
    let perRow = max(1, width / max(1, cellWidth))
    let rowCount = (items.count + perRow - 1) / perRow
    var lines: [StyledLine] = []
    for row in 0..<min(rowCount, rows) {
      var spans: [Span] = []
      for column in 0..<perRow {
        let index = column * rowCount + row
        guard index < items.count else { break }
        let (number, label) = items[index]
        spans.append(
          Span(String(repeating: " ", count: max(0, numberWidth - DisplayWidth.of(number))) + number + " ", .key))
        spans.append(Span(pad(label, cellWidth - numberWidth - 1)))
      }
      lines.append(StyledLine(spans))
    }
    return Array((lines + hints).prefix(rows))
  }

  /// The dashboard's panes on the record as answered. Beside the questions (one column): ladder and scale side by
  /// side, then the cycle, then the Toetsing with the readiness. Alone at narrow sizes (two columns): ladder over
  /// cycle, scale over Toetsing. The Toetsing gets the rest of the height, so the readiness stays in view.
  static func drawEffect(
    _ session: EditorSession, _ document: EditorDocument, _ context: DashboardContext, in rect: Rect, columns: Int,
    _ screen: inout Screen
  ) {
    let effect = EditorEffect.context(session, edited: document.profile, context.data)
    let symbols = screen.symbols
    typealias Content = (DashboardContext, Int, Symbols) -> PaneContent
    func draw(_ content: Content, _ area: Rect, fill: Bool = false) -> Int {
      let pane = content(effect, paneInnerWidth(area), symbols)
      let height = fill ? area.height : min(area.height, pane.lines.count + 2)
      if height >= 3 {
        screen.drawPane(
          Rect(x: area.x, y: area.y, width: area.width, height: height), title: pane.title, focused: false,
          lines: pane.lines)
      }
      return height
    }
    if columns == 1 {
      let half = rect.width / 2
      let top = max(
        draw(LadderPane.content, Rect(x: rect.x, y: rect.y, width: half, height: rect.height / 3)),
        draw(ScalePane.content, Rect(x: rect.x + half, y: rect.y, width: rect.width - half, height: rect.height / 3)))
      let cycle = draw(
        CyclePane.content, Rect(x: rect.x, y: rect.y + top, width: rect.width, height: rect.height / 3))
      _ = draw(
        ChecksPane.content,
        Rect(x: rect.x, y: rect.y + top + cycle, width: rect.width, height: rect.height - top - cycle), fill: true)
    } else {
      let half = rect.width / 2
      let ladder = draw(LadderPane.content, Rect(x: rect.x, y: rect.y, width: half, height: rect.height / 2))
      _ = draw(
        CyclePane.content, Rect(x: rect.x, y: rect.y + ladder, width: half, height: rect.height - ladder), fill: true)
      let right = Rect(x: rect.x + half, y: rect.y, width: rect.width - half, height: rect.height)
      let scale = draw(ScalePane.content, Rect(x: right.x, y: right.y, width: right.width, height: right.height / 3))
      _ = draw(
        ChecksPane.content,
        Rect(x: right.x, y: right.y + scale, width: right.width, height: right.height - scale), fill: true)
    }
  }

  static func drawFooter(_ session: EditorSession, in rect: Rect, screen: inout Screen) {
    screen.fill(rect, role: .plain)
    if let prompt = session.prompt {
      screen.put(" " + EditorWords.prompt(prompt, session), x: rect.x, y: rect.y, role: .warning, limit: rect.width)
      return
    }
    if let notice = session.notice {
      screen.put(" " + EditorWords.notice(notice), x: rect.x, y: rect.y, role: .accent, limit: rect.width)
      return
    }
    // The keys that matter most stay when space is short; they are shown in the table's order.
    let priority: [Action] = [.answer, .save, .close, .nextField, .effect, .help, .down, .undo, .openQuestion]
    let items = EditorUpdate.keys.compactMap { binding -> (keys: String, text: String, rank: Int)? in
      guard let key = binding.footerKey, let rank = priority.firstIndex(of: binding.action) else { return nil }
      if binding.action == .effect {
        // The effect key only where the effect is not beside the questions; it says where it leads.
        guard screen.width < sideBySideWidth else { return nil }
        return (key, Strings.text(session.showsEffect ? "editor.keys.questions" : "editor.keys.effect"), rank)
      }
      return (key, binding.short, rank)
    }
    FooterBar.drawKeys(items, in: rect, screen: &screen)
  }
}
