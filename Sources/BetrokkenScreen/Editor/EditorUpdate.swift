import BetrokkenModel

/// The guided editor's keys: typing answers (every printable key is text here, `q ? e /` too), moving through the
/// questions, undo, saving and leaving. Answers that would make the record invalid are refused with the loader's
/// own diagnostics; every accepted answer is journalled (`Effect.writeDraft`) so a crash loses nothing.
enum EditorUpdate {
  static let keys: [KeyBinding] = [
    KeyBinding(
      keys: [.enter], keyLabel: "Enter", short: "editor.keys.answer", description: "editor.keys.answerHelp",
      action: .open, footerKey: "Enter"),
    KeyBinding(
      keys: [.tab, .backTab], keyLabel: "Tab", short: "editor.keys.field", description: "editor.keys.fieldHelp",
      action: .nextPane, footerKey: "Tab"),
    KeyBinding(
      keys: [.up, .down], keyLabel: "↑↓", short: "editor.keys.question", description: "editor.keys.questionHelp",
      action: .down, footerKey: "↑↓"),
    KeyBinding(
      keys: [.pageUp, .pageDown], keyLabel: "PgUp PgDn", short: "editor.keys.part", description: "editor.keys.partHelp",
      action: .pageDown, footerKey: nil),
    KeyBinding(
      keys: [.control("f")], keyLabel: "^F", short: "editor.keys.open", description: "editor.keys.openHelp",
      action: .jump, footerKey: "^F"),
    KeyBinding(
      keys: [.control("u")], keyLabel: "^U", short: "editor.keys.undo", description: "editor.keys.undoHelp",
      action: .clearText, footerKey: "^U"),
    KeyBinding(
      keys: [.control("x")], keyLabel: "^X", short: "editor.keys.end", description: "editor.keys.endHelp",
      action: .removeColumn, footerKey: nil),
    KeyBinding(
      keys: [.control("d")], keyLabel: "^D", short: "editor.keys.remove", description: "editor.keys.removeHelp",
      action: .clearMarks, footerKey: nil),
    KeyBinding(
      keys: [.control("e")], keyLabel: "^E", short: "editor.keys.effect", description: "editor.keys.effectHelp",
      action: .overview, footerKey: "^E"),
    KeyBinding(
      keys: [.control("s")], keyLabel: "^S", short: "editor.keys.save", description: "editor.keys.saveHelp",
      action: .snapshot, footerKey: "^S"),
    KeyBinding(
      keys: [.function(1)], keyLabel: "F1", short: "screen.keys.help", description: "editor.keys.helpHelp",
      action: .help, footerKey: "F1"),
    KeyBinding(
      keys: [.escape], keyLabel: "Esc", short: "editor.keys.leave", description: "editor.keys.leaveHelp",
      action: .close, footerKey: "Esc"),
  ]

  static func update(
    _ state: inout DashboardState, _ session: inout EditorSession, _ key: Key, _ environment: Update.Environment
  ) -> [Effect] {
    session.problem = nil
    session.notice = nil
    var effects: [Effect] = []
    defer { if state.mode.isEditor { state.mode = .editor(session) } }
    if let prompt = session.prompt {
      session.prompt = nil
      switch (prompt, key) {
      case (.leave, .escape):
        state.mode = .list
        return [.discardDraft(code: session.code)]
      case (.leave, .control("s")):
        return [.saveEditor(session)]
      case (.conflict, .character("r")):
        return [.reloadEditor(session)]
      case (.conflict, .character("w")):
        return [.saveEditorElsewhere(session)]
      default:
        return []
      }
    }
    let data = environment.data
    let document = EditorDocument(session, data: data)
    let count = document.questions.count
    switch key {
    case .character(let character):
      type(character, &session)
    case .backspace:
      switch session.field {
      case .value: _ = session.input.popLast()
      case .source: _ = session.sourceInput.popLast()
      case .section:
        if session.sectionSelected { session.sectionInput = "" } else { _ = session.sectionInput.popLast() }
        session.sectionSelected = false
      }
    case .tab, .backTab:
      guard let question = document.question(session.position), citesChosenSource(question) else { break }
      let order: [EditorSession.Field] = [.value, .source, .section]
      let index = order.firstIndex(of: session.field)!
      session.field = order[(index + (key == .tab ? 1 : 2)) % 3]
      if session.field == .section {
        if session.sectionInput.isEmpty { session.sectionInput = session.section ?? "" }
        session.sectionSelected = true
      }
    case .enter:
      if let effect = answer(&session, document, data) { effects.append(effect) }
    case .up: go(&session, to: session.position - 1, count)
    case .down: go(&session, to: session.position + 1, count)
    case .pageDown, .pageUp:
      go(&session, to: part(from: session.position, in: document.questions, forward: key == .pageDown), count)
    case .control("f"):
      let questions = document.questions
      let order =
        Array(questions.indices.dropFirst(session.position + 1)) + questions.indices.prefix(session.position + 1)
      if let open = order.first(where: { questions[$0].isOpen }) { go(&session, to: open, count) }
    case .control("u"):
      guard let step = session.undo.popLast() else {
        session.notice = .nothingToUndo
        break
      }
      session.text = step.text
      session.answers.removeLast(session.answers.count - step.answers)
      session.position = step.position
      session.source = step.source
      session.section = step.section
      clearInputs(&session)
      session.notice = .undone
      effects.append(session.isDirty ? .writeDraft(session) : .discardDraft(code: session.code))
    case .control("x"):
      guard let question = document.question(session.position), let entry = question.entry,
        entry.hasPrefix("forms[")
      else {
        session.problem = .notAForm
        break
      }
      let ended = EditorSession.Answer(
        path: entry + ".status", value: "\"ended\"", source: session.source, section: session.section,
        approximate: false)
      if let effect = commit([ended], &session, data, next: entry + ".until") { effects.append(effect) }
    case .control("d"):
      guard let question = document.question(session.position), let entry = question.entry else {
        session.problem = .notAnEntry
        break
      }
      let removal = EditorSession.Answer(
        path: entry, value: nil, source: session.source, section: session.section, approximate: false)
      if let effect = commit([removal], &session, data, next: nil) { effects.append(effect) }
    case .control("e"):
      session.showsEffect.toggle()
    case .control("s"):
      effects.append(.saveEditor(session))
    case .function(1):
      Update.open(.help, &state)
      return []
    case .escape:
      if session.isDirty {
        session.prompt = .leave
      } else {
        state.mode = .list
        effects.append(.discardDraft(code: session.code))
      }
    default:
      break
    }
    return effects
  }

  /// Whether the source and section beside the answer are chosen by the user (not fixed by an entry).
  static func citesChosenSource(_ question: EditorQuestion) -> Bool {
    if case .chosen = question.citing { return true }
    return false
  }

  static func type(_ character: Character, _ session: inout EditorSession) {
    // Text from the keyboard is one line of printable characters.
    guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return }
    switch session.field {
    case .value: session.input.append(character)
    case .source: session.sourceInput.append(character)
    case .section:
      if session.sectionSelected { session.sectionInput = "" }
      session.sectionSelected = false
      session.sectionInput.append(character)
    }
  }

  static func go(_ session: inout EditorSession, to position: Int, _ count: Int) {
    session.position = min(max(0, position), max(0, count - 1))
    clearInputs(&session)
  }

  static func clearInputs(_ session: inout EditorSession) {
    session.input = ""
    session.sourceInput = ""
    session.sectionInput = ""
    session.sectionSelected = true
    session.field = .value
  }

  /// The first question of the next (or this, or the previous) entry or chapter.
  static func part(from position: Int, in questions: [EditorQuestion], forward: Bool) -> Int {
    guard questions.indices.contains(position) else { return 0 }
    // An entry's questions are a part; so is each "new entry" question; the rest of a chapter is one part.
    func group(_ q: EditorQuestion) -> String {
      if let entry = q.entry { return entry }
      if case .newEntry = q.answer { return "new " + q.path }
      return q.chapter.rawValue
    }
    func start(of index: Int) -> Int {
      var i = index
      while i > 0, group(questions[i - 1]) == group(questions[index]) { i -= 1 }
      return i
    }
    if forward {
      var i = position
      while i < questions.count - 1, group(questions[i]) == group(questions[position]) { i += 1 }
      return i
    }
    let here = start(of: position)
    return here < position ? here : start(of: max(0, here - 1))
  }

  /// Enter: the source and section typed beside the answer, then the answer itself; empty input skips.
  static func answer(_ session: inout EditorSession, _ document: EditorDocument, _ data: DataSet) -> Effect? {
    guard let question = document.question(session.position), let record = document.record else { return nil }
    var answers: [EditorSession.Answer] = []
    var source = session.source
    var section = session.section
    if citesChosenSource(question) {
      let typed = session.sourceInput.trimmingCharacters(in: .whitespaces)
      if let number = Int(typed), record.sources.indices.contains(number - 1) {
        source = record.sources[number - 1].id
      } else if !typed.isEmpty {
        // A source named by its title is added to the record, inline.
        let id = EditorIdentifier.new(from: typed, taken: record.sources.map(\.id), fallback: "bron")
        answers.append(
          EditorSession.Answer(
            path: "sources[\(id)].title", value: ProfileWriter.string(typed), source: "", section: nil,
            approximate: false))
        source = id
      }
      if !session.sectionSelected || session.field == .section {
        let typedSection = session.sectionInput.trimmingCharacters(in: .whitespaces)
        section = typedSection.isEmpty ? nil : typedSection
      }
    }
    if case .entry(let entrySource, let entrySection) = question.citing {
      source = entrySource
      section = entrySection
    }
    let typed = session.input.trimmingCharacters(in: .whitespaces)
    var next: String? = "+1"
    if !typed.isEmpty {
      switch EditorAnswerParser.parse(typed, question.answer) {
      case .failure(let problem):
        session.problem = problem
        return nil
      case .success(let parsed):
        var path = question.path
        var value = parsed.value
        if case .newEntry(let collection, let options) = question.answer {
          guard let name = value else { return nil }
          let taken = EditorIdentifier.ids(in: collection, of: record)
          if options.isEmpty {
            let id = EditorIdentifier.new(from: typed, taken: taken, fallback: String(collection.dropLast()))
            let creatingKey = ["forms": "name", "regulations": "title", "sources": "title"][collection] ?? "title"
            path = "\(collection)[\(id)].\(creatingKey)"
            next = "\(collection)[\(id)]"
          } else {
            let body = String(name.dropFirst().dropLast())
            path = "sharedBodies[\(body)].localNote"
            value = "null"
            next = path
          }
        } else if path == "formsComplete", value == "false" {
          // Only a source that says the list is complete can be cited; "no" leaves it unknown.
          value = nil
        }
        answers.append(
          EditorSession.Answer(
            path: path, value: value, source: source, section: section, approximate: parsed.approximate))
      }
    }
    if answers.isEmpty {
      // Nothing typed: the citation is kept for the next answers, and the question is skipped.
      session.source = source
      session.section = section
      go(&session, to: session.position + 1, document.questions.count)
      return nil
    }
    let effect = commit(answers, &session, data, next: next, citing: (source, section))
    return effect
  }

  /// Applies the answers and reads the record back; on success moves on (`next`: "+1", an entry whose first
  /// question follows its name, or a path) and journals the session.
  static func commit(
    _ answers: [EditorSession.Answer], _ session: inout EditorSession, _ data: DataSet, next: String?,
    citing: (String, String?)? = nil
  ) -> Effect? {
    switch EditorDocument.applying(answers, to: session.text, file: session.file, record: session.record, data: data)
    {
    case .failure(let problem):
      session.problem = problem
      return nil
    case .success(let text):
      session.undo.append(
        EditorSession.UndoStep(
          text: session.text, answers: session.answers.count, position: session.position, source: session.source,
          section: session.section))
      session.text = text
      session.answers += answers
      if let citing { (session.source, session.section) = citing }
      let questions = EditorDocument(session, data: data).questions
      let target: Int
      switch next {
      case "+1": target = session.position + 1
      case .some(let path) where path.hasSuffix("]"):
        // A new entry: its first question after the name or title.
        target = (questions.firstIndex { $0.entry == path }).map { $0 + 1 } ?? session.position
      case .some(let path): target = questions.firstIndex { $0.path == path } ?? session.position
      case nil: target = session.position
      }
      go(&session, to: target, questions.count)
      return .writeDraft(session)
    }
  }
}

extension Mode {
  var isEditor: Bool {
    if case .editor = self { return true }
    return false
  }

  /// The editor session of this mode, directly or under an overlay (the help).
  public var editorSession: EditorSession? {
    switch self {
    case .editor(let session): session
    case .overlay(let overlay): overlay.underneath.editorSession
    default: nil
    }
  }
}
